package org.hanse.analysis.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Indicator weights from an objective weighting method (entropy, CRITIC, coefficient of variation), with the
 * intermediate quantities of the method (e.g. e_j and d_j for entropy) so that a report can show every step.
 * Weights are non-negative and sum to 1 over the indicators kept; dropped indicators are listed.
 */
public final class Weights {
  private final List<String> indicators;
  private final double[] weights;
  private final Map<String, double[]> diagnostics;
  private final List<Exclusion> excluded;
  private final Provenance provenance;

  Weights(List<String> indicators, double[] weights, Map<String, double[]> diagnostics, List<Exclusion> excluded,
      Provenance provenance) {
    this.indicators = List.copyOf(indicators);
    this.weights = weights.clone();
    Map<String, double[]> d = new LinkedHashMap<>();
    diagnostics.forEach((k, v) -> d.put(k, v.clone()));
    this.diagnostics = Collections.unmodifiableMap(d);
    this.excluded = List.copyOf(excluded);
    this.provenance = provenance;
  }

  /** Indicator codes kept, in matrix order. */
  public List<String> indicators() {
    return indicators;
  }

  /** w_j in the order of {@link #indicators()}. */
  public double[] values() {
    return weights.clone();
  }

  public double weight(String indicator) {
    int j = indicators.indexOf(indicator);
    if (j < 0) {
      throw new java.util.NoSuchElementException("indicator " + indicator + " has no weight");
    }
    return weights[j];
  }

  /** Intermediate quantities by name (e.g. {@code e}, {@code d}, {@code sd}, {@code C}), in indicator order. */
  public Map<String, double[]> diagnostics() {
    return diagnostics;
  }

  public List<Exclusion> excluded() {
    return excluded;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** Weighted sum S_i = Σ_j w_j z_ij over the kept indicators of a normalised matrix. */
  public Scores score(LabelledMatrix z) {
    int[] cols = indicators.stream().mapToInt(z::columnIndexOf).toArray();
    double[] s = new double[z.rows()];
    for (int i = 0; i < z.rows(); i++) {
      for (int t = 0; t < cols.length; t++) {
        s[i] += weights[t] * z.get(i, cols[t]);
      }
    }
    return new Scores("composite score", z.rowIds(), s, List.of(),
        provenance.withParameter("score", "S_i = Σ_j w_j z_ij"));
  }

  /** Weights as general scores by indicator. */
  public Scores asScores() {
    return new Scores("indicator weight", indicators, weights, excluded, provenance);
  }

  /**
   * Combined weights {@code w = α w_1 + (1 − α) w_2} over the indicators both weightings kept (an author's choice,
   * methods.md §4.5 [D]); renormalised to sum to 1.
   */
  public static Weights linearCombination(Weights first, Weights second, double alpha) {
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new IllegalArgumentException("α must be in [0, 1]: " + alpha);
    }
    return combine(first, second, (a, b) -> alpha * a + (1 - alpha) * b, "α w1 + (1 − α) w2, α = " + alpha);
  }

  /** Combined weights {@code w = √(w_1 w_2) / Σ √(w_1 w_2)} (methods.md §4.5 [D]). */
  public static Weights geometricCombination(Weights first, Weights second) {
    return combine(first, second, (a, b) -> Math.sqrt(a * b), "√(w1 w2) / Σ √(w1 w2)");
  }

  private static Weights combine(Weights first, Weights second, java.util.function.DoubleBinaryOperator op,
      String rule) {
    java.util.List<String> common = first.indicators.stream().filter(second.indicators::contains).toList();
    java.util.List<Exclusion> excluded = new java.util.ArrayList<>();
    for (String i : first.indicators) {
      if (!common.contains(i)) {
        excluded.add(new Exclusion(i, "not weighted by " + second.provenance.method()));
      }
    }
    for (String i : second.indicators) {
      if (!common.contains(i)) {
        excluded.add(new Exclusion(i, "not weighted by " + first.provenance.method()));
      }
    }
    double[] w = new double[common.size()];
    double total = 0;
    for (int t = 0; t < w.length; t++) {
      w[t] = op.applyAsDouble(first.weight(common.get(t)), second.weight(common.get(t)));
      total += w[t];
    }
    if (!(total > 0)) {
      throw new ArithmeticException("combined weights are all 0");
    }
    for (int t = 0; t < w.length; t++) {
      w[t] /= total;
    }
    Provenance p = Provenance.of("combined weights", "methods.md §4.5 (combination rule is an author choice)")
        .withParameter("rule", rule)
        .withParameter("first", first.provenance.method())
        .withParameter("second", second.provenance.method());
    return new Weights(common, w, java.util.Map.of(), excluded, p);
  }
}
