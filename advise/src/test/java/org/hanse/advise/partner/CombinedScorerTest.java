package org.hanse.advise.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.FunctionProfiles;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.Test;

class CombinedScorerTest {
  @Test
  void combinedScoreOfTheBipartiteExampleByHand() {
    Dataset d = PartnerNetworkTest.bipartite();
    PartnerNetwork n = PartnerNetwork.of(d);
    FunctionProfiles f = FunctionProfiles.of(d);
    CombinedScorer c = new CombinedScorer(n, f, CombinedWeights.DEFAULT);
    // k_max = 3 (C1, Z2), so ε = 1/6
    assertThat(c.epsilon()).isCloseTo(1.0 / 6, within(1e-15));
    CombinedScorer.Features x = c.features("X", List.of("O"), PartnerKind.COUNTRY);
    assertThat(x.resourceAllocation()[0]).isCloseTo(7.0 / 6, within(1e-12));
    assertThat(x.preferentialAttachment()[0]).isEqualTo(4);
    // X hosts no mission: LQ 0, gap 1 in political exchange; no peer has O
    assertThat(x.complementarity()[0]).isEqualTo(1);
    assertThat(x.novelty()[0]).isEqualTo(1);
    double expected = 0.25 * Math.log(7.0 / 6 + 1.0 / 6) + Math.log(4.5) + 1 + 0.5;
    assertThat(c.scores("X", List.of("O"), PartnerKind.COUNTRY)[0]).isCloseTo(expected, within(1e-12));
  }

  @Test
  void complementarityOfACityPartnerIsItsShareWhereTheSourceIsWeak() {
    Dataset d = PartnerNetworkTest.bipartite();
    FunctionProfiles f = FunctionProfiles.of(d);
    // 5 sister ties count at both ends (10), 2 missions (2): E = 12. X has 2 twinning ties: LQ = 1/(10/12) = 1.2
    assertThat(f.locationQuotient("X", DiplomaticFunction.TWINNING).getAsDouble()).isCloseTo(1.2, within(1e-12));
    assertThat(f.gap("X", DiplomaticFunction.TWINNING)).isZero();
    assertThat(f.gap("X", DiplomaticFunction.POLITICAL_EXCHANGE)).isEqualTo(1);
    // a function nobody has says nothing
    assertThat(f.gap("X", DiplomaticFunction.FINANCE)).isZero();
    // C2: one sister tie, one mission → shares ½, ½; comp = ½·gap_tw + ½·gap_pol = ½
    PartnerNetwork n = PartnerNetwork.of(d);
    CombinedScorer c = new CombinedScorer(n, f, CombinedWeights.DEFAULT);
    assertThat(c.features("X", List.of("C2"), PartnerKind.CITY).complementarity()[0]).isCloseTo(0.5, within(1e-12));
    // the group LQ of {C1, C2}: 3 twinning + 2 political of 5; political LQ = (2/5)/(2/12) = 2.4 → gap 0
    assertThat(f.gap(List.of("C1", "C2"), DiplomaticFunction.POLITICAL_EXCHANGE)).isZero();
    assertThat(f.gap(List.of("C1", "C2"), DiplomaticFunction.TWINNING)).isCloseTo(1 - (3.0 / 5) / (10.0 / 12),
        within(1e-12));
  }

  @Test
  void weightsRejectNegativeExponentsAndTheGridSkipsTheEmptyModel() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CombinedWeights(-1, 1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CombinedWeights.grid()).hasSize(180).doesNotContain(new CombinedWeights(0, 0, 0, 0))
        .contains(CombinedWeights.DEFAULT);
  }
}
