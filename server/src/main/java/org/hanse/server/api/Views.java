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
import org.hanse.server.service.AuditEntry;
import org.hanse.server.service.Measure;

/**
 * The JSON shapes of the API. They are written out here, not taken from the model records, so that the API stays
 * stable when the model grows, and enums appear as the lower-case keys used in files.
 */
public final class Views {
  private Views() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PopulationView(long value, int year, String sourceId) {}

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

  public record AuditView(String at, String username, String action, String target, String detail) {
    public static AuditView of(AuditEntry e) {
      return new AuditView(e.at().toString(), e.username(), e.action(), e.target(), e.detail());
    }
  }

  public record Me(String username, String role, String cityId) {}

  static String name(Lang lang, String en, String zh) {
    return lang == Lang.ZH && zh != null && !zh.isEmpty() ? zh : en;
  }
}
