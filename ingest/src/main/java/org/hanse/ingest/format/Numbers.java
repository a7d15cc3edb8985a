package org.hanse.ingest.format;

/** How numbers are written to Hanse CSV files: whole values without a decimal point, others in shortest form. */
public final class Numbers {
  private Numbers() {}

  /**
   * The shortest text that reads back as exactly the same double ({@link Double#toString} guarantees that), but
   * {@code 3} rather than {@code 3.0} for whole values below 10^15, which are most weights and counts.
   */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
