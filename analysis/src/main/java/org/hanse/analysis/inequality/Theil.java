package org.hanse.analysis.inequality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hanse.analysis.Provenance;

/**
 * Theil T index and its exact decomposition into within- and between-group inequality (Theil 1967, Economics and
 * Information Theory; Shorrocks 1980, Econometrica 48(3):613-625; methods.md §5):
 * {@code T = (1/n) Σ_i (y_i/μ) ln(y_i/μ)} with 0·ln 0 = 0, and for groups g (clusters) with n_g members and
 * income share s_g = Y_g / Y: {@code T = Σ_g s_g T_g + Σ_g s_g ln(s_g / (n_g/n))} = within + between.
 * Contribution shares are each term divided by T. Undefined when the total is 0.
 */
public final class Theil {
  /** Citation carried in every result. */
  public static final String CITATION = "Theil (1967) Economics and Information Theory; Shorrocks (1980)"
      + " Econometrica 48(3):613-625; methods.md §5";

  private Theil() {}

  /** T of all values. */
  public static double of(List<String> ids, double[] y) {
    Values.requireNonNegative(ids, y, "value");
    return t(y);
  }

  private static double t(double[] y) {
    int n = y.length;
    double total = Values.sum(y);
    if (n == 0 || total == 0) {
      throw new ArithmeticException("Theil index is undefined when the total is 0");
    }
    double mu = total / n;
    double s = 0;
    for (double v : y) {
      if (v > 0) {
        s += (v / mu) * Math.log(v / mu);
      }
    }
    return s / n;
  }

  /**
   * The decomposition by groups.
   *
   * @param ids    subjects
   * @param y      values
   * @param groups group id of each subject (e.g. the cluster), same order
   */
  public static Decomposition decompose(List<String> ids, double[] y, List<String> groups) {
    Values.requireNonNegative(ids, y, "value");
    if (groups.size() != y.length) {
      throw new IllegalArgumentException(groups.size() + " group labels but " + y.length + " values");
    }
    double total = Values.sum(y);
    int n = y.length;
    if (total == 0) {
      throw new ArithmeticException("Theil index is undefined when the total is 0");
    }
    Map<String, List<Double>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byGroup.computeIfAbsent(groups.get(i), k -> new ArrayList<>()).add(y[i]);
    }
    List<Group> out = new ArrayList<>();
    double within = 0;
    double between = 0;
    for (Map.Entry<String, List<Double>> e : byGroup.entrySet()) {
      double[] g = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
      double yg = Values.sum(g);
      double share = yg / total;
      double tg = yg > 0 ? t(g) : 0; // an all-zero group has no internal inequality and zero weight
      double betweenTerm = share > 0 ? share * Math.log(share / ((double) g.length / n)) : 0;
      within += share * tg;
      between += betweenTerm;
      out.add(new Group(e.getKey(), g.length, share, tg, share * tg, betweenTerm));
    }
    double tTotal = t(y);
    Provenance p = Provenance.of("Theil T decomposition", CITATION)
        .withParameter("groups", byGroup.size())
        .withData(n + " values");
    return new Decomposition(tTotal, within, between, out, p);
  }

  /**
   * One group.
   *
   * @param groupId         group
   * @param size            n_g
   * @param share           s_g = Y_g / Y
   * @param theil           T_g
   * @param withinTerm      s_g T_g
   * @param betweenTerm     s_g ln(s_g / (n_g/n))
   */
  public record Group(String groupId, int size, double share, double theil, double withinTerm, double betweenTerm) {}

  /**
   * @param total      T
   * @param within     Σ_g s_g T_g
   * @param between    Σ_g s_g ln(s_g/(n_g/n))
   * @param groups     per-group terms
   * @param provenance how it was computed
   */
  public record Decomposition(double total, double within, double between, List<Group> groups,
      Provenance provenance) {
    public Decomposition {
      groups = List.copyOf(groups);
    }

    /** within / T (NaN when T = 0: every value equal). */
    public double withinShare() {
      return within / total;
    }

    /** between / T (NaN when T = 0). */
    public double betweenShare() {
      return between / total;
    }
  }
}
