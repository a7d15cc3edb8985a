package org.hanse.analysis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;

class TieProfileTest {
  private final Assessment assessment = Assessor.assess(AssessmentFixture.dataset());
  private final TieProfile alpha = assessment.cluster("alpha").ties();

  @Test
  void cityToCityTiesSplitInsideDomesticAndInternational() {
    TieProfile.TypeCount sister = alpha.of(TieType.SISTER_CITY);
    assertThat(sister.inside()).hasValue(1); // A–B, counted once although both ends are members
    assertThat(sister.outside()).isEqualTo(2); // A–E, B–F
    assertThat(sister.international()).isEqualTo(2);
    assertThat(sister.internationalPartners()).isEqualTo(2);

    TieProfile.TypeCount air = alpha.of(TieType.AIR_ROUTE);
    assertThat(air.inside()).hasValue(1); // A–C
    assertThat(air.outside()).isEqualTo(3); // A–D, A–E, B–E
    assertThat(air.international()).isEqualTo(2); // A–E, B–E
    assertThat(air.domestic()).isEqualTo(1); // A–D
    assertThat(air.outsideWeight()).isEqualTo(6.0);
    assertThat(air.internationalWeight()).isEqualTo(3.0);
    assertThat(air.internationalPartners()).isEqualTo(1); // E
  }

  @Test
  void actorTiesHaveNoInsideExceptJointCoHosting() {
    TieProfile.TypeCount missions = alpha.of(TieType.DIPLOMATIC_MISSION);
    assertThat(missions.inside()).isEmpty();
    assertThat(missions.outside()).isEqualTo(3);
    assertThat(missions.international()).isEqualTo(3);
    assertThat(missions.internationalPartners()).isEqualTo(2); // JP, US
    assertThat(missions.outsideWeight()).isEqualTo(7.0);

    TieProfile.TypeCount cohost = alpha.of(TieType.EVENT_COHOST);
    assertThat(cohost.inside()).hasValue(2); // A and C co-host the same edition
    assertThat(cohost.international()).isZero();

    assertThat(alpha.of(TieType.FIRM_OFFICE).international()).isEqualTo(3);
    assertThat(alpha.of(TieType.EVENT_HOST).international()).isEqualTo(1);
    assertThat(alpha.of(TieType.NETWORK_MEMBERSHIP).outside()).isZero();
    assertThat(alpha.international()).isEqualTo(12);
  }

  @Test
  void centralShareOfInternationalTies() {
    // A: sister 1, air 1, missions 2, seat 1, firms 2 = 7; B: sister 1, air 1, mission 1, firm 1, host 1 = 5; C: 0
    TieProfile.CentralShare a = alpha.centralCombined();
    assertThat(a.cityIds()).containsExactly("A");
    assertThat(a.ties()).isEqualTo(7);
    assertThat(a.clusterTies()).isEqualTo(12);
    assertThat(a.share().getAsDouble()).isCloseTo(7.0 / 12, within(1e-12));
    assertThat(a.byType().get(TieType.DIPLOMATIC_MISSION).getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(a.byType().get(TieType.ORGANISATION_SEAT).getAsDouble()).isEqualTo(1.0);
    assertThat(a.byType().get(TieType.EVENT_HOST).getAsDouble()).isZero();
    assertThat(a.byType().get(TieType.NETWORK_MEMBERSHIP)).isEmpty(); // no such tie: undefined, not 0
    assertThat(alpha.perMember()).extracting(TieProfile.MemberTies::total).containsExactly(7, 5, 0);
  }

  @Test
  void aTieTypeTheDataDoNotHoldAtAllIsMissingNotZero() {
    // The fixture holds no network_membership tie anywhere: its counts are not known, which 0 would hide.
    assertThat(alpha.hasNoData(TieType.NETWORK_MEMBERSHIP)).isTrue();
    assertThat(alpha.typesWithoutData()).contains(TieType.NETWORK_MEMBERSHIP).doesNotContain(TieType.AIR_ROUTE);
    assertThat(alpha.hasNoData(TieType.EVENT_HOST)).isFalse();
    assertThat(alpha.provenance().notes()).anyMatch(n -> n.startsWith("missing:") && n.contains("network_membership"));
    // The data line of the provenance does not count it as 0 either.
    assertThat(alpha.provenance().data()).contains("network_membership=n/a").doesNotContain("network_membership=0")
        .contains("n/a: the data hold no tie of that type");
    // A type the cluster lacks while the data hold it elsewhere is a real 0.
    TieProfile beta = assessment.cluster("beta").ties();
    assertThat(beta.hasNoData(TieType.ORGANISATION_SEAT)).isFalse();
    assertThat(beta.of(TieType.ORGANISATION_SEAT).international()).isZero();
    assertThat(beta.provenance().data()).contains("organisation_seat=0");
  }

  @Test
  void theOtherClusterSeesTheSameTiesFromItsSide() {
    TieProfile beta = assessment.cluster("beta").ties();
    assertThat(beta.of(TieType.SISTER_CITY).international()).isEqualTo(2); // E–A, H–F
    assertThat(beta.of(TieType.AIR_ROUTE).international()).isEqualTo(2); // E–A, E–B
    assertThat(beta.centralCombined().ties()).isEqualTo(7); // sister 1, air 2, missions 2, firm 1, host 1
    assertThat(beta.centralCombined().clusterTies()).isEqualTo(8);
  }

  @Test
  void missingPopulationIsListedNotZero() {
    ClusterAssessment a = assessment.cluster("alpha");
    assertThat(a.member("C").orElseThrow().population()).isNull();
    assertThat(a.missing()).anySatisfy(m -> {
      assertThat(m.subject()).isEqualTo("C");
      assertThat(m.what()).isEqualTo("population");
    });
  }

  @Test
  void unknownClusterListsTheValidIds() {
    assertThatThrownBy(() -> new Assessor(AssessmentFixture.dataset(),
        AssessmentOptions.defaults().withClusters(List.of("nope"))))
        .isInstanceOf(UnknownClusterException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("alpha beta");
  }

  @Test
  void reportsOnlyTheChosenClusters() {
    Assessment one = new Assessor(AssessmentFixture.dataset(), AssessmentOptions.defaults()
        .withClusters(List.of("beta"))).run(ProgressListener.NONE);
    assertThat(one.clusters()).extracting(ClusterAssessment::id).containsExactly("beta");
    assertThat(one.sources()).extracting(SourceNote::id).containsExactly("test");
  }
}
