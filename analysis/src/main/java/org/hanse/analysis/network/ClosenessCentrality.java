package org.hanse.analysis.network;

import java.util.List;
import java.util.stream.IntStream;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Closeness centrality for possibly disconnected graphs (methods.md §2):
 *
 * <ul>
 *   <li>{@link Variant#WASSERMAN_FAUST} (default, as networkx {@code closeness_centrality(wf_improved=True)}):
 *       {@code C_i = ((r−1)/(n−1)) · ((r−1)/Σ_j d_ij)} over the r nodes reachable from i (i included); equals the
 *       classical {@code (n−1)/Σ_j d_ij} on connected graphs; 0 for a node that reaches nobody.</li>
 *   <li>{@link Variant#HARMONIC}: {@code H_i = Σ_{j≠i} (1/d_ij) / (n−1)} with 1/∞ = 0.</li>
 * </ul>
 *
 * Directed graphs use out-distances (from i) by default, as methods.md states; {@link Direction#IN} gives
 * in-closeness. Note: networkx's {@code closeness_centrality} on a DiGraph uses <em>incoming</em> distances.
 * Sources: Freeman (1979) Social Networks 1:215-239; Wasserman &amp; Faust (1994) Social Network Analysis,
 * eq. 5.2 and p.201; harmonic: Marchiori &amp; Latora (2000) Physica A 285:539-546.
 */
public final class ClosenessCentrality implements NodeMeasure<Scores> {
  /** Citation carried in every result. */
  public static final String CITATION = "Freeman (1979) Social Networks 1:215-239; Wasserman & Faust (1994) Social"
      + " Network Analysis (reachability-corrected closeness, networkx wf_improved); methods.md §2";

  private final EdgeCost cost;
  private final Variant variant;
  private final Direction direction;

  /** Wasserman–Faust closeness, out-distances, path lengths 1/w. */
  public ClosenessCentrality() {
    this(EdgeCost.INVERSE_WEIGHT, Variant.WASSERMAN_FAUST, Direction.OUT);
  }

  public ClosenessCentrality(EdgeCost cost, Variant variant, Direction direction) {
    this.cost = cost;
    this.variant = variant;
    this.direction = direction;
  }

  @Override
  public Scores compute(WeightedGraph g) {
    int n = g.nodeCount();
    boolean reverse = g.isDirected() && direction == Direction.IN;
    double[] c = new double[n];
    int chunks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
    IntStream.range(0, chunks).parallel().forEach(chunk -> {
      ShortestPathTree tree = new ShortestPathTree(g, cost, reverse);
      for (int s = chunk; s < n; s += chunks) {
        tree.run(s);
        double sum = 0;
        double harmonic = 0;
        for (int k = 1; k < tree.settled; k++) {
          double d = tree.dist[tree.order[k]];
          sum += d;
          harmonic += 1 / d;
        }
        int r = tree.settled;
        if (variant == Variant.HARMONIC) {
          c[s] = n > 1 ? harmonic / (n - 1) : 0;
        } else {
          c[s] = (sum > 0 && n > 1) ? ((r - 1.0) / (n - 1)) * ((r - 1.0) / sum) : 0;
        }
      }
    });
    Provenance p = Provenance.of("closeness centrality (" + variant.label + ")", CITATION)
        .withParameter("variant", variant.label)
        .withParameter("direction", g.isDirected() ? direction.name().toLowerCase() : "undirected")
        .withParameter("path length", cost.describe())
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    return new Scores("closeness", g.ids(), c, List.<Exclusion>of(), p);
  }

  /** Which closeness. */
  public enum Variant {
    WASSERMAN_FAUST("Wasserman–Faust ((r−1)/(n−1))·((r−1)/Σd)"),
    HARMONIC("harmonic Σ(1/d)/(n−1)");

    private final String label;

    Variant(String label) {
      this.label = label;
    }
  }

  /** Distances from (OUT) or to (IN) the node, for directed graphs. */
  public enum Direction {
    OUT,
    IN
  }
}
