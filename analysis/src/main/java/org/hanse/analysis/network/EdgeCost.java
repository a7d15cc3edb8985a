package org.hanse.analysis.network;

/**
 * How an edge weight becomes a path length for shortest-path measures (closeness, betweenness). Edge weights of a
 * {@link WeightedGraph} are tie <em>strengths</em>; methods.md §0 requires converting them to costs before use and
 * never feeding strengths as lengths.
 */
public enum EdgeCost {
  /** d = 1 / w: stronger ties are shorter (methods.md §0 default for valued data). */
  INVERSE_WEIGHT,
  /** d = 1 for every edge: hop counts, as for binary data (UCINET, networkx without a weight attribute). */
  UNIT,
  /** d = w: the weights already are lengths (km, travel time); only for graphs built that way. */
  WEIGHT_IS_LENGTH;

  double cost(double weight) {
    return switch (this) {
      case INVERSE_WEIGHT -> 1.0 / weight;
      case UNIT -> 1.0;
      case WEIGHT_IS_LENGTH -> weight;
    };
  }

  String describe() {
    return switch (this) {
      case INVERSE_WEIGHT -> "path length = Σ 1/w (strengths converted to costs)";
      case UNIT -> "path length = number of edges (weights ignored)";
      case WEIGHT_IS_LENGTH -> "path length = Σ w (weights are lengths)";
    };
  }
}
