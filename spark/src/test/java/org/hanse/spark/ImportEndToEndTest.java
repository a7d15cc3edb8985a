package org.hanse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.format.BundleFormats;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.spark.interactions.InteractionsCommand;
import org.hanse.spark.io.ImportFiles;
import org.hanse.spark.synthetic.SyntheticData;
import org.hanse.store.HanseStore;
import org.hanse.store.access.Principal;
import org.hanse.store.io.ImportReport;
import org.hanse.store.write.PlannedChange;
import org.junit.jupiter.api.Test;

/**
 * From the jobs to the knowledge base: the interactions, network and connectivity jobs run in local mode on a small
 * sample, and the files they write for {@code hanse import} go through the store's importer (the code behind
 * {@code hanse import} and {@code hanse import --dry-run}) into a throwaway H2 knowledge base holding the bundled
 * sources, cities, clusters, actors and indicator definitions. Every file must be accepted as it is: ties,
 * indicators, their definitions and the sources they cite.
 */
class ImportEndToEndTest {
  static String run(String... args) {
    return TestSpark.runOk(args);
  }

  /**
   * The bundled records the imported rows refer to (sources, cities, clusters, actors, indicator definitions),
   * without the bundle's 150,000 indicator values and 46,000 ties, which no imported row touches: loading those
   * into H2 would make up most of the test's time.
   */
  static org.hanse.model.Dataset referenceRecords(org.hanse.model.Dataset bundle) {
    org.hanse.model.Dataset.Builder b = org.hanse.model.Dataset.builder().label(bundle.label())
        .lastYear(bundle.lastYear());
    bundle.sources().values().forEach(b::source);
    bundle.cities().values().forEach(b::city);
    bundle.clusters().values().forEach(b::cluster);
    bundle.actors().values().forEach(b::actor);
    bundle.indicatorDefinitions().values().forEach(b::indicatorDefinition);
    return b.build();
  }

  @Test
  void everyFileTheJobsWriteForImportIsAcceptedByTheImporter() throws Exception {
    SparkSession spark = TestSpark.session();
    Path data = Path.of(System.getProperty("hanse.spark.testData", "../data")).toAbsolutePath().normalize();
    Path cities = data.resolve("cities.csv");

    // A small GDELT-format sample (SYNTHETIC events) between the bundled cities.
    Dataset<Row> cityTable = spark.read().option("header", "true").csv(cities.toString());
    List<String> lines = SyntheticData.gdeltEvents(spark, cityTable, 2000, 29, 2016, 24, 2).collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    Path events = TestSpark.newDir("e2e-events");
    Files.write(events.resolve("sample.export.CSV"), lines, StandardCharsets.UTF_8);

    Path interactions = TestSpark.newDir("e2e-interactions");
    String summary = run("interactions", "--events", events.toString(), "--cities", cities.toString(),
        "--output", interactions.toString(), "--overwrite");
    assertThat(summary).contains("SYNTHETIC events (generated)").contains("ties.csv (event_interaction)");
    Path network = TestSpark.newDir("e2e-network");
    // Precision and dyads are not what this test is about (the parity tests hold them): a looser PageRank tolerance
    // and no dyads keep it short.
    run("network", "--interactions", interactions.resolve("interactions").toString(), "--year", "2017",
        "--tolerance", "1e-6", "--output", network.toString(), "--overwrite");
    Path connectivity = TestSpark.newDir("e2e-connectivity");
    run("connectivity", "--table", data.resolve("ties.csv").toString(), "--actors", data.resolve("actors.csv").toString(),
        "--dyads", "none", "--year", "2000", "--source-licence", "GaWC data protocol (acknowledgement required)",
        "--output", connectivity.toString(), "--overwrite");

    // The layouts are the importer's.
    assertThat(ImportFiles.SOURCE_COLUMNS).isEqualTo(BundleFormats.SOURCES.header());
    assertThat(InteractionsCommand.TIE_COLUMNS).isEqualTo(BundleFormats.TIES.header());
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(interactions, network, connectivity)) {
      for (String f : List.of("sources.csv", "indicator_definitions.csv", "indicators.csv")) {
        assertThat(dir.resolve(f)).exists();
        files.add(dir.resolve(f));
      }
    }
    files.add(interactions.resolve("ties.csv"));
    long tieRows = Files.readAllLines(interactions.resolve("ties.csv")).size() - 1;
    assertThat(tieRows).as("ties of the sample").isGreaterThan(100);

    Path home = TestSpark.newDir("e2e-store");
    try (HanseStore store = HanseStore.open("jdbc:h2:file:" + home.resolve("kb").toAbsolutePath())) {
      store.loadBaseline(referenceRecords(BundleReader.read(data)));
      Principal who = Principal.operator("e2e");

      ImportReport dry = store.importPaths(who, files, null, true);
      assertThat(dry.problems()).as(dry.render(20)).isEmpty();
      assertThat(dry.valid()).isTrue();
      Map<String, Map<PlannedChange.Action, Integer>> byKind = dry.countsByKind();
      assertThat(byKind.get("tie").get(PlannedChange.Action.ADDED)).as(dry.render(5)).isEqualTo((int) tieRows);
      assertThat(byKind.get("source").get(PlannedChange.Action.ADDED)).isEqualTo(3);

      ImportReport real = store.importPaths(who, files, null, false);
      assertThat(real.problems()).as(real.render(20)).isEmpty();
      org.hanse.model.Dataset kb = store.snapshot();

      Map<String, Source> sources = kb.sources();
      assertThat(sources.get(InteractionsCommand.DEFAULT_SOURCE_ID).title()).contains("SYNTHETIC");
      assertThat(sources.get(InteractionsCommand.DEFAULT_SOURCE_ID).licence()).contains("SYNTHETIC");
      assertThat(sources.get("hanse-spark-network").title()).contains("SYNTHETIC");
      assertThat(sources.get("hanse-spark-connectivity").licence()).contains("GaWC");
      assertThat(sources.get("hanse-spark-connectivity").vintage()).startsWith("2000");

      // The ties are event interactions with the weights the job wrote; their sum is the pair events of the sample.
      List<Tie> ties = kb.tiesOfType(TieType.EVENT_INTERACTION);
      assertThat(ties).hasSize((int) tieRows);
      long pairEvents = spark.read().parquet(interactions.resolve("interactions").toString())
          .agg(org.apache.spark.sql.functions.sum("events")).first().getLong(0);
      assertThat(ties.stream().mapToDouble(Tie::weight).sum()).isEqualTo((double) pairEvents);
      assertThat(ties).allSatisfy(t -> {
        assertThat(t.fromYear()).isEqualTo(t.toYear()).isBetween(2016, 2017);
        assertThat(t.detail()).matches("\\d{4}-\\d{2} \\w+");
      });

      // The city indicators read back as written.
      Map<String, Double> pagerank = new HashMap<>();
      List<String> written = Files.readAllLines(network.resolve("indicators.csv"));
      for (String l : written.subList(1, written.size())) {
        String[] f = l.split(",");
        if (f[1].equals("network.pagerank")) {
          pagerank.put(f[0], Double.parseDouble(f[3]));
        }
      }
      assertThat(pagerank).isNotEmpty();
      pagerank.forEach((city, v) -> assertThat(kb.value(city, "network.pagerank", 2017)).hasValue(v));
      assertThat(kb.indicators().stream().filter(i -> i.code().equals("gdelt.pair_events")).count())
          .isEqualTo(Files.readAllLines(interactions.resolve("indicators.csv")).size() - 1);
      assertThat(kb.value("1816670", "wcn.gnc", 2000)).isPresent();

      // Importing the same files again changes nothing.
      ImportReport again = store.importPaths(who, files, null, true);
      assertThat(again.count(PlannedChange.Action.ADDED) + again.count(PlannedChange.Action.CHANGED)).isZero();
    }
  }
}
