package org.hanse.analysis.linkprediction;

import org.hanse.analysis.network.WeightedGraph;

/**
 * A similarity index for link prediction (methods.md §6; Liben-Nowell &amp; Kleinberg 2007, JASIST
 * 58(7):1019-1031; Lü &amp; Zhou 2011, "Link prediction in complex networks: a survey", Physica A
 * 390(6):1150-1170): fitted to the graph of existing ties, it scores every pair of nodes; higher = more likely to
 * be (or become) tied. Graphs must be undirected.
 */
public interface LinkPredictor {
  /** Short name, e.g. {@code resource allocation}. */
  String label();

  /** Literature the index follows. */
  String citation();

  /** Prepares the index on the graph of existing ties. */
  PairScorer fit(WeightedGraph graph);

  /** Scores pairs of node positions of the graph the predictor was fitted on. */
  @FunctionalInterface
  interface PairScorer {
    double score(int x, int y);
  }

  /** Refuses directed graphs: every index here is defined on undirected neighbourhoods. */
  static void requireUndirected(WeightedGraph g) {
    if (g.isDirected()) {
      throw new IllegalArgumentException("link prediction indices need an undirected graph: symmetrise it first");
    }
  }
}
