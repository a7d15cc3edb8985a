package org.hanse.analysis.index;

import java.util.List;
import java.util.Map;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;

/**
 * Coefficient-of-variation weights (methods.md §4.5): on raw positive data {@code V_j = σ_j / x̄_j} with the
 * <em>population</em> standard deviation, {@code w_j = V_j / Σ V_j}; requires x̄_j &gt; 0 and no negative value.
 * When every V_j is 0 the weights are equal (noted). Diagnostic {@code V}.
 */
public final class CoefficientOfVariationWeights {
  /** Citation carried in every result. */
  public static final String CITATION = "coefficient-of-variation weights, methods.md §4.5";

  private CoefficientOfVariationWeights() {}

  public static Weights compute(LabelledMatrix raw) {
    int m = raw.rows();
    int k = raw.columns();
    if (m < 2) {
      throw new IllegalArgumentException("CV weights need at least 2 cities: " + m);
    }
    double[] v = new double[k];
    double total = 0;
    for (int j = 0; j < k; j++) {
      double[] col = raw.column(j);
      double mean = 0;
      for (double x : col) {
        if (x < 0) {
          throw new IllegalArgumentException("CV weights need non-negative raw data; "
              + raw.columnIds().get(j) + " has " + x);
        }
        mean += x / m;
      }
      if (!(mean > 0)) {
        throw new ArithmeticException("mean of " + raw.columnIds().get(j) + " is 0: CV undefined");
      }
      double ss = 0;
      for (double x : col) {
        ss += (x - mean) * (x - mean);
      }
      v[j] = Math.sqrt(ss / m) / mean;
      total += v[j];
    }
    double[] w = new double[k];
    for (int j = 0; j < k; j++) {
      w[j] = total > 0 ? v[j] / total : 1.0 / k;
    }
    Provenance p = Provenance.of("coefficient-of-variation weights", CITATION)
        .withParameter("standard deviation", "population (n)")
        .withData(m + " cities x " + k + " indicators");
    if (total <= 0) {
      p = p.withNote("every indicator is constant: equal weights");
    }
    return new Weights(raw.columnIds(), w, Map.of("V", v), List.of(), p);
  }
}
