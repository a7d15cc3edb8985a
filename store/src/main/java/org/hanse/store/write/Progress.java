package org.hanse.store.write;

/**
 * Told as a write proceeds, inside its transaction: after each kind of record is written. The command line uses it
 * to show progress on long imports.
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (kind, written) -> {};

  /** {@code written} records of {@code kind} have just been written (not yet committed). */
  void written(String kind, int written);
}
