package org.hanse.ingest.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants and known facts of the real bundled data ({@code data/} at the project root). */
class BundledDataTest {
  static Dataset data;

  @BeforeAll
  static void read() {
    long t0 = System.nanoTime();
    data = BundleReader.read(Path.of("..", "data"));
    System.out.printf("bundled data read in %.2f s%n", (System.nanoTime() - t0) / 1e9);
  }

  @Test
  void noDanglingIdsAndNoDuplicateTies() {
    Set<String> keys = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Tie t : data.ties()) {
      assertThat(keys.add(t.naturalKey())).as(t.id()).isTrue();
      assertThat(ids.add(t.id())).as(t.id()).isTrue();
      assertThat(data.cities()).containsKey(t.cityId());
      if (t.type().isCityToCity()) {
        assertThat(data.cities()).containsKey(t.partnerId());
        assertThat(t.cityId()).isLessThan(t.partnerId());
      } else {
        assertThat(data.actors().get(t.partnerId()).kind()).isEqualTo(t.type().partnerKind());
      }
      assertThat(data.sources()).containsKey(t.sourceId());
    }
    data.clusters().values().forEach(c -> assertThat(data.cities().keySet()).containsAll(c.memberIds()));
  }

  /** Every bundled cluster names the source of its definition, and the bundle lists that source. */
  @Test
  void everyClusterHasTheSourceOfItsDefinition() {
    for (Cluster c : data.clusters().values()) {
      String id = SourceCatalog.clusterSourceId(c.id()).orElseThrow(() -> new AssertionError(c.id()));
      assertThat(data.sources()).as(c.id()).containsKey(id);
    }
    assertThat(SourceCatalog.clusterSourceId("gba")).contains("china-plans");
    assertThat(SourceCatalog.clusterSourceId("uk")).contains("cluster-definitions");
    assertThat(SourceCatalog.clusterSourceId("a-cluster-of-my-own")).isEmpty();
  }

  @Test
  void datesAreInRange() {
    for (Tie t : data.ties()) {
      for (Integer y : new Integer[] {t.fromYear(), t.toYear()}) {
        if (y != null) {
          assertThat(y).as(t.id()).isBetween(Dataset.FIRST_YEAR, data.lastYear());
        }
      }
    }
    data.indicators().forEach(i -> assertThat(i.year()).isBetween(Dataset.FIRST_YEAR, data.lastYear()));
  }

  @Test
  void theEightClustersWithTheirMembersAndCentres() {
    assertThat(data.clusters().keySet()).containsExactly(
        "yrd", "gba", "jjj", "us-northeast", "great-lakes", "uk", "nw-europe", "japan-pacific");
    assertThat(data.clusters().get("yrd").memberIds()).hasSize(26);
    assertThat(data.clusters().get("gba").memberIds()).hasSize(11);
    assertThat(data.clusters().get("jjj").memberIds()).hasSize(13);
    assertThat(data.clusters().get("yrd").centralIds()).containsExactly("1796236"); // Shanghai
    assertThat(data.clusters().get("jjj").centralIds()).containsExactly("1816670"); // Beijing
    assertThat(data.clusters().get("gba").centralIds()).contains("1819729", "1809858", "1795565", "1821274");
    for (Cluster c : data.clusters().values()) {
      assertThat(c.definition()).as(c.id()).isNotBlank();
      assertThat(c.centralIds()).as(c.id()).isNotEmpty();
    }
    assertThat(data.cities().get("1796236").nameZh()).isEqualTo("上海");
  }

  /**
   * The English and Chinese names of all 123 cluster members, as checked by hand against the defining documents
   * and the standard Chinese forms ({@code src/test/resources/cluster-member-names.csv}).
   */
  @Test
  void everyClusterMemberHasItsConventionalEnglishAndChineseName() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(Path.of("src", "test", "resources",
        "cluster-member-names.csv"));
    Set<String> checked = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      assertThat(data.clusters().get(f[0]).memberIds()).as(line).contains(f[1]);
      assertThat(data.cities().get(f[1]).nameEn()).as(line).isEqualTo(f[2]);
      assertThat(data.cities().get(f[1]).nameZh()).as(line).isEqualTo(f[3]);
      checked.add(f[0] + "/" + f[1]);
    }
    int members = data.clusters().values().stream().mapToInt(c -> c.memberIds().size()).sum();
    assertThat(checked).hasSize(members).hasSize(123);
    // Cities outside the clusters that the old rule named wrongly (local names, code-point-order picks).
    assertThat(data.cities().get("2510911").nameEn()).isEqualTo("Seville");
    assertThat(data.cities().get("2510911").nameZh()).isEqualTo("塞维利亚");
    assertThat(data.cities().get("1642911").nameZh()).isEqualTo("雅加达");
    assertThat(data.cities().get("292223").nameZh()).isEqualTo("迪拜");
  }

  @Test
  void beijingZhangjiakou2022IsCoHosting() {
    List<Tie> cohost = data.ties().stream()
        .filter(t -> t.type() == TieType.EVENT_COHOST && t.detail().equals("2022 Winter")).toList();
    assertThat(cohost).extracting(Tie::cityId).containsExactlyInAnyOrder("1816670", "2033196");
    assertThat(cohost).allSatisfy(t -> assertThat(t.fromYear()).isEqualTo(2022));
  }

  @Test
  void gawcDataSet11IsComplete() throws Exception {
    List<Tie> offices = data.ties().stream()
        .filter(t -> t.type() == TieType.FIRM_OFFICE && t.sourceId().equals("gawc-ds11")).toList();
    // All 315 DS11 cities are matched; two (Lucknow, Pyongyang) have only zero service values, so no office.
    List<String> summary = java.nio.file.Files.readAllLines(Path.of("..", "data", "quality", "build_summary.csv"));
    assertThat(summary).contains("gawc-ds11,distinct cities matched,315", "gawc-ds11,cities in source,315");
    assertThat(offices.stream().map(Tie::cityId).distinct().count()).isEqualTo(313);
    assertThat(offices.stream().mapToDouble(Tie::weight).sum()).isEqualTo(16_892);
    assertThat(offices).hasSize(7_518);
  }

  @Test
  void everySourceHasLicenceAndAttribution() {
    data.sources().values().forEach(s -> {
      assertThat(s.licence()).as(s.id()).isNotBlank();
      assertThat(s.attribution()).as(s.id()).isNotBlank();
    });
    assertThat(data.sources().get("gawc-ds11").licence()).contains("non-commercial");
    assertThat(data.sources().get("openflights").licence()).isEqualTo("ODbL 1.0");
  }

  @Test
  void geoNamesPopulationsCarryNoInventedYear() {
    // GeoNames gives no year for its populations (Shanghai's 24,874,500 is the 2020 census, others are older):
    // the year stays empty instead of the dump's year, and no undated indicator is made from them.
    data.cities().values().stream().filter(c -> c.population() != null)
        .filter(c -> c.population().sourceId().equals("geonames"))
        .forEach(c -> assertThat(c.population().year()).as(c.id()).isNull());
    assertThat(data.cities().get("1796236").population().yearIfKnown()).isEmpty();
    assertThat(data.indicatorDefinitions()).doesNotContainKey("pop.geonames");
    // the dated populations are there with their own years
    assertThat(data.indicators().stream().filter(i -> i.subjectId().equals("1796236")
        && i.code().equals("pop.census")).map(i -> i.year())).containsExactlyInAnyOrder(2010, 2020);
  }

  @Test
  void noCityHasAPopulationOfZeroStandingForUnknown() {
    data.cities().values().stream().filter(c -> c.population() != null)
        .forEach(c -> assertThat(c.population().value()).as(c.id()).isPositive());
  }
}
