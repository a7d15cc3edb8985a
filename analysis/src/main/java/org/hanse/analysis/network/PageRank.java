package org.hanse.analysis.network;

import java.util.Arrays;
import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Weighted PageRank (Brin &amp; Page 1998, "The anatomy of a large-scale hypertextual Web search engine", Computer
 * Networks 30:107-117) with exactly the conventions of networkx's {@code pagerank} and JGraphT 1.5.3's
 * {@code PageRank}, stated here so that other implementations (Spark) can match to 1e-6:
 *
 * <ul>
 *   <li>damping α = 0.85 by default; teleportation uniform, (1 − α)/n;</li>
 *   <li>a node u passes {@code α · x_u · w_uv / s_u} to each out-neighbour v, s_u = out-strength; undirected edges
 *       are followed both ways;</li>
 *   <li>dangling nodes (no out-edge) spread their whole score uniformly over all n nodes (networkx default with
 *       {@code personalization=None, dangling=None});</li>
 *   <li>start vector uniform 1/n; the scores sum to 1;</li>
 *   <li>iteration {@code x'_v = (1/n)(Σ_{u dangling} x_u + (1−α) Σ_{u not dangling} x_u) + α Σ_{u→v} x_u w_uv / s_u}
 *       until the largest change of one node is below the tolerance (default 1e-12).</li>
 * </ul>
 *
 * <p>Written on the compressed rows of {@link WeightedGraph} rather than calling JGraphT's class: the results are the
 * same (checked in the tests), but JGraphT needs a copy of the graph with one object per edge, which took most of a
 * minute on a projected city graph of about a million edges, against under a second here.
 */
public final class PageRank implements NodeMeasure<Scores> {
  /** Citation carried in every result. */
  public static final String CITATION = "Brin & Page (1998) Computer Networks 30:107-117; conventions of networkx"
      + " pagerank and JGraphT PageRank (weighted, dangling mass spread uniformly)";

  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  /** Damping 0.85, tolerance 1e-12, at most 100,000 iterations. */
  public PageRank() {
    this(0.85, 1e-12, 100_000);
  }

  public PageRank(double damping, double tolerance, int maxIterations) {
    if (!(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1]: " + damping);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
    }
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  @Override
  public Scores compute(WeightedGraph g) {
    int n = g.nodeCount();
    double[] strength = new double[n];
    for (int u = 0; u < n; u++) {
      strength[u] = g.outStrength(u);
    }
    double[] x = new double[n];
    Arrays.fill(x, n == 0 ? 0 : 1.0 / n);
    double[] next = new double[n];
    int iterations = 0;
    double change = Double.POSITIVE_INFINITY;
    while (n > 0 && change >= tolerance && iterations < maxIterations) {
      double teleport = 0;
      for (int u = 0; u < n; u++) {
        teleport += strength[u] > 0 ? (1 - damping) * x[u] : x[u];
      }
      teleport /= n;
      change = 0;
      for (int v = 0; v < n; v++) {
        double s = 0;
        for (int k = g.inStart(v); k < g.inStart(v + 1); k++) {
          int u = g.inSourceAt(k);
          s += x[u] * g.inWeightAt(k) / strength[u];
        }
        next[v] = teleport + damping * s;
        change = Math.max(change, Math.abs(next[v] - x[v]));
      }
      double[] t = x;
      x = next;
      next = t;
      iterations++;
    }
    Provenance p = Provenance.of("PageRank", CITATION)
        .withParameter("damping", damping)
        .withParameter("tolerance (max change per node)", tolerance)
        .withParameter("iterations", iterations)
        .withParameter("dangling nodes", "score spread uniformly over all nodes")
        .withParameter("weights", "transition u→v = w_uv / out-strength(u)")
        .withParameter("directed", g.isDirected())
        .withData(n + " nodes, " + g.edgeCount() + " edges");
    if (change >= tolerance) {
      p = p.withNote("stopped at " + maxIterations + " iterations before reaching the tolerance (last change "
          + change + ")");
    }
    return new Scores("PageRank", g.ids(), x, List.<Exclusion>of(), p);
  }
}
