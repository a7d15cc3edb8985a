package org.hanse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hanse.ingest.bundle.Bundles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the real bundled data (the project's data folder), loaded into a fresh knowledge base once. */
class BundledDataRunTest {
  @TempDir static Path tmp;
  private static String oldData;
  private static String oldHome;

  @BeforeAll
  static void home() {
    Path data = Path.of("..", "data").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isRegularFile(data.resolve("ties.csv")), "bundled data folder not built");
    oldData = System.getProperty(Bundles.DATA_PROPERTY);
    oldHome = System.getProperty(Snapshots.HOME_PROPERTY);
    System.setProperty(Bundles.DATA_PROPERTY, data.toString());
    System.setProperty(Snapshots.HOME_PROPERTY, tmp.resolve("home").toString());
  }

  @AfterAll
  static void restore() {
    if (oldData == null) {
      System.clearProperty(Bundles.DATA_PROPERTY);
    } else {
      System.setProperty(Bundles.DATA_PROPERTY, oldData);
    }
    if (oldHome == null) {
      System.clearProperty(Snapshots.HOME_PROPERTY);
    } else {
      System.setProperty(Snapshots.HOME_PROPERTY, oldHome);
    }
  }

  @Test
  void eightClustersWithEverySection() throws Exception {
    AnalysisCommandsTest.Run r = AnalysisCommandsTest.run("analyze", "--format", "json", "--out",
        tmp.resolve("out").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    List<String> ids = new ArrayList<>();
    root.path("clusters").forEach(c -> ids.add(c.path("id").asText()));
    assertThat(ids).containsExactlyInAnyOrder("yrd", "gba", "jjj", "us-northeast", "great-lakes", "uk", "nw-europe",
        "japan-pacific");
    for (JsonNode c : root.path("clusters")) {
      assertThat(c.path("members").size()).as(c.path("id").asText()).isGreaterThan(1);
      assertThat(c.path("ties").path("international").asInt()).isPositive();
      assertThat(c.path("coreFunctions").path("undecided").toString()).contains("industrial production");
      assertThat(c.path("drivers")).hasSize(4);
      assertThat(c.path("innerStructure").path("concentration").path("giniCorrected").isNumber()).isTrue();
    }
    // Shanghai is YRD's central city and holds the largest share of its international ties
    JsonNode yrd = root.path("clusters").get(ids.indexOf("yrd"));
    assertThat(yrd.path("innerStructure").path("concentration").path("largest").asText())
        .isEqualTo(yrd.path("ties").path("centralShare").path("cityIds").get(0).asText());
    // the GaWC ranking of 2000: London, New York, Hong Kong
    AnalysisCommandsTest.Run c = AnalysisCommandsTest.run("connectivity", "--format", "csv");
    List<String> lines = c.out().lines().toList();
    assertThat(lines.get(1)).contains("London").contains(",63354,");
    assertThat(lines.get(2)).contains("New York");
    assertThat(lines.get(3)).contains("Hong Kong");
  }
}
