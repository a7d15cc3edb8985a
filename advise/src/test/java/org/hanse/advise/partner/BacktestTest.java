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
        java.util.Set.of(), 0);
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
    // training: A–S1 (1990), B–S1, B–S2 (1995), C–S2, B–S4; three undated
    assertThat(r.layers()).containsExactly(new Backtest.LayerCount(TieType.DIPLOMATIC_MISSION, 5, 3));
    assertThat(r.undatedTargetTies()).isEqualTo(3);
    assertThat(r.provenance().notes()).anyMatch(n -> n.contains("3 of the 5 diplomatic_mission ties in training"
        + " have no date"));
    assertThat(r.combinedVsPa()).isEmpty(); // combined not run
  }

  /**
   * Event editions end the year they start: as of 2000 the 1990 and 1996 editions are over, yet they are the
   * history the scorers learn from. Series E1: A 1990, B 2004; E2: B 1996, A 2008; E3: C 1996 (other layers: none).
   */
  @Test
  void pastEventEditionsStayInTraining() {
    TestData t = TestData.create();
    for (String c : List.of("A", "B", "C")) {
      t.city(c, c + "X");
    }
    for (String e : List.of("E1", "E2", "E3")) {
      t.actor(e, ActorKind.EVENT_SERIES, "");
    }
    Dataset d = t.tie(TieType.EVENT_HOST, "A", "E1", 1990, 1990, 1, "1990")
        .tie(TieType.EVENT_HOST, "B", "E1", 2004, 2004, 1, "2004")
        .tie(TieType.EVENT_HOST, "B", "E2", 1996, 1996, 1, "1996")
        .tie(TieType.EVENT_HOST, "A", "E2", 2008, 2008, 1, "2008")
        .tie(TieType.EVENT_HOST, "C", "E3", 1996, 1996, 1, "1996").build();
    Backtest.Result r = Backtest.temporal(d, Backtest.Options.defaults(PartnerKind.EVENT_SERIES, 2000)
        .withScorers(EnumSet.of(Scorer.PREFERENTIAL_ATTACHMENT)));
    assertThat(r.probe()).isEqualTo(2); // B–E1, A–E2
    assertThat(r.layers()).extracting(Backtest.LayerCount::ties).containsExactly(3);
    assertThat(r.provenance().notes()).anyMatch(n -> n.startsWith("3 target-layer tie(s) that started by 2000"));
    // nothing known by 1980: a clear message, not "must contain the target layer"
    assertThatThrownBy(() -> Backtest.temporal(d, Backtest.Options.defaults(PartnerKind.EVENT_SERIES, 1980)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("as of 1980: nothing to train on; the first dated one starts in 1990");
    assertThatThrownBy(() -> Backtest.temporal(d, Backtest.Options.defaults(PartnerKind.COUNTRY, 2000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the data hold no diplomatic_mission tie");
  }

  @Test
  void weightedMeasuresWithUnitWeightsAreTheUnweightedOnes() {
    java.util.Random rnd = new java.util.Random(5);
    for (int rep = 0; rep < 20; rep++) {
      int n = 5 + rnd.nextInt(40);
      double[] s = new double[n];
      boolean[] h = new boolean[n];
      for (int i = 0; i < n; i++) {
        s[i] = rnd.nextInt(6); // many equal scores
        h[i] = rnd.nextInt(3) == 0;
      }
      h[0] = true;
      h[1] = false;
      Backtest.Row r = Backtest.evaluate("x", s, h, List.of(1, 3, 5));
      int[] w = new int[n];
      java.util.Arrays.fill(w, 1);
      int[] desc = java.util.stream.IntStream.range(0, n).boxed().sorted((x, y) -> {
        int c = Double.compare(s[y], s[x]);
        return c != 0 ? c : Integer.compare(x, y);
      }).mapToInt(Integer::intValue).toArray();
      assertThat(Backtest.weightedAuc(desc, s, h, w)).isCloseTo(r.auc(), within(1e-12));
      for (int l : List.of(1, 3, 5)) {
        assertThat(Backtest.weightedPrecision(desc, h, w, l)).isCloseTo(r.precisionAt(l), within(1e-12));
      }
      // weight 2 on every pair = the list twice: AUC unchanged
      java.util.Arrays.fill(w, 2);
      assertThat(Backtest.weightedAuc(desc, s, h, w)).isCloseTo(r.auc(), within(1e-12));
    }
  }

  /** The bootstrap's ranking layout gives the weighted measures exactly, for random scores, ties and counts. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void rankingLayoutEqualsTheWeightedMeasures(long seed) {
    java.util.Random rnd = new java.util.Random(seed);
    int m = 1 + rnd.nextInt(12);
    int n = m + rnd.nextInt(80);
    double[] s = new double[n];
    boolean[] h = new boolean[n];
    int[] source = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = rnd.nextInt(1 + rnd.nextInt(10)); // from all-equal to few ties
      h[i] = rnd.nextInt(4) == 0;
      source[i] = i < m ? i : rnd.nextInt(m);
    }
    int[] desc = java.util.stream.IntStream.range(0, n).boxed().sorted((x, y) -> {
      int c = Double.compare(s[y], s[x]);
      return c != 0 ? c : Integer.compare(x, y);
    }).mapToInt(Integer::intValue).toArray();
    Backtest.Ranking ranking = Backtest.Ranking.of(desc, s, h, source);
    for (int rep = 0; rep < 30; rep++) {
      int[] count = new int[m];
      for (int j = 0; j < m; j++) {
        count[rnd.nextInt(m)]++;
      }
      int[] w = new int[n];
      for (int k = 0; k < n; k++) {
        w[k] = count[source[k]];
      }
      double expected = Backtest.weightedAuc(desc, s, h, w);
      if (Double.isNaN(expected)) {
        assertThat(ranking.auc(count)).isNaN();
      } else {
        assertThat(ranking.auc(count)).isEqualTo(expected);
      }
      for (int l : List.of(1, 2, 5, 20)) {
        assertThat(ranking.precision(count, l)).isEqualTo(Backtest.weightedPrecision(desc, h, w, l));
      }
    }
  }

  @Test
  void bootstrapIntervalIsSeededAndContainsTheEstimate() {
    double[] a = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
    double[] b = {0.1, 0.8, 0.2, 0.6, 0.5, 0.4, 0.3, 0.9};
    boolean[] h = {true, false, true, false, false, true, false, false};
    int[] offset = {0, 2, 4, 6, 8};
    Backtest.Comparison c = Backtest.compare("a", a, "b", b, h, offset, List.of(2), 500, 3);
    Backtest.Comparison again = Backtest.compare("a", a, "b", b, h, offset, List.of(2), 500, 3);
    assertThat(c).isEqualTo(again);
    double est = Backtest.evaluate("a", a, h, List.of(2)).auc() - Backtest.evaluate("b", b, h, List.of(2)).auc();
    assertThat(c.auc().estimate()).isCloseTo(est, within(1e-12));
    assertThat(c.auc().low()).isLessThanOrEqualTo(c.auc().high());
    assertThat(c.precision()).containsKey(2);
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
