package org.hanse.analysis.assessment;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The value of one indicator for one subject, or why there is none.
 *
 * @param code  {@link IndicatorInfo#code()}
 * @param value the value; empty when missing (never 0 for missing)
 * @param note  why it is missing, or a remark on the value (e.g. "sum over 3 of 26 members"); may be empty
 */
public record IndicatorReading(String code, OptionalDouble value, String note) {
  public IndicatorReading {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(value, "value");
    note = note == null ? "" : note;
  }

  public boolean isMissing() {
    return value.isEmpty();
  }
}
