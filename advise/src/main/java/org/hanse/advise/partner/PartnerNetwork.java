package org.hanse.advise.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.linkprediction.Katz;
import org.hanse.analysis.linkprediction.LinkPredictor.PairScorer;
import org.hanse.analysis.network.SpectralRadius;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * The multiplex partner network on which partners are scored: one undirected graph whose nodes are the cities
 * <em>and</em> the foreign actors (countries, organisations, city networks, firms, event series), and whose edges are
 * the ties of the chosen layers (sister cities and air routes between cities; missions, seats, memberships, offices
 * and events between a city and an actor). Two cities' common neighbours are then exactly their shared partners of
 * every kind, and the layers of each edge are kept to explain a score.
 *
 * <p>Edge weight = number of layers tying the pair; the indices use the binary graph (methods.md §6). The Katz
 * damping is β = {@code katzFactor} / λ_max of the binary graph, so that the series converges whatever the size.
 *
 * <p>A cluster can be contracted into one node ({@link #contract}): "the cluster acts as one" — its neighbours are
 * the union of its members' partners, ties between members disappear, and a partner any member already has is no
 * longer a candidate.
 */
public final class PartnerNetwork {
  /** Prefix of the node that stands for a contracted cluster. */
  public static final String CLUSTER_PREFIX = "cluster:";
  /** Default Katz damping as a share of 1/λ_max. */
  public static final double DEFAULT_KATZ_FACTOR = 0.5;

  private final Dataset dataset;
  private final Set<TieType> layers;
  private final WeightedGraph graph;
  private final Map<String, Set<TieType>> pairLayers;
  private final Map<String, Map<TieType, Set<String>>> partners;
  private final Map<String, List<String>> members;
  private final double katzFactor;
  private final Map<Scorer, PairScorer> fitted = new EnumMap<>(Scorer.class);
  private Double lambda;

  private PartnerNetwork(Dataset dataset, Set<TieType> layers, WeightedGraph graph, Map<String, Set<TieType>> pairLayers,
      Map<String, Map<TieType, Set<String>>> partners, Map<String, List<String>> members, double katzFactor) {
    this.dataset = dataset;
    this.layers = Collections.unmodifiableSet(EnumSet.copyOf(layers));
    this.graph = graph;
    this.pairLayers = pairLayers;
    this.partners = partners;
    this.members = members;
    this.katzFactor = katzFactor;
  }

  /** The network of every layer that has ties in the dataset. */
  public static PartnerNetwork of(Dataset d) {
    EnumSet<TieType> present = EnumSet.noneOf(TieType.class);
    d.ties().forEach(t -> present.add(t.type()));
    return of(d, present.isEmpty() ? EnumSet.allOf(TieType.class) : present, DEFAULT_KATZ_FACTOR);
  }

  /**
   * The network of the given layers.
   *
   * @param katzFactor Katz β as a share of 1/λ_max, in (0, 1)
   */
  public static PartnerNetwork of(Dataset d, Collection<TieType> layers, double katzFactor) {
    Objects.requireNonNull(d, "dataset");
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("choose at least one layer");
    }
    if (!(katzFactor > 0 && katzFactor < 1)) {
      throw new IllegalArgumentException("Katz factor must be in (0, 1): " + katzFactor);
    }
    EnumSet<TieType> chosen = EnumSet.copyOf(layers);
    for (String id : d.actors().keySet()) {
      if (d.cities().containsKey(id)) {
        throw new IllegalArgumentException("id " + id + " names both a city and an actor");
      }
    }
    WeightedGraph.Builder b = WeightedGraph.undirected();
    d.cities().keySet().forEach(b::node);
    Map<String, Set<TieType>> pairLayers = new HashMap<>();
    Map<String, Map<TieType, Set<String>>> partners = new HashMap<>();
    for (Tie t : d.ties()) {
      if (!chosen.contains(t.type())) {
        continue;
      }
      String a = t.cityId();
      String o = t.partnerId();
      partners.computeIfAbsent(a, k -> new EnumMap<>(TieType.class))
          .computeIfAbsent(t.type(), k -> new TreeSet<>()).add(o);
      partners.computeIfAbsent(o, k -> new EnumMap<>(TieType.class))
          .computeIfAbsent(t.type(), k -> new TreeSet<>()).add(a);
      pairLayers.computeIfAbsent(key(a, o), k -> EnumSet.noneOf(TieType.class)).add(t.type());
    }
    List<String> keys = new ArrayList<>(pairLayers.keySet());
    Collections.sort(keys);
    for (String k : keys) {
      int cut = k.indexOf('\u0000');
      b.edge(k.substring(0, cut), k.substring(cut + 1), pairLayers.get(k).size());
    }
    return new PartnerNetwork(d, chosen, b.build(), pairLayers, partners, Map.of(), katzFactor);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }

  /**
   * The same network with the cluster's members merged into one node {@code cluster:<id>}: its edges are the union
   * of the members' edges to non-members (with the union of their layers), edges between members are dropped.
   */
  public PartnerNetwork contract(Cluster cluster) {
    String node = CLUSTER_PREFIX + cluster.id();
    Set<String> m = new LinkedHashSet<>(cluster.memberIds());
    Map<String, Set<TieType>> pl = new HashMap<>();
    for (Map.Entry<String, Set<TieType>> e : pairLayers.entrySet()) {
      int cut = e.getKey().indexOf('\u0000');
      String a = map(e.getKey().substring(0, cut), m, node);
      String b = map(e.getKey().substring(cut + 1), m, node);
      if (!a.equals(b)) {
        pl.computeIfAbsent(key(a, b), k -> EnumSet.noneOf(TieType.class)).addAll(e.getValue());
      }
    }
    Map<String, Map<TieType, Set<String>>> ps = new HashMap<>();
    for (Map.Entry<String, Map<TieType, Set<String>>> e : partners.entrySet()) {
      String a = map(e.getKey(), m, node);
      for (Map.Entry<TieType, Set<String>> l : e.getValue().entrySet()) {
        for (String o : l.getValue()) {
          String b = map(o, m, node);
          if (!a.equals(b)) {
            ps.computeIfAbsent(a, k -> new EnumMap<>(TieType.class)).computeIfAbsent(l.getKey(), k -> new TreeSet<>())
                .add(b);
          }
        }
      }
    }
    WeightedGraph.Builder b = WeightedGraph.undirected();
    for (String id : graph.ids()) {
      b.node(map(id, m, node));
    }
    List<String> keys = new ArrayList<>(pl.keySet());
    Collections.sort(keys);
    for (String k : keys) {
      int cut = k.indexOf('\u0000');
      b.edge(k.substring(0, cut), k.substring(cut + 1), pl.get(k).size());
    }
    Map<String, List<String>> mem = new LinkedHashMap<>(members);
    mem.put(node, List.copyOf(m));
    return new PartnerNetwork(dataset, layers, b.build(), pl, ps, mem, katzFactor);
  }

  private static String map(String id, Set<String> m, String node) {
    return m.contains(id) ? node : id;
  }

  public Dataset dataset() {
    return dataset;
  }

  /** The layers (tie types) of the network. */
  public Set<TieType> layers() {
    return layers;
  }

  /** The graph the indices run on (cities, actors and contracted clusters as nodes). */
  public WeightedGraph graph() {
    return graph;
  }

  /** True for the node of a contracted cluster. */
  public boolean isClusterNode(String node) {
    return members.containsKey(node);
  }

  /** The member cities a node stands for: the city itself, or the members of a contracted cluster. */
  public List<String> citiesOf(String node) {
    return members.getOrDefault(node, List.of(node));
  }

  /** The layers tying two nodes directly (empty when they are not tied). */
  public Set<TieType> layersBetween(String a, String b) {
    Set<TieType> s = pairLayers.get(key(a, b));
    return s == null ? Set.of() : Collections.unmodifiableSet(s);
  }

  /** The partners of a node in the given layers (other cities, actors, or cities tied to an actor). */
  public Set<String> partners(String node, Set<TieType> inLayers) {
    Map<TieType, Set<String>> byLayer = partners.getOrDefault(node, Map.of());
    Set<String> out = new TreeSet<>();
    for (TieType t : inLayers) {
      out.addAll(byLayer.getOrDefault(t, Set.of()));
    }
    return out;
  }

  /** The common neighbours of two nodes (their shared partners of every layer), in graph order. */
  public List<String> commonNeighbours(String a, String b) {
    int[] x = graph.outNeighbours(graph.requireIndex(a));
    int[] y = graph.outNeighbours(graph.requireIndex(b));
    List<String> out = new ArrayList<>();
    int p = 0;
    int q = 0;
    while (p < x.length && q < y.length) {
      if (x[p] == y[q]) {
        out.add(graph.id(x[p]));
        p++;
        q++;
      } else if (x[p] < y[q]) {
        p++;
      } else {
        q++;
      }
    }
    return out;
  }

  /** Degree of a node in the multiplex graph. */
  public int degree(String node) {
    return graph.outDegree(graph.requireIndex(node));
  }

  /** Largest eigenvalue of the binary graph (computed once). */
  public synchronized double largestEigenvalue() {
    if (lambda == null) {
      lambda = SpectralRadius.of(graph, false);
    }
    return lambda;
  }

  /** The Katz damping used: {@code katzFactor / λ_max}. */
  public double katzBeta() {
    double l = largestEigenvalue();
    return l > 0 ? katzFactor / l : katzFactor;
  }

  public double katzFactor() {
    return katzFactor;
  }

  /** The analysis module's index fitted to this graph (once per scorer). */
  public synchronized PairScorer fitted(Scorer s) {
    if (s == Scorer.COMBINED) {
      throw new IllegalArgumentException("the combined scorer is computed by CombinedScorer");
    }
    return fitted.computeIfAbsent(s, k -> k == Scorer.KATZ ? new Katz(katzBeta()).fit(graph) : k.index().fit(graph));
  }

  /**
   * Raw scores of one source node (a city or a contracted cluster) for partners of a kind. For a city partner the
   * index of the pair; for an actor partner the local indices are summed over the cities already tied to the actor
   * in the target layer (methods.md §6, "cities like you joined o"), while Katz and preferential attachment score
   * the pair (city, actor) directly.
   */
  public double[] scores(Scorer s, String source, List<String> targets, PartnerKind kind) {
    PairScorer f = fitted(s);
    int x = graph.requireIndex(source);
    double[] out = new double[targets.size()];
    if (kind.isCity() || !s.isLocal()) {
      for (int i = 0; i < out.length; i++) {
        out[i] = f.score(x, graph.requireIndex(targets.get(i)));
      }
      return out;
    }
    Map<Integer, Double> cache = new HashMap<>();
    Set<TieType> target = kind.targetLayers();
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (String c : partners(targets.get(i), target)) {
        int y = graph.requireIndex(c);
        if (y != x) {
          sum += cache.computeIfAbsent(y, k -> f.score(x, k));
        }
      }
      out[i] = sum;
    }
    return out;
  }

  /** Provenance of the network. */
  public Provenance provenance() {
    Map<String, Integer> perLayer = new LinkedHashMap<>();
    for (TieType t : layers) {
      perLayer.put(t.key(), dataset.tiesOfType(t).size());
    }
    return Provenance.of("multiplex partner network", "methods.md §6 (link prediction on typed ties)")
        .withParameter("layers", perLayer)
        .withParameter("nodes", "cities and foreign actors; edge weight = number of layers tying the pair")
        .withParameter("Katz β", katzFactor + " / λ_max")
        .withData(dataset.label() + "; " + graph.nodeCount() + " nodes, " + graph.edgeCount() + " edges"
            + (members.isEmpty() ? "" : "; contracted: " + String.join(", ", members.keySet())));
  }
}
