package org.hanse.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.hanse.model.Actor;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.server.service.Measure;

/**
 * The JSON shapes of the API. They are written out here, not taken from the model records, so that the API stays
 * stable when the model grows, and enums appear as the lower-case keys used in files.
 */
public final class Views {
  private Views() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  /** A population; {@code year} is null where the source gives none. */
  public record PopulationView(long value, Integer year, String sourceId) {}

  public record CityView(String id, String nameEn, String nameZh, String country, String adminRegion,
      double latitude, double longitude, PopulationView population, List<String> clusterIds) {
    public static CityView of(City c, Dataset d) {
      PopulationView p = c.population() == null ? null
          : new PopulationView(c.population().value(), c.population().year(), c.population().sourceId());
      return new CityView(c.id(), c.nameEn(), c.nameZh(), c.country(), c.adminRegion(), c.latitude(), c.longitude(),
          p, d.clustersOf(c.id()));
    }
  }

  public record ClusterView(String id, String nameEn, String nameZh, List<String> memberIds, List<String> centralIds,
      String definition, String definitionUrl) {
    public static ClusterView of(Cluster c) {
      return new ClusterView(c.id(), c.nameEn(), c.nameZh(), c.memberIds(), c.centralIds(), c.definition(),
          c.definitionUrl());
    }
  }

  /**
   * A tie. {@code partnerKind} is {@code city} for city-to-city ties, otherwise the actor kind; the partner's
   * names are included so a client need not look them up.
   */
  public record TieView(String id, String type, String cityId, String partnerId, String partnerKind,
      String partnerNameEn, String partnerNameZh, Integer fromYear, Integer toYear, double weight, String detail,
      String sourceId) {
    public static TieView of(Tie t, Dataset d) {
      String kind;
      String en;
      String zh;
      if (t.type().isCityToCity()) {
        kind = "city";
        City p = d.cities().get(t.partnerId());
        en = p == null ? t.partnerId() : p.nameEn();
        zh = p == null ? "" : p.nameZh();
      } else {
        kind = t.type().partnerKind().key();
        Actor a = d.actors().get(t.partnerId());
        en = a == null ? t.partnerId() : a.nameEn();
        zh = a == null ? "" : a.nameZh();
      }
      return new TieView(t.id(), t.type().key(), t.cityId(), t.partnerId(), kind, en, zh, t.fromYear(), t.toYear(),
          t.weight(), t.detail(), t.sourceId());
    }
  }

  public record ActorView(String id, String kind, String nameEn, String nameZh, String country, String sector,
      String sourceId) {
    public static ActorView of(Actor a) {
      return new ActorView(a.id(), a.kind().key(), a.nameEn(), a.nameZh(), a.country(), a.sector(), a.sourceId());
    }
  }

  public record SourceView(String id, String title, String licence, String vintage, String attribution, String url) {
    public static SourceView of(Source s) {
      return new SourceView(s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url());
    }
  }

  /** A measure without its values, for the catalogue. */
  public record MeasureSummary(String id, String nameEn, String nameZh, String unit, String methodEn, String methodZh,
      Map<String, String> parameters, List<String> sourceIds, int subjects, int excluded) {
    public static MeasureSummary of(Measure m) {
      return new MeasureSummary(m.id(), m.nameEn(), m.nameZh(), m.unit(), m.methodEn(), m.methodZh(), m.parameters(),
          m.sourceIds(), m.values().size(), m.excluded().size());
    }
  }

  /** One row of a ranking: competition rank ("1, 2, 2, 4"), ties broken for display order by city id. */
  public record RankedCity(int rank, String cityId, String nameEn, String nameZh, String country, double value) {}

  /**
   * One entry of the audit trail.
   *
   * @param id       sequence number
   * @param at       when (UTC)
   * @param username who
   * @param action   e.g. {@code create}, {@code update}, {@code delete}, {@code import}, {@code baseline}
   * @param kind     the kind of record, e.g. {@code tie}, {@code city}, {@code engagement}
   * @param target   the record's key (a file name for imports)
   * @param detail   one line for people
   * @param changeId groups the entries of one import or edit
   */
  public record AuditView(long id, String at, String username, String action, String kind, String target,
      String detail, String changeId) {
    public static AuditView of(org.hanse.store.AuditRecord e) {
      return new AuditView(e.id(), e.at().toString(), e.username(), e.action(), e.kind() == null ? "" : e.kind(),
          e.entityId() == null ? "" : e.entityId(), e.summary() == null ? "" : e.summary(),
          e.changeId() == null ? "" : e.changeId());
    }
  }

  /** The signed-in user: role and scope (editors' cities, coordinators' clusters). */
  public record Me(String username, String role, List<String> cityIds, List<String> clusterIds, String scope) {
    public static Me of(org.hanse.store.access.Principal p) {
      return new Me(p.username(), p.role().key(), p.cityIds().stream().sorted().toList(),
          p.clusterIds().stream().sorted().toList(), p.scopeDescription());
    }
  }

  /** One engagement with its version (send the version back to change it). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EngagementView(String id, String kind, String cityId, String cityNameEn, String cityNameZh,
      String partner, String partnerId, String partnerCountry, String title, String topic, String level,
      String startDate, String endDate, String status, Integer participants, String sourceDocument, String notes,
      Integer version) {
    public static EngagementView of(org.hanse.store.engagement.Engagement e, Dataset d, Integer version) {
      City c = d.cities().get(e.cityId());
      return new EngagementView(e.id(), e.kind().key(), e.cityId(), c == null ? e.cityId() : c.nameEn(),
          c == null ? "" : c.nameZh(), e.partner(), e.partnerId(), e.partnerCountry(), e.title(), e.topic(),
          e.level() == null ? null : e.level().key(), e.startDate().toString(),
          e.endDate() == null ? null : e.endDate().toString(), e.status().key(), e.participants(),
          e.sourceDocument(), e.notes(), version);
    }
  }

  /**
   * The outcome of an import.
   *
   * @param files    one line per table read
   * @param valid    true when no problem was found
   * @param dryRun   true when nothing was meant to be written
   * @param applied  true when the records were written
   * @param added    records added (or that would be)
   * @param changed  records changed (or that would be)
   * @param unchanged records already recorded as they are
   * @param changes  one line per added or changed record
   * @param warnings things accepted but worth a look
   * @param problems every problem, with file, line, column and value
   * @param changeId groups the import's audit entries; empty when nothing was written
   */
  public record ImportView(List<String> files, boolean valid, boolean dryRun, boolean applied, int added, int changed,
      int unchanged, List<String> changes, List<org.hanse.server.service.ValidationProblem> warnings,
      List<org.hanse.server.service.ValidationProblem> problems, String changeId) {
    public static ImportView of(org.hanse.store.io.ImportReport r) {
      List<String> changes = r.changes().stream()
          .filter(c -> c.action() != org.hanse.store.write.PlannedChange.Action.UNCHANGED)
          .map(org.hanse.store.write.PlannedChange::describe).toList();
      changes = new java.util.ArrayList<>(changes);
      changes.addAll(r.userChanges());
      return new ImportView(r.files(), r.valid(), r.dryRun(), r.applied(),
          r.count(org.hanse.store.write.PlannedChange.Action.ADDED),
          r.count(org.hanse.store.write.PlannedChange.Action.CHANGED),
          r.count(org.hanse.store.write.PlannedChange.Action.UNCHANGED), changes,
          r.warnings().stream().map(org.hanse.server.service.ValidationProblem::of).toList(),
          r.problems().stream().map(org.hanse.server.service.ValidationProblem::of).toList(), r.changeId());
    }
  }

  static String name(Lang lang, String en, String zh) {
    return lang == Lang.ZH && zh != null && !zh.isEmpty() ? zh : en;
  }
}
