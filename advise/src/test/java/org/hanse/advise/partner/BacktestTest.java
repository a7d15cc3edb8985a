package org.hanse.advise.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import org.hanse.advise.TestData;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;

class BacktestTest {
  /**
   * Missions known by 2000: S1 in A (1990) and B (undated), S2 in B (1995) and C (undated), S4 in B (undated).
   * Later: S1 in C (2005) and S2 in A (2010) — the probe; S3 in A (2005) and S1 in D (2006) — cold start (S3 and D
   * have no mission by 2000); a consulate of S1 in B (2008) — the pair was already tied.
   */
  private static Dataset data() {
    TestData t = TestData.create();
    for (String c : List.of("A", "B", "C", "D")) {
      t.city(c, c + "X");
    }
    for (String s : List.of("S1", "S2", "S3", "S4")) {
      t.actor(s, ActorKind.COUNTRY, s.substring(1) + "Y");
    }
    return t.tie(TieType.DIPLOMATIC_MISSION, "A", "S1", 1990, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "B", "S1", null, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "B", "S2", 1995, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "C", "S2", null, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "B", "S4", null, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "C", "S1", 2005, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "A", "S2", 2010, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "A", "S3", 2005, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "D", "S1", 2006, 3, "embassy")
        .tie(TieType.DIPLOMATIC_MISSION, "B", "S1", 2008, 2, "consulate general")
        .build();
  }

  @Test
  void splitCountsAndScoresByHand() {
    Backtest.Options o = new Backtest.Options(PartnerKind.COUNTRY, 2000, Integer.MAX_VALUE, List.of(1, 2), 7,
        EnumSet.of(Scorer.PREFERENTIAL_ATTACHMENT, Scorer.COMMON_NEIGHBOURS), CombinedWeights.DEFAULT, 0.5,
        java.util.Set.of());
    Backtest.Result r = Backtest.temporal(data(), o);
    assertThat(r.sources()).isEqualTo(2); // A, C (D has no mission by 2000; B already hosts every state)
    assertThat(r.partners()).isEqualTo(3); // S1, S2, S4
    assertThat(r.candidatePairs()).isEqualTo(4); // A–S2, A–S4, C–S1, C–S4
    assertThat(r.probe()).isEqualTo(2);
    assertThat(r.coldStart()).isEqualTo(2);
    assertThat(r.alreadyTied()).isEqualTo(1);
    assertThat(r.expectedRandomPrecision()).isEqualTo(0.5);
    // PA: k_A = 1, k_C = 1, k_S1 = k_S2 = 2, k_S4 = 1 → probe pairs 2, 2 vs 1, 1
    Backtest.Row pa = r.row(Scorer.PREFERENTIAL_ATTACHMENT);
    assertThat(pa.auc()).isEqualTo(1.0);
    assertThat(pa.precisionAt(2)).isEqualTo(1.0);
    // CN summed over the partner's cities: CN(A,B)=1 (S1) for S2 and S4 alike; CN(C,B)=1 (S2) for S1 and S4 alike
    Backtest.Row cn = r.row(Scorer.COMMON_NEIGHBOURS);
    assertThat(cn.auc()).isEqualTo(0.5);
    assertThat(r.rows()).extracting(Backtest.Row::scorer).containsExactly("common_neighbours",
        "preferential_attachment", "random");
    assertThat(r.table()).contains("preferential attachment").contains("P@2");
    assertThat(r.provenance().notes()).anyMatch(n -> n.contains("leak"));
  }

  @Test
  void probeWindowEndsWhereAsked() {
    Backtest.Options o = Backtest.Options.defaults(PartnerKind.COUNTRY, 2000).withProbeUntil(2005)
        .withScorers(EnumSet.of(Scorer.PREFERENTIAL_ATTACHMENT));
    Backtest.Result r = Backtest.temporal(data(), o);
    assertThat(r.probe()).isEqualTo(1); // C–S1 (2005); A–S2 (2010) is outside the window
    assertThat(r.coldStart()).isEqualTo(1); // A–S3 (2005); D–S1 (2006) is outside
  }

  @Test
  void undatedLayersCannotBeBackTested() {
    Dataset d = TestData.create().city("A", "AX").city("B", "BX").city("C", "CX")
        .tie(TieType.SISTER_CITY, "A", "B").tie(TieType.SISTER_CITY, "B", "C").build();
    assertThatThrownBy(() -> Backtest.temporal(d, Backtest.Options.defaults(PartnerKind.CITY, 2000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start year");
  }

  @Test
  void aucAndPrecisionOfTheMethodsExample() {
    // methods.md §6: probe scores {0.8, 0.5} vs non-edges {0.5, 0.3, 0.1}: AUC = 0.9167
    Backtest.Row r = Backtest.evaluate("x", new double[] {0.8, 0.5, 0.5, 0.3, 0.1},
        new boolean[] {true, false, true, false, false}, List.of(3));
    assertThat(r.auc()).isCloseTo(0.9167, within(1e-4));
    // ranking ties broken by position: [0.8 hit, 0.5 miss, 0.5 hit] → P@3 = 2/3
    assertThat(r.precisionAt(3)).isCloseTo(0.6667, within(1e-4));
  }
}
