package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * What the sections of the assessment share, computed once per run: the tie profile of every cluster, the tie
 * types present in the data at all, the GaWC firm-network connectivity, and the dataset indicators the assessment
 * reads (found by code).
 */
final class Facts {
  /** City GDP: the yearbook code, else any city indicator whose code starts with {@code gdp.}. */
  static final String GDP_CODE = "gdp.yearbook";
  static final String COUNTRY_DENSITY = "wb.EN.POP.DNST";
  static final String COUNTRY_URBAN_SHARE = "wb.SP.URB.TOTL.IN.ZS";

  final Dataset dataset;
  final AssessmentOptions options;
  final List<Cluster> clusters;
  final Map<String, TieProfile> profiles = new LinkedHashMap<>();
  final Set<TieType> present = EnumSet.noneOf(TieType.class);
  private ConnectivityResult firmGnc;
  private ServiceValueMatrix firmMatrix;
  private final Map<String, ConnectivityResult> sectorGnc = new HashMap<>();
  final Optional<IndicatorDefinition> gdp;
  private final Map<TieType, String> sources = new HashMap<>();
  private final Map<String, Map<String, Integer>> joint = new HashMap<>();

  Facts(Dataset dataset, AssessmentOptions options) {
    this.dataset = dataset;
    this.options = options;
    this.clusters = new ArrayList<>(dataset.clusters().values());
    for (TieType t : TieType.values()) {
      if (!dataset.tiesOfType(t).isEmpty()) {
        present.add(t);
      }
    }
    for (Cluster c : clusters) {
      profiles.put(c.id(), TieProfile.of(dataset, c));
    }
    IndicatorDefinition g = dataset.indicatorDefinitions().get(GDP_CODE);
    if (g == null) {
      g = dataset.indicatorDefinitions().values().stream()
          .filter(d -> d.scope() == IndicatorScope.CITY && d.code().startsWith("gdp")).findFirst().orElse(null);
    }
    this.gdp = Optional.ofNullable(g);
  }

  /** The service-value matrix of firm offices (GaWC DS11), or empty when the data hold no firm office. */
  synchronized Optional<ServiceValueMatrix> firmMatrix() {
    if (!present.contains(TieType.FIRM_OFFICE)) {
      return Optional.empty();
    }
    if (firmMatrix == null) {
      firmMatrix = ServiceValueMatrices.firmOffices(dataset, null);
    }
    return Optional.of(firmMatrix);
  }

  /** GNC of every city in the firm matrix, or empty without firm data. */
  synchronized Optional<ConnectivityResult> firmGnc() {
    if (firmGnc == null && firmMatrix().isPresent()) {
      firmGnc = GlobalNetworkConnectivity.of(firmMatrix);
    }
    return Optional.ofNullable(firmGnc);
  }

  /**
   * A cluster's firm-network connectivity: the mean GNC N_a over the members in the firm-office survey, with the
   * coverage. The mean, not the sum, because a sum over the surveyed members grows with how many members the survey
   * happened to cover and so in effect counts every member left out of it as 0 (a 26-member cluster with 2 members
   * surveyed would score below a 12-member cluster with all 12 surveyed, whatever their connectivity); the mean
   * leaves the unsurveyed members out and compares the clusters' surveyed cities on the same footing. Empty when no
   * member was surveyed or the data hold no firm office.
   */
  Optional<ClusterGnc> clusterFirmGnc(Cluster c) {
    Optional<ConnectivityResult> gnc = firmGnc();
    if (gnc.isEmpty()) {
      return Optional.empty();
    }
    long sum = 0;
    int covered = 0;
    for (String m : c.memberIds()) {
      java.util.OptionalLong n = gnc.get().find(m);
      if (n.isPresent()) {
        sum += n.getAsLong();
        covered++;
      }
    }
    return covered == 0 ? Optional.empty()
        : Optional.of(new ClusterGnc((double) sum / covered, sum, covered, c.memberIds().size()));
  }

  /**
   * The mean firm-network connectivity of a cluster's surveyed members.
   *
   * @param mean    Σ N_a / covered
   * @param sum     Σ N_a over the surveyed members
   * @param covered members in the survey
   * @param members all members
   */
  record ClusterGnc(double mean, long sum, int covered, int members) {
    /** How the value was formed, for the reading's note. */
    String note() {
      return "mean over the " + covered + " of " + members + " members in the survey (coverage "
          + CompositeRunner.percent((double) covered / members) + "); the others were not surveyed and are left out,"
          + " not counted as 0";
    }
  }

  /** Functional (sector) GNC, or empty when no firm has that sector. */
  synchronized Optional<ConnectivityResult> sectorGnc(String sector) {
    Optional<ServiceValueMatrix> v = firmMatrix();
    if (v.isEmpty() || !v.get().sectors().contains(sector)) {
      return Optional.empty();
    }
    return Optional.of(sectorGnc.computeIfAbsent(sector, s -> GlobalNetworkConnectivity.ofSector(v.get(), s)));
  }

  /** Latest GDP observation of a city, or empty. */
  Optional<Indicator> gdpOf(String cityId) {
    return gdp.flatMap(d -> dataset.latest(cityId, d.code()));
  }

  /** Latest value of a country indicator, or empty. */
  Optional<Indicator> countryIndicator(String country, String code) {
    return dataset.indicatorDefinitions().containsKey(code) ? dataset.latest(country, code) : Optional.empty();
  }

  /** Description of a source for indicator data text, e.g. "GaWC DS11 (2000)". */
  String source(String sourceId) {
    var s = dataset.sources().get(sourceId);
    return s == null ? sourceId : s.title() + (s.vintage().isEmpty() ? "" : " (" + s.vintage() + ")");
  }

  /** Sources of the ties of one type, as text. */
  synchronized String sourcesOf(TieType type) {
    return sources.computeIfAbsent(type, t -> {
      List<String> ids = dataset.tiesOfType(t).stream().map(Tie::sourceId).distinct().sorted().toList();
      return ids.isEmpty() ? "no data" : String.join("; ", ids.stream().map(this::source).toList());
    });
  }

  /** A member's international ties in its cluster's tie profile. */
  TieProfile.MemberTies memberTies(Cluster cluster, String member) {
    return profiles.get(cluster.id()).perMember().stream().filter(x -> x.cityId().equals(member)).findFirst()
        .orElseThrow();
  }

  /** Co-hosting ties of a member for an edition that another member of its cluster co-hosts too. */
  synchronized int jointCohosting(Cluster cluster, String member) {
    Map<String, Integer> perMember = joint.computeIfAbsent(cluster.id(), k -> {
      Map<String, Integer> editions = new HashMap<>();
      for (String m : cluster.memberIds()) {
        for (Tie t : dataset.tiesOf(m)) {
          if (t.type() == TieType.EVENT_COHOST) {
            editions.merge(edition(t), 1, Integer::sum);
          }
        }
      }
      Map<String, Integer> out = new HashMap<>();
      for (String m : cluster.memberIds()) {
        int n = 0;
        for (Tie t : dataset.tiesOf(m)) {
          if (t.type() == TieType.EVENT_COHOST && editions.getOrDefault(edition(t), 0) > 1) {
            n++;
          }
        }
        out.put(m, n);
      }
      return out;
    });
    return perMember.getOrDefault(member, 0);
  }

  private static String edition(Tie t) {
    return t.partnerId() + "\u0000" + t.detail() + "\u0000" + (t.fromYear() == null ? "" : t.fromYear());
  }
}
