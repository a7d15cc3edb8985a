package org.hanse.analysis.network;

import java.util.Arrays;

/**
 * The largest eigenvalue λ_max of the adjacency matrix of an undirected graph (binary or weighted), by power
 * iteration on A + I (the shift keeps the iteration from oscillating on bipartite graphs); used to check the
 * convergence conditions β &lt; 1/λ_max of Katz and Bonacich measures.
 */
public final class SpectralRadius {
  private SpectralRadius() {}

  /**
   * λ_max of A (undirected); for a directed graph, of its max-symmetrisation, which bounds the spectral radius of
   * A from above (A ≤ max(A, Aᵀ) element-wise, Perron–Frobenius).
   */
  public static double of(WeightedGraph g, boolean weighted) {
    WeightedGraph u = g.isDirected() ? g.symmetrised(WeightedGraph.Symmetrisation.MAX) : g;
    int n = u.nodeCount();
    if (u.edgeCount() == 0) {
      return 0;
    }
    double[] x = new double[n];
    Arrays.fill(x, 1 / Math.sqrt(n));
    double lambda = 0;
    for (int it = 0; it < 1_000_000; it++) {
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double s = x[i];
        for (int k = u.outStart(i); k < u.outStart(i + 1); k++) {
          s += (weighted ? u.outWeightAt(k) : 1) * x[u.outTargetAt(k)];
        }
        y[i] = s;
      }
      double norm = 0;
      for (double v : y) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      double change = 0;
      for (int i = 0; i < n; i++) {
        y[i] /= norm;
        change += Math.abs(y[i] - x[i]);
      }
      x = y;
      double next = norm - 1; // ‖(A + I)x‖ → λ_max + 1 at the unit principal eigenvector
      if (change < 1e-14 * n && Math.abs(next - lambda) < 1e-13 * Math.max(1, next)) {
        return next;
      }
      lambda = next;
    }
    return lambda;
  }
}
