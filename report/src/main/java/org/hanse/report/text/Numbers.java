package org.hanse.report.text;

import java.util.Locale;
import java.util.OptionalDouble;

/** Number formats of the text and HTML renderings; an undefined value prints as {@code n/a}, never as 0. */
public final class Numbers {
  /** What an undefined or missing value prints as. */
  public static final String NA = "n/a";

  private Numbers() {}

  /** Whole number with thousands separators. */
  public static String integer(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** Four decimal places (methods.md §0), or n/a. */
  public static String decimal(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : NA;
  }

  public static String decimal(OptionalDouble v) {
    return v.isPresent() ? decimal(v.getAsDouble()) : NA;
  }

  /** Given number of decimals, or n/a. */
  public static String decimal(double v, int places) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + places + "f", v) : NA;
  }

  /** A share as a percentage with one decimal, or n/a. */
  public static String percent(OptionalDouble v) {
    return v.isPresent() ? percent(v.getAsDouble()) : NA;
  }

  public static String percent(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : NA;
  }

  /** A weight: whole numbers without decimals, others with two. */
  public static String weight(double v) {
    if (!Double.isFinite(v)) {
      return NA;
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? integer((long) v) : String.format(Locale.ROOT, "%,.2f", v);
  }
}
