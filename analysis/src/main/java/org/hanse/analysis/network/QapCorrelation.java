package org.hanse.analysis.network;

import java.util.List;
import java.util.Random;
import org.hanse.analysis.Provenance;

/**
 * QAP correlation (Krackhardt 1987, "QAP partialling as a test of spuriousness", Social Networks 9:171-186;
 * methods.md §2): the Pearson correlation r of two n × n relations over the off-diagonal cells, and its
 * permutation p-value: the share of simultaneous row/column permutations π of X with {@code r(π) ≥ r_obs}
 * (one-sided) and {@code |r(π)| ≥ |r_obs|} (two-sided).
 *
 * <p>All n! permutations are enumerated when n! ≤ the permutation budget (exact test, the identity included);
 * otherwise {@code budget} permutations are drawn uniformly (Fisher–Yates) with the given seed. Comparisons allow a
 * 1e-12 slack so that permutations reproducing r_obs up to rounding count as "at least as large".
 */
public final class QapCorrelation {
  /** Citation carried in every result. */
  public static final String CITATION = "Krackhardt (1987) Social Networks 9:171-186; methods.md §2";

  private final int budget;
  private final long seed;

  /** @param budget number of permutations (2,000-5,000 usual); exact enumeration when n! ≤ budget */
  public QapCorrelation(int budget, long seed) {
    if (budget < 1) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    this.budget = budget;
    this.seed = seed;
  }

  /**
   * @param ids node ids (for provenance and size)
   * @param x   relation permuted
   * @param y   relation held fixed
   */
  public Result compute(List<String> ids, double[][] x, double[][] y) {
    int n = ids.size();
    check(x, n, "x");
    check(y, n, "y");
    if (n < 3) {
      throw new IllegalArgumentException("QAP needs at least 3 nodes: " + n);
    }
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    double observed = correlation(x, y, identity);
    if (Double.isNaN(observed)) {
      throw new IllegalArgumentException("correlation undefined: one relation is constant off the diagonal");
    }
    long greater = 0;
    long absGreater = 0;
    long total = 0;
    boolean exact = factorialAtMost(n, budget);
    if (exact) {
      int[] p = identity.clone();
      do {
        double r = correlation(x, y, p);
        greater += r >= observed - 1e-12 ? 1 : 0;
        absGreater += Math.abs(r) >= Math.abs(observed) - 1e-12 ? 1 : 0;
        total++;
      } while (nextPermutation(p));
    } else {
      Random rnd = new Random(seed);
      int[] p = identity.clone();
      for (int k = 0; k < budget; k++) {
        for (int i = n - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          int t = p[i];
          p[i] = p[j];
          p[j] = t;
        }
        double r = correlation(x, y, p);
        greater += r >= observed - 1e-12 ? 1 : 0;
        absGreater += Math.abs(r) >= Math.abs(observed) - 1e-12 ? 1 : 0;
        total++;
      }
    }
    Provenance prov = Provenance.of("QAP correlation", CITATION)
        .withParameter("permutations", exact ? "all " + total + " (exact)" : total + " random, seed " + seed)
        .withData(n + " nodes");
    return new Result(observed, (double) greater / total, (double) absGreater / total, total, exact, prov);
  }

  private static void check(double[][] m, int n, String name) {
    if (m.length != n) {
      throw new IllegalArgumentException(name + " has " + m.length + " rows, expected " + n);
    }
    for (double[] row : m) {
      if (row.length != n) {
        throw new IllegalArgumentException(name + " is not square");
      }
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(name + " has a non-finite cell: missing dyads must be handled first");
        }
      }
    }
  }

  static boolean factorialAtMost(int n, long limit) {
    long f = 1;
    for (int i = 2; i <= n; i++) {
      f *= i;
      if (f > limit) {
        return false;
      }
    }
    return true;
  }

  /** Pearson r of x[π(i)][π(j)] and y[i][j] over i ≠ j. */
  static double correlation(double[][] x, double[][] y, int[] p) {
    int n = p.length;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    double cells = (double) n * (n - 1);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        double a = x[p[i]][p[j]];
        double b = y[i][j];
        sx += a;
        sy += b;
        sxx += a * a;
        syy += b * b;
        sxy += a * b;
      }
    }
    double cov = sxy - sx * sy / cells;
    double vx = sxx - sx * sx / cells;
    double vy = syy - sy * sy / cells;
    return (vx <= 0 || vy <= 0) ? Double.NaN : cov / Math.sqrt(vx * vy);
  }

  /** Lexicographic next permutation in place; false after the last one. */
  static boolean nextPermutation(int[] p) {
    int i = p.length - 2;
    while (i >= 0 && p[i] >= p[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = p.length - 1;
    while (p[j] <= p[i]) {
      j--;
    }
    int t = p[i];
    p[i] = p[j];
    p[j] = t;
    for (int a = i + 1, b = p.length - 1; a < b; a++, b--) {
      t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
    return true;
  }

  /**
   * @param correlation  r_obs
   * @param pOneSided    share of permutations with r ≥ r_obs
   * @param pTwoSided    share with |r| ≥ |r_obs|
   * @param permutations number of permutations evaluated
   * @param exact        all n! permutations were enumerated
   * @param provenance   how it was computed
   */
  public record Result(double correlation, double pOneSided, double pTwoSided, long permutations, boolean exact,
      Provenance provenance) {}
}
