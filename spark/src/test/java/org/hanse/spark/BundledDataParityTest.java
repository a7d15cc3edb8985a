package org.hanse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.DegreeCentrality;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.CityDyads;
import org.hanse.analysis.wcn.ClusterConnectivity;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.DyadConnectivity;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.format.BundleFormats;
import org.hanse.model.TieType;
import org.hanse.spark.interactions.InteractionsCommand;
import org.hanse.spark.io.ImportFiles;
import org.hanse.spark.synthetic.SyntheticData;
import org.hanse.model.Cluster;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parity on the bundled data: the Spark jobs, run from the command line on the bundled files, against the embedded
 * engine on the same data read by {@link BundleReader}. GNC, sector GNC, dyads and the cluster split must be equal
 * exactly; PageRank of the interlock projection within 1e-6 (asserted at 1e-8). The files written for
 * {@code hanse import} are added to a copy of the bundle and read back with the same reader.
 */
class BundledDataParityTest {
  static Path data;
  static org.hanse.model.Dataset dataset;
  static ServiceValueMatrix matrix;
  static Path connectivityOut;

  static String run(String... args) {
    return TestSpark.runOk(args);
  }

  @BeforeAll
  static void readTheBundleAndRunTheConnectivityJob() {
    data = Path.of(System.getProperty("hanse.spark.testData", "../data")).toAbsolutePath().normalize();
    assertThat(data.resolve("ties.csv")).as("the bundled data folder").exists();
    dataset = BundleReader.read(data);
    matrix = ServiceValueMatrices.firmOffices(dataset, null);
    assertThat(matrix.rowCount()).as("firm-office cities in the bundle").isGreaterThan(100);
    connectivityOut = TestSpark.newDir("bundle-connectivity");
    String summary = run("connectivity", "--table", data.resolve("ties.csv").toString(),
        "--actors", data.resolve("actors.csv").toString(), "--dyads", "all",
        "--covered", data.resolve("indicators.csv").toString(),
        "--clusters", data.resolve("cluster_members.csv").toString(),
        "--year", "2000", "--source-id", "gawc-ds11",
        "--output", connectivityOut.toString(), "--overwrite");
    assertThat(summary).contains("hanse-spark connectivity summary").contains("rows/s");
  }

  static Map<String, Row> rows(String table, String... key) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : TestSpark.session().read().parquet(connectivityOut.resolve(table).toString()).collectAsList()) {
      StringBuilder k = new StringBuilder();
      for (String c : key) {
        k.append(r.<Object>getAs(c)).append('|');
      }
      m.put(k.toString(), r);
    }
    return m;
  }

  @Test
  void gncAndSectorGncEqualTheEmbeddedEngineExactly() {
    ConnectivityResult embedded = GlobalNetworkConnectivity.of(matrix);
    Map<String, Row> gnc = rows("connectivity", "city_id");
    assertThat(gnc).hasSize(matrix.rowCount());
    for (String c : matrix.rowIds()) {
      Row r = gnc.get(c + "|");
      assertThat(r.<Long>getAs("gnc")).as("GNC of %s", c).isEqualTo(embedded.connectivity(c));
      assertThat(r.<Integer>getAs("rank")).as("rank of %s", c).isEqualTo(embedded.rank(c));
    }
    Map<String, Row> sector = rows("sector_connectivity", "sector", "city_id");
    Map<String, ConnectivityResult> bySector = GlobalNetworkConnectivity.bySector(matrix);
    assertThat(bySector).isNotEmpty();
    for (var e : bySector.entrySet()) {
      for (String c : matrix.rowIds()) {
        Row r = sector.get(e.getKey() + "|" + c + "|");
        assertThat((long) (r == null ? 0L : r.<Long>getAs("gnc"))).as("%s GNC of %s", e.getKey(), c)
            .isEqualTo(e.getValue().connectivity(c));
      }
    }
    assertThat(connectivityOut.resolve("connectivity.csv")).exists();
    assertThat(connectivityOut.resolve("dyads_top.csv")).exists();
  }

  @Test
  void dyadsAndClusterSplitEqualTheEmbeddedEngineExactly() {
    CityDyads projection = new DyadConnectivity(matrix).projection();
    Map<String, Row> dyads = rows("dyads", "city_a", "city_b");
    assertThat(dyads).hasSize(projection.size());
    for (int d = 0; d < projection.size(); d++) {
      String a = projection.firstCity(d);
      String b = projection.secondCity(d);
      String key = a.compareTo(b) < 0 ? a + "|" + b + "|" : b + "|" + a + "|";
      assertThat(dyads.get(key).<Long>getAs("connectivity")).as("r %s", key).isEqualTo(projection.connectivity(d));
    }
    Map<String, Row> members = rows("cluster_members", "cluster_id", "city_id");
    int checked = 0;
    for (Cluster cl : dataset.clusters().values()) {
      ClusterConnectivity.Result expected = ClusterConnectivity.of(matrix, cl.id(), cl.memberIds());
      for (ClusterConnectivity.Member m : expected.members()) {
        Row r = members.get(cl.id() + "|" + m.cityId() + "|");
        assertThat(r.<Long>getAs("internal")).as("%s in %s", m.cityId(), cl.id()).isEqualTo(m.internal());
        assertThat(r.<Long>getAs("external")).isEqualTo(m.external());
        checked++;
      }
    }
    assertThat(checked).as("covered cluster members compared").isGreaterThan(10);
  }

  @Test
  void pageRankDegreeAndStrengthOfTheInterlockProjectionEqualTheEmbeddedEngine() throws Exception {
    Path out = TestSpark.newDir("bundle-network");
    String summary = run("network", "--connectivity", connectivityOut.toString(),
        "--clusters", data.resolve("cluster_members.csv").toString(), "--year", "2000", "--source-id", "gawc-ds11",
        "--output", out.toString(), "--overwrite");
    assertThat(summary).contains("converged");
    WeightedGraph g = new DyadConnectivity(matrix).projectionGraph();
    Scores pr = new PageRank().compute(g);
    Scores strength = DegreeCentrality.strength(g, DegreeCentrality.Direction.ALL);
    Scores degree = DegreeCentrality.degree(g, DegreeCentrality.Direction.ALL);
    SparkSession spark = TestSpark.session();
    Map<String, Row> nodes = new HashMap<>();
    spark.read().parquet(out.resolve("nodes").toString()).collectAsList().forEach(r -> nodes.put(r.getAs("node_id"), r));
    assertThat(nodes).hasSize(g.nodeCount());
    for (String id : g.ids()) {
      Row r = nodes.get(id);
      assertThat(r.<Double>getAs("pagerank")).as("PageRank of %s", id).isCloseTo(pr.get(id), within(1e-8));
      assertThat(r.<Double>getAs("strength")).isCloseTo(strength.get(id), within(1e-6));
      assertThat((double) r.<Long>getAs("degree")).isEqualTo(degree.get(id));
    }
    assertThat(Files.readAllLines(out.resolve("clusters.csv")).get(0)).startsWith("cluster_id,members,members_in_network");

    // The indicator files of both jobs, added to a copy of the bundle, pass the project's own reader, and the values
    // read back are the embedded engine's.
    assertThat(ImportFiles.DEFINITION_COLUMNS).isEqualTo(BundleFormats.INDICATOR_DEFINITIONS.header());
    assertThat(ImportFiles.INDICATOR_COLUMNS).isEqualTo(BundleFormats.INDICATORS.header());
    BundleCopy copy = new BundleCopy(data, "bundle-with-measures")
        .append(connectivityOut.resolve("indicator_definitions.csv"), "indicator_definitions.csv")
        .append(connectivityOut.resolve("indicators.csv"), "indicators.csv")
        .append(out.resolve("indicator_definitions.csv"), "indicator_definitions.csv")
        .append(out.resolve("indicators.csv"), "indicators.csv");
    org.hanse.model.Dataset imported = BundleReader.read(copy.dir);
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(matrix);
    for (String c : matrix.rowIds()) {
      assertThat(imported.value(c, "wcn.gnc", 2000)).as("imported GNC of %s", c).hasValue(gnc.connectivity(c));
    }
    for (String id : g.ids()) {
      assertThat(imported.value(id, "network.pagerank", 2000).getAsDouble()).as("imported PageRank of %s", id)
          .isCloseTo(pr.get(id), within(1e-8));
      assertThat(imported.value(id, "network.degree", 2000)).hasValue(degree.get(id));
    }
  }

  @Test
  void pageRankDegreeAndStrengthOfTheAirRouteAndSisterCityLayersEqualTheEmbeddedEngine() {
    SparkSession spark = TestSpark.session();
    for (TieType layer : List.of(TieType.AIR_ROUTE, TieType.SISTER_CITY)) {
      Path out = TestSpark.newDir("bundle-" + layer.key());
      String summary = run("network", "--ties", data.resolve("ties.csv").toString(), "--tie-types", layer.key(),
          "--output", out.toString(), "--overwrite");
      assertThat(summary).contains("converged");
      // The embedded engine's layer: parallel ties of a pair summed, the cities with a tie as nodes.
      WeightedGraph g = MultiplexNetwork.builder(dataset).layers(layer).build().layer(layer);
      assertThat(g.nodeCount()).as("cities of the %s layer", layer.key()).isGreaterThan(1000);
      Scores pr = new PageRank().compute(g);
      Scores strength = DegreeCentrality.strength(g, DegreeCentrality.Direction.ALL);
      Scores degree = DegreeCentrality.degree(g, DegreeCentrality.Direction.ALL);
      Map<String, Row> nodes = new HashMap<>();
      spark.read().parquet(out.resolve("nodes").toString()).collectAsList()
          .forEach(r -> nodes.put(r.getAs("node_id"), r));
      assertThat(nodes).hasSize(g.nodeCount());
      for (String id : g.ids()) {
        Row r = nodes.get(id);
        assertThat(r.<Double>getAs("pagerank")).as("%s PageRank of %s", layer.key(), id)
            .isCloseTo(pr.get(id), within(1e-8));
        assertThat(r.<Double>getAs("strength")).as("%s strength of %s", layer.key(), id)
            .isCloseTo(strength.get(id), within(1e-9));
        assertThat((double) r.<Long>getAs("degree")).as("%s degree of %s", layer.key(), id).isEqualTo(degree.get(id));
      }
    }
  }

  @Test
  void interactionsOfAGdeltFormatSampleImportAsIndicatorsAndTies() throws Exception {
    SparkSession spark = TestSpark.session();
    Dataset<Row> cities = spark.read().option("header", "true").csv(data.resolve("cities.csv").toString());
    List<String> lines = SyntheticData.gdeltEvents(spark, cities, 3000, 17, 2015, 24, 2).collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    Path events = TestSpark.newDir("bundle-events");
    Files.write(events.resolve("sample.export.CSV"), lines, StandardCharsets.UTF_8);
    Path out = TestSpark.newDir("bundle-interactions");
    String summary = run("interactions", "--events", events.toString(), "--cities", data.resolve("cities.csv").toString(),
        "--source-id", "synthetic-events", "--output", out.toString(), "--overwrite");
    assertThat(summary).contains("events counted for a city pair").contains("ties.csv (event_interaction)");

    // The job's sources.csv, indicator and tie files, as written.
    Dataset<Row> interactions = spark.read().parquet(out.resolve("interactions").toString());
    assertThat(InteractionsCommand.TIE_COLUMNS).isEqualTo(BundleFormats.TIES.header());
    assertThat(ImportFiles.SOURCE_COLUMNS).isEqualTo(BundleFormats.SOURCES.header());
    BundleCopy copy = new BundleCopy(data, "bundle-with-interactions")
        .append(out.resolve("sources.csv"), "sources.csv")
        .append(out.resolve("indicator_definitions.csv"), "indicator_definitions.csv")
        .append(out.resolve("indicators.csv"), "indicators.csv")
        .append(out.resolve("ties.csv"), "ties.csv");
    org.hanse.model.Dataset imported = BundleReader.read(copy.dir);

    // Reference: the interaction rows summed per city and year by hand, and one tie per row.
    Map<String, Double> expected = new HashMap<>();
    List<Row> rows = interactions.collectAsList();
    for (Row r : rows) {
      String year = r.<String>getAs("month").substring(0, 4);
      double n = r.<Long>getAs("events");
      expected.merge(r.<String>getAs("city_a") + "|" + year, n, Double::sum);
      expected.merge(r.<String>getAs("city_b") + "|" + year, n, Double::sum);
    }
    assertThat(rows).as("pair rows of the sample").hasSizeGreaterThan(100);
    var pairEvents = imported.indicators().stream().filter(i -> i.code().equals("gdelt.pair_events")).toList();
    assertThat(pairEvents).hasSize(expected.size());
    for (var i : pairEvents) {
      assertThat(i.value()).as("%s %d", i.subjectId(), i.year()).isEqualTo(expected.get(i.subjectId() + "|" + i.year()));
    }
    var ties = imported.ties().stream().filter(t -> t.sourceId().equals("synthetic-events")).toList();
    assertThat(ties).hasSize(rows.size()).allMatch(t -> t.type() == TieType.EVENT_INTERACTION);
    assertThat(imported.sources().get("synthetic-events").title()).contains("SYNTHETIC");
    assertThat(ties.stream().mapToDouble(t -> t.weight()).sum())
        .isEqualTo(rows.stream().mapToDouble(r -> r.<Long>getAs("events")).sum());
  }
}
