package org.hanse.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hanse.advise.partner.Backtest;
import org.hanse.advise.partner.CombinedWeights;
import org.hanse.advise.partner.PartnerAdvisor;
import org.hanse.advise.partner.PartnerKind;
import org.hanse.advise.partner.PartnerNetwork;
import org.hanse.advise.partner.Recommendation;
import org.hanse.advise.partner.Recommendations;
import org.hanse.advise.partner.Scorer;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Advice on the real bundled data. The mission back-test is the acceptance test of the partner scorers: trained as
 * of 2000, probe = missions opened 2001 or later; the combined scorer must beat preferential attachment and random.
 */
class BundledAdviceTest {
  private static Dataset data;

  @BeforeAll
  static void read() {
    BundledData.require();
    data = BundledData.get();
  }

  @Test
  void missionBacktestCombinedBeatsPreferentialAttachmentAndRandom() {
    Backtest.Result r = Backtest.temporal(data, Backtest.Options.defaults(PartnerKind.COUNTRY, 2000));
    System.out.println("mission back-test, trained as of 2000:\n" + r.table() + "sources " + r.sources()
        + ", partners " + r.partners() + ", candidate pairs " + r.candidatePairs() + ", probe " + r.probe()
        + ", cold start " + r.coldStart() + ", already tied " + r.alreadyTied() + ", expected random precision "
        + r.expectedRandomPrecision());
    assertThat(r.probe()).as("probe size").isGreaterThanOrEqualTo(100);
    Backtest.Row combined = r.row(Scorer.COMBINED);
    Backtest.Row pa = r.row(Scorer.PREFERENTIAL_ATTACHMENT);
    Backtest.Row random = r.row(Backtest.RANDOM);
    assertThat(combined.auc()).isGreaterThan(pa.auc()).isGreaterThan(random.auc() + 0.3);
    assertThat(combined.precisionAt(100)).isGreaterThan(pa.precisionAt(100))
        .isGreaterThan(random.precisionAt(100));
    assertThat(combined.precisionAt(20)).isGreaterThan(pa.precisionAt(20));
    for (Backtest.Row row : r.rows()) {
      if (!row.scorer().equals(Backtest.RANDOM)) {
        assertThat(row.auc()).as(row.scorer()).isGreaterThan(0.85);
      }
    }
  }

  /** Re-derives {@link CombinedWeights#DEFAULT} on the tuning splits (slow: run with -Dhanse.advise.tune=true). */
  @Test
  @EnabledIfSystemProperty(named = "hanse.advise.tune", matches = "true")
  void defaultWeightsAreTheBestOfTheTuningSplits() {
    List<Backtest.Options> splits = CombinedWeights.TUNING_ORIGINS.stream()
        .map(y -> Backtest.Options.defaults(PartnerKind.COUNTRY, y).withProbeUntil(CombinedWeights.TUNING_PROBE_UNTIL))
        .toList();
    List<Backtest.TuningPoint> points = Backtest.tune(data, splits);
    points.subList(0, 5).forEach(System.out::println);
    assertThat(points.get(0).weights()).isEqualTo(CombinedWeights.DEFAULT);
  }

  @Test
  void clusterRecommendationsExplainThemselvesAndSkipMembersPartners() {
    PartnerAdvisor a = new PartnerAdvisor(data);
    Recommendations r = a.forCluster("yrd", PartnerKind.CITY, Scorer.COMBINED, 10);
    assertThat(r.items()).hasSize(10);
    Set<String> members = Set.copyOf(data.clusters().get("yrd").memberIds());
    PartnerNetwork whole = a.network();
    for (Recommendation rec : r.items()) {
      assertThat(data.cities().get(rec.partnerId()).country()).isNotEqualTo("CN");
      for (String m : members) {
        assertThat(whole.layersBetween(m, rec.partnerId())).doesNotContain(TieType.SISTER_CITY);
      }
      assertThat(rec.explanation().sharedPartners()).isNotEmpty();
      assertThat(rec.explanation().summary(org.hanse.model.Lang.ZH)).isNotBlank();
    }
    Recommendations s = a.forCity(data.clusters().get("yrd").memberIds().get(1), PartnerKind.COUNTRY,
        Scorer.COMBINED, 5);
    assertThat(s.items()).isNotEmpty();
    assertThat(s.items().get(0).explanation().peers()).isNotEmpty();
  }
}
