package org.hanse.advise.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hanse.advise.TestData;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;

class PartnerAdvisorTest {
  /**
   * X and Y in country AA (a cluster k with X central), C1, C2, Z1, Z2 abroad. Sister ties X–Z1, C1–Z1, X–Z2, C2–Z2,
   * C1–Z2, Y–C2. State O (FF) has missions in C1, C2 and Y; P (GG) only in C1; Q is AA's own state.
   */
  private static Dataset data() {
    return TestData.create().city("X", "AA").city("Y", "AA").city("C1", "BB").city("C2", "CC").city("Z1", "DD")
        .city("Z2", "EE").actor("O", ActorKind.COUNTRY, "FF").actor("P", ActorKind.COUNTRY, "GG")
        .actor("Q", ActorKind.COUNTRY, "AA")
        .tie(TieType.SISTER_CITY, "X", "Z1").tie(TieType.SISTER_CITY, "C1", "Z1").tie(TieType.SISTER_CITY, "X", "Z2")
        .tie(TieType.SISTER_CITY, "C2", "Z2").tie(TieType.SISTER_CITY, "C1", "Z2").tie(TieType.SISTER_CITY, "Y", "C2")
        .tie(TieType.DIPLOMATIC_MISSION, "C1", "O").tie(TieType.DIPLOMATIC_MISSION, "C2", "O")
        .tie(TieType.DIPLOMATIC_MISSION, "Y", "O").tie(TieType.DIPLOMATIC_MISSION, "C1", "P")
        .tie(TieType.DIPLOMATIC_MISSION, "C1", "Q")
        .cluster("k", List.of("X", "Y"), List.of("X")).build();
  }

  @Test
  void citiesAreRankedByTheScorerWithTheirSharedPartners() {
    PartnerAdvisor a = new PartnerAdvisor(data());
    Recommendations r = a.forCity("X", PartnerKind.CITY, Scorer.COMMON_NEIGHBOURS, 10);
    // foreign, untied: C1 (shares Z1, Z2), C2 (shares Z2)
    assertThat(r.candidates()).isEqualTo(2);
    assertThat(r.items()).extracting(Recommendation::partnerId).containsExactly("C1", "C2");
    assertThat(r.items()).extracting(Recommendation::score).containsExactly(2.0, 1.0);
    Explanation e = r.items().get(0).explanation();
    assertThat(e.sharedPartners()).extracting(s -> s.partner().id()).containsExactly("Z1", "Z2"); // degree 2, then 3
    assertThat(e.sharedPartners().get(0).sourceLayers()).containsExactly(TieType.SISTER_CITY);
    assertThat(e.summary(Lang.EN)).contains("Shared partners: Z1 (sister city), Z2 (sister city)");
    assertThat(e.summary(Lang.ZH)).contains("共同伙伴");
    assertThat(r.provenance().citation()).contains("Newman");
  }

  @Test
  void statesAreProposedOnlyWithRelationsAndNotTheirOwnCountry() {
    PartnerAdvisor a = new PartnerAdvisor(data());
    Recommendations r = a.forCity("X", PartnerKind.COUNTRY, Scorer.COMBINED, 10);
    // P has no mission in AA, Q is AA itself
    assertThat(r.items()).extracting(Recommendation::partnerId).containsExactly("O");
    Explanation e = r.items().get(0).explanation();
    assertThat(e.peers()).extracting(p -> p.city().id()).containsExactly("C1", "C2"); // Y shares nothing with X
    assertThat(e.peers().get(0).sharedCount()).isEqualTo(2);
    assertThat(e.heldByPeers()).extracting(Explanation.Named::id).containsExactly("Y");
    assertThat(e.novel()).isFalse();
    assertThat(e.complementary()).singleElement()
        .satisfies(f -> assertThat(f.function().key()).isEqualTo("political_exchange"));
    assertThat(e.summary(Lang.EN)).contains("Already a partner of (coordinate): Y");
  }

  @Test
  void aClusterActsAsOneAndSkipsWhatAnyMemberHas() {
    PartnerAdvisor a = new PartnerAdvisor(data());
    Recommendations r = a.forCluster("k", PartnerKind.CITY, Scorer.RESOURCE_ALLOCATION, 10);
    assertThat(r.sourceId()).isEqualTo("cluster:k");
    // members' sister partners Z1, Z2 (X) and C2 (Y) are covered; C1 is left
    assertThat(r.coveredByGroup()).isEqualTo(3);
    assertThat(r.items()).extracting(Recommendation::partnerId).containsExactly("C1");
    Recommendations s = a.forCluster("k", PartnerKind.COUNTRY, Scorer.COMBINED, 10);
    assertThat(s.items()).isEmpty(); // O is covered by Y; P has no relations with AA; Q is AA
    assertThat(s.coveredByGroup()).isEqualTo(1);
  }

  /** A mainland source X (CN) with candidates in Taipei (TW), Hong Kong (HK) and Lyon (FR), all sharing Z. */
  @Test
  void hongKongMacaoTaiwanAreLeftOutForAMainlandSourceUnlessAsked() {
    Dataset d = TestData.create().city("X", "CN").city("TPE", "TW").city("HKG", "HK").city("LYS", "FR")
        .city("Z", "DE").tie(TieType.SISTER_CITY, "X", "Z").tie(TieType.SISTER_CITY, "TPE", "Z")
        .tie(TieType.SISTER_CITY, "HKG", "Z").tie(TieType.SISTER_CITY, "LYS", "Z")
        .cluster("k", List.of("X"), List.of("X")).build();
    Recommendations r = new PartnerAdvisor(d).forCity("X", PartnerKind.CITY, Scorer.COMMON_NEIGHBOURS, 10);
    assertThat(r.items()).extracting(Recommendation::partnerId).containsExactly("LYS");
    assertThat(r.readerNotes()).singleElement().satisfies(n -> {
      assertThat(n.text(Lang.EN)).contains("2 cities are left out");
      assertThat(n.text(Lang.ZH)).contains("未列入");
    });
    Recommendations all = new PartnerAdvisor(d).includingHongKongMacaoTaiwan(true)
        .forCity("X", PartnerKind.CITY, Scorer.COMMON_NEIGHBOURS, 10);
    assertThat(all.items()).extracting(Recommendation::partnerId).containsExactly("HKG", "LYS", "TPE");
    assertThat(all.readerNotes()).singleElement().satisfies(n -> assertThat(n.text(Lang.EN))
        .contains("(listed here: 2)"));
    // a source elsewhere is not affected and gets no note
    Recommendations fr = new PartnerAdvisor(d).forCity("LYS", PartnerKind.CITY, Scorer.COMMON_NEIGHBOURS, 10);
    assertThat(fr.items()).extracting(Recommendation::partnerId).contains("TPE", "HKG");
    assertThat(fr.readerNotes()).isEmpty();
  }

  @Test
  void undefinedNumbersAreNullInTheJson() {
    Recommendations r = new PartnerAdvisor(data()).forCity("X", PartnerKind.COUNTRY, Scorer.COMBINED, 10);
    String json = org.hanse.advise.AdviceJson.write(r);
    assertThat(json).doesNotContain("NaN").contains("\"partnerLq\" : null");
  }
}
