package org.hanse.analysis.network;

/**
 * A measure computed for every node of a weighted graph (centralities, PageRank, power): one class per method
 * behind this interface, so that callers (the assessment, the dashboard, benchmarks) can take any of them. The
 * formula and citation are in each implementation's Javadoc and its result's provenance.
 *
 * @param <R> the result: {@link org.hanse.analysis.Scores}, or a record of several normalisations
 */
@FunctionalInterface
public interface NodeMeasure<R> {
  /** The measure for every node of {@code g}. */
  R compute(WeightedGraph g);
}
