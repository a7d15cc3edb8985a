package org.hanse.analysis.community;

import org.hanse.analysis.network.WeightedGraph;

/**
 * A community detection method (Louvain, Leiden): a partition of the graph's nodes with its quality and provenance.
 * Implementations are seeded, so the same graph and seed give the same partition (methods.md §0, §7).
 */
@FunctionalInterface
public interface CommunityDetector {
  /** The communities of {@code g}. */
  Partition compute(WeightedGraph g);
}
