package org.hanse.advise.scenario;

import java.util.List;
import org.hanse.analysis.assessment.Assessment;

/**
 * A scenario applied and assessed.
 *
 * @param scenario   the scenario
 * @param log        what was changed in the data
 * @param before     the assessment of the base data
 * @param after      the assessment of the scenario's data
 * @param deltas     every measure whose value changed (or that appeared or disappeared), in assessment order
 * @param unchanged  how many measures kept their value
 */
public record ScenarioResult(Scenario scenario, List<String> log, Assessment before, Assessment after,
    List<MeasureDelta> deltas, int unchanged) {
  public ScenarioResult {
    log = List.copyOf(log);
    deltas = List.copyOf(deltas);
  }

  /** The changes of one cluster's measures. */
  public List<MeasureDelta> deltasOf(String clusterId) {
    return deltas.stream().filter(d -> d.clusterId().equals(clusterId)).toList();
  }
}
