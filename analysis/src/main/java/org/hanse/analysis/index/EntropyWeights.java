package org.hanse.analysis.index;

import java.util.List;
import java.util.Map;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;

/**
 * Entropy weight method (熵权法), methods.md §4.2 (Shannon entropy applied to indicator dispersion, e.g. Zou, Yun &amp;
 * Sun 2006, J. Environ. Sci. 18(5):1020-1023): on the shifted normalised matrix z',
 * {@code p_ij = z'_ij / Σ_i z'_ij}, {@code e_j = −(1/ln m) Σ_i p_ij ln p_ij} (0·ln 0 = 0),
 * {@code d_j = 1 − e_j}, {@code w_j = d_j / Σ_j d_j}. When every d_j is 0 the weights are equal (noted).
 * Needs at least 2 cities. Diagnostics {@code e} and {@code d}.
 */
public final class EntropyWeights {
  /** Citation carried in every result. */
  public static final String CITATION = "entropy weight method, methods.md §4.2";

  private EntropyWeights() {}

  /** @param shifted normalised and shifted values z' (≥ 0), cities × indicators */
  public static Weights compute(LabelledMatrix shifted) {
    int m = shifted.rows();
    int k = shifted.columns();
    if (m < 2) {
      throw new IllegalArgumentException("the entropy method needs at least 2 cities: " + m);
    }
    double[] e = new double[k];
    double[] d = new double[k];
    for (int j = 0; j < k; j++) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        double v = shifted.get(i, j);
        if (v < 0) {
          throw new IllegalArgumentException("negative normalised value for " + shifted.rowIds().get(i)
              + ", " + shifted.columnIds().get(j));
        }
        sum += v;
      }
      if (sum == 0) {
        throw new ArithmeticException("indicator " + shifted.columnIds().get(j) + " is 0 for every city");
      }
      double h = 0;
      for (int i = 0; i < m; i++) {
        double p = shifted.get(i, j) / sum;
        if (p > 0) {
          h -= p * Math.log(p);
        }
      }
      e[j] = h / Math.log(m);
      // e_j ≤ 1 in exact arithmetic; rounding can give 1 + 1e-16 for an indicator spread evenly, and the tiny
      // negative d_j would become a negative weight (−1.4e-16 was seen): clamp at 0
      d[j] = Math.max(0, 1 - e[j]);
    }
    double total = 0;
    for (double v : d) {
      total += v;
    }
    double[] w = new double[k];
    Provenance p = Provenance.of("entropy weights", CITATION)
        .withData(m + " cities x " + k + " indicators");
    for (int j = 0; j < k; j++) {
      w[j] = total > 0 ? d[j] / total : 1.0 / k;
    }
    if (total <= 0) {
      p = p.withNote("every indicator has maximal entropy (d_j = 0): equal weights");
    }
    return new Weights(shifted.columnIds(), w, Map.of("e", e, "d", d), List.of(), p);
  }
}
