package org.hanse.analysis.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hanse.analysis.community.Louvain;
import org.hanse.analysis.community.Partition;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The measures on the real bundled data ({@code data/} at the project root, read with the ingest module's
 * {@link BundleReader}). methods.md §1.5: the DS11 (2000) GNC ranking starts London 63,354; New York 61,859;
 * Hong Kong 44,799, and the file's total service value is 16,892.
 */
class BundledDataTest {
  private static final Path DATA = Path.of("..", "data");
  private static Dataset dataset;

  @BeforeAll
  static void read() {
    assumeTrue(Files.exists(DATA.resolve("ties.csv")), "bundled data not built yet: ../data/ties.csv missing");
    dataset = BundleReader.read(DATA);
  }

  private static Dataset ds11() {
    List<String> sources = dataset.sources().keySet().stream().filter(s -> s.toLowerCase().contains("ds11"))
        .toList();
    assertThat(sources).as("a GaWC DS11 source in the bundle").hasSize(1);
    return dataset.filterTies(t -> t.type() == TieType.FIRM_OFFICE && t.sourceId().equals(sources.get(0)));
  }

  @Test
  void gawcDs11RankingStartsLondonNewYorkHongKong() {
    ServiceValueMatrix v = ServiceValueMatrices.firmOffices(ds11(), null);
    assertThat(v.totalServiceValue()).isEqualTo(16_892);
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(v);
    List<ConnectivityResult.Entry> top = gnc.ranking().subList(0, 3);
    Map<String, String> names = dataset.cities().values().stream()
        .collect(Collectors.toMap(City::id, City::nameEn));
    // GeoNames spells the second one "New York City"
    assertThat(top).extracting(e -> names.get(e.cityId())).containsExactly("London", "New York City", "Hong Kong");
    assertThat(top).extracting(ConnectivityResult.Entry::connectivity).containsExactly(63_354L, 61_859L, 44_799L);
    assertThat(top.get(0).proportional()).isEqualTo(1.0);
  }

  @Test
  void everySurveyedCityIsRankedAndTheTwoWithoutOfficesAreLastWithZero() {
    // DS11 surveyed 315 cities; Lucknow and Pyongyang have no office of the 100 firms: GNC 0, last (methods.md §1.3)
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(ServiceValueMatrices.firmOffices(ds11(), null));
    assertThat(gnc.cityIds()).hasSize(315);
    Map<String, String> names = dataset.cities().values().stream()
        .collect(Collectors.toMap(City::id, City::nameEn));
    List<ConnectivityResult.Entry> ranking = gnc.ranking();
    List<ConnectivityResult.Entry> last = ranking.subList(313, 315);
    assertThat(last).extracting(e -> names.get(e.cityId())).containsExactlyInAnyOrder("Lucknow", "Pyongyang");
    assertThat(last).extracting(ConnectivityResult.Entry::connectivity).containsExactly(0L, 0L);
    assertThat(last).extracting(ConnectivityResult.Entry::rank).containsExactly(314, 314);
    assertThat(ranking.get(312).connectivity()).isPositive();
  }

  @Test
  void diplomaticConnectivityIsLedByTheCapitalsOfDiplomacy() {
    ServiceValueMatrix v = ServiceValueMatrices.diplomaticAffiliations(dataset, 2022);
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(v);
    Map<String, String> names = dataset.cities().values().stream()
        .collect(Collectors.toMap(City::id, City::nameEn));
    List<String> top10 = gnc.ranking().subList(0, 10).stream().map(e -> names.get(e.cityId())).toList();
    assertThat(top10).contains("Brussels", "London", "Paris", "Tokyo", "Washington");
    // the O(nnz) total equals twice the sum over the sparse projection's dyads
    assertThat(gnc.totalConnectivity())
        .isEqualTo(new org.hanse.analysis.wcn.DyadConnectivity(v).projection().totalConnectivity());
  }

  @Test
  void multiplexOfEveryLayerSupportsTheNetworkMeasures() {
    MultiplexNetwork m = MultiplexNetwork.builder(dataset).layers(TieType.values()).build();
    WeightedGraph aggregate = m.aggregate();
    assertThat(aggregate.nodeCount()).isEqualTo(m.cityIds().size());
    var pr = new PageRank().compute(aggregate);
    assertThat(java.util.Arrays.stream(pr.values()).sum()).isCloseTo(1.0,
        org.assertj.core.api.Assertions.within(1e-9));
    Partition p = new Louvain(1).compute(aggregate);
    assertThat(p.quality()).isBetween(0.0, 1.0);
  }
}
