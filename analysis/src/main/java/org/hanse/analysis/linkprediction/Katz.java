package org.hanse.analysis.linkprediction;

import java.util.concurrent.ConcurrentHashMap;
import org.hanse.analysis.network.SpectralRadius;
import org.hanse.analysis.network.WeightedGraph;

/**
 * Katz index (Katz 1953, "A new status index derived from sociometric analysis", Psychometrika 18:39-43;
 * methods.md §6): {@code S = Σ_{l≥1} β^l A^l = (I − βA)⁻¹ − I}, the number of walks of every length between x and
 * y, damped by β^l; requires {@code β < 1/λ_max}. Uses the binary adjacency (as methods.md's example) or, if asked,
 * the weights.
 *
 * <p>Rather than inverting an n × n matrix, each source's row {@code s_x = Σ_l β^l A^l e_x} is summed by sparse
 * matrix-vector products until the next term is below 1e-15 of the sum (geometric convergence at rate βλ_max), and
 * cached: O(L·m) per source, no dense matrix. λ_max is found by power iteration on A + I.
 */
public final class Katz implements LinkPredictor {
  private final double beta;
  private final boolean weighted;

  /** Binary Katz with damping β. */
  public Katz(double beta) {
    this(beta, false);
  }

  public Katz(double beta, boolean weighted) {
    if (!(beta > 0)) {
      throw new IllegalArgumentException("β must be positive: " + beta);
    }
    this.beta = beta;
    this.weighted = weighted;
  }

  @Override
  public String label() {
    return "Katz (β = " + beta + ")";
  }

  @Override
  public String citation() {
    return "Katz (1953) Psychometrika 18:39-43; methods.md §6";
  }

  /** The largest eigenvalue of the (binary or weighted) adjacency matrix, see {@link SpectralRadius}. */
  public static double largestEigenvalue(WeightedGraph g, boolean weighted) {
    return SpectralRadius.of(g, weighted);
  }

  @Override
  public PairScorer fit(WeightedGraph g) {
    LinkPredictor.requireUndirected(g);
    double lambda = largestEigenvalue(g, weighted);
    if (lambda > 0 && beta >= 1 / lambda) {
      throw new IllegalArgumentException("Katz needs β < 1/λ_max = " + (1 / lambda) + ": β = " + beta);
    }
    int n = g.nodeCount();
    int[][] nb = new int[n][];
    double[][] w = new double[n][];
    for (int i = 0; i < n; i++) {
      nb[i] = g.outNeighbours(i);
      w[i] = g.outWeights(i);
    }
    ConcurrentHashMap<Integer, double[]> rows = new ConcurrentHashMap<>();
    return (x, y) -> rows.computeIfAbsent(x, src -> row(src, nb, w))[y];
  }

  private double[] row(int source, int[][] nb, double[][] w) {
    int n = nb.length;
    double[] term = new double[n];
    term[source] = 1;
    double[] sum = new double[n];
    for (int l = 1; l < 100_000; l++) {
      double[] next = new double[n];
      double size = 0;
      for (int i = 0; i < n; i++) {
        if (term[i] == 0) {
          continue;
        }
        for (int k = 0; k < nb[i].length; k++) {
          double v = beta * (weighted ? w[i][k] : 1) * term[i];
          next[nb[i][k]] += v;
        }
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        sum[i] += next[i];
        size += next[i];
        total += sum[i];
      }
      term = next;
      if (size <= 1e-15 * Math.max(total, Double.MIN_NORMAL)) {
        break;
      }
    }
    return sum;
  }
}
