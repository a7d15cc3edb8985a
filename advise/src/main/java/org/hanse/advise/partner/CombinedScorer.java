package org.hanse.advise.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.FunctionProfiles;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;

/**
 * The combined partner scorer: a log-linear combination of network evidence, function complementarity and the
 * cluster's existing ties,
 *
 * <pre>
 *   score(x, p) = a·ln(RA(x, p) + ε) + b·ln(PA(x, p) + ½) + c·comp(x, p) + d·novel(x, p)
 * </pre>
 *
 * i.e. {@code RA^a · PA^b · e^(c·comp + d·novel)}, with
 * <ul>
 *   <li>RA: resource allocation on the multiplex network (methods.md §6; for an actor partner summed over the cities
 *       already tied to it), ε = 1/(2·k_max): a pair without shared partners counts as half the weakest possible
 *       shared partner, so that the ranking does not depend on the scale of the graph;</li>
 *   <li>PA: preferential attachment k_x·k_p on the multiplex network;</li>
 *   <li>comp: function complementarity [D]. For a city partner y, {@code Σ_f s_yf · gap_xf}: y's share of ties in
 *       each function times x's gap there ({@link FunctionProfiles#gap}): high when y is strong where x is weak. For
 *       an actor partner, x's gap in the function the new tie would serve (a mission: political exchange);</li>
 *   <li>novel: 1 when none of x's peers — the other members of its cluster(s) and the other cities of its country —
 *       already has the partner, else 0: the cluster acts as one and members should not court the same partner
 *       (concepts.md, homogeneous competition 同质化竞争).</li>
 * </ul>
 * The weights ({@link CombinedWeights#DEFAULT}) were chosen on an earlier back-test split than the one reported.
 */
public final class CombinedScorer {
  private final PartnerNetwork network;
  private final FunctionProfiles functions;
  private final CombinedWeights weights;
  private final double epsilon;
  private final Map<String, List<String>> citiesByCountry = new HashMap<>();

  public CombinedScorer(PartnerNetwork network, FunctionProfiles functions, CombinedWeights weights) {
    this.network = Objects.requireNonNull(network, "network");
    this.functions = Objects.requireNonNull(functions, "functions");
    this.weights = Objects.requireNonNull(weights, "weights");
    int kmax = 1;
    for (int i = 0; i < network.graph().nodeCount(); i++) {
      kmax = Math.max(kmax, network.graph().outDegree(i));
    }
    this.epsilon = 0.5 / kmax;
    for (City c : network.dataset().cities().values()) {
      citiesByCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c.id());
    }
  }

  public CombinedWeights weights() {
    return weights;
  }

  /** ε added to RA before the logarithm. */
  public double epsilon() {
    return epsilon;
  }

  /** The four inputs of the combined score for one source and its candidate partners. */
  public record Features(double[] resourceAllocation, double[] preferentialAttachment, double[] complementarity,
      double[] novelty) {}

  /** The features of (source, target) for every target. */
  public Features features(String source, List<String> targets, PartnerKind kind) {
    double[] ra = network.scores(Scorer.RESOURCE_ALLOCATION, source, targets, kind);
    double[] pa = network.scores(Scorer.PREFERENTIAL_ATTACHMENT, source, targets, kind);
    double[] comp = new double[targets.size()];
    double[] novel = new double[targets.size()];
    List<String> group = network.citiesOf(source);
    Set<String> held = heldByPeers(source, kind);
    if (kind.isCity()) {
      Map<DiplomaticFunction, Double> gaps = new HashMap<>();
      for (DiplomaticFunction f : DiplomaticFunction.values()) {
        gaps.put(f, functions.gap(group, f));
      }
      for (int i = 0; i < comp.length; i++) {
        comp[i] = complementarity(gaps, targets.get(i));
      }
    } else {
      double g = functions.gap(group, function(kind));
      java.util.Arrays.fill(comp, g);
    }
    for (int i = 0; i < novel.length; i++) {
      novel[i] = held.contains(targets.get(i)) ? 0 : 1;
    }
    return new Features(ra, pa, comp, novel);
  }

  /** Combined scores of the targets. */
  public double[] scores(String source, List<String> targets, PartnerKind kind) {
    return combine(features(source, targets, kind), weights, epsilon);
  }

  /** The combined score from features. */
  public static double[] combine(Features f, CombinedWeights w, double epsilon) {
    double[] out = new double[f.resourceAllocation().length];
    for (int i = 0; i < out.length; i++) {
      out[i] = combine(f.resourceAllocation()[i], f.preferentialAttachment()[i], f.complementarity()[i],
          f.novelty()[i], w, epsilon);
    }
    return out;
  }

  static double combine(double ra, double pa, double comp, double novel, CombinedWeights w, double epsilon) {
    return w.resourceAllocation() * Math.log(ra + epsilon) + w.preferentialAttachment() * Math.log(pa + 0.5)
        + w.complementarity() * comp + w.novelty() * novel;
  }

  /** The function a new tie to a partner of this (actor) kind serves. */
  static DiplomaticFunction function(PartnerKind kind) {
    TieType t = kind.targetLayers().iterator().next();
    return DiplomaticFunction.ofType(t);
  }

  private double complementarity(Map<DiplomaticFunction, Double> gaps, String partnerCity) {
    double c = 0;
    for (DiplomaticFunction f : DiplomaticFunction.values()) {
      var share = functions.share(partnerCity, f);
      if (share.isPresent()) {
        c += share.getAsDouble() * gaps.get(f);
      }
    }
    return c;
  }

  /**
   * The peers of a source: the other members of its cluster(s) and the other cities of its country (for a
   * contracted cluster: the non-member cities of its central cities' countries).
   */
  public Set<String> peers(String source) {
    Dataset d = network.dataset();
    List<String> group = network.citiesOf(source);
    Set<String> countries = new LinkedHashSet<>();
    Set<String> peers = new LinkedHashSet<>();
    if (network.isClusterNode(source)) {
      Cluster c = d.cluster(source.substring(PartnerNetwork.CLUSTER_PREFIX.length())).orElseThrow();
      c.centralIds().forEach(id -> countries.add(d.cities().get(id).country()));
    } else {
      countries.add(d.cities().get(source).country());
      for (String cl : d.clustersOf(source)) {
        peers.addAll(d.clusters().get(cl).memberIds());
      }
    }
    for (String country : countries) {
      peers.addAll(citiesByCountry.getOrDefault(country, List.of()));
    }
    peers.removeAll(group);
    return peers;
  }

  /** The partners (of the kind's target layer) that some peer of the source already has. */
  public Set<String> heldByPeers(String source, PartnerKind kind) {
    Set<String> held = new java.util.HashSet<>();
    EnumSet<TieType> layers = EnumSet.copyOf(kind.targetLayers());
    for (String p : peers(source)) {
      if (network.graph().contains(p)) {
        held.addAll(network.partners(p, layers));
      }
    }
    return held;
  }

  /** The peers of the source that already have the partner, in peer order. */
  public List<String> peersHolding(String source, String partner, PartnerKind kind) {
    List<String> out = new ArrayList<>();
    for (String p : peers(source)) {
      if (network.graph().contains(p) && network.partners(p, kind.targetLayers()).contains(partner)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Peers as a collection, for explanations. */
  Collection<String> groupOf(String source) {
    return network.citiesOf(source);
  }
}
