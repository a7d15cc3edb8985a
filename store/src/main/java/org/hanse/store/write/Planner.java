package org.hanse.store.write;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.ingest.format.Problem;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Tie;
import org.hanse.store.access.AccessControl;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.internal.RecordTable;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords.Current;
import org.hanse.store.write.Plan.Category;

/**
 * Plans a write against the current knowledge base: checks every reference (against the records already stored
 * and those the same write brings), duplicate keys, natural keys, the writer's permissions and the versions single
 * edits were based on; then compares each record with its current version to tell added, changed and unchanged.
 * Nothing is written here.
 */
public final class Planner {
  private final KbState state;
  private final Principal who;
  private final AccessControl access;
  private final Plan plan = new Plan();

  private final Set<String> sources = new HashSet<>();
  private final Set<String> cities = new HashSet<>();
  private final Map<String, ActorKind> actors = new HashMap<>();
  private final Map<String, IndicatorScope> definitions = new HashMap<>();
  /** Member cities of every cluster as they will be after the write. */
  private final Set<String> memberCities = new HashSet<>();
  /** Clusters already refused to a non-administrator, so that their member rows do not repeat it. */
  private final Set<String> refusedClusters = new HashSet<>();

  private Planner(KbState state, Principal who) throws SQLException {
    this.state = state;
    this.who = who;
    this.access = new AccessControl(state.clusterMembers());
  }

  /** Plans the records of one write; {@code readProblems} are those found while reading its files. */
  public static Plan plan(KbState state, Principal who, List<? extends Incoming<?>> incoming, List<Problem> readProblems)
      throws SQLException {
    return plan(state, who, incoming, readProblems, List.of());
  }

  /**
   * Plans the records of one write; {@code readProblems} are those found while reading its files, {@code rejected}
   * the rows they made unwritable, whose remaining cells are checked too.
   */
  public static Plan plan(KbState state, Principal who, List<? extends Incoming<?>> incoming, List<Problem> readProblems,
      List<RejectedRow> rejected) throws SQLException {
    Planner p = new Planner(state, who);
    p.plan.addReadProblems(readProblems);
    p.run(incoming, rejected);
    return p.plan;
  }

  private void run(List<? extends Incoming<?>> incoming, List<RejectedRow> rejected) throws SQLException {
    Map<RecordTable<?>, List<Incoming<?>>> byTable = new LinkedHashMap<>();
    for (RecordTable<?> t : Tables.ALL) {
      byTable.put(t, new ArrayList<>());
    }
    for (Incoming<?> in : incoming) {
      byTable.get(in.table()).add(in);
    }
    rekeyEngagements(byTable.get(Tables.ENGAGEMENT));
    sources.addAll(state.current(Tables.SOURCE).keySet());
    cities.addAll(state.current(Tables.CITY).keySet());
    for (Current c : state.current(Tables.ACTOR).values()) {
      Actor a = Tables.ACTOR.fromValues(c.values());
      actors.put(a.id(), a.kind());
    }
    for (Current c : state.current(Tables.INDICATOR_DEFINITION).values()) {
      definitions.put((String) c.values()[0], Tables.INDICATOR_DEFINITION.fromValues(c.values()).scope());
    }
    for (Incoming<?> in : incoming) {
      if (in.delete()) {
        continue;
      }
      Object r = in.record();
      if (r instanceof org.hanse.model.Source s) {
        sources.add(s.id());
      } else if (r instanceof City c) {
        cities.add(c.id());
      } else if (r instanceof Actor a) {
        actors.put(a.id(), a.kind());
      } else if (r instanceof org.hanse.model.IndicatorDefinition d) {
        definitions.put(d.code(), d.scope());
      }
    }
    Map<String, List<String>> membership = new HashMap<>(state.clusterMembers());
    for (Incoming<?> in : incoming) {
      if (in.record() instanceof Cluster cl) {
        if (in.delete()) {
          membership.remove(cl.id());
        } else {
          membership.put(cl.id(), cl.memberIds());
        }
      }
    }
    membership.values().forEach(memberCities::addAll);
    for (Map.Entry<RecordTable<?>, List<Incoming<?>>> e : byTable.entrySet()) {
      List<Incoming<?>> unique = dropDuplicates(e.getValue());
      for (Incoming<?> in : unique) {
        checkAndPlan(in);
      }
      if (e.getKey() == Tables.TIE || e.getKey() == Tables.ENGAGEMENT) {
        checkNaturalKeys(e.getKey(), unique);
      }
      for (RejectedRow r : rejected) {
        if (r.table() == e.getKey()) {
          checkRejected(r);
        }
      }
    }
  }

  /** Engagements imported without an id update the engagement with the same natural key, whatever its id. */
  private void rekeyEngagements(List<Incoming<?>> list) throws SQLException {
    Map<String, String> idByNaturalKey = new HashMap<>();
    for (Current c : state.current(Tables.ENGAGEMENT).values()) {
      idByNaturalKey.put((String) c.values()[15], (String) c.values()[0]);
    }
    for (int i = 0; i < list.size(); i++) {
      @SuppressWarnings("unchecked")
      Incoming<Engagement> in = (Incoming<Engagement>) list.get(i);
      if (!in.keyGenerated()) {
        continue;
      }
      Engagement e = in.record();
      String existing = idByNaturalKey.get(e.naturalKey());
      if (existing != null && !existing.equals(e.id())) {
        Engagement rekeyed = new Engagement(existing, e.kind(), e.cityId(), e.partner(), e.partnerId(),
            e.partnerCountry(), e.title(), e.topic(), e.level(), e.startDate(), e.endDate(), e.status(),
            e.participants(), e.sourceDocument(), e.notes());
        list.set(i, new Incoming<>(in.table(), rekeyed, in.source(), in.row(), in.expectedVersion(), in.delete(),
            true));
      }
    }
  }

  private List<Incoming<?>> dropDuplicates(List<Incoming<?>> list) {
    Map<String, Incoming<?>> first = new HashMap<>();
    List<Incoming<?>> out = new ArrayList<>();
    for (Incoming<?> in : list) {
      Incoming<?> before = first.putIfAbsent(in.key(), in);
      if (before == null) {
        out.add(in);
        continue;
      }
      String column = in.keyGenerated() ? "title" : in.table().columns().get(0).name();
      String what = in.keyGenerated()
          ? "duplicate key: the same " + in.table().kind() + " (kind, city, start date, partner, title)"
          : "duplicate key: " + in.table().kind() + " " + in.key();
      invalid(in, column, in.keyGenerated() ? "" : String.valueOf(in.values()[0]),
          what + " is also on " + where(before));
    }
    return out;
  }

  private void checkAndPlan(Incoming<?> in) throws SQLException {
    RecordTable<?> t = in.table();
    Current current = state.current(t).get(in.key());
    if (!checkVersion(in, current)) {
      return;
    }
    if (in.delete()) {
      String denied = permission(in.table(), in.table().fromValues(current.values()), current);
      if (denied != null) {
        plan.issue(new Problem(in.source(), in.row(), keyColumn(in), in.key(), denied), Category.DENIED);
        return;
      }
      plan.add(new PlannedChange(t.kind(), in.key(), PlannedChange.Action.DELETED, current.values(), null,
          current.version(), in.source(), in.row(), t));
      return;
    }
    int before = plan.problems().size();
    checkReferences(in);
    String denied = permission(t, in.record(), current);
    if (denied != null) {
      // A record of a city is refused for its city: the row points at that cell, not at a (perhaps generated) id.
      String[] cell = in.row() > 0 ? scopeCell(in.record()) : null;
      plan.issue(new Problem(in.source(), in.row(), cell != null ? cell[0] : keyColumn(in),
          cell != null ? cell[1] : in.key(), denied), Category.DENIED);
    } else if (current != null) {
      // Changing a record needs permission for what it was as well as for what it becomes.
      denied = permission(t, t.fromValues(current.values()), current);
      if (denied != null) {
        plan.issue(new Problem(in.source(), in.row(), keyColumn(in), in.key(), denied), Category.DENIED);
      }
    }
    if (plan.problems().size() > before) {
      return;
    }
    Object[] after = in.values();
    PlannedChange.Action action = current == null ? PlannedChange.Action.ADDED
        : Arrays.equals(current.values(), after) ? PlannedChange.Action.UNCHANGED : PlannedChange.Action.CHANGED;
    plan.add(new PlannedChange(t.kind(), in.key(), action, current == null ? null : current.values(), after,
        current == null ? 0 : current.version(), in.source(), in.row(), t));
  }

  /** Single edits name the version they are based on: 0 to create, the current version to change or delete. */
  private boolean checkVersion(Incoming<?> in, Current current) {
    Integer expected = in.expectedVersion();
    String what = in.table().kind() + " " + in.key();
    if (in.delete() && current == null) {
      plan.issue(new Problem(in.source(), in.row(), "", in.key(), "unknown " + what), Category.NOT_FOUND);
      return false;
    }
    if (expected == null) {
      return true;
    }
    if (expected == 0 && current != null) {
      plan.issue(new Problem(in.source(), in.row(), "", in.key(), what + " already exists (version "
          + current.version() + ", recorded by " + current.recordedBy() + " at " + current.recordedAt() + ")"),
          Category.CONFLICT);
      return false;
    }
    if (expected > 0 && current == null) {
      plan.issue(new Problem(in.source(), in.row(), "", in.key(), "unknown " + what
          + " (deleted by someone else?)"), Category.NOT_FOUND);
      return false;
    }
    if (expected > 0 && current.version() != expected) {
      plan.issue(new Problem(in.source(), in.row(), "", in.key(), what + " was changed by " + current.recordedBy()
          + " at " + current.recordedAt() + " (now version " + current.version() + ", you edited version " + expected
          + "); nothing was written, read it again and reapply your change"), Category.CONFLICT);
      return false;
    }
    return true;
  }

  private void checkReferences(Incoming<?> in) {
    Object r = in.record();
    Loc at = new Loc(in.source(), in.row());
    if (r instanceof City c) {
      if (c.population() != null) {
        source(at, "population_source", c.population().sourceId());
      }
    } else if (r instanceof Cluster cl) {
      for (String m : cl.memberIds()) {
        if (!cities.contains(m)) {
          invalid(in, "city_id", m, "unknown city: member " + m + " of cluster " + cl.id()
              + " is not in the knowledge base nor in this import");
        }
      }
    } else if (r instanceof Actor a) {
      source(at, "source_id", a.sourceId());
    } else if (r instanceof org.hanse.model.IndicatorDefinition d) {
      source(at, "source_id", d.sourceId());
    } else if (r instanceof Indicator i) {
      indicatorReferences(at, i.code(), i.subjectId(), i.sourceId());
    } else if (r instanceof Tie t) {
      tieReferences(at, t.type(), t.cityId(), t.partnerId(), t.sourceId());
    } else if (r instanceof Engagement e) {
      engagementReferences(at, e.cityId(), e.partnerId());
    }
  }

  /** Where a problem is: file (and sheet) and row. */
  private record Loc(String source, int row) {}

  // The reference checks take null for a cell that did not pass its own checks (a row with value errors).

  private void indicatorReferences(Loc at, String code, String subject, String source) {
    IndicatorScope scope = code == null ? null : definitions.get(code);
    if (code != null && scope == null) {
      invalid(at, "code", code, "unknown indicator code: not in the knowledge base nor in this import");
    } else if (subject != null && scope == IndicatorScope.CITY && !cities.contains(subject)) {
      invalid(at, "subject_id", subject, "unknown city: not in the knowledge base nor in this import");
    } else if (subject != null && scope == IndicatorScope.COUNTRY && !subject.matches("[A-Z]{2}")) {
      invalid(at, "subject_id", subject, "wrong type: the subject of a country indicator must be an ISO "
          + "3166-1 alpha-2 code of two capital letters");
    }
    source(at, "source_id", source);
  }

  private void tieReferences(Loc at, org.hanse.model.TieType type, String city, String partner, String source) {
    if (city != null && !cities.contains(city)) {
      invalid(at, "city_id", city, "unknown city: not in the knowledge base nor in this import");
    }
    if (type != null && partner != null) {
      if (type.isCityToCity()) {
        if (!cities.contains(partner)) {
          invalid(at, "partner_id", partner, "unknown city: not in the knowledge base nor in this import");
        }
      } else {
        ActorKind kind = actors.get(partner);
        if (kind == null) {
          invalid(at, "partner_id", partner, "unknown actor: not in the knowledge base nor in this import");
        } else if (kind != type.partnerKind()) {
          invalid(at, "partner_id", partner, "wrong partner: a " + type.key() + " tie needs a "
              + type.partnerKind().key() + " actor, this one is " + article(kind.key()) + " " + kind.key());
        }
      }
    }
    source(at, "source_id", source);
  }

  private void engagementReferences(Loc at, String city, String partner) {
    if (city != null && !cities.contains(city)) {
      invalid(at, "city_id", city, "unknown city: not in the knowledge base nor in this import");
    } else if (city != null && !memberCities.contains(city)) {
      // Engagements are the foreign relations of the clusters' member cities; a partner city abroad is named in
      // partner / partner_id instead.
      invalid(at, "city_id", city, "not a member city: engagements are recorded for the member cities of a cluster"
          + " (name a foreign city as the partner)");
    }
    if (partner != null && !partner.isEmpty() && !cities.contains(partner) && !actors.containsKey(partner)) {
      invalid(at, "partner_id", partner, "unknown partner: no city or actor with this id in the knowledge "
          + "base nor in this import");
    }
  }

  private void source(Loc at, String column, String id) {
    if (id != null && !sources.contains(id)) {
      invalid(at, column, id, "unknown source: not in the knowledge base nor in this import");
    }
  }

  /**
   * The references and the writer's scope of a row that is not written because of value errors: the cells that
   * passed their own checks are checked as they would be on a valid row.
   */
  private void checkRejected(RejectedRow r) throws SQLException {
    Loc at = new Loc(r.source(), r.row());
    RecordTable<?> t = r.table();
    String denied = null;
    String column = "";
    if (t == Tables.CITY) {
      source(at, "population_source", cell(r, "population_source"));
      if (r.has("id")) {
        column = "id";
        denied = access.checkCity(who, r.cell("id"), state.current(t).containsKey(r.cell("id")));
      }
    } else if (t == Tables.SOURCE || t == Tables.ACTOR || t == Tables.INDICATOR_DEFINITION) {
      source(at, "source_id", cell(r, "source_id"));
      column = t == Tables.INDICATOR_DEFINITION ? "code" : "id";
      if (r.has(column)) {
        denied = access.checkShared(who, t.kind() + " " + r.cell(column),
            state.current(t).containsKey(r.cell(column)));
      }
    } else if (t == Tables.CLUSTER) {
      if (r.has("city_id") && !cities.contains(r.cell("city_id"))) {
        invalid(at, "city_id", r.cell("city_id"), r.has("cluster_id") ? "unknown city: member " + r.cell("city_id")
            + " of cluster " + r.cell("cluster_id") + " is not in the knowledge base nor in this import"
            : "unknown city: not in the knowledge base nor in this import");
      }
      column = r.has("cluster_id") ? "cluster_id" : "id";
      if (r.has(column) && refusedClusters.add(r.cell(column))) {
        denied = access.checkAdministration(who, "cluster " + r.cell(column));
      }
    } else if (t == Tables.INDICATOR) {
      indicatorReferences(at, cell(r, "code"), cell(r, "subject_id"), cell(r, "source_id"));
      if (r.has("subject_id") && definitions.get(r.cell("code")) == IndicatorScope.CITY) {
        column = "subject_id";
        denied = access.checkCityRecord(who, "indicator " + r.cell("code") + " of " + r.cell("subject_id"),
            List.of(r.cell("subject_id")));
      } else if (r.has("subject_id") && definitions.get(r.cell("code")) == IndicatorScope.COUNTRY) {
        column = "subject_id";
        denied = access.checkShared(who, "indicator " + r.cell("code") + " of " + r.cell("subject_id"), false);
      }
    } else if (t == Tables.TIE) {
      org.hanse.model.TieType type = r.has("type") ? org.hanse.model.TieType.fromKey(r.cell("type")) : null;
      tieReferences(at, type, cell(r, "city_id"), cell(r, "partner_id"), cell(r, "source_id"));
      if (r.has("city_id")) {
        column = "city_id";
        List<String> ends = new ArrayList<>(List.of(r.cell("city_id")));
        if (r.has("partner_id") && (type == null ? cities.contains(r.cell("partner_id")) : type.isCityToCity())) {
          ends.add(r.cell("partner_id"));
        }
        denied = access.checkCityRecord(who, r.has("id") ? "tie " + r.cell("id") : "a tie", ends);
      }
    } else if (t == Tables.ENGAGEMENT) {
      engagementReferences(at, cell(r, "city_id"), cell(r, "partner_id"));
      if (r.has("city_id")) {
        column = "city_id";
        denied = access.checkCityRecord(who, r.has("id") ? "engagement " + r.cell("id") : "an engagement",
            List.of(r.cell("city_id")));
      }
    }
    if (denied != null) {
      plan.issue(new Problem(r.source(), r.row(), column, r.cell(column), denied), Category.DENIED);
    }
  }

  private static String cell(RejectedRow r, String column) {
    return r.has(column) ? r.cell(column) : null;
  }

  /** The permission check for one version of a record; null when allowed. */
  private String permission(RecordTable<?> t, Object record, Current current) {
    boolean exists = current != null;
    if (record instanceof City c) {
      return access.checkCity(who, c.id(), exists);
    }
    if (record instanceof Cluster cl) {
      return access.checkAdministration(who, "cluster " + cl.id());
    }
    if (record instanceof Tie tie) {
      return access.checkCityRecord(who, "tie " + tie.id(),
          tie.type().isCityToCity() ? List.of(tie.cityId(), tie.partnerId()) : List.of(tie.cityId()));
    }
    if (record instanceof Engagement e) {
      return access.checkCityRecord(who, "engagement " + e.id(), List.of(e.cityId()));
    }
    if (record instanceof Indicator i) {
      if (definitions.get(i.code()) == IndicatorScope.CITY) {
        return access.checkCityRecord(who, "indicator " + t.keyString(t.valuesOf(i)), List.of(i.subjectId()));
      }
      return access.checkShared(who, "indicator " + i.code() + " of " + i.subjectId(), exists);
    }
    return access.checkShared(who, t.kind() + " " + t.keyString(t.valuesOf(record)), exists);
  }

  /**
   * One fact is recorded once: no two ties with the same type, ends, detail and start year; no two engagements with
   * the same kind, city, start date, partner and title. Checked on the knowledge base as it will be after the write.
   */
  private void checkNaturalKeys(RecordTable<?> t, List<Incoming<?>> list) throws SQLException {
    int column = t.columns().size() - 1;
    Map<String, String> idByNaturalKey = new HashMap<>();
    for (Current c : state.current(t).values()) {
      idByNaturalKey.put((String) c.values()[column], (String) c.values()[0]);
    }
    Set<String> incomingIds = new HashSet<>();
    for (Incoming<?> in : list) {
      incomingIds.add(in.key());
    }
    // Records this write changes free their old natural keys.
    idByNaturalKey.values().removeIf(incomingIds::contains);
    Map<String, Incoming<?>> claimed = new HashMap<>();
    for (Incoming<?> in : list) {
      if (in.delete()) {
        continue;
      }
      String nk = (String) in.values()[column];
      String holder = idByNaturalKey.get(nk);
      String what = t == Tables.TIE ? "tie (same type, city, partner, detail and start year)"
          : "engagement (same kind, city, start date, partner and title)";
      if (holder != null) {
        invalid(in, "id", in.key(), "duplicate key: the same " + what + " is already recorded as " + t.kind() + " "
            + holder);
      } else {
        Incoming<?> other = claimed.putIfAbsent(nk, in);
        if (other != null) {
          invalid(in, "id", in.key(), "duplicate key: the same " + what + " is also on " + where(other));
        }
      }
    }
  }

  /** The key's column, for a file row keyed by one column; none for edits and composite keys. */
  private static String keyColumn(Incoming<?> in) {
    return in.row() > 0 && in.key().equals(String.valueOf(in.values()[0])) ? in.table().columns().get(0).name() : "";
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String where(Incoming<?> in) {
    return in.row() > 0 ? in.source() + " row " + in.row() : in.source();
  }

  /** The cell that puts a record of a city in (or out of) the writer's scope; null for other records. */
  private String[] scopeCell(Object record) {
    if (record instanceof Tie t) {
      return new String[] {"city_id", t.cityId()};
    }
    if (record instanceof Engagement e) {
      return new String[] {"city_id", e.cityId()};
    }
    if (record instanceof Indicator i && definitions.get(i.code()) == IndicatorScope.CITY) {
      return new String[] {"subject_id", i.subjectId()};
    }
    return null;
  }

  private void invalid(Incoming<?> in, String column, String value, String rule) {
    invalid(new Loc(in.source(), in.row()), column, value, rule);
  }

  private void invalid(Loc at, String column, String value, String rule) {
    plan.issue(new Problem(at.source(), at.row(), column, value, rule), Category.INVALID);
  }
}
