package org.hanse.advise.cohost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.hanse.advise.TestData;
import org.hanse.advise.scenario.Scenario;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CohostPlannerTest {
  /**
   * Cluster k in AA along the equator: C (0°, x = 10 international ties, 5 air routes), D (0.5°, x 0, no air route),
   * A (1°, x 4, 2 routes), B (1.5°, x 0, 1 route), E (5°, about 556 km from C, x 1, 3 routes). International ties are
   * missions to foreign country actors; air routes go to the foreign city F.
   */
  static Dataset data() {
    TestData t = TestData.create().city("C", "AA", 0, 0, 9_000_000).city("D", "AA", 0, 0.5, 0)
        .city("A", "AA", 0, 1, 3_000_000).city("B", "AA", 0, 1.5, 500_000).city("E", "AA", 0, 5, 2_000_000)
        .city("F", "BB").actor("E1", ActorKind.EVENT_SERIES, "");
    int[] missions = {10, 0, 4, 0, 1};
    int[] routes = {5, 0, 2, 1, 3};
    String[] ids = {"C", "D", "A", "B", "E"};
    for (int i = 0; i < ids.length; i++) {
      for (int m = 0; m < missions[i]; m++) {
        t.actor("S" + ids[i] + m, ActorKind.COUNTRY, "S" + ids[i] + m).tie(TieType.DIPLOMATIC_MISSION, ids[i],
            "S" + ids[i] + m);
      }
      for (int r = 0; r < routes[i]; r++) {
        t.tie(TieType.AIR_ROUTE, ids[i], "F", 2014, 1, "route " + r);
      }
    }
    // the air routes are international ties too: add them to the hand computation below
    return t.cluster("k", List.of("C", "D", "A", "B", "E"), List.of("C")).build();
  }

  @Test
  void twoHostsNearTheCentreByHand() {
    CohostPlan plan = new CohostPlanner(data()).plan("k", EventProfile.of("E1", 2).withMainHost("C")
        .withMinAirRoutes(1).withMaxDistanceKm(200));
    // openness = missions + air routes: C 15, D 0, A 6, B 1, E 4. Feasible: {C, A}, {C, B} (D has no air route,
    // E is 556 km away). Pairwise sums Σ_{i<j}|x_i − x_j|: before {15,0,6,1,4} = 15+9+14+11+6+1+4+5+2+3 = 70,
    // mean 26/5, G* = 70/(25·26/5)·5/4 = 70/104; {C,B}: {16,0,6,2,4} = 16+10+14+12+6+2+4+4+2+2 = 72 → 72/(28·5)·5/4;
    // {C,A}: {16,0,7,1,4} = 16+9+15+12+7+1+4+6+3+3 = 76 → 76/112.
    assertThat(plan.sets()).extracting(HostSet::hostIds).containsExactly(List.of("C", "B"), List.of("C", "A"));
    HostSet best = plan.sets().get(0);
    assertThat(best.giniBefore()).hasValueCloseTo(70.0 / 104, within(1e-12));
    assertThat(best.giniAfter()).isCloseTo(72.0 / 112, within(1e-12));
    assertThat(plan.sets().get(1).giniAfter()).isCloseTo(76.0 / 112, within(1e-12));
    assertThat(best.giniChange().getAsDouble()).isNegative();
    assertThat(best.mainHostId()).isEqualTo("C");
    assertThat(best.hosts().get(1).distanceKm().getAsDouble()).isCloseTo(166.8, within(0.5));
    assertThat(best.feasibility()).hasSize(2).anyMatch(l -> l.startsWith("B: 167 km from C")
        && l.contains("; 1 air route(s) ≥ 1;"));
    assertThat(plan.feasibleHosts()).isEqualTo(3); // C, A, B: D lacks routes, E is too far from C
    assertThat(plan.members()).filteredOn(m -> m.cityId().equals("D")).singleElement()
        .satisfies(m -> assertThat(m.problems()).containsExactly("0 air route(s) < 1"));
    assertThat(plan.members()).filteredOn(m -> m.cityId().equals("E")).singleElement()
        .satisfies(m -> assertThat(m.problems()).singleElement().asString().contains("556 km from main host C >"));
    assertThat(plan.provenance().parameters()).containsEntry("hosts", "2");
  }

  @Test
  void withoutAMainHostAnyMemberMayLeadAndUnknownPopulationFailsAMinimum() {
    CohostPlan plan = new CohostPlanner(data()).plan("k", EventProfile.of("E1", 2).withMinPopulation(1_000_000)
        .withMaxDistanceKm(500));
    // population ≥ 1 M: C, A, E; D's population is unknown. Within 500 km: C–A only (E is 445 km from A!)
    assertThat(plan.sets()).extracting(HostSet::hostIds)
        .containsExactlyInAnyOrder(List.of("C", "A"), List.of("E", "A"));
    assertThat(plan.members()).filteredOn(m -> m.cityId().equals("D")).singleElement()
        .satisfies(m -> assertThat(m.problems()).anyMatch(p -> p.contains("population unknown")));
    assertThat(plan.provenance().notes()).anyMatch(n -> n.contains("population unknown for D"));
    // {A, E}: A has fewer routes than E (2 < 3), so E leads
    assertThat(plan.sets()).filteredOn(s -> s.hostIds().contains("E")).singleElement()
        .satisfies(s -> assertThat(s.mainHostId()).isEqualTo("E"));
  }

  @Test
  void infeasibleProfilesAndBadInputSaySo() {
    CohostPlanner p = new CohostPlanner(data());
    CohostPlan none = p.plan("k", EventProfile.of("E1", 3).withMinAirRoutes(4));
    assertThat(none.sets()).isEmpty();
    assertThat(none.provenance().notes()).anyMatch(n -> n.contains("no set of 3 members"));
    assertThatThrownBy(() -> p.plan("k", EventProfile.of("E1", 6))).hasMessageContaining("6 hosts wanted");
    assertThatThrownBy(() -> p.plan("k", EventProfile.of("E1", 2).withMainHost("F")))
        .hasMessageContaining("not a member");
    assertThatThrownBy(() -> p.plan("q", EventProfile.of("E1", 2))).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> EventProfile.of("E1", 0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> EventProfile.of("E1", 2).withMaxDistanceKm(-3)).hasMessageContaining("positive");
  }

  @Test
  void aPlanBecomesAScenario() {
    CohostPlan plan = new CohostPlanner(data()).plan("k", EventProfile.of("E1", 2).withMainHost("C")
        .withMinAirRoutes(1).withMaxDistanceKm(200));
    Scenario s = plan.asScenario(1, "2034", 2034);
    assertThat(s.events()).singleElement().satisfies(e -> {
      assertThat(e.hosts()).containsExactly("C", "B");
      assertThat(e.series()).isEqualTo("E1");
    });
    assertThatThrownBy(() -> plan.asScenario(3, "x", 2034)).hasMessageContaining("rank 3");
  }

  /** Branch and bound returns exactly the top sets of the brute-force enumeration. */
  @RepeatedTest(60)
  void branchAndBoundEqualsBruteForce(RepetitionInfo info) {
    Random rnd = new Random(7919L * info.getCurrentRepetition());
    checkAgainstBruteForce(rnd, 2 + rnd.nextInt(10), -1);
  }

  /** Clusters of the bundled size: the largest bundled cluster (yrd) has 26 members. */
  @ParameterizedTest
  @CsvSource({"17,3,1", "26,3,2", "26,4,3", "26,2,4"})
  void exactForClustersOfTheBundledSize(int n, int k, long seed) {
    checkAgainstBruteForce(new Random(seed), n, k);
  }

  private void checkAgainstBruteForce(Random rnd, int n, int fixedK) {
    List<String> ids = new ArrayList<>();
    double[] x = new double[n];
    int[] air = new int[n];
    boolean[] eligible = new boolean[n];
    double[] pos = new double[n];
    for (int i = 0; i < n; i++) {
      ids.add("c" + (char) ('a' + rnd.nextInt(26)) + i);
      // small integers produce many ties in G*, which the tie-breaks must settle identically
      x[i] = rnd.nextBoolean() ? rnd.nextInt(5) : rnd.nextDouble() * 20;
      air[i] = rnd.nextInt(4);
      eligible[i] = rnd.nextDouble() < 0.8;
      pos[i] = rnd.nextDouble() * 10;
    }
    double limit = 1 + rnd.nextDouble() * 8;
    boolean[][] near = new boolean[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        near[i][j] = Math.abs(pos[i] - pos[j]) <= limit;
      }
    }
    int k = fixedK > 0 ? fixedK : 1 + rnd.nextInt(Math.min(n, 5));
    int fixed = rnd.nextInt(3) == 0 ? rnd.nextInt(n) : -1;
    double gain = rnd.nextBoolean() ? 1 : 0.5 + rnd.nextDouble() * 3;
    int top = 1 + rnd.nextInt(8);
    HostSetSearch.Problem p = new HostSetSearch.Problem(ids, x, air, gain, k, eligible, near, fixed);

    List<HostSetSearch.Found> all = new ArrayList<>();
    enumerate(p, new int[k], 0, 0, all, pos, limit);
    all.sort(HostSetSearch.ORDER);
    List<HostSetSearch.Found> expected = all.subList(0, Math.min(top, all.size()));

    HostSetSearch.Result r = HostSetSearch.search(p, top);
    assertThat(r.best()).extracting(HostSetSearch.Found::sortedIds)
        .containsExactlyElementsOf(expected.stream().map(HostSetSearch.Found::sortedIds).toList());
    assertThat(r.best()).extracting(HostSetSearch.Found::main)
        .containsExactlyElementsOf(expected.stream().map(HostSetSearch.Found::main).toList());
    assertThat(r.stats().complete()).isLessThanOrEqualTo(binomial(n, k) * n);
  }

  /** Every k-subset; feasibility checked here independently of the planner, G* by the pairwise definition. */
  private static void enumerate(HostSetSearch.Problem p, int[] set, int from, int size, List<HostSetSearch.Found> out,
      double[] pos, double limit) {
    if (size == set.length) {
      boolean ok = true;
      for (int i : set) {
        ok &= p.eligible()[i];
      }
      boolean someMain = false;
      for (int m : set) {
        boolean reaches = p.fixedMain() < 0 || m == p.fixedMain();
        for (int j : set) {
          reaches &= Math.abs(pos[m] - pos[j]) <= limit;
        }
        someMain |= reaches;
      }
      HostSetSearch.Found f = HostSetSearch.found(p, set);
      assertThat(f != null).isEqualTo(ok && someMain);
      if (f != null) {
        assertThat(f.giniAfter()).isCloseTo(pairwiseGini(p, set), within(1e-12));
        out.add(f);
      }
      return;
    }
    for (int i = from; i < p.ids().size(); i++) {
      set[size] = i;
      enumerate(p, set, i + 1, size + 1, out, pos, limit);
    }
  }

  /** G* = Σ_i Σ_j |y_i − y_j| / (2 n² μ) · n/(n−1) (Gini 1912; Deltas 2003), 0 when undefined. */
  private static double pairwiseGini(HostSetSearch.Problem p, int[] set) {
    int n = p.ids().size();
    double[] y = p.openness().clone();
    for (int i : set) {
      y[i] += p.gain();
    }
    if (n < 2) {
      return 0;
    }
    double sum = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += y[i];
      for (int j = 0; j < n; j++) {
        sum += Math.abs(y[i] - y[j]);
      }
    }
    return sum / (2.0 * n * n * (total / n)) * n / (n - 1.0);
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
    }
    return r;
  }

  /** Two members of one English name are told apart by their region in the reasons; other members by name alone. */
  @Test
  void membersOfOneNameAreLabelledWithTheirRegion() {
    java.util.List<org.hanse.model.City> members = java.util.List.of(
        new org.hanse.model.City("1793505", "Taizhou", "泰州", "CN", "Jiangsu", 32.49, 119.91, null),
        new org.hanse.model.City("8400694", "Taizhou", "台州", "CN", "Zhejiang", 28.66, 121.43, null),
        new org.hanse.model.City("1796236", "Shanghai", "上海", "CN", "Shanghai", 31.22, 121.46, null));
    assertThat(CohostPlanner.labels(members)).containsEntry("1793505", "Taizhou (Jiangsu)")
        .containsEntry("8400694", "Taizhou (Zhejiang)").containsEntry("1796236", "Shanghai");
  }
}
