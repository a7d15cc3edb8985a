package org.hanse.analysis.spatial;

import java.util.HashSet;
import java.util.List;

/** Argument checks shared by the spatial methods: missing values must be handled by the caller, never passed on. */
final class Inputs {
  private Inputs() {}

  static void requireIds(List<String> ids, int length, String what) {
    if (ids.size() != length) {
      throw new IllegalArgumentException(ids.size() + " ids but " + length + " values of " + what);
    }
    if (new HashSet<>(ids).size() != ids.size()) {
      throw new IllegalArgumentException("an id is listed twice");
    }
  }

  static void requireNonNegative(List<String> ids, double[] values, String what) {
    requireIds(ids, values.length, what);
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException(what + " of " + ids.get(i)
            + " is NaN: pass only known values and list the cities left out");
      }
      if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(what + " of " + ids.get(i) + " must be finite and ≥ 0: " + values[i]);
      }
    }
  }
}
