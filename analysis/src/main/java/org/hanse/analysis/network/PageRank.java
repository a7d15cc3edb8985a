package org.hanse.analysis.network;

import java.util.List;
import java.util.Map;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Weighted PageRank (Brin &amp; Page 1998, Computer Networks 30:107-117), computed with JGraphT 1.5.3's
 * {@code org.jgrapht.alg.scoring.PageRank}, whose conventions were checked against networkx's
 * {@code pagerank} and are stated here exactly so that other implementations (Spark) can match to 1e-6:
 *
 * <ul>
 *   <li>damping α = 0.85 by default; teleportation uniform, {@code (1−α)/n};</li>
 *   <li>a node u passes {@code α · x_u · w_uv / s_u} to each out-neighbour v, s_u = out-strength (undirected
 *       edges are followed both ways);</li>
 *   <li>dangling nodes (no out-edge) spread their whole score uniformly over all n nodes (networkx default with
 *       {@code personalization=None, dangling=None});</li>
 *   <li>start vector uniform 1/n; scores sum to 1;</li>
 *   <li>iteration {@code x' = (1/n)(Σ_{u dangling} x_u + (1−α) Σ_{u not dangling} x_u) + α Σ_u x_u w_uv / s_u}
 *       until the largest change of one node is below the tolerance (default 1e-12, so results agree with
 *       networkx run at {@code tol=1e-12} to about 1e-10).</li>
 * </ul>
 */
public final class PageRank {
  /** Citation carried in every result. */
  public static final String CITATION = "Brin & Page (1998) Computer Networks 30:107-117; JGraphT 1.5.3 PageRank"
      + " (weighted, dangling mass spread uniformly, as networkx pagerank)";

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
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  public Scores compute(WeightedGraph g) {
    Graph<String, DefaultWeightedEdge> jg = g.toJGraphT();
    Map<String, Double> s = new org.jgrapht.alg.scoring.PageRank<>(jg, damping, maxIterations, tolerance).getScores();
    double[] v = new double[g.nodeCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = s.get(g.id(i));
    }
    Provenance p = Provenance.of("PageRank", CITATION)
        .withParameter("damping", damping)
        .withParameter("tolerance (max change per node)", tolerance)
        .withParameter("dangling nodes", "score spread uniformly over all nodes")
        .withParameter("weights", "transition u→v = w_uv / out-strength(u)")
        .withParameter("directed", g.isDirected())
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    return new Scores("PageRank", g.ids(), v, List.<Exclusion>of(), p);
  }
}
