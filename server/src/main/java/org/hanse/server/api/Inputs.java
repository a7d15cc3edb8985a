package org.hanse.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hanse.model.City;
import org.hanse.model.Population;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.server.service.ServiceException;
import org.hanse.server.service.ValidationProblem;

/** Request bodies of the write endpoints, checked field by field so that every problem is reported at once. */
public final class Inputs {
  private Inputs() {}

  public record CityInput(String id, String nameEn, String nameZh, String country, String adminRegion,
      Double latitude, Double longitude, Views.PopulationView population) {

    /** The city this input describes; {@code pathId} (for updates) must match the body's id when one is given. */
    public City toCity(String pathId) {
      List<ValidationProblem> p = new ArrayList<>();
      String cid = pathId != null ? pathId : id;
      if (pathId != null && id != null && !id.equals(pathId)) {
        p.add(new ValidationProblem(0, "id", "the id in the body (" + id + ") differs from the one in the URL ("
            + pathId + "); ids cannot be changed"));
      }
      require(p, "id", cid);
      require(p, "nameEn", nameEn);
      require(p, "country", country);
      if (country != null && !country.matches("[A-Z]{2}")) {
        p.add(new ValidationProblem(0, "country", "must be an ISO 3166-1 alpha-2 code such as CN or GB"));
      }
      if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
        p.add(new ValidationProblem(0, "latitude", "must be a number between -90 and 90"));
      }
      if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
        p.add(new ValidationProblem(0, "longitude", "must be a number between -180 and 180"));
      }
      Population pop = null;
      if (population != null) {
        if (population.value() < 0) {
          p.add(new ValidationProblem(0, "population.value", "must not be negative"));
        } else if (population.sourceId() == null || population.sourceId().isBlank()) {
          p.add(new ValidationProblem(0, "population.sourceId", "a population needs the source that reports it"));
        } else {
          pop = new Population(population.value(), population.year(), population.sourceId().trim());
        }
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the city has " + p.size() + " problem(s)", p);
      }
      return new City(cid.trim(), nameEn.trim(), trimOrEmpty(nameZh), country, trimOrEmpty(adminRegion), latitude,
          longitude, pop);
    }
  }

  public record TieInput(String id, String type, String cityId, String partnerId, Integer fromYear, Integer toYear,
      Double weight, String detail, String sourceId) {

    /** The tie this input describes; {@code pathId} (for updates) must match the body's id when one is given. */
    public Tie toTie(String pathId) {
      List<ValidationProblem> p = new ArrayList<>();
      if (pathId != null && id != null && !id.isBlank() && !id.trim().equals(pathId)) {
        p.add(new ValidationProblem(0, "id", "the id in the body (" + id + ") differs from the one in the URL ("
            + pathId + "); ids cannot be changed"));
      }
      TieType t = null;
      if (require(p, "type", type)) {
        try {
          t = TieType.fromKey(type);
        } catch (IllegalArgumentException e) {
          p.add(new ValidationProblem(0, "type", "unknown tie type '" + type + "'"));
        }
      }
      require(p, "cityId", cityId);
      require(p, "partnerId", partnerId);
      require(p, "sourceId", sourceId);
      if (weight == null || !(weight > 0) || weight.isInfinite()) {
        p.add(new ValidationProblem(0, "weight", "must be a positive number"));
      }
      if (fromYear != null && toYear != null && toYear < fromYear) {
        p.add(new ValidationProblem(0, "toYear", "the tie ends (" + toYear + ") before it starts (" + fromYear + ")"));
      }
      if (t != null && t.isCityToCity() && cityId != null && cityId.equals(partnerId)) {
        p.add(new ValidationProblem(0, "partnerId", "a city cannot be tied to itself"));
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the tie has " + p.size() + " problem(s)", p);
      }
      String a = cityId.trim();
      String b = partnerId.trim();
      if (t.isCityToCity() && a.compareTo(b) > 0) {
        String swap = a;
        a = b;
        b = swap;
      }
      String tid = pathId != null ? pathId : id == null || id.isBlank() ? "u-" + UUID.randomUUID() : id.trim();
      return new Tie(tid, t, a, b, fromYear, toYear, weight, trimOrEmpty(detail), sourceId.trim());
    }
  }

  /** An engagement as sent by a client; dates are ISO {@code yyyy-mm-dd}, kinds, statuses and levels their keys. */
  public record EngagementInput(String id, String kind, String cityId, String partner, String partnerId,
      String partnerCountry, String title, String topic, String level, String startDate, String endDate,
      String status, Integer participants, String sourceDocument, String notes) {

    /** The engagement; {@code pathId} (for updates) must match the body's id when one is given. */
    public org.hanse.store.engagement.Engagement toEngagement(String pathId) {
      List<ValidationProblem> p = new ArrayList<>();
      if (pathId != null && id != null && !id.isBlank() && !id.trim().equals(pathId)) {
        p.add(new ValidationProblem(0, "id", "the id in the body (" + id + ") differs from the one in the URL ("
            + pathId + "); ids cannot be changed"));
      }
      org.hanse.store.engagement.EngagementKind k = null;
      if (require(p, "kind", kind)) {
        try {
          k = org.hanse.store.engagement.EngagementKind.fromKey(kind);
        } catch (IllegalArgumentException e) {
          p.add(new ValidationProblem("", 0, "kind", kind, "unknown kind; use one of " + keys(
              org.hanse.store.engagement.EngagementKind.values())));
        }
      }
      org.hanse.store.engagement.EngagementStatus st = null;
      if (require(p, "status", status)) {
        try {
          st = org.hanse.store.engagement.EngagementStatus.fromKey(status);
        } catch (IllegalArgumentException e) {
          p.add(new ValidationProblem("", 0, "status", status, "unknown status"));
        }
      }
      if (k != null && st != null && !k.statuses().contains(st)) {
        p.add(new ValidationProblem("", 0, "status", status, "does not apply to " + k.key() + "; use one of "
            + keys(k.statuses().toArray(new Enum<?>[0]))));
      }
      org.hanse.store.engagement.VisitLevel lv = null;
      if (level != null && !level.isBlank()) {
        try {
          lv = org.hanse.store.engagement.VisitLevel.fromKey(level);
        } catch (IllegalArgumentException e) {
          p.add(new ValidationProblem("", 0, "level", level, "unknown level; use one of " + keys(
              org.hanse.store.engagement.VisitLevel.values())));
        }
        if (k != null && !k.isVisit()) {
          p.add(new ValidationProblem("", 0, "level", level, "a delegation level applies to visits only"));
        }
      }
      require(p, "cityId", cityId);
      require(p, "partner", partner);
      require(p, "title", title);
      java.time.LocalDate start = require(p, "startDate", startDate) ? date(p, "startDate", startDate) : null;
      java.time.LocalDate end = endDate == null || endDate.isBlank() ? null : date(p, "endDate", endDate);
      if (start != null && end != null && end.isBefore(start)) {
        p.add(new ValidationProblem("", 0, "endDate", endDate, "ends before it starts (" + startDate + ")"));
      }
      if (participants != null && participants < 0) {
        p.add(new ValidationProblem("", 0, "participants", participants.toString(), "must not be negative"));
      }
      if (partnerCountry != null && !partnerCountry.isBlank() && !partnerCountry.trim().matches("[A-Z]{2}")) {
        p.add(new ValidationProblem("", 0, "partnerCountry", partnerCountry,
            "must be an ISO 3166-1 alpha-2 code such as FR"));
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the engagement has " + p.size() + " problem(s)", p);
      }
      String eid = pathId != null ? pathId : id == null || id.isBlank()
          ? org.hanse.store.engagement.Engagement.idFor(org.hanse.store.engagement.Engagement.naturalKey(k,
              cityId.trim(), start, partner, title)) : id.trim();
      return new org.hanse.store.engagement.Engagement(eid, k, cityId.trim(), partner.trim(), trimOrEmpty(partnerId),
          trimOrEmpty(partnerCountry), title.trim(), trimOrEmpty(topic), lv, start, end, st, participants,
          trimOrEmpty(sourceDocument), trimOrEmpty(notes));
    }

    private static java.time.LocalDate date(List<ValidationProblem> p, String field, String text) {
      try {
        return java.time.LocalDate.parse(text.trim());
      } catch (java.time.format.DateTimeParseException e) {
        p.add(new ValidationProblem("", 0, field, text, "must be a date written yyyy-mm-dd"));
        return null;
      }
    }

    private static String keys(Enum<?>[] values) {
      return java.util.Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
          .collect(java.util.stream.Collectors.joining(", "));
    }
  }

  /**
   * A cluster as sent by a client: names, the defining document, the members in the document's order and the
   * central cities (each also a member), in the order of their rank.
   */
  public record ClusterInput(String id, String nameEn, String nameZh, String definition, String definitionUrl,
      List<String> memberIds, List<String> centralIds) {

    /**
     * The cluster as the two import files that describe it (clusters.csv and cluster_members.csv), so that it is
     * checked, written and audited exactly as an imported cluster is; the members given replace the current ones.
     */
    public List<org.hanse.store.io.Importer.InputFile> toFiles(String pathId) {
      List<ValidationProblem> p = new ArrayList<>();
      if (id != null && !id.isBlank() && !id.trim().equals(pathId)) {
        p.add(new ValidationProblem(0, "id", "the id in the body (" + id + ") differs from the one in the URL ("
            + pathId + "); ids cannot be changed"));
      }
      require(p, "nameEn", nameEn);
      List<String> members = memberIds == null ? List.of() : memberIds.stream().map(m -> m == null ? "" : m.trim())
          .toList();
      List<String> central = centralIds == null ? List.of() : centralIds.stream().map(m -> m == null ? "" : m.trim())
          .toList();
      if (members.isEmpty() || members.contains("")) {
        p.add(new ValidationProblem(0, "memberIds", "a cluster needs its member city ids, none empty"));
      } else if (members.stream().distinct().count() != members.size()) {
        p.add(new ValidationProblem(0, "memberIds", "a city is listed twice"));
      }
      if (central.isEmpty()) {
        p.add(new ValidationProblem(0, "centralIds", "a cluster needs at least one central city"));
      }
      for (String c : central) {
        if (!members.contains(c)) {
          p.add(new ValidationProblem("", 0, "centralIds", c, "a central city must also be a member"));
        }
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the cluster has " + p.size() + " problem(s)", p);
      }
      StringBuilder cl = new StringBuilder("id,name_en,name_zh,definition,definition_url\n");
      cl.append(String.join(",", csv(pathId), csv(nameEn.trim()), csv(trimOrEmpty(nameZh)),
          csv(trimOrEmpty(definition)), csv(trimOrEmpty(definitionUrl)))).append('\n');
      StringBuilder mb = new StringBuilder("cluster_id,position,city_id,role,central_rank\n");
      for (int k = 0; k < members.size(); k++) {
        int rank = central.indexOf(members.get(k));
        mb.append(String.join(",", csv(pathId), Integer.toString(k + 1), csv(members.get(k)),
            rank >= 0 ? "central" : "member", rank >= 0 ? Integer.toString(rank + 1) : "")).append('\n');
      }
      return List.of(
          new org.hanse.store.io.Importer.InputFile("clusters.csv",
              cl.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          new org.hanse.store.io.Importer.InputFile("cluster_members.csv",
              mb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** One CSV field, always quoted (RFC 4180): names and citations hold commas and quotes. */
    private static String csv(String s) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
  }

  public record Credentials(String username, String password) {}

  private static boolean require(List<ValidationProblem> p, String field, String value) {
    if (value == null || value.isBlank()) {
      p.add(new ValidationProblem(0, field, "is required"));
      return false;
    }
    return true;
  }

  private static String trimOrEmpty(String s) {
    return s == null ? "" : s.trim();
  }
}
