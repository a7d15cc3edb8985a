package org.hanse.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.server.service.Measure;
import org.hanse.server.service.NetworkStructure;

/** The data behind the world map and the network page. */
public final class MapQueries {
  private MapQueries() {}

  /** A city placed on a map, with the value of the chosen measure (null when it has none). */
  public record Point(String id, String nameEn, String nameZh, String country, double lat, double lon, Double value) {
    static Point of(City c, Measure m) {
      return new Point(c.id(), c.nameEn(), c.nameZh(), c.country(), c.latitude(), c.longitude(),
          m == null ? null : m.values().get(c.id()));
    }
  }

  public record ClusterOnMap(String id, String nameEn, String nameZh, List<String> centralIds, List<Point> members) {}

  /** All ties of one type between two cities, drawn as one line. */
  public record Line(String from, String to, String type, int count, double weight) {}

  public record MapData(Views.MeasureSummary measure, Integer year, List<String> types, List<ClusterOnMap> clusters,
      List<Point> partners, List<Line> lines) {}

  /**
   * The clusters' member cities sized by {@code measure}, and the city-to-city ties of the chosen types (holding in
   * {@code year}, or in any year when null) that have at least one end in a cluster.
   */
  public static MapData map(Dataset d, Measure measure, Set<TieType> types, Integer year) {
    Set<String> members = new HashSet<>();
    List<ClusterOnMap> clusters = new ArrayList<>();
    for (Cluster cl : d.clusters().values()) {
      List<Point> pts = new ArrayList<>();
      for (String id : cl.memberIds()) {
        pts.add(Point.of(d.cities().get(id), measure));
        members.add(id);
      }
      clusters.add(new ClusterOnMap(cl.id(), cl.nameEn(), cl.nameZh(), cl.centralIds(), pts));
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, double[]> weights = new HashMap<>();
    Set<String> partners = new java.util.TreeSet<>();
    for (TieType type : types) {
      if (!type.isCityToCity()) {
        continue;
      }
      for (Tie t : d.tiesOfType(type)) {
        if ((year != null && !t.holdsIn(year)) || !(members.contains(t.cityId()) || members.contains(t.partnerId()))) {
          continue;
        }
        String key = t.cityId() + "|" + t.partnerId() + "|" + type.key();
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        weights.computeIfAbsent(key, k -> new double[1])[0] += t.weight();
        for (String end : new String[] {t.cityId(), t.partnerId()}) {
          if (!members.contains(end)) {
            partners.add(end);
          }
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    counts.forEach((key, n) -> {
      String[] p = key.split("\\|");
      lines.add(new Line(p[0], p[1], p[2], n[0], weights.get(key)[0]));
    });
    List<Point> partnerPoints = partners.stream().map(id -> Point.of(d.cities().get(id), null)).toList();
    return new MapData(measure == null ? null : Views.MeasureSummary.of(measure), year,
        types.stream().map(TieType::key).toList(), clusters, partnerPoints, lines);
  }

  /** A city in the network view. */
  public record Node(String id, String nameEn, String nameZh, String country, double lat, double lon,
      String clusterId, int degree, Double value, Integer community, Double centrality) {}

  /**
   * Two linked cities in the chosen layers.
   *
   * @param count  their ties in the chosen city-to-city layers (0 when they are linked only through actors they
   *               share, in a projected city–actor layer)
   * @param weight the sum of those ties' weights and of the projected layers' weights (Σ_j w_aj w_bj over the actors
   *               j they share)
   */
  public record Edge(String source, String target, int count, double weight) {}

  /**
   * The international city network.
   *
   * @param totalNodes cities with at least one tie in the chosen layers and year
   * @param totalEdges linked city pairs among them
   * @param limited    true when only the {@code nodes.size()} best-connected cities are returned
   */
  public record NetworkData(List<String> layers, Integer year, Views.MeasureSummary measure, List<Node> nodes,
      List<Edge> edges, int totalNodes, int totalEdges, boolean limited, boolean edgesCapped, int communities,
      double modularity, String communityMethod, String centralityMethod, String communityCitation,
      String centralityCitation) {}

  /**
   * City pairs tied in the chosen city-to-city layers. With a {@code limit}, only the cities with most partners
   * (degree, equal degrees by id) are kept, and the edges among them: enough for a readable force layout.
   */
  public static NetworkData network(Dataset d, Set<TieType> layers, Integer year, Measure measure, int limit,
      NetworkStructure structure, Lang lang) {
    return network(d, layers, year, measure, limit, 0, structure, lang);
  }

  /**
   * As {@link #network(Dataset, Set, Integer, Measure, int, NetworkStructure, Lang)}; city–actor layers are projected onto
   * the cities by the analysis module ({@link MultiplexNetwork}, as export-network does: two cities are linked by the
   * actors they share), and with {@code maxEdges} above 0 only that many strongest pairs (by weight) are returned,
   * {@code edgesCapped} saying so: a browser cannot draw tens of thousands of lines without freezing. The method
   * lines are in {@code lang}, their citations apart (they name published works and stay as published).
   */
  public static NetworkData network(Dataset d, Set<TieType> layers, Integer year, Measure measure, int limit,
      int maxEdges, NetworkStructure structure, Lang lang) {
    Map<String, int[]> count = new LinkedHashMap<>();
    Map<String, double[]> weight = new HashMap<>();
    Map<String, Set<String>> neighbours = new HashMap<>();
    for (TieType type : layers) {
      if (!type.isCityToCity()) {
        continue;
      }
      for (Tie t : d.tiesOfType(type)) {
        if (year != null && !t.holdsIn(year)) {
          continue;
        }
        String key = t.cityId() + "|" + t.partnerId();
        count.computeIfAbsent(key, k -> new int[1])[0]++;
        weight.computeIfAbsent(key, k -> new double[1])[0] += t.weight();
        neighbours.computeIfAbsent(t.cityId(), k -> new HashSet<>()).add(t.partnerId());
        neighbours.computeIfAbsent(t.partnerId(), k -> new HashSet<>()).add(t.cityId());
      }
    }
    List<TieType> projected = layers.stream().filter(t -> !t.isCityToCity() && !d.tiesOfType(t).isEmpty()).toList();
    if (!projected.isEmpty()) {
      MultiplexNetwork.Builder b = MultiplexNetwork.builder(d).layers(projected);
      if (year != null) {
        b.year(year);
      }
      MultiplexNetwork net = b.build();
      for (TieType type : projected) {
        WeightedGraph g = net.layer(type);
        g.forEachEdge((u, v, w) -> {
          String x = g.id(u);
          String y = g.id(v);
          String key = x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
          count.computeIfAbsent(key, k -> new int[1]);
          weight.computeIfAbsent(key, k -> new double[1])[0] += w;
          neighbours.computeIfAbsent(x, k -> new HashSet<>()).add(y);
          neighbours.computeIfAbsent(y, k -> new HashSet<>()).add(x);
        });
      }
    }
    List<String> ids = new ArrayList<>(neighbours.keySet());
    ids.sort(Comparator.comparingInt((String id) -> -neighbours.get(id).size()).thenComparing(id -> id));
    boolean limited = limit > 0 && ids.size() > limit;
    Set<String> kept = new HashSet<>(limited ? ids.subList(0, limit) : ids);
    List<Node> nodes = new ArrayList<>();
    for (String id : ids) {
      if (!kept.contains(id)) {
        continue;
      }
      City c = d.cities().get(id);
      List<String> cls = d.clustersOf(id);
      nodes.add(new Node(id, c.nameEn(), c.nameZh(), c.country(), c.latitude(), c.longitude(),
          cls.isEmpty() ? null : cls.get(0), neighbours.get(id).size(),
          measure == null ? null : measure.values().get(id), structure.community().get(id),
          structure.centrality().get(id)));
    }
    List<Edge> edges = new ArrayList<>();
    count.forEach((key, n) -> {
      int bar = key.indexOf('|');
      String a = key.substring(0, bar);
      String b = key.substring(bar + 1);
      if (kept.contains(a) && kept.contains(b)) {
        edges.add(new Edge(a, b, n[0], weight.get(key)[0]));
      }
    });
    boolean capped = maxEdges > 0 && edges.size() > maxEdges;
    if (capped) {
      edges.sort(Comparator.comparingDouble((Edge e) -> -e.weight()).thenComparing(Edge::source)
          .thenComparing(Edge::target));
      edges.subList(maxEdges, edges.size()).clear();
    }
    return new NetworkData(layers.stream().map(TieType::key).toList(), year,
        measure == null ? null : Views.MeasureSummary.of(measure), nodes, edges, ids.size(), count.size(), limited,
        capped, structure.communities(), structure.modularity(),
        NetworkStructure.describe(structure.communityProvenance(), lang, false),
        NetworkStructure.describe(structure.centralityProvenance(), lang, false),
        citation(structure.communityProvenance()), citation(structure.centralityProvenance()));
  }

  private static String citation(org.hanse.analysis.Provenance p) {
    return p == null ? "" : p.citation();
  }
}
