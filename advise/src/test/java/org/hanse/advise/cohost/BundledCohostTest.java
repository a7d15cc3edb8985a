package org.hanse.advise.cohost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hanse.advise.BundledData;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the documentation: the 2022 Olympic Winter Games on the bundled 京津冀 data as known in
 * 2015 (the year of the award), two hosts with Beijing as main host, at least one air route each, within 250 km.
 */
class BundledCohostTest {
  static final String BEIJING = "1816670";

  @Test
  void winterGamesInJingJinJi() {
    BundledData.require();
    Dataset d = BundledData.get().asOf(2015);
    EventProfile profile = EventProfile.of("event-olympics-winter", 2).withMainHost(BEIJING).withMinAirRoutes(1)
        .withMaxDistanceKm(250);
    CohostPlan plan = new CohostPlanner(d).plan("jjj", profile);
    System.out.println("co-hosting plan, jjj, as of 2015:");
    plan.members().forEach(m -> System.out.println("  " + m));
    plan.sets().forEach(s -> System.out.println("  " + s.rank() + ". " + s.hostIds() + " G* " + s.giniBefore()
        + " → " + s.giniAfter() + "; T " + s.theilBefore() + " → " + s.theilAfter() + "\n     "
        + String.join("\n     ", s.feasibility())));
    System.out.println("  nodes " + plan.nodes() + ", pruned " + plan.pruned() + "; " + plan.provenance().notes());
    assertThat(plan.sets()).isNotEmpty();
    for (HostSet s : plan.sets()) {
      assertThat(s.mainHostId()).isEqualTo(BEIJING);
      assertThat(s.hosts()).hasSize(2);
      for (HostCity h : s.hosts()) {
        assertThat(h.airRoutes()).isGreaterThanOrEqualTo(1);
        assertThat(h.distanceKm().getAsDouble()).isLessThanOrEqualTo(250);
      }
    }
    // ranked by G* after, best first
    List<Double> g = plan.sets().stream().map(HostSet::giniAfter).toList();
    assertThat(g).isSorted();
  }
}
