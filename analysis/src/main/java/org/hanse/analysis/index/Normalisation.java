package org.hanse.analysis.index;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;

/**
 * Normalisation of indicators for composite indices (methods.md §4.1):
 * positive {@code z = (x − min)/(max − min)}, negative {@code z = (max − x)/(max − min)}, moderate (适度, target t)
 * {@code z = 1 − |x − t| / max|x − t|}; a constant column (max = min) gets z = 1 for every city and a note, never a
 * division by 0. To avoid ln 0 in the entropy method a {@link Shift} is applied: translation {@code z' = z + 0.01}
 * (used in the worked example) or rescaling {@code z' = 0.99 z + 0.01}; the choice is recorded.
 * Benchmark normalisation {@code z = min(x / target, 1)} (targets from reference metropolises; the cap rule is
 * methods.md's unverified reading) and vector normalisation {@code r_ij = x_ij / √Σ_i x_ij²} (classical TOPSIS)
 * are also offered.
 */
public final class Normalisation {
  /** Citation carried in every result. */
  public static final String CITATION = "min-max standardisation with direction, methods.md §4.1";

  private Normalisation() {}

  /** How to move z off 0 before taking logarithms. */
  public enum Shift {
    NONE(0),
    /** z' = z + 0.01 */
    TRANSLATE(0.01),
    /** z' = 0.99 z + 0.01 */
    RESCALE(0.01);

    private final double offset;

    Shift(double offset) {
      this.offset = offset;
    }

    double apply(double z) {
      return switch (this) {
        case NONE -> z;
        case TRANSLATE -> z + offset;
        case RESCALE -> 0.99 * z + offset;
      };
    }
  }

  /**
   * @param z          normalised values, cities × indicators
   * @param provenance how they were obtained (notes list constant columns)
   */
  public record Result(LabelledMatrix z, Provenance provenance) {}

  /** Min-max normalisation with each indicator's direction, then the shift. */
  public static Result minMax(IndicatorTable table, Shift shift) {
    LabelledMatrix x = table.raw();
    int m = x.rows();
    int k = x.columns();
    if (m < 1) {
      throw new IllegalArgumentException("no city has complete data");
    }
    double[][] z = new double[m][k];
    List<String> notes = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      double[] col = x.column(j);
      IndicatorDirection dir = table.directions().get(j);
      if (dir == IndicatorDirection.MODERATE) {
        double t = table.target(j);
        double maxDev = 0;
        for (double v : col) {
          maxDev = Math.max(maxDev, Math.abs(v - t));
        }
        for (int i = 0; i < m; i++) {
          z[i][j] = shift.apply(maxDev == 0 ? 1 : 1 - Math.abs(col[i] - t) / maxDev);
        }
        if (maxDev == 0) {
          notes.add("indicator " + x.columnIds().get(j) + " equals its target everywhere: z := 1");
        }
        continue;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : col) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      for (int i = 0; i < m; i++) {
        double v;
        if (max == min) {
          v = 1;
        } else if (dir == IndicatorDirection.POSITIVE) {
          v = (col[i] - min) / (max - min);
        } else {
          v = (max - col[i]) / (max - min);
        }
        z[i][j] = shift.apply(v);
      }
      if (max == min) {
        notes.add("indicator " + x.columnIds().get(j) + " is constant: z := 1 for every city");
      }
    }
    Provenance p = Provenance.of("min-max normalisation", CITATION)
        .withParameter("shift", shift)
        .withParameter("directions", table.directions())
        .withData(m + " cities x " + k + " indicators")
        .withNotes(notes);
    return new Result(new LabelledMatrix(x.rowIds(), x.columnIds(), z), p);
  }

  /** Benchmark normalisation z = min(x / target, 1) for positive indicators with targets &gt; 0. */
  public static Result benchmark(LabelledMatrix x, double[] targets) {
    if (targets.length != x.columns()) {
      throw new IllegalArgumentException(x.columns() + " indicators but " + targets.length + " targets");
    }
    double[][] z = new double[x.rows()][x.columns()];
    for (int j = 0; j < x.columns(); j++) {
      if (!(targets[j] > 0) || Double.isInfinite(targets[j])) {
        throw new IllegalArgumentException("target of " + x.columnIds().get(j) + " must be positive: " + targets[j]);
      }
      for (int i = 0; i < x.rows(); i++) {
        z[i][j] = Math.min(x.get(i, j) / targets[j], 1);
      }
    }
    Provenance p = Provenance.of("benchmark normalisation", "methods.md §4.1 (z = min(x/target, 1); cap rule"
        + " unverified)").withData(x.rows() + " cities x " + x.columns() + " indicators");
    return new Result(new LabelledMatrix(x.rowIds(), x.columnIds(), z), p);
  }

  /** Vector normalisation r_ij = x_ij / √Σ_i x_ij² (classical TOPSIS); a column of zeros is refused. */
  public static Result vector(LabelledMatrix x) {
    double[][] r = new double[x.rows()][x.columns()];
    for (int j = 0; j < x.columns(); j++) {
      double ss = 0;
      for (int i = 0; i < x.rows(); i++) {
        ss += x.get(i, j) * x.get(i, j);
      }
      if (ss == 0) {
        throw new ArithmeticException("indicator " + x.columnIds().get(j) + " is 0 for every city");
      }
      double norm = Math.sqrt(ss);
      for (int i = 0; i < x.rows(); i++) {
        r[i][j] = x.get(i, j) / norm;
      }
    }
    Provenance p = Provenance.of("vector normalisation", "Hwang & Yoon (1981) TOPSIS; methods.md §4.3")
        .withData(x.rows() + " cities x " + x.columns() + " indicators");
    return new Result(new LabelledMatrix(x.rowIds(), x.columnIds(), r), p);
  }
}
