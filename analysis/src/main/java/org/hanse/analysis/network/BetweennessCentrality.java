package org.hanse.analysis.network;

import java.util.List;
import java.util.stream.IntStream;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Freeman betweenness {@code B_i = Σ_{s<t; s,t≠i} σ_st(i) / σ_st} on weighted or binary, directed or undirected
 * graphs, by Brandes' algorithm (O(nm + n² log n)), normalised as UCINET does: divided by the maximum possible
 * betweenness, {@code (n−1)(n−2)/2} undirected and {@code (n−1)(n−2)} directed (methods.md §2; Freeman 1979,
 * Social Networks 1:215-239; UCINET help "Freeman betweenness"; Brandes 2001, J. Math. Sociol. 25(2):163-177).
 *
 * <p>Edge weights are strengths and are converted to path lengths by an {@link EdgeCost} (default 1/w). Equal
 * shortest paths are recognised within a relative tolerance (see {@link ShortestPathTree}); this is why the
 * algorithm is written here instead of using JGraphT's, which compares floating-point lengths with {@code ==}.
 *
 * <p>Sources are processed in parallel: each source's dependency accumulation is independent, so splitting the
 * n single-source passes over the available cores divides the running time almost by the core count. Partial sums
 * are added in a fixed chunk order, so results do not depend on thread scheduling.
 */
public final class BetweennessCentrality implements NodeMeasure<BetweennessCentrality.Result> {
  /** Citation carried in every result. */
  public static final String CITATION = "Freeman (1979) Social Networks 1:215-239; Brandes (2001) J. Math. Sociol."
      + " 25(2):163-177; UCINET normalisation (max possible betweenness); methods.md §2";

  private final EdgeCost cost;

  /** Betweenness with path lengths 1/w. */
  public BetweennessCentrality() {
    this(EdgeCost.INVERSE_WEIGHT);
  }

  public BetweennessCentrality(EdgeCost cost) {
    this.cost = cost;
  }

  /** Raw and normalised betweenness of every node. */
  @Override
  public Result compute(WeightedGraph g) {
    int n = g.nodeCount();
    int chunks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
    double[][] partial = IntStream.range(0, chunks).parallel().mapToObj(c -> {
      double[] bc = new double[n];
      double[] delta = new double[n];
      ShortestPathTree tree = new ShortestPathTree(g, cost, false);
      for (int s = c; s < n; s += chunks) {
        tree.run(s);
        for (int k = 0; k < tree.settled; k++) {
          delta[tree.order[k]] = 0;
        }
        for (int k = tree.settled - 1; k >= 0; k--) {
          int w = tree.order[k];
          double coefficient = (1 + delta[w]) / tree.sigma[w];
          for (int p = 0; p < tree.predecessorCount(w); p++) {
            int v = tree.predecessor(w, p);
            delta[v] += tree.sigma[v] * coefficient;
          }
          if (w != s) {
            bc[w] += delta[w];
          }
        }
      }
      return bc;
    }).toArray(double[][]::new);
    double[] raw = new double[n];
    for (double[] part : partial) {
      for (int i = 0; i < n; i++) {
        raw[i] += part[i];
      }
    }
    if (!g.isDirected()) {
      for (int i = 0; i < n; i++) {
        raw[i] /= 2; // every unordered pair was counted from both ends
      }
    }
    double max = g.isDirected() ? (n - 1.0) * (n - 2.0) : (n - 1.0) * (n - 2.0) / 2;
    double[] normalised = new double[n];
    for (int i = 0; i < n; i++) {
      normalised[i] = max > 0 ? raw[i] / max : 0;
    }
    Provenance p = Provenance.of("betweenness centrality", CITATION)
        .withParameter("directed", g.isDirected())
        .withParameter("path length", cost.describe())
        .withParameter("normalisation", g.isDirected() ? "B/((n−1)(n−2))" : "B/((n−1)(n−2)/2)")
        .withParameter("equal-length tolerance (relative)", ShortestPathTree.TIE_TOLERANCE)
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    return new Result(
        new Scores("betweenness", g.ids(), raw, List.<Exclusion>of(), p),
        new Scores("betweenness (normalised)", g.ids(), normalised, List.<Exclusion>of(), p));
  }

  /**
   * @param raw        B_i
   * @param normalised B_i divided by the maximum possible betweenness (0 when n &lt; 3)
   */
  public record Result(Scores raw, Scores normalised) {}
}
