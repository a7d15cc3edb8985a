package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Neal's alter-based centrality and power (Neal 2011, "Differentiating centrality and power in the world city
 * network", Urban Studies 48(13):2733-2748, GaWC RB365; Stata {@code centpow} help by Neal: "sum of the degree
 * centralities of a node's alters" / "sum of the inverse degree centralities"; methods.md §1.2.3):
 * {@code AC_i = Σ_j a_ij · deg_j}, {@code AP_i = Σ_j a_ij / deg_j}.
 *
 * <p>On the binary projection a_ij ∈ {0, 1} and deg is the degree; on the valued projection a_ij = w_ij and deg is
 * the strength. Central but not powerful = hub; powerful but not central = gateway (Neal 2011). Boyd, Mahutga &amp;
 * Smith (2013, Urban Studies 50:1641) dispute that these are recursive measures. Undirected graphs only.
 */
public final class AlterBasedCentrality {
  /** Citation carried in every result. */
  public static final String CITATION = "Neal (2011) Urban Studies 48(13):2733-2748 (GaWC RB365); centpow help;"
      + " methods.md §1.2.3";

  private final boolean binary;

  /** @param binary use the binary graph (a_ij ∈ {0,1}, degree) rather than weights and strengths */
  public AlterBasedCentrality(boolean binary) {
    this.binary = binary;
  }

  public Result compute(WeightedGraph g) {
    if (g.isDirected()) {
      throw new IllegalArgumentException("alter-based centrality is computed on the undirected projection;"
          + " symmetrise the graph first");
    }
    int n = g.nodeCount();
    double[] deg = new double[n];
    for (int i = 0; i < n; i++) {
      deg[i] = binary ? g.outDegree(i) : g.outStrength(i);
    }
    double[] centrality = new double[n];
    double[] power = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
        int j = g.outTargetAt(k);
        double a = binary ? 1 : g.outWeightAt(k);
        centrality[i] += a * deg[j];
        power[i] += a / deg[j]; // deg_j > 0 because j has the tie to i
      }
    }
    Provenance p = Provenance.of("Neal alter-based centrality and power", CITATION)
        .withParameter("data", binary ? "binary (degree)" : "valued (strength)")
        .withData(n + " nodes, " + g.edgeCount() + " edges");
    List<Exclusion> none = new ArrayList<>();
    return new Result(
        new Scores("alter-based centrality", g.ids(), centrality, none, p),
        new Scores("alter-based power", g.ids(), power, none, p));
  }

  /**
   * @param centrality AC_i
   * @param power      AP_i
   */
  public record Result(Scores centrality, Scores power) {}
}
