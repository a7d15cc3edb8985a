package org.hanse.analysis.network;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.hanse.analysis.Provenance;

/**
 * Multiple-regression QAP (Krackhardt 1988, "Predicting with networks: nonparametric multiple regression analysis of
 * dyadic data", Social Networks 10:359-381; methods.md §2): ordinary least squares of the off-diagonal cells of a
 * relation Y on those of relations X_1..X_k (with intercept, Commons Math {@link OLSMultipleLinearRegression}),
 * reporting b, standardised β (b · sd(X)/sd(Y)), R² and adjusted R², with significance by Y-permutation: the rows
 * and columns of Y are permuted together, the regression is refitted, and the p-value of each coefficient is the
 * share of permutations with {@code |b_π| ≥ |b_obs|} (two-sided, 1e-12 slack). Permutations are all n! when
 * n! ≤ budget, otherwise {@code budget} random ones drawn with the seed.
 *
 * <p>Y-permutation is Krackhardt's original test; with strongly collinear X the double semi-partialling of Dekker,
 * Krackhardt &amp; Snijders (2007, Psychometrika 72(4):563-581) is preferred and is not implemented here.
 */
public final class MrqapRegression {
  /** Citation carried in every result. */
  public static final String CITATION = "Krackhardt (1988) Social Networks 10:359-381 (Y-permutation MRQAP);"
      + " methods.md §2";

  private final int budget;
  private final long seed;

  public MrqapRegression(int budget, long seed) {
    if (budget < 1) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    this.budget = budget;
    this.seed = seed;
  }

  /**
   * @param ids        node ids (size n)
   * @param y          dependent relation, n × n
   * @param predictors independent relations, each n × n
   */
  public Result compute(List<String> ids, double[][] y, List<double[][]> predictors) {
    int n = ids.size();
    int k = predictors.size();
    if (k < 1) {
      throw new IllegalArgumentException("give at least one predictor relation");
    }
    int cells = n * (n - 1);
    if (cells <= k + 1) {
      throw new IllegalArgumentException("too few cells (" + cells + ") for " + k + " predictors");
    }
    double[][] x = new double[cells][k];
    int c = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        for (int t = 0; t < k; t++) {
          double v = predictors.get(t)[i][j];
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("predictor " + t + " has a non-finite cell: missing dyads must be"
                + " handled first");
          }
          x[c][t] = v;
        }
        c++;
      }
    }
    int[] identity = new int[n];
    for (int i = 0; i < n; i++) {
      identity[i] = i;
    }
    double[] yObs = vector(y, identity);
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(yObs, x);
    double[] b = ols.estimateRegressionParameters();
    double r2 = ols.calculateRSquared();
    double adjR2 = ols.calculateAdjustedRSquared();
    double sdY = sd(yObs);
    double[] beta = new double[k];
    for (int t = 0; t < k; t++) {
      double[] col = new double[cells];
      for (int r = 0; r < cells; r++) {
        col[r] = x[r][t];
      }
      beta[t] = b[t + 1] * sd(col) / sdY;
    }
    long[] extreme = new long[k + 1];
    long total = 0;
    boolean exact = QapCorrelation.factorialAtMost(n, budget);
    int[] p = identity.clone();
    Random rnd = new Random(seed);
    do {
      if (!exact) {
        for (int i = n - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          int tmp = p[i];
          p[i] = p[j];
          p[j] = tmp;
        }
      }
      OLSMultipleLinearRegression perm = new OLSMultipleLinearRegression();
      perm.newSampleData(vector(y, p), x);
      double[] bp = perm.estimateRegressionParameters();
      for (int t = 0; t <= k; t++) {
        extreme[t] += Math.abs(bp[t]) >= Math.abs(b[t]) - 1e-12 ? 1 : 0;
      }
      total++;
    } while (exact ? QapCorrelation.nextPermutation(p) : total < budget);
    double[] pValues = new double[k + 1];
    for (int t = 0; t <= k; t++) {
      pValues[t] = (double) extreme[t] / total;
    }
    Provenance prov = Provenance.of("MRQAP regression", CITATION)
        .withParameter("permutations", exact ? "all " + total + " (exact)" : total + " random, seed " + seed)
        .withParameter("test", "Y-permutation, two-sided |b|")
        .withData(n + " nodes, " + k + " predictor relation(s)");
    return new Result(b, beta, r2, adjR2, pValues, total, exact, prov);
  }

  private static double[] vector(double[][] y, int[] p) {
    int n = p.length;
    double[] v = new double[n * (n - 1)];
    int c = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          double cell = y[p[i]][p[j]];
          if (!Double.isFinite(cell)) {
            throw new IllegalArgumentException("Y has a non-finite cell: missing dyads must be handled first");
          }
          v[c++] = cell;
        }
      }
    }
    return v;
  }

  private static double sd(double[] v) {
    double mean = 0;
    for (double x : v) {
      mean += x / v.length;
    }
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  /**
   * @param coefficients     intercept b_0 then b_1..b_k
   * @param standardised     β_1..β_k
   * @param rSquared         R²
   * @param adjustedRSquared adjusted R²
   * @param pValues          permutation p of b_0..b_k (two-sided)
   * @param permutations     permutations evaluated
   * @param exact            all n! enumerated
   * @param provenance       how it was computed
   */
  public record Result(double[] coefficients, double[] standardised, double rSquared, double adjustedRSquared,
      double[] pValues, long permutations, boolean exact, Provenance provenance) {
    public Result {
      coefficients = coefficients.clone();
      standardised = standardised.clone();
      pValues = pValues.clone();
    }
  }
}
