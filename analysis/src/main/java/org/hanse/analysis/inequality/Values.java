package org.hanse.analysis.inequality;

import java.util.HashSet;
import java.util.List;

/** Argument checks: the inequality measures take known values only; NaN is refused, never read as 0. */
final class Values {
  private Values() {}

  static void requireNonNegative(List<String> ids, double[] y, String what) {
    if (ids.size() != y.length) {
      throw new IllegalArgumentException(ids.size() + " ids but " + y.length + " values");
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("an id is listed twice");
    }
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(y[i])) {
        throw new IllegalArgumentException(what + " of " + ids.get(i)
            + " is NaN: pass only known values and report the subjects left out");
      }
      if (!(y[i] >= 0) || Double.isInfinite(y[i])) {
        throw new IllegalArgumentException(what + " of " + ids.get(i) + " must be finite and ≥ 0: " + y[i]);
      }
    }
  }

  static double sum(double[] y) {
    double s = 0;
    for (double v : y) {
      s += v;
    }
    return s;
  }
}
