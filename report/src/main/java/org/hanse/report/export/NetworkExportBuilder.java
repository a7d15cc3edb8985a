package org.hanse.report.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.BipartiteLayer;
import org.hanse.analysis.network.DegreeCentrality;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.model.Actor;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;

/**
 * Builds a {@link NetworkExport} from a {@link Dataset} with the methods engineer's {@link MultiplexNetwork}: the
 * chosen layers (tie types) and year, one edge per node pair and layer, and node measures computed on the network
 * that is exported.
 *
 * <ul>
 *   <li>City network (default): nodes are cities; city-to-city layers give their ties; city–actor layers give the
 *       weighted one-mode projection (methods.md §1.1: two cities are linked by the actors they share, weight
 *       Σ_j w_aj w_bj by default).</li>
 *   <li>Two-mode network ({@link #twoMode()}): nodes are cities and actors; city–actor ties are edges as they are,
 *       city-to-city layers stay city–city edges.</li>
 *   <li>Measures, on the sum of all exported layers: {@code degree}, {@code strength}, {@code pagerank}, and on
 *       request {@code betweenness} (normalised, strengths turned into costs 1/w).</li>
 *   <li>A cluster filter keeps the edges with at least one end in the cluster (its members and their partners).</li>
 * </ul>
 */
public final class NetworkExportBuilder {
  /** The node measures this builder can compute. */
  public static final List<String> MEASURES = List.of("degree", "strength", "pagerank", "betweenness");
  /** Measures computed when none are chosen (betweenness is left out: it is slow on large networks). */
  public static final List<String> DEFAULT_MEASURES = List.of("degree", "strength", "pagerank");

  private final Dataset dataset;
  private final List<TieType> layers = new ArrayList<>();
  private Integer year;
  private boolean twoMode;
  private String clusterId;
  private List<String> measures = DEFAULT_MEASURES;
  private MultiplexNetwork.TieWeighting weighting = MultiplexNetwork.TieWeighting.WEIGHT_SUM;
  private BipartiteLayer.Weighting projection = BipartiteLayer.Weighting.PRODUCT;

  public NetworkExportBuilder(Dataset dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
  }

  /** The layers to export; at least one. */
  public NetworkExportBuilder layers(Collection<TieType> types) {
    types.forEach(t -> {
      if (!layers.contains(t)) {
        layers.add(t);
      }
    });
    return this;
  }

  /** Keep only ties that hold in this year (ties without dates are kept, and said so in the description). */
  public NetworkExportBuilder year(Integer year) {
    this.year = year;
    return this;
  }

  /** Export cities and actors as nodes, city–actor ties as edges. */
  public NetworkExportBuilder twoMode() {
    this.twoMode = true;
    return this;
  }

  /** Keep only edges with at least one end in the cluster. */
  public NetworkExportBuilder cluster(String clusterId) {
    if (clusterId != null && dataset.cluster(clusterId).isEmpty()) {
      throw new IllegalArgumentException("unknown cluster '" + clusterId + "'; known clusters: "
          + String.join(", ", dataset.clusters().keySet()));
    }
    this.clusterId = clusterId;
    return this;
  }

  /** Node measures, from {@link #MEASURES}. */
  public NetworkExportBuilder measures(List<String> names) {
    for (String n : names) {
      if (!MEASURES.contains(n)) {
        throw new IllegalArgumentException("unknown measure '" + n + "'; choose from " + String.join(", ", MEASURES));
      }
    }
    this.measures = List.copyOf(names);
    return this;
  }

  public NetworkExportBuilder tieWeighting(MultiplexNetwork.TieWeighting w) {
    this.weighting = Objects.requireNonNull(w);
    return this;
  }

  public NetworkExportBuilder projection(BipartiteLayer.Weighting w) {
    this.projection = Objects.requireNonNull(w);
    return this;
  }

  public NetworkExport build() {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("choose at least one layer: "
          + String.join(", ", java.util.Arrays.stream(TieType.values()).map(TieType::key).toList()));
    }
    MultiplexNetwork.Builder mb = MultiplexNetwork.builder(dataset).layers(layers).tieWeighting(weighting)
        .projection(projection);
    if (year != null) {
      mb.year(year);
    }
    MultiplexNetwork net = mb.build();
    Set<String> members = clusterId == null ? null : new HashSet<>(dataset.cluster(clusterId).orElseThrow()
        .memberIds());
    List<NetworkExport.Edge> edges = new ArrayList<>();
    for (TieType layer : net.layers()) {
      WeightedGraph g = twoMode && net.isTwoMode(layer) ? net.twoModeLayer(layer).toTwoModeGraph() : net.layer(layer);
      g.forEachEdge((u, v, w) -> {
        String a = g.id(u);
        String b = g.id(v);
        if (members == null || members.contains(a) || members.contains(b)) {
          edges.add(new NetworkExport.Edge(a, b, layer.key(), w));
        }
      });
    }
    Set<String> nodeIds = new LinkedHashSet<>();
    if (members == null) {
      nodeIds.addAll(net.cityIds());
    } else {
      nodeIds.addAll(dataset.cluster(clusterId).orElseThrow().memberIds());
    }
    for (NetworkExport.Edge e : edges) {
      nodeIds.add(e.source());
      nodeIds.add(e.target());
    }
    WeightedGraph.Builder all = WeightedGraph.undirected();
    nodeIds.forEach(all::node);
    edges.forEach(e -> all.edge(e.source(), e.target(), e.weight()));
    WeightedGraph aggregate = all.build();
    Map<String, Scores> scores = new LinkedHashMap<>();
    for (String m : measures) {
      scores.put(m, switch (m) {
        case "degree" -> DegreeCentrality.degree(aggregate, DegreeCentrality.Direction.ALL);
        case "strength" -> DegreeCentrality.strength(aggregate, DegreeCentrality.Direction.ALL);
        case "pagerank" -> new PageRank().compute(aggregate);
        case "betweenness" -> new BetweennessCentrality().compute(aggregate).normalised();
        default -> throw new IllegalStateException(m);
      });
    }
    List<NetworkExport.Node> nodes = new ArrayList<>();
    for (String id : nodeIds) {
      Map<String, Double> values = new LinkedHashMap<>();
      scores.forEach((name, s) -> s.find(id).ifPresent(v -> values.put(name, v)));
      City c = dataset.cities().get(id);
      if (c != null) {
        List<String> cl = dataset.clustersOf(id);
        nodes.add(new NetworkExport.Node(id, "city", c.nameEn(), c.nameZh(), c.country(), c.latitude(),
            c.longitude(), String.join(";", cl), values));
      } else {
        Actor a = dataset.actor(id).orElseThrow(() -> new IllegalStateException("node " + id + " is neither"
            + " a city nor an actor"));
        nodes.add(new NetworkExport.Node(id, a.kind().key(), a.nameEn(), a.nameZh(), a.country(), null, null, "",
            values));
      }
    }
    StringBuilder d = new StringBuilder();
    d.append("Hanse ").append(twoMode ? "two-mode city–actor network" : "city network").append("; layers ")
        .append(String.join(", ", layers.stream().map(TieType::key).toList()))
        .append("; year ").append(year == null ? "all" : year.toString())
        .append("; several ties of a pair: ").append(weighting.name().toLowerCase(Locale.ROOT));
    if (!twoMode && layers.stream().anyMatch(t -> !t.isCityToCity())) {
      d.append("; city–actor layers projected onto cities: ").append(projection.name().toLowerCase(Locale.ROOT));
    }
    if (clusterId != null) {
      Cluster cl = dataset.cluster(clusterId).orElseThrow();
      d.append("; edges touching cluster ").append(cl.id()).append(" (").append(cl.nameEn()).append(')');
    }
    d.append("; measures on the sum of the layers: ").append(String.join(", ", measures))
        .append("; data: ").append(dataset.label());
    net.provenance().notes().forEach(n -> d.append("; ").append(n));
    return new NetworkExport(d.toString(), twoMode, measures, nodes, edges);
  }
}
