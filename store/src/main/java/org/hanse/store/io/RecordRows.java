package org.hanse.store.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hanse.ingest.format.Numbers;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.engagement.VisitLevel;
import org.hanse.store.internal.Tables;
import org.hanse.store.write.Incoming;

/**
 * Converts checked rows into records and records into rows. The checks here are those one row can answer alone
 * (a year in the future, a negative population, an end before the start, a status that does not fit the kind);
 * references between records are checked by the planner, which sees the whole knowledge base.
 */
public final class RecordRows {
  private final int currentYear;
  private final LocalDate today;

  /** @param today the current date: years and completed engagements after it are in the future */
  public RecordRows(LocalDate today) {
    this.today = today;
    this.currentYear = today.getYear();
  }

  // ------------------------------------------------------------------------------------------------ rows → records

  public List<Incoming<Source>> sources(List<CheckedRow> rows) {
    List<Incoming<Source>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (r.valid()) {
        out.add(Incoming.of(Tables.SOURCE, new Source(r.text("id"), r.text("title"), r.text("licence"),
            r.text("vintage"), r.text("attribution"), r.text("url")), r.source(), r.row()));
      }
    }
    return out;
  }

  public List<Incoming<City>> cities(List<CheckedRow> rows) {
    List<Incoming<City>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (!r.valid()) {
        continue;
      }
      Population p = null;
      boolean ok = true;
      if (r.has("population")) {
        long value = r.integer("population");
        if (value < 0) {
          r.reject("population", "negative population: must be 0 or more");
          ok = false;
        }
        // The year may be left empty where the source gives none (GeoNames): none is made up.
        if (r.has("population_year")) {
          ok &= checkYear(r, "population_year");
        }
        if (!r.has("population_source")) {
          r.reject("population_source", "empty required field: a population needs its source");
          ok = false;
        }
        if (ok) {
          p = new Population(value, r.has("population_year") ? r.year("population_year") : null,
              r.text("population_source"));
        }
      } else if (r.has("population_year") || r.has("population_source")) {
        r.reject("population", "empty required field: population_year and population_source are given but no "
            + "population");
        ok = false;
      }
      if (ok) {
        out.add(Incoming.of(Tables.CITY, new City(r.text("id"), r.text("name_en"), r.text("name_zh"),
            r.text("country"), r.text("admin_region"), r.number("latitude"), r.number("longitude"), p), r.source(),
            r.row()));
      }
    }
    return out;
  }

  /**
   * Clusters from their rows and their member rows. A cluster whose members are not in the import keeps its
   * current members ({@code currentClusters}); members given for a cluster replace its whole member list.
   */
  public List<Incoming<Cluster>> clusters(
      List<CheckedRow> clusterRows, List<CheckedRow> memberRows, Map<String, Cluster> currentClusters,
      String membersSource) {
    Map<String, List<CheckedRow>> membersOf = new LinkedHashMap<>();
    boolean membersValid = true;
    for (CheckedRow m : memberRows) {
      membersValid &= m.valid();
      membersOf.computeIfAbsent(m.text("cluster_id"), k -> new ArrayList<>()).add(m);
      if (m.valid() && m.text("role").equals("central") && !m.has("central_rank")) {
        m.reject("central_rank", "empty required field: a central city needs its rank among the central cities");
        membersValid = false;
      }
      if (m.valid() && m.text("role").equals("member") && m.has("central_rank")) {
        m.reject("central_rank", "only central cities have a central rank");
        membersValid = false;
      }
    }
    List<Incoming<Cluster>> out = new ArrayList<>();
    Map<String, CheckedRow> clusterRowById = new LinkedHashMap<>();
    for (CheckedRow r : clusterRows) {
      if (r.valid()) {
        clusterRowById.put(r.text("id"), r);
      }
    }
    List<String> ids = new ArrayList<>(clusterRowById.keySet());
    for (String id : membersOf.keySet()) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    for (String id : ids) {
      CheckedRow row = clusterRowById.get(id);
      Cluster current = currentClusters.get(id);
      List<CheckedRow> members = membersOf.get(id);
      if (row == null && current == null) {
        CheckedRow first = members.get(0);
        first.reject("cluster_id", "unknown cluster: not in the knowledge base nor in the import's clusters");
        continue;
      }
      List<String> memberIds;
      List<String> centralIds;
      String source = row != null ? row.source() : membersSource;
      int line = row != null ? row.row() : members.get(0).row();
      if (members != null) {
        if (!membersValid) {
          continue;
        }
        members.sort(Comparator.comparingLong(m -> m.integer("position")));
        memberIds = new ArrayList<>();
        TreeMap<Long, String> central = new TreeMap<>();
        boolean ok = true;
        for (CheckedRow m : members) {
          if (memberIds.contains(m.text("city_id"))) {
            m.reject("city_id", "duplicate key: city listed twice as a member of cluster " + id);
            ok = false;
          }
          memberIds.add(m.text("city_id"));
          if (m.text("role").equals("central") && central.put(m.integer("central_rank"), m.text("city_id")) != null) {
            m.reject("central_rank", "duplicate key: two central cities with the same rank in cluster " + id);
            ok = false;
          }
        }
        if (central.isEmpty()) {
          members.get(0).reject("role", "cluster " + id + " has no central city");
          ok = false;
        }
        if (!ok) {
          continue;
        }
        centralIds = new ArrayList<>(central.values());
      } else if (current != null) {
        memberIds = current.memberIds();
        centralIds = current.centralIds();
      } else {
        row.reject("id", "new cluster without members: add its rows to cluster_members");
        continue;
      }
      String nameEn = row != null ? row.text("name_en") : current.nameEn();
      String nameZh = row != null ? row.text("name_zh") : current.nameZh();
      String definition = row != null ? row.text("definition") : current.definition();
      String url = row != null ? row.text("definition_url") : current.definitionUrl();
      out.add(Incoming.of(Tables.CLUSTER, new Cluster(id, nameEn, nameZh, memberIds, centralIds, definition, url),
          source, line));
    }
    return out;
  }

  public List<Incoming<Actor>> actors(List<CheckedRow> rows) {
    List<Incoming<Actor>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (r.valid()) {
        out.add(Incoming.of(Tables.ACTOR, new Actor(r.text("id"), ActorKind.fromKey(r.text("kind")), r.text("name_en"),
            r.text("name_zh"), r.text("country"), r.text("sector"), r.text("source_id")), r.source(), r.row()));
      }
    }
    return out;
  }

  public List<Incoming<IndicatorDefinition>> indicatorDefinitions(List<CheckedRow> rows) {
    List<Incoming<IndicatorDefinition>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (r.valid()) {
        out.add(Incoming.of(Tables.INDICATOR_DEFINITION, new IndicatorDefinition(r.text("code"),
            IndicatorScope.valueOf(r.text("scope").toUpperCase(Locale.ROOT)), r.text("name_en"), r.text("name_zh"),
            r.text("unit"), r.text("source_id")), r.source(), r.row()));
      }
    }
    return out;
  }

  public List<Incoming<Indicator>> indicators(List<CheckedRow> rows) {
    List<Incoming<Indicator>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (r.valid() && checkYear(r, "year")) {
        out.add(Incoming.of(Tables.INDICATOR, new Indicator(r.text("subject_id"), r.text("code"), r.year("year"),
            r.number("value"), r.text("unit"), r.text("source_id")), r.source(), r.row()));
      }
    }
    return out;
  }

  /** Ties; a city-to-city tie given with the ends in either order is stored in canonical order. */
  public List<Incoming<Tie>> ties(List<CheckedRow> rows) {
    List<Incoming<Tie>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (!r.valid()) {
        continue;
      }
      boolean ok = checkYear(r, "from_year") & checkYear(r, "to_year");
      Integer from = r.year("from_year");
      Integer to = r.year("to_year");
      if (ok && from != null && to != null && to < from) {
        r.reject("to_year", "the tie ends before it starts (from_year " + from + ")");
        ok = false;
      }
      TieType type = TieType.fromKey(r.text("type"));
      String city = r.text("city_id");
      String partner = r.text("partner_id");
      if (type.isCityToCity() && city.equals(partner)) {
        r.reject("partner_id", "a city cannot be tied to itself");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      if (type.isCityToCity() && city.compareTo(partner) > 0) {
        String swap = city;
        city = partner;
        partner = swap;
      }
      out.add(Incoming.of(Tables.TIE, new Tie(r.text("id"), type, city, partner, from, to, r.number("weight"),
          r.text("detail"), r.text("source_id")), r.source(), r.row()));
    }
    return out;
  }

  public List<Incoming<Engagement>> engagements(List<CheckedRow> rows) {
    List<Incoming<Engagement>> out = new ArrayList<>();
    for (CheckedRow r : rows) {
      if (!r.valid()) {
        continue;
      }
      EngagementKind kind = EngagementKind.fromKey(r.text("kind"));
      EngagementStatus status = EngagementStatus.fromKey(r.text("status"));
      LocalDate start = date(r, "start_date");
      LocalDate end = date(r, "end_date");
      boolean ok = start != null && (end != null || !r.has("end_date"));
      if (!kind.statuses().contains(status)) {
        r.reject("status", "unknown value: status " + status.key() + " does not apply to " + kind.key() + " (use "
            + String.join(", ", kind.statuses().stream().map(EngagementStatus::key).toList()) + ")");
        ok = false;
      }
      if (r.has("level") && !kind.isVisit()) {
        r.reject("level", "a delegation level applies to visits only, not to " + kind.key());
        ok = false;
      }
      if (start != null && end != null && end.isBefore(start)) {
        r.reject("end_date", "the engagement ends before it starts (start_date " + start + ")");
        ok = false;
      }
      if (start != null && start.isAfter(today) && !status.mayLieAhead()) {
        r.reject("start_date", "date in the future (after " + today + ") for an engagement with status "
            + status.key());
        ok = false;
      }
      Long participants = r.integer("participants");
      if (participants != null && (participants < 0 || participants > Integer.MAX_VALUE)) {
        r.reject("participants", participants < 0 ? "must not be negative" : "is too large");
        ok = false;
      }
      if (!ok) {
        continue;
      }
      VisitLevel level = r.has("level") ? VisitLevel.fromKey(r.text("level")) : null;
      String key = Engagement.naturalKey(kind, r.text("city_id"), start, r.text("partner"), r.text("title"));
      boolean generated = !r.has("id");
      String id = generated ? Engagement.idFor(key) : r.text("id");
      out.add(new Incoming<>(Tables.ENGAGEMENT, new Engagement(id, kind, r.text("city_id"), r.text("partner"),
          r.text("partner_id"), r.text("partner_country"), r.text("title"), r.text("topic"), level, start, end, status,
          participants == null ? null : participants.intValue(), r.text("source_document"), r.text("notes")),
          r.source(), r.row(), null, false, generated));
    }
    return out;
  }

  private boolean checkYear(CheckedRow r, String column) {
    Integer y = r.year(column);
    if (y == null) {
      return true;
    }
    if (y > currentYear) {
      r.reject(column, "year in the future (after " + currentYear + ")");
      return false;
    }
    if (y < Dataset.FIRST_YEAR) {
      r.reject(column, "year before " + Dataset.FIRST_YEAR + " (a typing error?)");
      return false;
    }
    return true;
  }

  private static LocalDate date(CheckedRow r, String column) {
    if (!r.has(column)) {
      return null;
    }
    String v = r.text(column);
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(v);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    r.reject(column, "wrong type: " + StoreFormats.DATE_RULE);
    return null;
  }

  // ------------------------------------------------------------------------------------------------ records → rows

  public static List<String> row(Source s) {
    return List.of(s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url());
  }

  public static List<String> row(City c) {
    Population p = c.population();
    return List.of(c.id(), c.nameEn(), c.nameZh(), c.country(), c.adminRegion(), Numbers.format(c.latitude()),
        Numbers.format(c.longitude()), p == null ? "" : Long.toString(p.value()),
        p == null || p.year() == null ? "" : Integer.toString(p.year()), p == null ? "" : p.sourceId());
  }

  public static List<String> row(Cluster c) {
    return List.of(c.id(), c.nameEn(), c.nameZh(), c.definition(), c.definitionUrl());
  }

  /** The member rows of a cluster, in the order of its defining document. */
  public static List<List<String>> memberRows(Cluster c) {
    List<List<String>> out = new ArrayList<>();
    for (int k = 0; k < c.memberIds().size(); k++) {
      String city = c.memberIds().get(k);
      int rank = c.centralIds().indexOf(city);
      out.add(List.of(c.id(), Integer.toString(k + 1), city, rank >= 0 ? "central" : "member",
          rank >= 0 ? Integer.toString(rank + 1) : ""));
    }
    return out;
  }

  public static List<String> row(Actor a) {
    return List.of(a.id(), a.kind().key(), a.nameEn(), a.nameZh(), a.country(), a.sector(), a.sourceId());
  }

  public static List<String> row(IndicatorDefinition d) {
    return List.of(d.code(), d.scope().name().toLowerCase(Locale.ROOT), d.nameEn(), d.nameZh(), d.unit(),
        d.sourceId());
  }

  public static List<String> row(Indicator i) {
    return List.of(i.subjectId(), i.code(), Integer.toString(i.year()), Numbers.format(i.value()), i.unit(),
        i.sourceId());
  }

  public static List<String> row(Tie t) {
    return List.of(t.id(), t.type().key(), t.cityId(), t.partnerId(), year(t.fromYear()), year(t.toYear()),
        Numbers.format(t.weight()), t.detail(), t.sourceId());
  }

  public static List<String> row(Engagement e) {
    return List.of(e.id(), e.kind().key(), e.cityId(), e.partner(), e.partnerId(), e.partnerCountry(), e.title(),
        e.topic(), e.level() == null ? "" : e.level().key(), e.startDate().toString(),
        e.endDate() == null ? "" : e.endDate().toString(), e.status().key(),
        e.participants() == null ? "" : Integer.toString(e.participants()), e.sourceDocument(), e.notes());
  }

  private static String year(Integer y) {
    return y == null ? "" : Integer.toString(y);
  }
}
