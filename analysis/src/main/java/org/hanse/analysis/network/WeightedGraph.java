package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * An immutable weighted graph on string ids (cities, actors), directed or undirected, without self-loops and with
 * at most one edge per ordered (directed) or unordered (undirected) pair. Edge weights are tie <em>strengths</em>
 * (larger = stronger); shortest-path measures convert them to costs themselves (methods.md §0).
 *
 * <p>Stored as compressed sparse rows of int indices so that the measures of this package run in the time their
 * algorithms promise on graphs of a few thousand nodes; {@link #toJGraphT()} and {@link #fromJGraphT} convert to
 * and from JGraphT where its algorithms are used.
 *
 * <p>Self-loops are dropped on construction (the diagonal of a city × city matrix is excluded, methods.md §0) and
 * their number is kept in {@link #droppedSelfLoops()}; parallel edges are merged by summing their weights.
 */
public final class WeightedGraph {
  private final List<String> ids;
  private final Map<String, Integer> index;
  private final boolean directed;
  private final int[] outStart;
  private final int[] outTarget;
  private final double[] outWeight;
  private final int[] inStart;
  private final int[] inSource;
  private final double[] inWeight;
  private final int edgeCount;
  private final int droppedSelfLoops;

  private WeightedGraph(List<String> ids, boolean directed, int[] outStart, int[] outTarget, double[] outWeight,
      int droppedSelfLoops) {
    this.ids = List.copyOf(ids);
    this.index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    this.directed = directed;
    this.droppedSelfLoops = droppedSelfLoops;
    this.outStart = outStart;
    this.outTarget = outTarget;
    this.outWeight = outWeight;
    int n = ids.size();
    if (directed) {
      // in-adjacency by a counting sort of the out-arcs on their target; sources come out ascending
      inStart = new int[n + 1];
      for (int t : outTarget) {
        inStart[t + 1]++;
      }
      for (int i = 0; i < n; i++) {
        inStart[i + 1] += inStart[i];
      }
      inSource = new int[outTarget.length];
      inWeight = new double[outTarget.length];
      int[] fill = Arrays.copyOf(inStart, n);
      for (int u = 0; u < n; u++) {
        for (int k = outStart[u]; k < outStart[u + 1]; k++) {
          int p = fill[outTarget[k]]++;
          inSource[p] = u;
          inWeight[p] = outWeight[k];
        }
      }
      edgeCount = outTarget.length;
    } else {
      inStart = outStart;
      inSource = outTarget;
      inWeight = outWeight;
      edgeCount = outTarget.length / 2;
    }
  }

  /** A builder for an undirected graph. */
  public static Builder undirected() {
    return new Builder(false);
  }

  /** A builder for a directed graph. */
  public static Builder directed() {
    return new Builder(true);
  }

  /** A builder of the given kind. */
  public static Builder builder(boolean directed) {
    return new Builder(directed);
  }

  /**
   * Copies a JGraphT graph: vertices become ids via {@code toString()}, edge weights are read with
   * {@link Graph#getEdgeWeight}; parallel edges are summed, self-loops dropped.
   */
  public static <V, E> WeightedGraph fromJGraphT(Graph<V, E> g) {
    Builder b = new Builder(g.getType().isDirected());
    for (V v : g.vertexSet()) {
      b.node(v.toString());
    }
    for (E e : g.edgeSet()) {
      b.edge(g.getEdgeSource(e).toString(), g.getEdgeTarget(e).toString(), g.getEdgeWeight(e));
    }
    return b.build();
  }

  /** A JGraphT copy (simple weighted graph) with the same ids and weights. */
  public Graph<String, DefaultWeightedEdge> toJGraphT() {
    Graph<String, DefaultWeightedEdge> g = directed
        ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
        : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    ids.forEach(g::addVertex);
    for (int u = 0; u < ids.size(); u++) {
      for (int k = outStart[u]; k < outStart[u + 1]; k++) {
        int v = outTarget[k];
        if (directed || u < v) {
          DefaultWeightedEdge e = g.addEdge(ids.get(u), ids.get(v));
          g.setEdgeWeight(e, outWeight[k]);
        }
      }
    }
    return g;
  }

  public boolean isDirected() {
    return directed;
  }

  public int nodeCount() {
    return ids.size();
  }

  /** Number of edges (an undirected edge counts once). */
  public int edgeCount() {
    return edgeCount;
  }

  public List<String> ids() {
    return ids;
  }

  public String id(int node) {
    return ids.get(node);
  }

  public OptionalInt indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Index of a node that must exist. */
  public int requireIndex(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new NoSuchElementException("node " + id + " is not in the graph");
    }
    return i;
  }

  public boolean contains(String id) {
    return index.containsKey(id);
  }

  /** Self-loops that were dropped when the graph was built. */
  public int droppedSelfLoops() {
    return droppedSelfLoops;
  }

  /** Out-neighbours (all neighbours when undirected), ascending. */
  public int[] outNeighbours(int node) {
    return Arrays.copyOfRange(outTarget, outStart[node], outStart[node + 1]);
  }

  /** Weights of the edges to {@link #outNeighbours(int)}, same order. */
  public double[] outWeights(int node) {
    return Arrays.copyOfRange(outWeight, outStart[node], outStart[node + 1]);
  }

  /** In-neighbours (all neighbours when undirected), ascending. */
  public int[] inNeighbours(int node) {
    return Arrays.copyOfRange(inSource, inStart[node], inStart[node + 1]);
  }

  public double[] inWeights(int node) {
    return Arrays.copyOfRange(inWeight, inStart[node], inStart[node + 1]);
  }

  /** Number of out-neighbours (neighbours when undirected). */
  public int outDegree(int node) {
    return outStart[node + 1] - outStart[node];
  }

  public int inDegree(int node) {
    return inStart[node + 1] - inStart[node];
  }

  /** Sum of out-edge weights (of all edge weights when undirected). */
  public double outStrength(int node) {
    double s = 0;
    for (int k = outStart[node]; k < outStart[node + 1]; k++) {
      s += outWeight[k];
    }
    return s;
  }

  public double inStrength(int node) {
    double s = 0;
    for (int k = inStart[node]; k < inStart[node + 1]; k++) {
      s += inWeight[k];
    }
    return s;
  }

  /** Weight of the edge u → v (u — v when undirected), 0 when there is none. */
  public double weight(int u, int v) {
    int k = Arrays.binarySearch(outTarget, outStart[u], outStart[u + 1], v);
    return k >= 0 ? outWeight[k] : 0;
  }

  public double weight(String u, String v) {
    return weight(requireIndex(u), requireIndex(v));
  }

  public boolean hasEdge(int u, int v) {
    return Arrays.binarySearch(outTarget, outStart[u], outStart[u + 1], v) >= 0;
  }

  /** Sum of all edge weights (an undirected edge counts once). */
  public double totalWeight() {
    double s = 0;
    for (double w : outWeight) {
      s += w;
    }
    return directed ? s : s / 2;
  }

  // Raw CSR access for the algorithms of this module (no copying in inner loops).
  int outStart(int node) {
    return outStart[node];
  }

  int outTargetAt(int k) {
    return outTarget[k];
  }

  double outWeightAt(int k) {
    return outWeight[k];
  }

  int inStart(int node) {
    return inStart[node];
  }

  int inSourceAt(int k) {
    return inSource[k];
  }

  double inWeightAt(int k) {
    return inWeight[k];
  }

  /** Visits every edge once (u &lt; v for undirected graphs). */
  public void forEachEdge(EdgeVisitor visitor) {
    for (int u = 0; u < ids.size(); u++) {
      for (int k = outStart[u]; k < outStart[u + 1]; k++) {
        int v = outTarget[k];
        if (directed || u < v) {
          visitor.visit(u, v, outWeight[k]);
        }
      }
    }
  }

  /** Receives one edge. */
  @FunctionalInterface
  public interface EdgeVisitor {
    void visit(int source, int target, double weight);
  }

  /**
   * The undirected version of a directed graph: the weight of {a, b} combines a_ab and a_ba by the given rule
   * (methods.md §0: an undirected method fed a directed graph must symmetrise explicitly; default SUM as in
   * UCINET/centpow). An undirected graph is returned unchanged.
   */
  public WeightedGraph symmetrised(Symmetrisation rule) {
    if (!directed) {
      return this;
    }
    Builder b = new Builder(false);
    ids.forEach(b::node);
    for (int u = 0; u < ids.size(); u++) {
      for (int k = outStart[u]; k < outStart[u + 1]; k++) {
        int v = outTarget[k];
        double wuv = outWeight[k];
        double wvu = weight(v, u);
        if (wvu > 0 && v < u) {
          continue; // the pair was handled from v
        }
        double w = switch (rule) {
          case SUM -> wuv + wvu;
          case MAX -> Math.max(wuv, wvu);
          case MIN -> Math.min(wuv, wvu);
        };
        if (w > 0) {
          b.edge(ids.get(u), ids.get(v), w);
        }
      }
    }
    return b.build();
  }

  /** The same graph with every edge weight set to 1. */
  public WeightedGraph binarised() {
    Builder b = new Builder(directed);
    ids.forEach(b::node);
    forEachEdge((u, v, w) -> b.edge(ids.get(u), ids.get(v), 1.0));
    return b.build();
  }

  /** The graph keeping only edges whose weight is at least {@code threshold}; all nodes stay. */
  public WeightedGraph withMinimumWeight(double threshold) {
    Builder b = new Builder(directed);
    ids.forEach(b::node);
    forEachEdge((u, v, w) -> {
      if (w >= threshold) {
        b.edge(ids.get(u), ids.get(v), w);
      }
    });
    return b.build();
  }

  /** The subgraph induced by the given ids (unknown ids are ignored), in the order of this graph. */
  public WeightedGraph induced(Collection<String> keep) {
    java.util.Set<String> k = new java.util.HashSet<>(keep);
    Builder b = new Builder(directed);
    for (String id : ids) {
      if (k.contains(id)) {
        b.node(id);
      }
    }
    forEachEdge((u, v, w) -> {
      if (k.contains(ids.get(u)) && k.contains(ids.get(v))) {
        b.edge(ids.get(u), ids.get(v), w);
      }
    });
    return b.build();
  }

  /** How a directed pair a_ij, a_ji becomes one undirected weight. */
  public enum Symmetrisation {
    SUM,
    MAX,
    MIN
  }

  /**
   * Builds a {@link WeightedGraph}. Nodes keep the order in which they are first named; edges with weight ≤ 0 or a
   * non-finite weight are rejected (a strength must be positive); self-loops are dropped and counted; parallel
   * edges are summed. Edges are collected in primitive arrays and merged into compressed rows by one sort, so a
   * graph of a million edges builds in about a second.
   */
  public static final class Builder {
    private final boolean directed;
    private final Map<String, Integer> nodes = new LinkedHashMap<>();
    private int[] from = new int[16];
    private int[] to = new int[16];
    private double[] weight = new double[16];
    private int size;
    private int selfLoops;

    private Builder(boolean directed) {
      this.directed = directed;
    }

    public Builder node(String id) {
      nodes.computeIfAbsent(Objects.requireNonNull(id, "node id"), k -> nodes.size());
      return this;
    }

    public Builder edge(String u, String v, double w) {
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weight of edge " + u + " - " + v + " must be positive and finite: " + w);
      }
      node(u);
      node(v);
      if (u.equals(v)) {
        selfLoops++;
        return this;
      }
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
        weight = Arrays.copyOf(weight, size * 2);
      }
      from[size] = nodes.get(u);
      to[size] = nodes.get(v);
      weight[size++] = w;
      return this;
    }

    public boolean hasNode(String id) {
      return nodes.containsKey(id);
    }

    public WeightedGraph build() {
      int n = nodes.size();
      int[] src = Arrays.copyOf(from, size);
      int[] dst = Arrays.copyOf(to, size);
      double[] wt = Arrays.copyOf(weight, size);
      if (!directed) {
        // merge parallel edges on the canonical pair first, so both directions get bit-identical sums
        for (int e = 0; e < size; e++) {
          if (src[e] > dst[e]) {
            int t = src[e];
            src[e] = dst[e];
            dst[e] = t;
          }
        }
      }
      Csr merged = merge(n, src, dst, wt, size);
      if (!directed) {
        int m = merged.target.length;
        int[] s2 = new int[2 * m];
        int[] d2 = new int[2 * m];
        double[] w2 = new double[2 * m];
        int k = 0;
        for (int u = 0; u < n; u++) {
          for (int p = merged.start[u]; p < merged.start[u + 1]; p++) {
            s2[k] = u;
            d2[k] = merged.target[p];
            w2[k++] = merged.weight[p];
            s2[k] = merged.target[p];
            d2[k] = u;
            w2[k++] = merged.weight[p];
          }
        }
        merged = merge(n, s2, d2, w2, k);
      }
      return new WeightedGraph(new ArrayList<>(nodes.keySet()), directed, merged.start, merged.target,
          merged.weight, selfLoops);
    }

    private record Csr(int[] start, int[] target, double[] weight) {}

    /** Arcs to compressed rows: counting sort by source, sort each row by target, sum parallel arcs in order. */
    private static Csr merge(int n, int[] src, int[] dst, double[] wt, int arcs) {
      int[] start = new int[n + 1];
      for (int e = 0; e < arcs; e++) {
        start[src[e] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, n);
      long[] keyed = new long[arcs]; // target in the high bits, arc index in the low bits: sums in input order
      for (int e = 0; e < arcs; e++) {
        keyed[fill[src[e]]++] = ((long) dst[e] << 32) | e;
      }
      int[] outStart = new int[n + 1];
      int[] outTarget = new int[arcs];
      double[] outWeight = new double[arcs];
      int m = 0;
      for (int i = 0; i < n; i++) {
        outStart[i] = m;
        Arrays.sort(keyed, start[i], start[i + 1]);
        int last = -1;
        for (int k = start[i]; k < start[i + 1]; k++) {
          int target = (int) (keyed[k] >>> 32);
          double w = wt[(int) keyed[k]];
          if (target == last) {
            outWeight[m - 1] += w;
          } else {
            outTarget[m] = target;
            outWeight[m++] = w;
            last = target;
          }
        }
      }
      outStart[n] = m;
      return new Csr(outStart, Arrays.copyOf(outTarget, m), Arrays.copyOf(outWeight, m));
    }
  }
}
