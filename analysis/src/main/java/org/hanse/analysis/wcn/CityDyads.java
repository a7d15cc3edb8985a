package org.hanse.analysis.wcn;

import java.util.List;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.WeightedGraph;

/**
 * The positive city dyads r_ab &gt; 0 (a &lt; b by row position) of the interlocking-network projection R = V Vᵀ
 * (methods.md §1.1), stored sparsely and sorted by (a, b).
 */
public final class CityDyads {
  private final List<String> cityIds;
  private final int[] first;
  private final int[] second;
  private final long[] connectivity;
  private final Provenance provenance;

  CityDyads(List<String> cityIds, int[] first, int[] second, long[] connectivity, Provenance provenance) {
    this.cityIds = cityIds;
    this.first = first;
    this.second = second;
    this.connectivity = connectivity;
    this.provenance = provenance;
  }

  /** All covered cities (including those with no positive dyad), by row position. */
  public List<String> cityIds() {
    return cityIds;
  }

  /** Number of positive dyads. */
  public int size() {
    return connectivity.length;
  }

  public String firstCity(int dyad) {
    return cityIds.get(first[dyad]);
  }

  public String secondCity(int dyad) {
    return cityIds.get(second[dyad]);
  }

  public long connectivity(int dyad) {
    return connectivity[dyad];
  }

  /** Density of the projection: positive dyads / (n (n − 1) / 2); 0 for fewer than two cities. */
  public double density() {
    long n = cityIds.size();
    return n < 2 ? 0 : connectivity.length / (n * (n - 1) / 2.0);
  }

  /** T = 2 Σ_{a&lt;b} r_ab, which equals Σ_a N_a. */
  public long totalConnectivity() {
    long s = 0;
    for (long r : connectivity) {
      s += r;
    }
    return 2 * s;
  }

  /** Undirected weighted graph: every covered city a node, every positive dyad an edge of weight r_ab. */
  public WeightedGraph toGraph() {
    WeightedGraph.Builder b = WeightedGraph.undirected();
    cityIds.forEach(b::node);
    for (int t = 0; t < connectivity.length; t++) {
      b.edge(cityIds.get(first[t]), cityIds.get(second[t]), connectivity[t]);
    }
    return b.build();
  }

  /** The same graph with every positive dyad weight 1 (binary projection, as in Neal 2011). */
  public WeightedGraph toBinaryGraph() {
    return toGraph().binarised();
  }

  public Provenance provenance() {
    return provenance;
  }
}
