package org.hanse.advise.scenario;

import java.util.OptionalDouble;

/**
 * The change of one measure under a scenario.
 *
 * @param path   where the measure sits in the assessment, e.g. {@code clusters[jjj].ties.centralCombined.share}
 * @param before its value on the base data ("absent" when the base has no such measure)
 * @param after  its value on the scenario's data ("absent" when the scenario has none)
 */
public record MeasureDelta(String path, Measures.Value before, Measures.Value after) {
  /** after − before, when both are numbers. */
  public OptionalDouble delta() {
    if (before != null && after != null && before.number().isPresent() && after.number().isPresent()) {
      return OptionalDouble.of(after.number().getAsDouble() - before.number().getAsDouble());
    }
    return OptionalDouble.empty();
  }

  /** The cluster id the path belongs to, or empty. */
  public String clusterId() {
    if (path.startsWith("clusters[")) {
      return path.substring("clusters[".length(), path.indexOf(']'));
    }
    return "";
  }
}
