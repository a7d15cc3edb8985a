package org.hanse.analysis.inequality;

import java.util.Arrays;
import java.util.List;
import org.hanse.analysis.Provenance;

/**
 * Concentration and dispersion of non-negative values (methods.md §5):
 * Herfindahl–Hirschman index {@code H = Σ_i s_i²}, s_i = y_i / Σ y (reported ×10,000 by convention), normalised
 * {@code H* = (H − 1/n) / (1 − 1/n)}, concentration ratio CR_k = sum of the k largest shares (Hirschman 1945;
 * Herfindahl 1950); coefficient of variation σ/μ with population or sample SD, and the population-weighted CV of
 * Williamson (1965, Economic Development and Cultural Change 13(4):1-84)
 * {@code V_w = √(Σ_i (y_i − ȳ)² p_i / P) / ȳ}, ȳ = Σ p_i y_i / P.
 */
public final class Concentration {
  /** Citation carried in every result. */
  public static final String CITATION = "Hirschman (1945); Herfindahl (1950); Williamson (1965) EDCC 13(4):1-84;"
      + " methods.md §5";

  private Concentration() {}

  /** HHI of the shares; undefined (throws) when the total is 0. */
  public static Herfindahl herfindahl(List<String> ids, double[] y) {
    Values.requireNonNegative(ids, y, "value");
    double total = Values.sum(y);
    if (total == 0) {
      throw new ArithmeticException("HHI is undefined when the total is 0");
    }
    int n = y.length;
    double[] shares = new double[n];
    double h = 0;
    for (int i = 0; i < n; i++) {
      shares[i] = y[i] / total;
      h += shares[i] * shares[i];
    }
    double normalised = n > 1 ? (h - 1.0 / n) / (1 - 1.0 / n) : 1;
    double[] sorted = shares.clone();
    Arrays.sort(sorted);
    Provenance p = Provenance.of("Herfindahl–Hirschman index", CITATION).withData(n + " values");
    return new Herfindahl(h, h * 10_000, normalised, sorted, p);
  }

  /** σ/μ with the population SD (divide by n) or the sample SD (n − 1); undefined (throws) when μ = 0. */
  public static double coefficientOfVariation(List<String> ids, double[] y, boolean sampleSd) {
    Values.requireNonNegative(ids, y, "value");
    int n = y.length;
    if (n < (sampleSd ? 2 : 1)) {
      throw new IllegalArgumentException("too few values for the coefficient of variation: " + n);
    }
    double mu = Values.sum(y) / n;
    if (mu == 0) {
      throw new ArithmeticException("coefficient of variation is undefined when the mean is 0");
    }
    double ss = 0;
    for (double v : y) {
      ss += (v - mu) * (v - mu);
    }
    return Math.sqrt(ss / (sampleSd ? n - 1 : n)) / mu;
  }

  /** Williamson's population-weighted CV; undefined (throws) when the weighted mean or total weight is 0. */
  public static double weightedCoefficientOfVariation(List<String> ids, double[] y, double[] weights) {
    Values.requireNonNegative(ids, y, "value");
    Values.requireNonNegative(ids, weights, "weight");
    double p = Values.sum(weights);
    double mean = 0;
    for (int i = 0; i < y.length; i++) {
      mean += y[i] * weights[i];
    }
    if (p == 0 || mean == 0) {
      throw new ArithmeticException("weighted CV is undefined for zero total weight or weighted mean 0");
    }
    mean /= p;
    double ss = 0;
    for (int i = 0; i < y.length; i++) {
      ss += (y[i] - mean) * (y[i] - mean) * weights[i];
    }
    return Math.sqrt(ss / p) / mean;
  }

  /**
   * @param index       H = Σ s_i²
   * @param points      H × 10,000
   * @param normalised  (H − 1/n)/(1 − 1/n), 1 for a single value
   * @param provenance  how it was computed
   */
  public record Herfindahl(double index, double points, double normalised, double[] sortedShares,
      Provenance provenance) {
    public Herfindahl {
      sortedShares = sortedShares.clone();
    }

    /** CR_k: the sum of the k largest shares. */
    public double concentrationRatio(int k) {
      double s = 0;
      for (int i = sortedShares.length - 1; i >= Math.max(0, sortedShares.length - k); i--) {
        s += sortedShares[i];
      }
      return s;
    }
  }
}
