package org.hanse.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hanse.analysis.fixtures.SmallDataset;
import org.hanse.analysis.wcn.DyadConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.model.ActorKind;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultiplexNetworkTest {

  static Dataset data() {
    return Dataset.builder().label("multiplex").lastYear(2026).source(SmallDataset.SRC)
        .city(SmallDataset.city("1")).city(SmallDataset.city("2")).city(SmallDataset.city("3"))
        .city(SmallDataset.city("4")).city(SmallDataset.city("5"))
        .actor(SmallDataset.actor("net", ActorKind.CITY_NETWORK, ""))
        .actor(SmallDataset.actor("fr", ActorKind.COUNTRY, ""))
        .tie(SmallDataset.tie("s1", TieType.SISTER_CITY, "1", "2", 1985, null, 1))
        .tie(SmallDataset.tie("s2", TieType.SISTER_CITY, "2", "3", 2015, null, 1))
        .tie(SmallDataset.tie("s3", TieType.SISTER_CITY, "1", "3", 1970, 1990, 1))
        .tie(SmallDataset.tie("n1", TieType.NETWORK_MEMBERSHIP, "1", "net", 2005, null, 2))
        .tie(SmallDataset.tie("n2", TieType.NETWORK_MEMBERSHIP, "3", "net", 2006, null, 3))
        .tie(SmallDataset.tie("n3", TieType.NETWORK_MEMBERSHIP, "4", "net", 2012, null, 2))
        .tie(SmallDataset.tie("m1", TieType.DIPLOMATIC_MISSION, "1", "fr", null, null, 5))
        .tie(SmallDataset.tie("m2", TieType.DIPLOMATIC_MISSION, "4", "fr", null, null, 3))
        .build();
  }

  @Test
  void yearWindowSelectsTiesThatHoldInIt() {
    MultiplexNetwork m = MultiplexNetwork.builder(data())
        .layers(TieType.SISTER_CITY, TieType.NETWORK_MEMBERSHIP).years(2008, 2010).build();
    assertThat(m.tieCount(TieType.SISTER_CITY)).isEqualTo(1); // only 1-2: 2-3 starts later, 1-3 ended
    assertThat(m.tieCount(TieType.NETWORK_MEMBERSHIP)).isEqualTo(2);
    assertThat(m.cityIds()).containsExactly("1", "2", "3");
    WeightedGraph members = m.layer(TieType.NETWORK_MEMBERSHIP);
    assertThat(members.weight("1", "3")).isEqualTo(6); // product 2·3
    WeightedGraph all = m.aggregate();
    assertThat(all.weight("1", "2")).isEqualTo(1);
    assertThat(all.weight("1", "3")).isEqualTo(6);
    WeightedGraph weighted = m.aggregate(Map.of(TieType.SISTER_CITY, 10.0, TieType.NETWORK_MEMBERSHIP, 0.5));
    assertThat(weighted.weight("1", "2")).isEqualTo(10);
    assertThat(weighted.weight("1", "3")).isEqualTo(3);
  }

  @Test
  void undatedTiesAreKeptAndNoted() {
    MultiplexNetwork m = MultiplexNetwork.builder(data()).layers(TieType.DIPLOMATIC_MISSION).year(2020)
        .tieWeighting(MultiplexNetwork.TieWeighting.BINARY).build();
    assertThat(m.isTwoMode(TieType.DIPLOMATIC_MISSION)).isTrue();
    assertThat(m.layer(TieType.DIPLOMATIC_MISSION).weight("1", "4")).isEqualTo(1);
    assertThat(m.provenance().notes()).anyMatch(n -> n.contains("2 tie(s) without dates"));
    assertThatThrownBy(() -> m.layer(TieType.AIR_ROUTE)).hasMessageContaining("not a layer");
  }

  @Test
  void allCitiesOptionKeepsIsolates() {
    MultiplexNetwork m = MultiplexNetwork.builder(data()).layers(TieType.SISTER_CITY).allCities().build();
    assertThat(m.layer(TieType.SISTER_CITY).nodeCount()).isEqualTo(5);
  }

  @Test
  void newmanAndSharedCountProjections() {
    BipartiteLayer b = BipartiteLayer.builder().weight("a", "x", 2).weight("b", "x", 3).weight("c", "x", 1)
        .weight("a", "y", 1).weight("b", "y", 1).build();
    assertThat(b.project(BipartiteLayer.Weighting.SHARED_COUNT).weight("a", "b")).isEqualTo(2);
    assertThat(b.project(BipartiteLayer.Weighting.NEWMAN).weight("a", "b")).isEqualTo(0.5 + 1);
    assertThat(b.project(BipartiteLayer.Weighting.PRODUCT).weight("a", "b")).isEqualTo(7);
    assertThat(b.project(BipartiteLayer.Weighting.PRODUCT).weight("a", "c")).isEqualTo(2);
  }

  /** Property: the product projection equals the interlock projection R = V Vᵀ. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void productProjectionEqualsInterlockDyads(long seed) {
    Random rnd = new Random(seed);
    int n = 3 + rnd.nextInt(30);
    int m = 1 + rnd.nextInt(20);
    int[][] v = new int[n][m];
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    BipartiteLayer.Builder b = BipartiteLayer.builder();
    for (int i = 0; i < n; i++) {
      rows.add("c" + i);
      b.row("c" + i);
      for (int j = 0; j < m; j++) {
        if (rnd.nextDouble() < 0.3) {
          v[i][j] = 1 + rnd.nextInt(5);
          b.weight("c" + i, "f" + j, v[i][j]);
        }
      }
    }
    for (int j = 0; j < m; j++) {
      cols.add("f" + j);
    }
    WeightedGraph projected = b.build().project(BipartiteLayer.Weighting.PRODUCT);
    DyadConnectivity d = new DyadConnectivity(ServiceValueMatrix.fromDense(rows, cols, null, v, 5));
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        assertThat(i == k ? 0.0 : projected.weight("c" + i, "c" + k))
            .isEqualTo((double) d.connectivity("c" + i, "c" + k));
      }
    }
  }
}
