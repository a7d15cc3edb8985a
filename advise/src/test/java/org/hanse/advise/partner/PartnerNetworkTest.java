package org.hanse.advise.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hanse.advise.TestData;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;

/** Scores on small graphs, computed by hand. */
class PartnerNetworkTest {
  /** methods.md §6 worked example as sister-city ties: a-b, a-c, b-c, b-d, c-d, d-e. */
  private static Dataset methodsExample() {
    TestData t = TestData.create();
    for (String c : List.of("a", "b", "c", "d", "e")) {
      t.city(c, c.toUpperCase() + "X");
    }
    return t.tie(TieType.SISTER_CITY, "a", "b").tie(TieType.SISTER_CITY, "a", "c").tie(TieType.SISTER_CITY, "b", "c")
        .tie(TieType.SISTER_CITY, "b", "d").tie(TieType.SISTER_CITY, "c", "d").tie(TieType.SISTER_CITY, "d", "e")
        .build();
  }

  private static double score(PartnerNetwork n, Scorer s, String x, String y) {
    return n.scores(s, x, List.of(y), PartnerKind.CITY)[0];
  }

  @Test
  void cityPairsReproduceTheMethodsWorkedExample() {
    PartnerNetwork n = PartnerNetwork.of(methodsExample());
    assertThat(score(n, Scorer.COMMON_NEIGHBOURS, "a", "d")).isEqualTo(2);
    assertThat(score(n, Scorer.JACCARD, "a", "d")).isCloseTo(0.6667, within(1e-4));
    assertThat(score(n, Scorer.ADAMIC_ADAR, "a", "d")).isCloseTo(1.8205, within(1e-4));
    assertThat(score(n, Scorer.RESOURCE_ALLOCATION, "a", "d")).isCloseTo(0.6667, within(1e-4));
    assertThat(score(n, Scorer.PREFERENTIAL_ATTACHMENT, "a", "d")).isEqualTo(6);
    assertThat(score(n, Scorer.COMMON_NEIGHBOURS, "a", "e")).isZero();
    assertThat(score(n, Scorer.PREFERENTIAL_ATTACHMENT, "a", "e")).isEqualTo(2);
    assertThat(score(n, Scorer.JACCARD, "b", "e")).isCloseTo(0.3333, within(1e-4));
    // Katz with β = 0.1: 1/λ_max = 0.3786, so the factor is 0.1·λ_max.
    double lambda = n.largestEigenvalue();
    assertThat(1 / lambda).isCloseTo(0.3786, within(1e-4));
    PartnerNetwork k = PartnerNetwork.of(methodsExample(), EnumSet.of(TieType.SISTER_CITY), 0.1 * lambda);
    assertThat(k.katzBeta()).isCloseTo(0.1, within(1e-9));
    assertThat(score(k, Scorer.KATZ, "a", "d")).isCloseTo(0.0235, within(1e-4));
    assertThat(score(k, Scorer.KATZ, "a", "e")).isCloseTo(0.0023, within(1e-4));
    assertThat(score(k, Scorer.KATZ, "b", "e")).isCloseTo(0.0117, within(1e-4));
  }

  /**
   * Cities X, C1, C2, Z1, Z2 (five countries); sister ties X–Z1, C1–Z1, X–Z2, C2–Z2, C1–Z2; state O has missions in
   * C1 and C2. Degrees: X 2, C1 3, C2 2, Z1 2, Z2 3, O 2.
   */
  static Dataset bipartite() {
    return TestData.create().city("X", "AA").city("C1", "BB").city("C2", "CC").city("Z1", "DD").city("Z2", "EE")
        .actor("O", ActorKind.COUNTRY, "FF")
        .tie(TieType.SISTER_CITY, "X", "Z1").tie(TieType.SISTER_CITY, "C1", "Z1").tie(TieType.SISTER_CITY, "X", "Z2")
        .tie(TieType.SISTER_CITY, "C2", "Z2").tie(TieType.SISTER_CITY, "C1", "Z2")
        .tie(TieType.DIPLOMATIC_MISSION, "C1", "O").tie(TieType.DIPLOMATIC_MISSION, "C2", "O")
        .build();
  }

  @Test
  void actorPartnersSumTheLocalIndexOverTheCitiesAlreadyTiedToThem() {
    PartnerNetwork n = PartnerNetwork.of(bipartite());
    List<String> o = List.of("O");
    // RA(X,C1) = 1/k_Z1 + 1/k_Z2 = 1/2 + 1/3; RA(X,C2) = 1/k_Z2 = 1/3
    assertThat(n.scores(Scorer.RESOURCE_ALLOCATION, "X", o, PartnerKind.COUNTRY)[0]).isCloseTo(7.0 / 6, within(1e-12));
    assertThat(n.scores(Scorer.COMMON_NEIGHBOURS, "X", o, PartnerKind.COUNTRY)[0]).isEqualTo(3);
    // Jaccard(X,C1) = 2/|{Z1,Z2,O}| ; Jaccard(X,C2) = 1/|{Z1,Z2,O}|
    assertThat(n.scores(Scorer.JACCARD, "X", o, PartnerKind.COUNTRY)[0]).isCloseTo(1.0, within(1e-12));
    assertThat(n.scores(Scorer.ADAMIC_ADAR, "X", o, PartnerKind.COUNTRY)[0])
        .isCloseTo(1 / Math.log(2) + 2 / Math.log(3), within(1e-12));
    // PA and Katz score the pair (X, O) directly: k_X · k_O = 2 · 2
    assertThat(n.scores(Scorer.PREFERENTIAL_ATTACHMENT, "X", o, PartnerKind.COUNTRY)[0]).isEqualTo(4);
    assertThat(n.scores(Scorer.KATZ, "X", o, PartnerKind.COUNTRY)[0]).isPositive();
    assertThat(n.partners("O", EnumSet.of(TieType.DIPLOMATIC_MISSION))).containsExactly("C1", "C2");
    assertThat(n.layersBetween("C1", "O")).containsExactly(TieType.DIPLOMATIC_MISSION);
    assertThat(n.commonNeighbours("X", "C1")).containsExactlyInAnyOrder("Z1", "Z2");
  }

  @Test
  void aContractedClusterHasTheUnionOfItsMembersPartners() {
    Dataset d = TestData.create().city("X", "AA").city("C1", "BB").city("C2", "CC").city("Z1", "DD")
        .city("Z2", "EE").actor("O", ActorKind.COUNTRY, "FF")
        .tie(TieType.SISTER_CITY, "X", "Z1").tie(TieType.SISTER_CITY, "C1", "Z1").tie(TieType.SISTER_CITY, "X", "Z2")
        .tie(TieType.SISTER_CITY, "C2", "Z2").tie(TieType.SISTER_CITY, "C1", "Z2").tie(TieType.SISTER_CITY, "X", "C1")
        .tie(TieType.DIPLOMATIC_MISSION, "C1", "O").tie(TieType.DIPLOMATIC_MISSION, "C2", "O")
        .cluster("k", List.of("X", "C1"), List.of("X")).build();
    PartnerNetwork n = PartnerNetwork.of(d).contract(d.clusters().get("k"));
    String s = PartnerNetwork.CLUSTER_PREFIX + "k";
    assertThat(n.isClusterNode(s)).isTrue();
    assertThat(n.citiesOf(s)).containsExactly("X", "C1");
    assertThat(n.graph().contains("X")).isFalse();
    assertThat(n.partners(s, EnumSet.of(TieType.SISTER_CITY))).containsExactly("Z1", "Z2");
    assertThat(n.partners(s, EnumSet.of(TieType.DIPLOMATIC_MISSION))).containsExactly("O");
    assertThat(n.partners("O", EnumSet.of(TieType.DIPLOMATIC_MISSION))).containsExactly("C2", s);
    assertThat(n.degree(s)).isEqualTo(3); // Z1, Z2, O; the X–C1 tie is inside
    assertThat(n.degree("Z2")).isEqualTo(2); // the cluster and C2
    // CN(cluster, C2) = {Z2, O}; RA = 1/k_Z2 + 1/k_O = 1/2 + 1/2
    assertThat(n.scores(Scorer.RESOURCE_ALLOCATION, s, List.of("C2"), PartnerKind.CITY)[0]).isCloseTo(1.0,
        within(1e-12));
    assertThat(n.layersBetween(s, "Z1")).containsExactly(TieType.SISTER_CITY);
  }

  @Test
  void aPairTiedInTwoLayersKeepsBoth() {
    Dataset d = TestData.create().city("A", "AA").city("B", "BB")
        .tie(TieType.SISTER_CITY, "A", "B").tie(TieType.AIR_ROUTE, "A", "B", 2014, 3, "").build();
    PartnerNetwork n = PartnerNetwork.of(d);
    assertThat(n.layersBetween("A", "B")).isEqualTo(Set.of(TieType.SISTER_CITY, TieType.AIR_ROUTE));
    assertThat(n.graph().weight("A", "B")).isEqualTo(2);
    assertThat(n.layers()).containsExactlyInAnyOrder(TieType.SISTER_CITY, TieType.AIR_ROUTE);
  }
}
