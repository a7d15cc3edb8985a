package org.hanse.cli.advise;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hanse.cli.UserError;
import org.hanse.model.Lang;

/** Option parsing shared by the advice commands; every bad value is a one-line user error. */
final class Formats {
  private Formats() {}

  static String format(String s, List<String> allowed) {
    String f = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(f)) {
      throw new UserError("unknown format '" + s + "'; use " + String.join(" or ", allowed));
    }
    return f;
  }

  static Lang lang(String s) {
    try {
      return Lang.parse(s);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Runs advice code, turning its refusals of bad input (unknown ids, bad values) into user errors. */
  static <T> T user(Supplier<T> work) {
    try {
      return work.get();
    } catch (java.util.NoSuchElementException | IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  static String num(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  static String num(java.util.OptionalDouble v, int decimals) {
    return v.isPresent() ? num(v.getAsDouble(), decimals) : "n/a";
  }

  static String signed(java.util.OptionalDouble v, int decimals) {
    return v.isPresent() ? String.format(Locale.ROOT, "%+." + decimals + "f", v.getAsDouble()) : "n/a";
  }

  /**
   * The text padded with blanks to {@code columns} terminal columns: Chinese, Japanese and Korean characters take two
   * columns in a terminal, so {@code %-16s} would push the next column out of line after a Chinese name.
   */
  static String pad(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - org.hanse.report.text.DisplayWidth.of(s)));
  }
}
