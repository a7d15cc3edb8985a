package org.hanse.analysis.community;

import org.hanse.analysis.network.WeightedGraph;

/**
 * Modularity of a partition (methods.md §7):
 * undirected weighted (Newman &amp; Girvan 2004, Phys. Rev. E 69:026113; Newman 2004, Phys. Rev. E 70:056131)
 * {@code Q = (1/2m) Σ_ij [A_ij − γ k_i k_j / (2m)] δ(c_i, c_j)} = {@code Σ_c [L_c/m − γ (K_c / 2m)²]}, m = total
 * edge weight, k = strength, L_c = weight inside c, K_c = total strength of c, γ = resolution (1 by default);
 * directed (Leicht &amp; Newman 2008, Phys. Rev. Lett. 100:118703)
 * {@code Q = (1/m) Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j)}. Same values as networkx
 * {@code community.modularity}. A graph without edges has Q = 0 by convention here (networkx raises).
 */
public final class Modularity {
  /** Citation carried in every result. */
  public static final String CITATION = "Newman & Girvan (2004) Phys. Rev. E 69:026113; Leicht & Newman (2008)"
      + " Phys. Rev. Lett. 100:118703 (directed); methods.md §7";

  private Modularity() {}

  /**
   * @param g          the graph
   * @param community  community label of every node (any non-negative ints)
   * @param resolution γ
   */
  public static double of(WeightedGraph g, int[] community, double resolution) {
    int n = g.nodeCount();
    if (community.length != n) {
      throw new IllegalArgumentException(n + " nodes but " + community.length + " labels");
    }
    double m = g.totalWeight();
    if (m == 0) {
      return 0;
    }
    int labels = 0;
    for (int c : community) {
      if (c < 0) {
        throw new IllegalArgumentException("community labels must be non-negative: " + c);
      }
      labels = Math.max(labels, c + 1);
    }
    double[] inside = new double[labels];
    double[] out = new double[labels];
    double[] in = new double[labels];
    g.forEachEdge((u, v, w) -> {
      if (community[u] == community[v]) {
        inside[community[u]] += w;
      }
    });
    for (int i = 0; i < n; i++) {
      out[community[i]] += g.outStrength(i);
      in[community[i]] += g.isDirected() ? g.inStrength(i) : 0;
    }
    double q = 0;
    for (int c = 0; c < labels; c++) {
      if (g.isDirected()) {
        q += inside[c] / m - resolution * out[c] * in[c] / (m * m);
      } else {
        q += inside[c] / m - resolution * (out[c] / (2 * m)) * (out[c] / (2 * m));
      }
    }
    return q;
  }

  /** Q with resolution 1. */
  public static double of(WeightedGraph g, int[] community) {
    return of(g, community, 1.0);
  }

  /**
   * Quality of a partition under the Constant Potts Model {@code H = Σ_c [e_c − γ n_c(n_c − 1)/2]}, e_c = edge weight
   * inside c, n_c = nodes in c (Traag, Van Dooren &amp; Nesterov 2011, Phys. Rev. E 84:016114; methods.md §7), as
   * {@link Louvain} and {@link Leiden} report it when they optimise CPM.
   *
   * @param community  community label of every node (any non-negative ints)
   * @param resolution γ
   */
  public static double cpm(WeightedGraph g, int[] community, double resolution) {
    int k = 0;
    for (int c : community) {
      k = Math.max(k, c + 1);
    }
    double[] inside = new double[k];
    double[] size = new double[k];
    g.forEachEdge((u, v, w) -> {
      if (community[u] == community[v]) {
        inside[community[u]] += w;
      }
    });
    for (int c : community) {
      size[c]++;
    }
    double h = 0;
    for (int c = 0; c < k; c++) {
      h += inside[c] - resolution * size[c] * (size[c] - 1) / 2;
    }
    return h;
  }
}
