package org.hanse.advise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.hanse.advise.TestData;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.InvalidDatasetException;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioTest {
  /**
   * Cluster k in country AA: centre C, members A and B, outsider O; foreign city F1 in BB, country actor S1, S2,
   * event series E. C hosts missions of S1 and S2 and twins with F1; A twins with F1.
   */
  static Dataset data() {
    return TestData.create().city("C", "AA", 0, 0, 10_000_000).city("A", "AA", 0, 1, 5_000_000)
        .city("B", "AA", 0, 3, 2_000_000).city("O", "AA", 0, 9, 1_000_000).city("F1", "BB").city("F2", "CC")
        .actor("S1", ActorKind.COUNTRY, "S1").actor("S2", ActorKind.COUNTRY, "S2")
        .actor("E", ActorKind.EVENT_SERIES, "")
        .tie(TieType.DIPLOMATIC_MISSION, "C", "S1").tie(TieType.DIPLOMATIC_MISSION, "C", "S2")
        .tie(TieType.SISTER_CITY, "C", "F1").tie(TieType.SISTER_CITY, "A", "F1")
        .cluster("k", List.of("C", "A", "B"), List.of("C")).build();
  }

  @Test
  void appliesEveryKindOfChangeToACopy() {
    Dataset base = data();
    Scenario s = Scenario.named("all", "one of each")
        .withActor(new Scenario.ActorSpec("N", "city_network", "Network N", "", "", ""))
        .withTie(new Scenario.TieSpec("network_membership", "B", "N", 2030, null, null, ""))
        .withTie(new Scenario.TieSpec("sister_city", "F2", "B", 2029, null, 2.0, "new"))
        .withoutTie("t4")
        .withEvent(new Scenario.EventSpec("E", "2032", 2032, List.of("C", "B")))
        .withMembership(new Scenario.MembershipChange("k", "O", "add", false))
        .withHandover(new Scenario.HandoverSpec("C", "B", "political_exchange", 0.5));
    ScenarioApplier.Applied a = ScenarioApplier.apply(base, s);
    Dataset d = a.dataset();
    assertThat(base.ties()).hasSize(4);
    assertThat(base.clusters().get("k").memberIds()).containsExactly("C", "A", "B");
    assertThat(d.clusters().get("k").memberIds()).containsExactly("C", "A", "B", "O");
    assertThat(d.actors()).containsKey("N");
    assertThat(d.ties()).noneMatch(t -> t.id().equals("t4"));
    // the sister-city tie is stored in id order (B < F2) as the model requires
    assertThat(d.ties()).anyMatch(t -> t.type() == TieType.SISTER_CITY && t.cityId().equals("B")
        && t.partnerId().equals("F2") && t.weight() == 2.0);
    assertThat(d.ties().stream().filter(t -> t.type() == TieType.EVENT_COHOST).map(Tie::cityId))
        .containsExactlyInAnyOrder("C", "B");
    // half of C's two missions (t1 to S1, in id order) moved to B
    assertThat(d.ties().stream().filter(t -> t.type() == TieType.DIPLOMATIC_MISSION)
        .map(t -> t.cityId() + ">" + t.partnerId())).containsExactlyInAnyOrder("B>S1", "C>S2");
    assertThat(d.ties().stream().filter(t -> t.sourceId().equals(ScenarioApplier.SOURCE_ID)).count()).isEqualTo(5);
    assertThat(d.lastYear()).isEqualTo(2032);
    assertThat(a.log()).hasSize(7).anyMatch(l -> l.startsWith("handed over 1 of 2"));
  }

  @Test
  void oneHostIsAHostAndRemovalKeepsACentralCity() {
    Dataset d = ScenarioApplier.apply(data(), Scenario.named("e", "")
        .withEvent(new Scenario.EventSpec("E", "2032", 2032, List.of("A")))
        .withMembership(new Scenario.MembershipChange("k", "B", "remove", false))).dataset();
    assertThat(d.ties()).anyMatch(t -> t.type() == TieType.EVENT_HOST && t.cityId().equals("A"));
    assertThat(d.clusters().get("k").memberIds()).containsExactly("C", "A");
  }

  @Test
  void refusesAScenarioWithEveryProblemListed() {
    Scenario s = Scenario.named("bad", "")
        .withoutTie("nope")
        .withTie(new Scenario.TieSpec("sister_city", "A", "ZZ", null, null, null, ""))
        .withMembership(new Scenario.MembershipChange("q", "A", "add", false))
        .withMembership(new Scenario.MembershipChange("k", "A", "add", false))
        .withMembership(new Scenario.MembershipChange("k", "C", "remove", false))
        .withMembership(new Scenario.MembershipChange("k", "B", "join", false))
        .withHandover(new Scenario.HandoverSpec("C", "B", "cooking", 0.5))
        .withHandover(new Scenario.HandoverSpec("C", "B", "twinning", 1.5))
        .withEvent(new Scenario.EventSpec("E", "x", 2030, List.of()))
        .withEvent(new Scenario.EventSpec("S1", "y", 2030, List.of("A")))
        .withEvent(new Scenario.EventSpec("E", "z", 2030, List.of("A", "Q")));
    assertThatThrownBy(() -> ScenarioApplier.apply(data(), s)).isInstanceOfSatisfying(InvalidDatasetException.class,
        e -> assertThat(e.problems()).hasSize(11)
            .anyMatch(p -> p.contains("tie nope"))
            .anyMatch(p -> p.contains("A – ZZ"))
            .anyMatch(p -> p.contains("cluster q"))
            .anyMatch(p -> p.contains("already a member"))
            .anyMatch(p -> p.contains("without a central city"))
            .anyMatch(p -> p.contains("'join'"))
            .anyMatch(p -> p.contains("'cooking'"))
            .anyMatch(p -> p.contains("1.5"))
            .anyMatch(p -> p.contains("no host"))
            .anyMatch(p -> p.contains("S1 is not a known event series"))
            .anyMatch(p -> p.contains("unknown host city Q")));
  }

  @Test
  void filesRoundTripAndRefuseTyposAndOtherFormats(@TempDir Path dir) {
    Scenario s = Scenario.named("trip", "round trip")
        .withTie(new Scenario.TieSpec("sister_city", "A", "F2", 2030, null, null, ""))
        .withEvent(new Scenario.EventSpec("E", "2032", 2032, List.of("C", "B")))
        .withHandover(new Scenario.HandoverSpec("C", "B", "twinning", 0.25));
    Path f = dir.resolve("sub/trip.json");
    ScenarioFiles.write(s, f);
    assertThat(ScenarioFiles.read(f)).isEqualTo(s);
    assertThat(ScenarioFiles.toJson(s)).contains("\"format\" : \"hanse-scenario/1\"");
    assertThatThrownBy(() -> ScenarioFiles.fromJson("{\"name\":\"x\",\"addTie\":[]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addTie");
    assertThatThrownBy(() -> ScenarioFiles.fromJson("{\"format\":\"hanse-scenario/9\",\"name\":\"x\"}"))
        .hasMessageContaining("unknown scenario format");
    assertThatThrownBy(() -> ScenarioFiles.fromJson("{\"description\":\"no name\"}"))
        .hasMessageContaining("needs a name");
    assertThatThrownBy(() -> ScenarioFiles.fromJson("{\"name\":\"x\",")).hasMessageContaining("not a valid scenario");
  }

  @Test
  void anEmptyScenarioChangesNoMeasure() {
    ScenarioResult r = new ScenarioRunner(data()).run(Scenario.named("nothing", ""));
    assertThat(r.deltas()).isEmpty();
    assertThat(r.unchanged()).isPositive().isEqualTo(Measures.of(r.before()).size());
  }

  @Test
  void newTiesOfAMemberShowUpAsDeltasOfItsCluster() {
    Scenario s = Scenario.named("twin B", "").withTie(new Scenario.TieSpec("sister_city", "B", "F2", 2020, null,
        null, "")).withTie(new Scenario.TieSpec("diplomatic_mission", "B", "S1", 2020, null, null, ""));
    ScenarioResult r = new ScenarioRunner(data()).run(s);
    assertThat(r.deltas()).isNotEmpty();
    assertThat(r.deltasOf("k")).hasSize(r.deltas().size());
    Map<String, Measures.Value> before = Measures.of(r.before());
    Map<String, Measures.Value> after = Measures.of(r.after());
    // every delta is a real difference and every unchanged path is equal
    for (MeasureDelta d : r.deltas()) {
      assertThat(ScenarioRunner.same(before.get(d.path()), after.get(d.path()))).as(d.path()).isFalse();
    }
    assertThat(r.unchanged() + r.deltas().size()).isGreaterThanOrEqualTo(before.size());
    // B's inequality-reducing ties lower the concentration of the cluster's international ties
    assertThat(r.deltas()).anyMatch(d -> d.path().toLowerCase().contains("gini") && d.delta().isPresent()
        && d.delta().getAsDouble() < 0);
  }

  /** Measures keys lists by their identifying component and skips text. */
  record Item(String id, double v, String note) {}

  record Root(List<Item> items, OptionalDouble maybe, boolean flag, TieType type, Map<String, Integer> counts) {}

  @Test
  void measuresWalkRecordsGenerically() {
    Map<String, Measures.Value> m = Measures.of(new Root(List.of(new Item("x", 1.5, "t")), OptionalDouble.empty(),
        true, TieType.AIR_ROUTE, Map.of("a", 3)));
    assertThat(m.keySet()).containsExactly("items[x].v", "maybe", "flag", "type", "counts[a]");
    assertThat(m.get("items[x].v").number()).hasValue(1.5);
    assertThat(m.get("maybe").number()).isEmpty();
    assertThat(m.get("type").category()).isEqualTo("air_route");
  }

  /** Comparing an assessment with itself never reports a delta; comparing with a changed copy is symmetric. */
  @RepeatedTest(5)
  void comparisonIsReflexiveAndSymmetric(org.junit.jupiter.api.RepetitionInfo info) {
    Random rnd = new Random(41 + info.getCurrentRepetition());
    Scenario s = Scenario.named("random", "");
    String[] members = {"C", "A", "B"};
    String[] foreign = {"F1", "F2"};
    for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
      s = s.withTie(new Scenario.TieSpec("sister_city", members[rnd.nextInt(3)], foreign[rnd.nextInt(2)], 2020,
          null, null, "r" + i));
    }
    ScenarioRunner runner = new ScenarioRunner(data());
    ScenarioResult r = runner.run(s);
    assertThat(ScenarioRunner.compare(s, List.of(), r.after(), r.after()).deltas()).isEmpty();
    ScenarioResult back = ScenarioRunner.compare(s, List.of(), r.after(), r.before());
    assertThat(back.deltas()).extracting(MeasureDelta::path)
        .containsExactlyInAnyOrderElementsOf(r.deltas().stream().map(MeasureDelta::path).toList());
    for (MeasureDelta d : r.deltas()) {
      if (d.delta().isPresent()) {
        MeasureDelta e = back.deltas().stream().filter(x -> x.path().equals(d.path())).findFirst().orElseThrow();
        assertThat(e.delta().getAsDouble()).isEqualTo(-d.delta().getAsDouble());
      }
    }
  }
}
