package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * What the sections of one report share: the snapshot, the cluster, the language, and the ledgers of methods used,
 * sources used and data found missing, which the appendices list.
 */
final class ReportContext {
  final Dataset dataset;
  final Cluster cluster;
  final ClusterAssessment assessment;
  final Lang lang;
  final Texts tx;
  final List<String> members;
  final Set<String> memberSet;
  final Map<Method, Set<String>> methodsUsed = new EnumMap<>(Method.class);
  final Map<String, Set<String>> sourcesUsed = new LinkedHashMap<>();
  final List<String> missing = new ArrayList<>();
  final List<String> findings = new ArrayList<>();
  /** The snapshot's source of the cluster's definition and member list, when known. */
  java.util.Optional<String> clusterSource = java.util.Optional.empty();

  ReportContext(Dataset dataset, Cluster cluster, ClusterAssessment assessment, Lang lang) {
    this.dataset = Objects.requireNonNull(dataset);
    this.cluster = Objects.requireNonNull(cluster);
    this.assessment = Objects.requireNonNull(assessment);
    this.lang = Objects.requireNonNull(lang);
    this.tx = Texts.of(lang);
    this.members = cluster.memberIds();
    this.memberSet = new HashSet<>(members);
  }

  private Localiser localiser;

  /** The analysis module's English texts (missing data, missing indicators) in the report's language. */
  Localiser local() {
    if (localiser == null) {
      localiser = new Localiser(this);
    }
    return localiser;
  }

  String t(String key, Object... args) {
    return tx.t(key, args);
  }

  City city(String id) {
    return dataset.city(id).orElseThrow();
  }

  String cityName(String id) {
    return dataset.city(id).map(c -> c.name(lang)).orElse(id);
  }

  String partnerName(Tie t, String member) {
    String other = t.otherEnd(member);
    if (t.type().isCityToCity()) {
      return cityName(other);
    }
    return dataset.actor(other).map(a -> a.name(lang)).orElse(other);
  }

  /** The name of a dataset indicator in the report's language, with its code. */
  String indicatorName(String code) {
    org.hanse.model.IndicatorDefinition d = dataset.indicatorDefinitions().get(code);
    return d == null ? code : d.name(lang) + " (" + code + ")";
  }

  void used(Method m, String where) {
    methodsUsed.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(where);
  }

  void source(String sourceId, String usage) {
    sourcesUsed.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(usage);
  }

  void sources(Collection<Tie> ties, String usage) {
    ties.forEach(t -> source(t.sourceId(), usage));
  }

  void missing(String text) {
    if (!missing.contains(text)) {
      missing.add(text);
    }
  }

  /**
   * Whether a tie of a member reaches abroad, by the assessment's definition ({@code TieProfile}): a foreign actor,
   * except the co-hosting of an edition that another member co-hosts too (a joint activity inside the cluster), or
   * a city in another country outside the cluster.
   */
  static boolean international(Dataset d, Set<String> clusterMembers, Tie t, String member) {
    if (t.type() == TieType.EVENT_COHOST) {
      for (String other : clusterMembers) {
        if (other.equals(member)) {
          continue;
        }
        for (Tie o : d.tiesOf(other)) {
          if (o.type() == TieType.EVENT_COHOST && o.partnerId().equals(t.partnerId()) && o.detail().equals(t.detail())
              && Objects.equals(o.fromYear(), t.fromYear())) {
            return false;
          }
        }
      }
      return true;
    }
    if (!t.type().isCityToCity()) {
      return true;
    }
    String other = t.otherEnd(member);
    if (clusterMembers.contains(other)) {
      return false;
    }
    String home = d.city(member).map(City::country).orElse("");
    return d.city(other).map(c -> !c.country().equals(home)).orElse(false);
  }

  /** The member's international ties. */
  List<Tie> internationalTies(String member) {
    return internationalTies(dataset, memberSet, member);
  }

  static List<Tie> internationalTies(Dataset d, Set<String> clusterMembers, String member) {
    List<Tie> out = new ArrayList<>();
    for (Tie t : d.tiesOf(member)) {
      if (international(d, clusterMembers, t, member)) {
        out.add(t);
      }
    }
    return out;
  }

  /** Counts of international ties by type, for a set of member cities of one cluster. */
  static Map<TieType, Integer> countsByType(Dataset d, Collection<String> clusterMembers) {
    Set<String> set = new HashSet<>(clusterMembers);
    Map<TieType, Integer> counts = new EnumMap<>(TieType.class);
    for (TieType type : TieType.values()) {
      counts.put(type, 0);
    }
    for (String m : clusterMembers) {
      for (Tie t : internationalTies(d, set, m)) {
        counts.merge(t.type(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The provenance of an analysis result as one line in the report's language. */
  String provenance(Provenance p) {
    StringBuilder b = new StringBuilder();
    b.append(t("prov.method")).append(' ').append(p.method());
    if (!p.citation().isEmpty()) {
      b.append(" (").append(p.citation()).append(')');
    }
    if (!p.parameters().isEmpty()) {
      b.append("; ").append(t("prov.parameters")).append(' ');
      List<String> kv = new ArrayList<>();
      p.parameters().forEach((k, v) -> kv.add(k + " = " + v));
      b.append(String.join(", ", kv));
    }
    if (!p.data().isEmpty()) {
      b.append("; ").append(t("prov.data")).append(' ').append(p.data());
    }
    if (!p.notes().isEmpty()) {
      b.append("; ").append(t("prov.notes")).append(' ').append(String.join("; ", p.notes()));
    }
    return b.toString();
  }

  /** A provenance line for a number computed by the report from the data with a catalogued formula. */
  String provenance(Method m, String data) {
    return t("prov.method") + ' ' + t(m.messageKey()) + " (" + m.formula() + "; " + m.citation() + "); "
        + t("prov.data") + ' ' + data;
  }

  /** The data description used in provenance lines. */
  String dataLabel() {
    return dataset.label();
  }
}
