package org.hanse.analysis.assessment;

/** Receives the steps of a long computation, so that a front end can show progress. */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = (step, done, total) -> {};

  /**
   * A step begins.
   *
   * @param step  what is being done, in words
   * @param done  steps finished before this one
   * @param total all steps
   */
  void step(String step, int done, int total);
}
