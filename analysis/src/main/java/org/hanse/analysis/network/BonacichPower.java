package org.hanse.analysis.network;

import java.util.Arrays;
import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Bonacich beta centrality ("power centrality"), {@code c(α, β) = α (I − βA)⁻¹ A 1} (Bonacich 1987, "Power and
 * centrality: a family of measures", American Journal of Sociology 92(5):1170-1182): β &gt; 0 rewards ties to
 * central nodes (centrality), β &lt; 0 rewards ties to weak, dependent nodes (power). methods.md §1.2.3 names it as
 * the recursive alternative to Neal's alter-based measures (Boyd, Mahutga &amp; Smith 2013, Urban Studies 50:1641).
 *
 * <p>α is set, as Bonacich and UCINET do, so that {@code Σ_i c_i² = n}. Computed without a matrix inverse as the
 * series {@code Σ_{k≥0} β^k A^{k+1} 1} by sparse products, which converges for {@code |β| < 1/λ_max}; larger |β| is
 * refused (for directed graphs λ_max is bounded from above by {@link SpectralRadius}, so the check is
 * conservative). Undirected or directed (row sums of A: out-ties).
 */
public final class BonacichPower implements NodeMeasure<Scores> {
  /** Citation carried in every result. */
  public static final String CITATION = "Bonacich (1987) American Journal of Sociology 92(5):1170-1182; methods.md"
      + " §1.2.3";

  private final double beta;
  private final boolean weighted;

  public BonacichPower(double beta, boolean weighted) {
    if (!Double.isFinite(beta)) {
      throw new IllegalArgumentException("β must be finite: " + beta);
    }
    this.beta = beta;
    this.weighted = weighted;
  }

  @Override
  public Scores compute(WeightedGraph g) {
    int n = g.nodeCount();
    double lambda = SpectralRadius.of(weighted ? g : g.binarised(), weighted);
    if (lambda > 0 && Math.abs(beta) >= 1 / lambda) {
      throw new IllegalArgumentException("Bonacich power needs |β| < 1/λ_max = " + (1 / lambda) + ": β = " + beta);
    }
    double[] term = new double[n];
    Arrays.fill(term, 1);
    double[] sum = new double[n];
    for (int k = 0; k < 1_000_000; k++) {
      double[] next = multiply(g, term);
      double size = 0;
      double total = 0;
      for (int i = 0; i < n; i++) {
        double t = (k == 0 ? 1 : beta) * next[i];
        next[i] = t;
        sum[i] += t;
        size += Math.abs(t);
        total += Math.abs(sum[i]);
      }
      term = next;
      if (size <= 1e-15 * Math.max(total, Double.MIN_NORMAL)) {
        break;
      }
    }
    double ss = 0;
    for (double v : sum) {
      ss += v * v;
    }
    double alpha = ss > 0 ? Math.sqrt(n / ss) : 0;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = alpha * sum[i];
    }
    Provenance p = Provenance.of("Bonacich beta centrality", CITATION)
        .withParameter("β", beta)
        .withParameter("α", "Σ c_i² = n")
        .withParameter("weights", weighted ? "edge weights" : "binary")
        .withData(n + " nodes, " + g.edgeCount() + " edges");
    return new Scores("Bonacich power (β = " + beta + ")", g.ids(), c, List.<Exclusion>of(), p);
  }

  private double[] multiply(WeightedGraph g, double[] x) {
    int n = g.nodeCount();
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
        s += (weighted ? g.outWeightAt(k) : 1) * x[g.outTargetAt(k)];
      }
      y[i] = s;
    }
    return y;
  }

}
