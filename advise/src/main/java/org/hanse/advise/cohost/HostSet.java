package org.hanse.advise.cohost;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One feasible set of host cities.
 *
 * @param rank        1 = best
 * @param mainHostId  the main host (every other host lies within the distance limit of it)
 * @param hosts       the hosts, main host first, then by distance
 * @param giniBefore  corrected Gini G* of the members' international ties before the event, as the assessment
 *                    counts them; empty when undefined
 * @param giniAfter   G* after every host gained the event's ties (the objective: lower is better)
 * @param theilBefore Theil T before; empty when undefined
 * @param theilAfter  Theil T after
 * @param feasibility one line per requirement and host saying why the set is feasible
 * @param assessedGiniAfter G* after the event as the assessment counts it, i.e. what running the set as a scenario
 *                    records: equal to {@code giniAfter} for one host; for two or more hosts the edition co-hosted by
 *                    members is a joint activity of the cluster (inside), so the members' international ties and
 *                    G* do not change
 * @param assessedTheilAfter Theil T after, as the assessment counts it
 */
public record HostSet(int rank, String mainHostId, List<HostCity> hosts, OptionalDouble giniBefore, double giniAfter,
    OptionalDouble theilBefore, double theilAfter, List<String> feasibility, OptionalDouble assessedGiniAfter,
    OptionalDouble assessedTheilAfter) {
  public HostSet {
    hosts = List.copyOf(hosts);
    feasibility = List.copyOf(feasibility);
  }

  /** G* after − G* before (negative: the event spreads opportunity); empty when G* before is undefined. */
  public OptionalDouble giniChange() {
    return giniBefore.isPresent() ? OptionalDouble.of(giniAfter - giniBefore.getAsDouble()) : OptionalDouble.empty();
  }

  /** T after − T before; empty when T before is undefined. */
  public OptionalDouble theilChange() {
    return theilBefore.isPresent() ? OptionalDouble.of(theilAfter - theilBefore.getAsDouble()) : OptionalDouble.empty();
  }

  public List<String> hostIds() {
    return hosts.stream().map(HostCity::cityId).toList();
  }
}
