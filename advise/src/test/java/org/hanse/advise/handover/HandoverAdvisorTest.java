package org.hanse.advise.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.TestData;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.Geo;
import org.hanse.model.Lang;
import org.hanse.model.TieType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HandoverAdvisorTest {
  /**
   * Cluster k in country AA: centre C at (0,0); A at (0,1), B at (0,3), D at (0,5). C hosts missions of S1, S2 and
   * twins with F1, F2 abroad; A hosts S1 and S2, twins with F1 and has a (domestic) air route to C; B hosts S1; D
   * twins with F2 and has no known population.
   */
  static Dataset data() {
    return data(0);
  }

  /** The same with D's population (0 = unknown). */
  static Dataset data(long populationOfD) {
    return TestData.create().city("C", "AA", 0, 0, 10_000_000).city("A", "AA", 0, 1, 5_000_000)
        .city("B", "AA", 0, 3, 2_000_000).city("D", "AA", 0, 5, populationOfD).city("F1", "BB").city("F2", "CC")
        .actor("S1", ActorKind.COUNTRY, "S1").actor("S2", ActorKind.COUNTRY, "S2")
        .tie(TieType.DIPLOMATIC_MISSION, "C", "S1").tie(TieType.DIPLOMATIC_MISSION, "C", "S2")
        .tie(TieType.SISTER_CITY, "C", "F1").tie(TieType.SISTER_CITY, "C", "F2")
        .tie(TieType.DIPLOMATIC_MISSION, "A", "S1").tie(TieType.DIPLOMATIC_MISSION, "A", "S2")
        .tie(TieType.SISTER_CITY, "A", "F1").tie(TieType.AIR_ROUTE, "A", "C", 2014, 1, "")
        .tie(TieType.DIPLOMATIC_MISSION, "B", "S1").tie(TieType.SISTER_CITY, "D", "F2")
        .cluster("k", List.of("C", "A", "B", "D"), List.of("C")).build();
  }

  @Test
  void criteriaByHandAndTheDominantMemberFirst() {
    FunctionHandover h = new HandoverAdvisor(data()).plan("k", null, DiplomaticFunction.POLITICAL_EXCHANGE, 0.5)
        .functions().get(0);
    assertThat(h.centralTies()).isEqualTo(2);
    assertThat(h.centralShare()).isCloseTo(2.0 / 5, within(1e-12)); // C 2, A 2, B 1
    HandoverCandidate a = h.candidates().get(0);
    assertThat(a.cityId()).isEqualTo("A");
    assertThat(a.criteria().get(HandoverCriterion.DISTANCE_KM)).isCloseTo(Geo.haversineKm(0, 0, 0, 1),
        within(1e-9));
    // shares S1, S2 with the centre, plus the direct air route
    assertThat(a.criteria().get(HandoverCriterion.EXISTING_TIES)).isEqualTo(3);
    assertThat(a.criteria().get(HandoverCriterion.FUNCTION_TIES)).isEqualTo(2);
    // international profiles: C (political 2, twinning 2) → ½, ½; A (2, 1) → ⅔, ⅓; K = 1/6 + 1/6
    assertThat(a.criteria().get(HandoverCriterion.COMPLEMENTARITY)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(a.closeness()).isBetween(0.0, 1.0);
    assertThat(h.candidates()).extracting(HandoverCandidate::rank).containsExactly(1, 2);
    // D's population is unknown: D is not ranked (no value is made up for it), and said so
    assertThat(h.candidates()).noneMatch(c -> c.cityId().equals("D"));
    assertThat(h.notRanked()).singleElement().satisfies(n -> {
      assertThat(n.cityId()).isEqualTo("D");
      assertThat(n.missing()).containsExactly(HandoverCriterion.POPULATION);
    });
    assertThat(h.provenance().notes()).anyMatch(n -> n.startsWith("D [D] not ranked") && n.contains("population"));
    assertThat(a.reasons()).isNotEmpty();
    assertThat(a.reasons().get(0).text(Lang.EN)).contains("rank 1 of 2");
    assertThat(h.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void concentrationEffectByHand() {
    // political ties among members C, A, B, D = 2, 2, 1, 0; half of C's (1 tie) moves to D → 1, 2, 1, 1
    FunctionHandover h = new HandoverAdvisor(data(1_000_000)).plan("k", "C", DiplomaticFunction.POLITICAL_EXCHANGE,
        0.5).functions().get(0);
    ConcentrationEffect e = h.candidates().stream().filter(c -> c.cityId().equals("D")).findFirst().orElseThrow()
        .effect();
    assertThat(e.moved()).isEqualTo(1);
    // before (0,1,2,2): G = 2(1·0+2·1+3·2+4·2)/(4·5) − 5/4 = 0.35, G* = 0.35·4/3
    assertThat(e.giniBefore().getAsDouble()).isCloseTo(0.35 * 4 / 3, within(1e-12));
    // after (1,1,1,2): G = 2(1+2+3+8)/(4·5) − 5/4 = 0.15, G* = 0.2
    assertThat(e.giniAfter().getAsDouble()).isCloseTo(0.2, within(1e-12));
    double mu = 5.0 / 4;
    double before = (2 * (2 / mu) * Math.log(2 / mu) + (1 / mu) * Math.log(1 / mu)) / 4;
    double after = (3 * (1 / mu) * Math.log(1 / mu) + (2 / mu) * Math.log(2 / mu)) / 4;
    assertThat(e.theilBefore().getAsDouble()).isCloseTo(before, within(1e-12));
    assertThat(e.theilAfter().getAsDouble()).isCloseTo(after, within(1e-12));
    assertThat(e.giniChange().getAsDouble()).isNegative();
  }

  @Test
  void planListsCoreFunctionsFirstAndRefusesWhatTheCentreLacks() {
    HandoverPlan p = new HandoverAdvisor(data()).plan("k", null, null, HandoverAdvisor.DEFAULT_SHARE);
    assertThat(p.centralId()).isEqualTo("C");
    assertThat(p.functions()).extracting(FunctionHandover::function)
        .containsExactlyInAnyOrder(DiplomaticFunction.POLITICAL_EXCHANGE, DiplomaticFunction.TWINNING);
    assertThat(p.functions()).isSortedAccordingTo((x, y) -> Boolean.compare(!x.core(), !y.core()));
    assertThatThrownBy(() -> new HandoverAdvisor(data()).plan("k", null, DiplomaticFunction.FINANCE, 0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finance");
    assertThatThrownBy(() -> new HandoverAdvisor(data()).plan("k", "F1", null, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A Pigou–Dalton transfer from the largest to a member with at most 0.6 of it never raises G* or T. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void movingFromTheCentreToASmallerMemberLowersConcentration(long seed) {
    Random r = new Random(seed);
    TestData t = TestData.create().city("C", "AA", 0, 0, 1_000_000);
    List<String> members = new java.util.ArrayList<>(List.of("C"));
    int n = 3 + r.nextInt(5);
    int states = 12;
    for (int j = 0; j < states; j++) {
      t.actor("S" + j, ActorKind.COUNTRY, "Z" + (char) ('A' + j));
      t.tie(TieType.DIPLOMATIC_MISSION, "C", "S" + j);
    }
    for (int i = 0; i < n; i++) {
      String m = "M" + i;
      t.city(m, "AA", r.nextDouble(), r.nextDouble(), 100_000 + r.nextInt(1_000_000));
      members.add(m);
      int k = r.nextInt(6);
      for (int j = 0; j < k; j++) {
        t.tie(TieType.DIPLOMATIC_MISSION, m, "S" + j);
      }
    }
    Dataset d = t.cluster("k", members, List.of("C")).build();
    FunctionHandover h = new HandoverAdvisor(d).plan("k", "C", DiplomaticFunction.POLITICAL_EXCHANGE, 0.2)
        .functions().get(0);
    // members without any international tie have no function profile to compare: not ranked
    assertThat(h.candidates().size() + h.notRanked().size()).isEqualTo(n);
    assertThat(h.notRanked()).allSatisfy(x -> assertThat(x.missing())
        .containsExactly(HandoverCriterion.COMPLEMENTARITY));
    for (HandoverCandidate c : h.candidates()) {
      // whole ties, as a scenario moves them: round(0.2 × 12)
      assertThat(c.effect().moved()).isEqualTo(2);
      assertThat(c.effect().giniChange().getAsDouble()).isLessThanOrEqualTo(1e-12);
      assertThat(c.effect().theilChange().getAsDouble()).isLessThan(0);
      assertThat(c.closeness()).isBetween(0.0, 1.0);
    }
  }
}
