package org.hanse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanseSparkCliTest {
  record Outcome(int status, String out, String err) {}

  static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = HanseSpark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), TestSpark.session());
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void userErrorsGiveAClearMessageAndStatusTwoWithoutAStackTrace() throws Exception {
    Outcome unknown = run("frobnicate");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown command 'frobnicate'");

    Outcome missing = run("interactions", "--events", "/nonexistent/events/*.CSV",
        "--cities", "/nonexistent/cities.csv", "--output", TestSpark.newDir("o").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("input not found").doesNotContain("\tat ");

    Outcome option = run("network", "--edgez", "x", "--output", "y");
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).contains("unknown option --edgez").contains("--edges");

    Path table = TestSpark.newDir("bad-table").resolve("cells.csv");
    Files.writeString(table, "city_id,actor_id,value\nA,F1,5\nB,F1,9\n");
    Outcome bad = run("connectivity", "--table", table.toString(), "--output", TestSpark.newDir("bad-out").toString(),
        "--overwrite");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("1 row(s)").contains("0..5").doesNotContain("\tat ");

    Path notEmpty = TestSpark.newDir("not-empty");
    Files.writeString(notEmpty.resolve("keep.txt"), "x");
    Outcome exists = run("generate-cities", "--rows", "5", "--output", notEmpty.toString());
    assertThat(exists.status()).isEqualTo(2);
    assertThat(exists.err()).contains("not empty");
  }

  @Test
  void syntheticEventsToInteractionsToNetworkFromTheCommandLine() throws Exception {
    Path cities = TestSpark.newDir("cli-cities");
    assertThat(run("generate-cities", "--rows", "150", "--seed", "3", "--output", cities.toString(), "--overwrite")
        .status()).isZero();
    Path events = TestSpark.newDir("cli-events");
    Outcome gen = run("generate-events", "--rows", "3000", "--cities", cities.resolve("cities.csv").toString(),
        "--months", "12", "--output", events.toString(), "--overwrite");
    assertThat(gen.status()).isZero();
    assertThat(gen.out()).contains("SYNTHETIC");

    // Without a tie type the model can import, no ties.csv is written and the summary says why; the city indicator
    // file is always written (its validity against the bundle reader is checked in BundledDataParityTest).
    Path out = TestSpark.newDir("cli-interactions");
    Outcome interactions = run("interactions", "--events", events.resolve("events").toString(),
        "--cities", cities.resolve("cities.csv").toString(), "--output", out.toString(), "--overwrite",
        "--source-id", "synthetic-events");
    assertThat(interactions.status()).as(interactions.err()).isZero();
    assertThat(interactions.out()).contains("events counted for a city pair").contains("rows/s");
    if (TieTypes.cityToCity(null).isEmpty()) {
      assertThat(out.resolve("ties.csv")).doesNotExist();
      assertThat(interactions.out()).contains("ties.csv was not written");
    }
    List<String> indicators = Files.readAllLines(out.resolve("indicators.csv"));
    assertThat(indicators.get(0)).isEqualTo("subject_id,code,year,value,unit,source_id");
    assertThat(indicators.subList(1, indicators.size())).hasSizeGreaterThan(100)
        .allSatisfy(l -> assertThat(l).matches("x-syn-\\d{6},gdelt\\.pair_events,20(15|16),[1-9]\\d*,events,synthetic-events"));

    Outcome badType = run("interactions", "--events", events.resolve("events").toString(),
        "--cities", cities.resolve("cities.csv").toString(), "--output", out.toString(), "--overwrite",
        "--tie-type", "firm_office");
    assertThat(badType.status()).isEqualTo(2);
    assertThat(badType.err()).contains("--tie-type").contains("not two cities");

    Path clusters = TestSpark.newDir("cli-clusters").resolve("members.csv");
    Files.writeString(clusters, "cluster_id,city_id\nfirst,x-syn-000000\nfirst,x-syn-000001\nsecond,x-syn-000002\n");
    Path net = TestSpark.newDir("cli-network");
    Outcome network = run("network", "--interactions", out.resolve("interactions").toString(),
        "--from-month", "2015-01", "--to-month", "2015-12", "--clusters", clusters.toString(),
        "--output", net.toString(), "--overwrite");
    assertThat(network.status()).as(network.err()).isZero();
    assertThat(network.out()).contains("converged");
    List<String> clusterRows = Files.readAllLines(net.resolve("clusters.csv"));
    assertThat(clusterRows).hasSize(3);
    assertThat(net.resolve("nodes.csv")).exists();
    assertThat(net.resolve("_checkpoints")).doesNotExist();
  }
}
