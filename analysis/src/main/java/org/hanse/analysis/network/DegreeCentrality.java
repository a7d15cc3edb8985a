package org.hanse.analysis.network;

import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Degree and strength (valued degree) with UCINET/Freeman conventions (methods.md §2):
 * degree {@code d_i = Σ_j a_ij} (out/in for directed graphs), normalised {@code d_i/(n−1)}; strength
 * {@code s_i = Σ_j w_ij}, normalised {@code s_i / max_j s_j}; Freeman degree centralisation
 * {@code Σ_i (d_max − d_i) / ((n−1)(n−2))} for undirected graphs; density {@code 2L/(n(n−1))} undirected,
 * {@code L/(n(n−1))} directed, valued density {@code Σ w_ij / (n(n−1))} (each undirected edge counted in both
 * cells). Sources: Freeman (1979) Social Networks 1:215-239; UCINET help; networkx {@code density}.
 */
public final class DegreeCentrality {
  /** Citation carried in every result. */
  public static final String CITATION = "Freeman (1979) Social Networks 1:215-239; UCINET conventions; methods.md §2";

  private DegreeCentrality() {}

  /** Which ties to count on a directed graph (ignored for undirected graphs). */
  public enum Direction {
    OUT,
    IN,
    /** in + out */
    ALL
  }

  /** Number of neighbours (out-, in- or all for directed graphs). */
  public static Scores degree(WeightedGraph g, Direction direction) {
    double[] d = new double[g.nodeCount()];
    for (int i = 0; i < d.length; i++) {
      d[i] = count(g, i, direction);
    }
    return scores("degree", g, d, direction, "d_i = Σ_j a_ij");
  }

  /** Degree divided by n − 1 (UCINET's normalised degree without the ×100). */
  public static Scores normalisedDegree(WeightedGraph g, Direction direction) {
    int n = g.nodeCount();
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = n > 1 ? count(g, i, direction) / (n - 1.0) : 0;
    }
    return scores("degree (normalised)", g, d, direction, "d_i / (n − 1)");
  }

  /** Sum of edge weights (out-, in- or all for directed graphs). */
  public static Scores strength(WeightedGraph g, Direction direction) {
    double[] s = new double[g.nodeCount()];
    for (int i = 0; i < s.length; i++) {
      s[i] = sum(g, i, direction);
    }
    return scores("strength", g, s, direction, "s_i = Σ_j w_ij");
  }

  /** Strength divided by the largest strength (0 everywhere for a graph without edges). */
  public static Scores normalisedStrength(WeightedGraph g, Direction direction) {
    double[] s = new double[g.nodeCount()];
    double max = 0;
    for (int i = 0; i < s.length; i++) {
      s[i] = sum(g, i, direction);
      max = Math.max(max, s[i]);
    }
    for (int i = 0; i < s.length; i++) {
      s[i] = max > 0 ? s[i] / max : 0;
    }
    return scores("strength (normalised)", g, s, direction, "s_i / max_j s_j");
  }

  /**
   * Strength divided by its maximum possible value {@code (n − 1) · max_ij w_ij} (the other normalisation methods.md
   * §2 names); 0 everywhere for a graph without edges.
   */
  public static Scores strengthOverMaximumPossible(WeightedGraph g, Direction direction) {
    int n = g.nodeCount();
    double maxWeight = 0;
    for (int i = 0; i < n; i++) {
      for (double w : g.outWeights(i)) {
        maxWeight = Math.max(maxWeight, w);
      }
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      double possible = (n - 1) * maxWeight * (g.isDirected() && direction == Direction.ALL ? 2 : 1);
      s[i] = possible > 0 ? sum(g, i, direction) / possible : 0;
    }
    return scores("strength (share of maximum possible)", g, s, direction, "s_i / ((n − 1) · max w)");
  }

  /** Binary density: 2L/(n(n−1)) undirected, L/(n(n−1)) directed; 0 for fewer than two nodes. */
  public static double density(WeightedGraph g) {
    double n = g.nodeCount();
    if (n < 2) {
      return 0;
    }
    return g.isDirected() ? g.edgeCount() / (n * (n - 1)) : 2.0 * g.edgeCount() / (n * (n - 1));
  }

  /** Valued density Σ_{i≠j} w_ij / (n(n−1)), an undirected edge filling both cells. */
  public static double valuedDensity(WeightedGraph g) {
    double n = g.nodeCount();
    if (n < 2) {
      return 0;
    }
    double total = g.isDirected() ? g.totalWeight() : 2 * g.totalWeight();
    return total / (n * (n - 1));
  }

  /**
   * Freeman degree centralisation of an undirected graph, {@code Σ_i (d_max − d_i) / ((n−1)(n−2))}: 1 for a star,
   * 0 for a regular graph. Throws for directed graphs (symmetrise first) and for n &lt; 3.
   */
  public static double freemanCentralisation(WeightedGraph g) {
    if (g.isDirected()) {
      throw new IllegalArgumentException("Freeman degree centralisation is defined here for undirected graphs;"
          + " symmetrise the graph first");
    }
    int n = g.nodeCount();
    if (n < 3) {
      throw new IllegalArgumentException("Freeman degree centralisation needs at least 3 nodes: " + n);
    }
    int max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, g.outDegree(i));
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += max - g.outDegree(i);
    }
    return s / ((n - 1.0) * (n - 2.0));
  }

  private static int count(WeightedGraph g, int i, Direction direction) {
    if (!g.isDirected()) {
      return g.outDegree(i);
    }
    return switch (direction) {
      case OUT -> g.outDegree(i);
      case IN -> g.inDegree(i);
      case ALL -> g.outDegree(i) + g.inDegree(i);
    };
  }

  private static double sum(WeightedGraph g, int i, Direction direction) {
    if (!g.isDirected()) {
      return g.outStrength(i);
    }
    return switch (direction) {
      case OUT -> g.outStrength(i);
      case IN -> g.inStrength(i);
      case ALL -> g.outStrength(i) + g.inStrength(i);
    };
  }

  private static Scores scores(String name, WeightedGraph g, double[] v, Direction direction, String formula) {
    Provenance p = Provenance.of(name, CITATION)
        .withParameter("formula", formula)
        .withParameter("direction", g.isDirected() ? direction.name().toLowerCase() : "undirected")
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    return new Scores(name, g.ids(), v, List.<Exclusion>of(), p);
  }
}
