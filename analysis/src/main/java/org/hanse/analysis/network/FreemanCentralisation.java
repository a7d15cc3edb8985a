package org.hanse.analysis.network;

import org.hanse.analysis.Scores;

/**
 * Freeman's graph centralisation {@code Σ_i (C_max − C_i) / max possible}, the maximum being reached by the star
 * graph on the same number of nodes (Freeman 1979, "Centrality in social networks: conceptual clarification",
 * Social Networks 1:215-239; methods.md §2). Inputs are the <em>normalised</em> scores of an undirected graph:
 *
 * <ul>
 *   <li>degree d_i/(n−1): max possible Σ = n − 2 (same as the {@code Σ(d_max − d_i)/((n−1)(n−2))} of
 *       {@link DegreeCentrality#freemanCentralisation});</li>
 *   <li>betweenness B_i/((n−1)(n−2)/2): max possible Σ = n − 1;</li>
 *   <li>closeness (n−1)/Σd: max possible Σ = (n−1)(n−2)/(2n−3).</li>
 * </ul>
 * Each is 1 for a star and 0 when all nodes score the same. Needs n ≥ 3.
 */
public final class FreemanCentralisation {
  private FreemanCentralisation() {}

  /** Which centrality the normalised scores are. */
  public enum Measure {
    DEGREE,
    BETWEENNESS,
    CLOSENESS
  }

  public static double of(Scores normalised, Measure measure) {
    int n = normalised.size();
    if (n < 3) {
      throw new IllegalArgumentException("centralisation needs at least 3 nodes: " + n);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : normalised.values()) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : normalised.values()) {
      sum += max - v;
    }
    double possible = switch (measure) {
      case DEGREE -> n - 2.0;
      case BETWEENNESS -> n - 1.0;
      case CLOSENESS -> (n - 1.0) * (n - 2.0) / (2.0 * n - 3.0);
    };
    return sum / possible;
  }
}
