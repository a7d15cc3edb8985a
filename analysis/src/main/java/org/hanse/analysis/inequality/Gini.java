package org.hanse.analysis.inequality;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.hanse.analysis.Provenance;

/**
 * Gini coefficient of non-negative values (methods.md §5): {@code G = Σ_i Σ_j |y_i − y_j| / (2 n² μ)}, computed by
 * the equivalent rank form {@code G = 2 Σ_i i·y_(i) / (n Σ y) − (n+1)/n} (y sorted ascending) in O(n log n);
 * small-sample correction {@code G* = G · n/(n−1)} (Deltas 2003, Rev. Econ. Stat. 85(1):226-234). G ∈ [0, 1 − 1/n],
 * G* ∈ [0, 1]. Undefined ("n/a") for n &lt; 2 or μ = 0.
 *
 * <p>The population-weighted variant ({@link #weighted}) treats city i as p_i people with value y_i:
 * {@code G_w = Σ_i Σ_j p_i p_j |y_i − y_j| / (2 P² μ_w)}, μ_w = Σ p_i y_i / P.
 */
public final class Gini {
  /** Citation carried in every result. */
  public static final String CITATION = "Gini (1912); rank form and small-sample correction n/(n−1): Deltas (2003)"
      + " Rev. Econ. Stat. 85(1):226-234; methods.md §5";

  private Gini() {}

  public static Result of(List<String> ids, double[] y) {
    Values.requireNonNegative(ids, y, "value");
    int n = y.length;
    double total = Values.sum(y);
    Provenance p = Provenance.of("Gini coefficient", CITATION).withData(n + " values");
    if (n < 2 || total == 0) {
      String why = n < 2 ? "fewer than 2 values" : "all values are 0 (mean 0)";
      return new Result(OptionalDouble.empty(), OptionalDouble.empty(), n, p.withNote("undefined: " + why));
    }
    double[] s = y.clone();
    Arrays.sort(s);
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (i + 1) * s[i];
    }
    double g = 2 * weighted / (n * total) - (n + 1.0) / n;
    g = Math.max(0, g); // rounding can leave −1e-17 for equal values
    return new Result(OptionalDouble.of(g), OptionalDouble.of(g * n / (n - 1)), n, p);
  }

  /**
   * Population-weighted Gini.
   *
   * @param weights p_i ≥ 0 (e.g. population), same order as y
   */
  public static Result weighted(List<String> ids, double[] y, double[] weights) {
    Values.requireNonNegative(ids, y, "value");
    Values.requireNonNegative(ids, weights, "weight");
    int n = y.length;
    double pTotal = Values.sum(weights);
    double mass = 0;
    for (int i = 0; i < n; i++) {
      mass += weights[i] * y[i];
    }
    Provenance p = Provenance.of("population-weighted Gini coefficient", CITATION)
        .withParameter("weights", "given per subject").withData(n + " values");
    if (n < 2 || pTotal == 0 || mass == 0) {
      return new Result(OptionalDouble.empty(), OptionalDouble.empty(), n,
          p.withNote("undefined: fewer than 2 values, zero total weight or weighted mean 0"));
    }
    // Sort by y; Σ_i Σ_j p_i p_j |y_i − y_j| = 2 Σ_k p_k y_k (P_<k − P_>k) with cumulative weights.
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(y[a], y[b]));
    double below = 0;
    double sum = 0;
    for (int k = 0; k < n; k++) {
      int i = idx[k];
      double above = pTotal - below - weights[i];
      sum += weights[i] * y[i] * (below - above);
      below += weights[i];
    }
    double mu = mass / pTotal;
    double g = Math.max(0, 2 * sum / (2 * pTotal * pTotal * mu));
    return new Result(OptionalDouble.of(g), OptionalDouble.empty(), n, p.withNote("no small-sample correction"));
  }

  /**
   * @param gini       G, empty when undefined
   * @param corrected  G · n/(n−1), empty when undefined
   * @param n          number of values
   * @param provenance how it was computed
   */
  public record Result(OptionalDouble gini, OptionalDouble corrected, int n, Provenance provenance) {}
}
