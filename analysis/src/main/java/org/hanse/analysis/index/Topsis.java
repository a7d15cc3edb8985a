package org.hanse.analysis.index;

import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * TOPSIS (Hwang &amp; Yoon 1981, Multiple Attribute Decision Making, Springer; methods.md §4.3): weighted matrix
 * {@code v_ij = w_j r_ij}; ideal {@code v⁺_j} and anti-ideal {@code v⁻_j};
 * {@code D⁺_i = √Σ_j (v_ij − v⁺_j)²}, {@code D⁻_i = √Σ_j (v_ij − v⁻_j)²}; relative closeness
 * {@code C_i = D⁻_i / (D⁺_i + D⁻_i)} ∈ [0, 1]; when D⁺ + D⁻ = 0 (all cities identical) C := 0.5 (Hanse design
 * choice, noted). Two conventions for r:
 * <ul>
 *   <li>{@link #onNormalised}: the Chinese 熵权-TOPSIS, r = direction-corrected min-max values (already "larger is
 *       better"), ideal = column max, anti-ideal = column min;</li>
 *   <li>{@link #classical}: vector normalisation of the raw data {@code r_ij = x_ij / √Σ_i x_ij²}; for a negative
 *       (cost) indicator the ideal is the column min and the anti-ideal the column max.</li>
 * </ul>
 * The "potential" of coordinated opening-up (a Hanse reading) is D⁺ (distance still to go) or 1 − C.
 */
public final class Topsis {
  /** Citation carried in every result. */
  public static final String CITATION = "Hwang & Yoon (1981) Multiple Attribute Decision Making; methods.md §4.3";

  private Topsis() {}

  /**
   * @param closeness C_i
   * @param dPlus     D⁺_i, distance to the ideal
   * @param dMinus    D⁻_i, distance to the anti-ideal
   */
  public record Result(Scores closeness, Scores dPlus, Scores dMinus) {}

  /** TOPSIS on a direction-corrected normalised matrix (every indicator "larger is better"). */
  public static Result onNormalised(LabelledMatrix z, Weights w) {
    boolean[] benefit = new boolean[w.indicators().size()];
    java.util.Arrays.fill(benefit, true);
    double[][] r = select(z, w.indicators());
    return run(z.rowIds(), r, w, benefit, "min-max normalised (r = z)");
  }

  /** Classical TOPSIS: vector normalisation of the raw values, cost criteria from the table's directions. */
  public static Result classical(IndicatorTable table, Weights w) {
    LabelledMatrix raw = table.raw();
    boolean[] benefit = new boolean[w.indicators().size()];
    for (int t = 0; t < benefit.length; t++) {
      IndicatorDirection d = table.directions().get(raw.columnIndexOf(w.indicators().get(t)));
      if (d == IndicatorDirection.MODERATE) {
        throw new IllegalArgumentException("classical TOPSIS has no rule for moderate indicators; use onNormalised");
      }
      benefit[t] = d == IndicatorDirection.POSITIVE;
    }
    LabelledMatrix r = Normalisation.vector(raw).z();
    return run(raw.rowIds(), select(r, w.indicators()), w, benefit, "vector normalisation r = x/√Σx²");
  }

  private static double[][] select(LabelledMatrix m, List<String> indicators) {
    int[] cols = indicators.stream().mapToInt(m::columnIndexOf).toArray();
    double[][] r = new double[m.rows()][cols.length];
    for (int i = 0; i < m.rows(); i++) {
      for (int t = 0; t < cols.length; t++) {
        r[i][t] = m.get(i, cols[t]);
      }
    }
    return r;
  }

  private static Result run(List<String> ids, double[][] r, Weights weights, boolean[] benefit, String convention) {
    int m = ids.size();
    int k = benefit.length;
    if (m < 1) {
      throw new IllegalArgumentException("no city to rank");
    }
    double[] w = weights.values();
    double[] best = new double[k];
    double[] worst = new double[k];
    for (int j = 0; j < k; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double v = w[j] * r[i][j];
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
      best[j] = benefit[j] ? max : min;
      worst[j] = benefit[j] ? min : max;
    }
    double[] dp = new double[m];
    double[] dm = new double[m];
    double[] c = new double[m];
    boolean identical = false;
    for (int i = 0; i < m; i++) {
      double sp = 0;
      double sm = 0;
      for (int j = 0; j < k; j++) {
        double v = w[j] * r[i][j];
        sp += (v - best[j]) * (v - best[j]);
        sm += (v - worst[j]) * (v - worst[j]);
      }
      dp[i] = Math.sqrt(sp);
      dm[i] = Math.sqrt(sm);
      if (dp[i] + dm[i] == 0) {
        c[i] = 0.5;
        identical = true;
      } else {
        c[i] = dm[i] / (dp[i] + dm[i]);
      }
    }
    Provenance p = Provenance.of("TOPSIS", CITATION)
        .withParameter("normalisation", convention)
        .withParameter("weights", weights.provenance().method())
        .withData(m + " cities x " + k + " indicators");
    if (identical) {
      p = p.withNote("some cities are at both the ideal and the anti-ideal (all identical): C := 0.5");
    }
    List<Exclusion> none = List.of();
    return new Result(new Scores("TOPSIS closeness", ids, c, none, p), new Scores("TOPSIS D+", ids, dp, none, p),
        new Scores("TOPSIS D-", ids, dm, none, p));
  }
}
