package org.hanse.analysis.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;

/**
 * CRITIC weights (Diakoulaki, Mavrotas &amp; Papayannakis 1995, "Determining objective weights in multiple criteria
 * problems: the CRITIC method", Computers &amp; OR 22(7):763-770; methods.md §4.4): on the normalised matrix z,
 * {@code C_j = σ_j Σ_k (1 − r_jk)} with σ the <em>sample</em> standard deviation and r Pearson's correlation
 * (Commons Math), {@code w_j = C_j / Σ C_j}. A constant indicator (σ = 0, r undefined) is dropped and listed.
 * Diagnostics {@code sd} and {@code C}.
 */
public final class CriticWeights {
  /** Citation carried in every result. */
  public static final String CITATION = "Diakoulaki, Mavrotas & Papayannakis (1995) Computers & OR 22(7):763-770;"
      + " methods.md §4.4";

  private CriticWeights() {}

  public static Weights compute(LabelledMatrix z) {
    int m = z.rows();
    if (m < 3) {
      throw new IllegalArgumentException("CRITIC needs at least 3 cities for correlations: " + m);
    }
    List<Integer> kept = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    StandardDeviation sample = new StandardDeviation(true);
    for (int j = 0; j < z.columns(); j++) {
      if (sample.evaluate(z.column(j)) == 0) {
        excluded.add(new Exclusion(z.columnIds().get(j), "constant indicator: σ = 0, correlation undefined"));
      } else {
        kept.add(j);
      }
    }
    if (kept.isEmpty()) {
      throw new ArithmeticException("every indicator is constant: no CRITIC weights");
    }
    int k = kept.size();
    double[][] data = new double[m][k];
    for (int i = 0; i < m; i++) {
      for (int t = 0; t < k; t++) {
        data[i][t] = z.get(i, kept.get(t));
      }
    }
    double[][] r = k > 1 ? new PearsonsCorrelation(data).getCorrelationMatrix().getData() : new double[][] {{1}};
    double[] sd = new double[k];
    double[] c = new double[k];
    double total = 0;
    for (int t = 0; t < k; t++) {
      double[] col = new double[m];
      for (int i = 0; i < m; i++) {
        col[i] = data[i][t];
      }
      sd[t] = sample.evaluate(col);
      double conflict = 0;
      for (int u = 0; u < k; u++) {
        conflict += 1 - r[t][u];
      }
      c[t] = sd[t] * conflict;
      total += c[t];
    }
    double[] w = new double[k];
    for (int t = 0; t < k; t++) {
      w[t] = total > 0 ? c[t] / total : 1.0 / k;
    }
    Map<String, double[]> diag = new LinkedHashMap<>();
    diag.put("sd", sd);
    diag.put("C", c);
    Provenance p = Provenance.of("CRITIC weights", CITATION)
        .withParameter("standard deviation", "sample (n − 1)")
        .withParameter("correlation", "Pearson")
        .withData(m + " cities x " + z.columns() + " indicators");
    if (!excluded.isEmpty()) {
      p = p.withNote(excluded.size() + " constant indicator(s) dropped");
    }
    if (total <= 0) {
      p = p.withNote("all C_j are 0: equal weights");
    }
    return new Weights(kept.stream().map(z.columnIds()::get).toList(), w, diag, excluded, p);
  }
}
