package org.hanse.analysis.spatial;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Ranks;

/**
 * The rank-size rule (Zipf) fitted by OLS, {@code ln P_r = ln P_1 − q ln r}: q ≈ 1 Zipf, q &gt; 1 concentrated
 * (primate), q &lt; 1 dispersed; with R² and n. The small-sample bias fix of Gabaix &amp; Ibragimov (2011, "Rank −
 * 1/2", J. Bus. Econ. Stat. 29(1):24-39) regresses {@code ln(r − ½) = a − b ln P} with standard error
 * {@code b·√(2/n)} (methods.md §3). Tied sizes get average ranks (§0). Regressions use Commons Math
 * {@link SimpleRegression}.
 *
 * <p>A size of 0 has no logarithm: such cities are excluded and listed, not dropped silently.
 */
public final class RankSizeRule {
  /** Citation carried in every result. */
  public static final String CITATION = "Zipf (1949) rank-size rule, OLS on logs; Gabaix & Ibragimov (2011)"
      + " J. Bus. Econ. Stat. 29(1):24-39; methods.md §3";

  private RankSizeRule() {}

  public static Result fit(List<String> ids, double[] sizes) {
    Inputs.requireNonNegative(ids, sizes, "size");
    List<Exclusion> excluded = new ArrayList<>();
    List<Double> kept = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] == 0) {
        excluded.add(new Exclusion(ids.get(i), "size 0 has no logarithm"));
      } else {
        kept.add(sizes[i]);
      }
    }
    int n = kept.size();
    if (n < 3) {
      throw new IllegalArgumentException("rank-size fit needs at least 3 cities of positive size: " + n);
    }
    double[] p = kept.stream().mapToDouble(Double::doubleValue).toArray();
    double[] rank = Ranks.averageDescending(p);
    SimpleRegression zipf = new SimpleRegression();
    SimpleRegression gi = new SimpleRegression();
    for (int i = 0; i < n; i++) {
      zipf.addData(Math.log(rank[i]), Math.log(p[i]));
      gi.addData(Math.log(p[i]), Math.log(rank[i] - 0.5));
    }
    double b = -gi.getSlope();
    Provenance prov = Provenance.of("rank-size rule", CITATION)
        .withParameter("ranks", "average ranks for ties")
        .withData(n + " cities");
    if (!excluded.isEmpty()) {
      prov = prov.withNote(excluded.size() + " city(ies) of size 0 excluded");
    }
    return new Result(-zipf.getSlope(), zipf.getIntercept(), zipf.getRSquare(), n, b, b * Math.sqrt(2.0 / n),
        excluded, prov);
  }

  /**
   * @param q                  Zipf exponent (minus the OLS slope)
   * @param lnP1               intercept ln P_1
   * @param rSquared           R² of the OLS fit
   * @param n                  cities used
   * @param gabaixIbragimovB   b of ln(r − ½) = a − b ln P
   * @param gabaixIbragimovSe  b·√(2/n)
   * @param excluded           cities left out
   * @param provenance         how it was computed
   */
  public record Result(double q, double lnP1, double rSquared, int n, double gabaixIbragimovB,
      double gabaixIbragimovSe, List<Exclusion> excluded, Provenance provenance) {
    public Result {
      excluded = List.copyOf(excluded);
    }
  }
}
