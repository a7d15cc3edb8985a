package org.hanse.analysis.wcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hanse.analysis.fixtures.SmallDataset;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;

class ServiceValueMatricesTest {

  @Test
  void firmOfficesOfOneYearReproduceTheWorkedExample() {
    ServiceValueMatrix v = ServiceValueMatrices.firmOffices(SmallDataset.interlockExample(), 2000);
    assertThat(v.rowIds()).containsExactly("A", "B", "C", "D");
    assertThat(v.columnSectors()).containsExactly("law", "finance", "finance");
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(v);
    assertThat(gnc.connectivities()).containsExactly(20, 28, 10, 6);
    // E has no office: not covered, so missing rather than 0
    assertThat(gnc.find("E")).isEmpty();
    assertThat(v.description()).contains("2000");
  }

  @Test
  void allYearsIncludeTheLaterOffice() {
    ServiceValueMatrix v = ServiceValueMatrices.firmOffices(SmallDataset.interlockExample(), null);
    assertThat(v.value("A", "F3")).isEqualTo(4);
  }

  @Test
  void diplomacyAdaptationUsesOneColumnPerSendingCountryAndKeepsTheLargestValue() {
    Dataset d = Dataset.builder().label("diplomacy").lastYear(2026).source(SmallDataset.SRC)
        .city(SmallDataset.city("X")).city(SmallDataset.city("Y"))
        .actor(SmallDataset.actor("country-FR", ActorKind.COUNTRY, ""))
        .actor(SmallDataset.actor("org-1", ActorKind.ORGANISATION, ""))
        .actor(SmallDataset.actor("net-1", ActorKind.CITY_NETWORK, ""))
        .tie(SmallDataset.tie("m1", TieType.DIPLOMATIC_MISSION, "X", "country-FR", null, null, 3))
        .tie(SmallDataset.tie("m2", TieType.DIPLOMATIC_MISSION, "X", "country-FR", 1990, null, 1))
        .tie(SmallDataset.tie("m3", TieType.DIPLOMATIC_MISSION, "Y", "country-FR", null, null, 1))
        .tie(SmallDataset.tie("o1", TieType.ORGANISATION_SEAT, "Y", "org-1", null, null, 5))
        .tie(SmallDataset.tie("o2", TieType.ORGANISATION_SEAT, "X", "org-1", null, null, 4))
        .tie(SmallDataset.tie("n1", TieType.NETWORK_MEMBERSHIP, "X", "net-1", null, null, 2))
        .build();
    ServiceValueMatrix v = ServiceValueMatrices.diplomaticAffiliations(d, 2020);
    assertThat(v.value("X", "country-FR")).isEqualTo(5);
    assertThat(v.sectors()).containsExactlyInAnyOrder("country", "organisation", "city_network");
    // embassy 3 → 5 kept over consulate 1 → 3; r_XY = 5·3 (France) + 4·5 (organisation) = 35
    assertThat(new DyadConnectivity(v).connectivity("X", "Y")).isEqualTo(35);
    assertThat(GlobalNetworkConnectivity.ofSector(v, "country").connectivity("X")).isEqualTo(15);
  }

  @Test
  void weightsOffTheScaleAreRefusedWithTheTieNamed() {
    Dataset d = Dataset.builder().label("bad").lastYear(2026).source(SmallDataset.SRC)
        .city(SmallDataset.city("X"))
        .actor(SmallDataset.actor("country-FR", ActorKind.COUNTRY, ""))
        .tie(SmallDataset.tie("m1", TieType.DIPLOMATIC_MISSION, "X", "country-FR", null, null, 2.5))
        .tie(SmallDataset.tie("m2", TieType.DIPLOMATIC_MISSION, "X", "country-FR", 1990, null, 0.5))
        .build();
    assertThatThrownBy(() -> ServiceValueMatrices.diplomaticAffiliations(d, null)).hasMessageContaining("m1");
    ServiceValueMatrix v = ServiceValueMatrices.diplomaticAffiliations(d, null,
        Map.of(TieType.DIPLOMATIC_MISSION, ServiceValueRule.constant(2)));
    assertThat(v.value("X", "country-FR")).isEqualTo(2);
  }

  @Test
  void cityToCityTypesCannotBeColumns() {
    assertThatThrownBy(() -> ServiceValueMatrices.diplomaticAffiliations(SmallDataset.interlockExample(), null,
        Map.of(TieType.SISTER_CITY, ServiceValueRule.constant(1)))).hasMessageContaining("sister_city");
  }
}
