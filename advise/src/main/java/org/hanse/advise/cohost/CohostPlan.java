package org.hanse.advise.cohost;

import java.util.List;
import org.hanse.advise.scenario.Scenario;
import org.hanse.analysis.Provenance;

/**
 * The co-hosting plan of a cluster for an event.
 *
 * @param clusterId  the cluster
 * @param profile    the event's requirements
 * @param members    every member as a possible host, with the figures used and why it cannot host (if so)
 * @param sets       feasible host sets, best first (empty when none is feasible)
 * @param feasibleHosts members meeting every per-host requirement
 * @param nodes      branch-and-bound nodes visited
 * @param pruned     branches cut by the bound or by cardinality
 * @param provenance method, parameters, data and notes
 */
public record CohostPlan(String clusterId, EventProfile profile, List<HostCity> members, List<HostSet> sets,
    int feasibleHosts, long nodes, long pruned, Provenance provenance) {
  public CohostPlan {
    members = List.copyOf(members);
    sets = List.copyOf(sets);
  }

  /**
   * The host set of the given rank as a scenario (one event edition hosted or co-hosted by its cities), so that its
   * effect on every measure of the assessment can be computed and the plan shared.
   *
   * @param rank    1 = the best set
   * @param edition edition label, e.g. {@code 2034}
   * @param year    year of the edition
   */
  public Scenario asScenario(int rank, String edition, int year) {
    if (rank < 1 || rank > sets.size()) {
      throw new IllegalArgumentException("no host set of rank " + rank + " (" + sets.size() + " found)");
    }
    HostSet s = sets.get(rank - 1);
    return Scenario.named(profile.series() + " " + edition + " in " + String.join(", ", s.hostIds()),
        "co-hosting plan of " + clusterId + ", rank " + rank)
        .withEvent(new Scenario.EventSpec(profile.series(), edition, year, s.hostIds()));
  }
}
