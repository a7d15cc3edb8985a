package org.hanse.analysis;

import java.util.Objects;

/**
 * A subject (city, indicator, pair …) that a method left out, and why. Missing data is never turned into zero:
 * a method that cannot use a subject lists it here instead.
 *
 * @param id     id of what was left out (a city id, an indicator code, {@code a|b} for a pair)
 * @param reason why, in words a reader understands (e.g. "no value of gdp in 2020")
 */
public record Exclusion(String id, String reason) {
  public Exclusion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }
}
