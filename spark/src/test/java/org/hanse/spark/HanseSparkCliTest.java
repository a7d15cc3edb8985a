package org.hanse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanseSparkCliTest {
  static TestSpark.Outcome run(String... args) {
    return TestSpark.run(args);
  }

  @Test
  void userErrorsGiveAClearMessageAndStatusTwoWithoutAStackTrace() throws Exception {
    TestSpark.Outcome unknown = run("frobnicate");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown command 'frobnicate'");

    TestSpark.Outcome missing = run("interactions", "--events", "/nonexistent/events/*.CSV",
        "--cities", "/nonexistent/cities.csv", "--output", TestSpark.newDir("o").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("input not found").doesNotContain("\tat ");

    TestSpark.Outcome option = run("network", "--edgez", "x", "--output", "y");
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).contains("unknown option --edgez").contains("--edges");

    Path table = TestSpark.newDir("bad-table").resolve("cells.csv");
    Files.writeString(table, "city_id,actor_id,value\nA,F1,5\nB,F1,9\n");
    TestSpark.Outcome bad = run("connectivity", "--table", table.toString(), "--output", TestSpark.newDir("bad-out").toString(),
        "--overwrite");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("1 row(s)").contains("0..5").doesNotContain("\tat ");

    // Inputs with nothing to compute: a clear message and status 2, never a stack trace.
    Path noEdges = TestSpark.newDir("no-edges").resolve("edges.csv");
    Files.writeString(noEdges, "source,target,weight\n");
    TestSpark.Outcome emptyNetwork = run("network", "--edges", noEdges.toString(), "--output",
        TestSpark.newDir("no-edges-out").toString(), "--overwrite");
    assertThat(emptyNetwork.status()).isEqualTo(2);
    assertThat(emptyNetwork.err()).contains("holds no edge").contains("nothing to compute").doesNotContain("\tat ")
        .doesNotContain("NoSuchElement");
    Path noFirms = TestSpark.newDir("no-firms").resolve("ties.csv");
    Files.writeString(noFirms, "id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n"
        + "t1,sister_city,A,B,,,1,,s\n");
    TestSpark.Outcome emptyConnectivity = run("connectivity", "--table", noFirms.toString(), "--output",
        TestSpark.newDir("no-firms-out").toString(), "--overwrite");
    assertThat(emptyConnectivity.status()).isEqualTo(2);
    assertThat(emptyConnectivity.err()).contains("no city x actor cell").contains("firm_office")
        .doesNotContain("\tat ").doesNotContain("NoSuchElement");
    TestSpark.Outcome actorLayer = run("network", "--ties", noFirms.toString(), "--tie-types", "firm_office", "--output",
        TestSpark.newDir("actor-layer-out").toString(), "--overwrite");
    assertThat(actorLayer.status()).isEqualTo(2);
    assertThat(actorLayer.err()).contains("link a city to an actor").contains("connectivity");
    TestSpark.Outcome noSisterCities = run("network", "--ties", noFirms.toString(), "--tie-types", "air_route", "--output",
        TestSpark.newDir("no-routes-out").toString(), "--overwrite");
    assertThat(noSisterCities.status()).isEqualTo(2);
    assertThat(noSisterCities.err()).contains("holds no edge");

    Path notEmpty = TestSpark.newDir("not-empty");
    Files.writeString(notEmpty.resolve("keep.txt"), "x");
    TestSpark.Outcome exists = run("generate-cities", "--rows", "5", "--output", notEmpty.toString());
    assertThat(exists.status()).isEqualTo(2);
    assertThat(exists.err()).contains("not empty");
  }

  @Test
  void syntheticEventsToInteractionsToNetworkFromTheCommandLine() throws Exception {
    Path cities = TestSpark.newDir("cli-cities");
    assertThat(run("generate-cities", "--rows", "150", "--seed", "3", "--output", cities.toString(), "--overwrite")
        .status()).isZero();
    Path events = TestSpark.newDir("cli-events");
    TestSpark.Outcome gen = run("generate-events", "--rows", "3000", "--cities", cities.resolve("cities.csv").toString(),
        "--months", "12", "--output", events.toString(), "--overwrite");
    assertThat(gen.status()).isZero();
    assertThat(gen.out()).contains("SYNTHETIC");

    // The files for hanse import are always written (their validity against the importer is checked in
    // ImportEndToEndTest).
    Path out = TestSpark.newDir("cli-interactions");
    TestSpark.Outcome interactions = run("interactions", "--events", events.resolve("events").toString(),
        "--cities", cities.resolve("cities.csv").toString(), "--output", out.toString(), "--overwrite",
        "--source-id", "synthetic-events");
    assertThat(interactions.status()).as(interactions.err()).isZero();
    assertThat(interactions.out()).contains("events counted for a city pair").contains("rows/s");
    assertThat(Files.readAllLines(out.resolve("ties.csv")).subList(1, 4))
        .allSatisfy(l -> assertThat(l).matches("gdelt-x-syn-\\d{6}-x-syn-\\d{6}-20(15|16)-\\d{2}-\\w+,event_interaction,"
            + "x-syn-\\d{6},x-syn-\\d{6},(20(15|16)),\\2,[1-9]\\d*,20(15|16)-\\d{2} \\w+,synthetic-events"));
    List<String> source = Files.readAllLines(out.resolve("sources.csv"));
    assertThat(source).hasSize(2);
    assertThat(source.get(1)).startsWith("synthetic-events,\"SYNTHETIC GDELT-format events").contains("(synthetic dates)");
    List<String> indicators = Files.readAllLines(out.resolve("indicators.csv"));
    assertThat(indicators.get(0)).isEqualTo("subject_id,code,year,value,unit,source_id");
    assertThat(indicators.subList(1, indicators.size())).hasSizeGreaterThan(100)
        .allSatisfy(l -> assertThat(l).matches("x-syn-\\d{6},gdelt\\.pair_events,20(15|16),[1-9]\\d*,events,synthetic-events"));

    TestSpark.Outcome badType = run("interactions", "--events", events.resolve("events").toString(),
        "--cities", cities.resolve("cities.csv").toString(), "--output", out.toString(), "--overwrite",
        "--tie-type", "firm_office");
    assertThat(badType.status()).isEqualTo(2);
    assertThat(badType.err()).contains("--tie-type").contains("not two cities");

    Path clusters = TestSpark.newDir("cli-clusters").resolve("members.csv");
    Files.writeString(clusters, "cluster_id,city_id\nfirst,x-syn-000000\nfirst,x-syn-000001\nsecond,x-syn-000002\n");
    Path net = TestSpark.newDir("cli-network");
    TestSpark.Outcome network = run("network", "--interactions", out.resolve("interactions").toString(),
        "--from-month", "2015-01", "--to-month", "2015-12", "--clusters", clusters.toString(),
        "--output", net.toString(), "--overwrite");
    assertThat(network.status()).as(network.err()).isZero();
    assertThat(network.out()).contains("converged");
    List<String> clusterRows = Files.readAllLines(net.resolve("clusters.csv"));
    assertThat(clusterRows).hasSize(3);
    assertThat(net.resolve("nodes.csv")).exists();
    assertThat(net.resolve("_checkpoints")).doesNotExist();

    // Months without events: nothing to compute, said plainly.
    TestSpark.Outcome noMonths = run("network", "--interactions", out.resolve("interactions").toString(),
        "--from-month", "2030-01", "--output", TestSpark.newDir("cli-network-empty").toString(), "--overwrite");
    assertThat(noMonths.status()).isEqualTo(2);
    assertThat(noMonths.err()).contains("no edge within the months and classes chosen").doesNotContain("\tat ");

    // With --year the network's source row carries the interactions' SYNTHETIC label on.
    Path netYear = TestSpark.newDir("cli-network-year");
    assertThat(run("network", "--interactions", out.resolve("interactions").toString(), "--year", "2016",
        "--output", netYear.toString(), "--overwrite").status()).isZero();
    assertThat(Files.readAllLines(netYear.resolve("sources.csv")).get(1))
        .startsWith("hanse-spark-network,\"Network measures (degree, strength, PageRank) by hanse-spark network of"
            + " SYNTHETIC GDELT-format events");
  }
}
