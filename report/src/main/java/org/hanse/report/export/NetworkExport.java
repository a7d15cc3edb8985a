package org.hanse.report.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hanse.model.Lang;

/**
 * A network ready to be written to a file for Gephi, UCINET, Pajek or a spreadsheet: nodes with names in both
 * languages, coordinates, cluster membership and measures; undirected weighted edges, one per node pair and layer.
 *
 * @param description  what the network is: layers, year, weighting, projection, data (written into the files)
 * @param twoMode      true when actors are nodes too (city–actor ties are edges), false for the city network
 * @param measureNames the node measures in column order (keys of {@link Node#measures()})
 * @param nodes        the nodes, no duplicate ids
 * @param edges        the edges between listed nodes
 */
public record NetworkExport(String description, boolean twoMode, List<String> measureNames, List<Node> nodes,
    List<Edge> edges) {
  public NetworkExport {
    Objects.requireNonNull(description, "description");
    measureNames = List.copyOf(measureNames);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Node n : nodes) {
      if (!ids.add(n.id())) {
        throw new IllegalArgumentException("node listed twice: " + n.id());
      }
    }
    for (Edge e : edges) {
      if (!ids.contains(e.source()) || !ids.contains(e.target())) {
        throw new IllegalArgumentException("edge " + e.source() + " - " + e.target() + " has an end that is not a node");
      }
    }
  }

  /** The layers (tie type keys) in order of first appearance among the edges. */
  public List<String> layers() {
    return edges.stream().map(Edge::layer).distinct().toList();
  }

  /**
   * A node.
   *
   * @param id        city id or actor id
   * @param kind      {@code city}, or the actor kind key ({@code organisation}, {@code city_network} …)
   * @param nameEn    English name
   * @param nameZh    Chinese name; may be empty
   * @param country   ISO alpha-2 country; may be empty
   * @param latitude  WGS84 latitude; null for actors
   * @param longitude WGS84 longitude; null for actors
   * @param clusters  ids of the clusters the city belongs to, separated by {@code ;}; empty if none
   * @param measures  measure name → value; a measure the node has no value of is absent (never 0)
   */
  public record Node(String id, String kind, String nameEn, String nameZh, String country, Double latitude,
      Double longitude, String clusters, Map<String, Double> measures) {
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(nameEn, "nameEn");
      nameZh = nameZh == null ? "" : nameZh;
      country = country == null ? "" : country;
      clusters = clusters == null ? "" : clusters;
      measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** The label in a language (English when no Chinese name is known). */
    public String label(Lang lang) {
      return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
    }
  }

  /**
   * An undirected weighted edge of one layer.
   *
   * @param source one end (node id)
   * @param target other end (node id)
   * @param layer  tie type key, e.g. {@code sister_city}
   * @param weight strength, positive
   */
  public record Edge(String source, String target, String layer, double weight) {
    public Edge {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(layer, "layer");
      if (!(weight > 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("edge weight must be positive and finite: " + weight);
      }
    }
  }
}
