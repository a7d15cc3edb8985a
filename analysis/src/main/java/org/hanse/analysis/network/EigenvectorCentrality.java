package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Eigenvector centrality of an undirected (symmetric) valued graph: the non-negative principal eigenvector c of
 * the weighted adjacency matrix, {@code λ c = A c}, with unit Euclidean norm (methods.md §2; Bonacich 1972, J. Math.
 * Sociol. 2:113-120; UCINET help "Eigenvector"). Derived scalings: UCINET's normalised eigenvector
 * {@code 100·√2·c_i} (methods.md reads "divided by the maximum difference possible" this way [M]) and the
 * top-actor-equals-one scaling of UCINET's Multiple-Measures routine.
 *
 * <p>Computed by power iteration on {@code A + I} (as networkx {@code eigenvector_centrality}): the shift leaves the
 * eigenvectors unchanged and avoids oscillation on bipartite graphs. Iteration stops when the L1 change of the
 * unit vector falls below {@code n · tolerance}. On a disconnected graph the principal eigenvector lives on the
 * component(s) with the largest eigenvalue and every other node scores 0: the provenance then carries a note, and
 * Katz or PageRank are the measures to use (methods.md §2). Directed graphs are refused; symmetrise first.
 */
public final class EigenvectorCentrality implements NodeMeasure<EigenvectorCentrality.Result> {
  /** Citation carried in every result. */
  public static final String CITATION = "Bonacich (1972) J. Math. Sociol. 2:113-120; UCINET help Eigenvector;"
      + " methods.md §2";

  private final double tolerance;
  private final int maxIterations;

  /** Tolerance 1e-12 per node, at most 100,000 iterations. */
  public EigenvectorCentrality() {
    this(1e-12, 100_000);
  }

  public EigenvectorCentrality(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  @Override
  public Result compute(WeightedGraph g) {
    if (g.isDirected()) {
      throw new IllegalArgumentException("eigenvector centrality needs symmetric data: symmetrise the graph first");
    }
    int n = g.nodeCount();
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1.0 / Math.sqrt(Math.max(n, 1)));
    double[] next = new double[n];
    int iterations = 0;
    boolean converged = n == 0 || g.edgeCount() == 0;
    while (!converged && iterations < maxIterations) {
      iterations++;
      for (int i = 0; i < n; i++) {
        double s = x[i];
        for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
          s += g.outWeightAt(k) * x[g.outTargetAt(k)];
        }
        next[i] = s;
      }
      double norm = 0;
      for (double v : next) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      double change = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= norm;
        change += Math.abs(next[i] - x[i]);
      }
      double[] t = x;
      x = next;
      next = t;
      converged = change < n * tolerance;
    }
    if (!converged) {
      throw new ArithmeticException("eigenvector centrality did not converge in " + maxIterations + " iterations");
    }
    List<String> notes = new ArrayList<>();
    if (g.edgeCount() == 0) {
      notes.add("graph has no edges: every node has the same score 1/√n");
    } else if (ConnectedComponents.count(g) > 1) {
      notes.add("graph is disconnected: nodes outside the dominant component score 0; prefer PageRank or Katz");
    }
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    double[] ucinet = new double[n];
    double[] maxScaled = new double[n];
    for (int i = 0; i < n; i++) {
      ucinet[i] = 100 * Math.sqrt(2) * x[i];
      maxScaled[i] = max > 0 ? x[i] / max : 0;
    }
    Provenance p = Provenance.of("eigenvector centrality", CITATION)
        .withParameter("method", "power iteration on A + I")
        .withParameter("tolerance", tolerance)
        .withParameter("iterations", iterations)
        .withData(n + " nodes, " + g.edgeCount() + " edges")
        .withNotes(notes);
    return new Result(
        new Scores("eigenvector (unit norm)", g.ids(), x, List.<Exclusion>of(), p),
        new Scores("eigenvector (UCINET 100·√2·c)", g.ids(), ucinet, List.<Exclusion>of(), p),
        new Scores("eigenvector (max = 1)", g.ids(), maxScaled, List.<Exclusion>of(), p));
  }

  /**
   * @param unitNorm       c with ‖c‖₂ = 1
   * @param ucinetPercent  100·√2·c_i
   * @param maxScaled      c_i / max_j c_j
   */
  public record Result(Scores unitNorm, Scores ucinetPercent, Scores maxScaled) {}
}
