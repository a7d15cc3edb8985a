package org.hanse.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BundleRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
  void writingThenReadingGivesTheSameDataset(long seed) throws Exception {
    Dataset original = RandomDatasets.dataset(seed);

    BundleWriter.write(original, dir);
    Dataset read = BundleReader.read(dir);

    assertSame(read, original);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 42, 4242})
  void writingIsDeterministic(long seed) throws Exception {
    Dataset d = RandomDatasets.dataset(seed);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    BundleWriter.write(d, a);
    BundleWriter.write(BundleReader.read(a), b);
    for (String f : List.of("manifest.csv", "sources.csv", "cities.csv", "clusters.csv", "cluster_members.csv",
        "actors.csv", "ties.csv", "indicator_definitions.csv", "indicators.csv")) {
      assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }

  static void assertSame(Dataset read, Dataset original) {
    assertThat(read.label()).isEqualTo(original.label());
    assertThat(read.lastYear()).isEqualTo(original.lastYear());
    assertThat(List.copyOf(read.sources().values())).containsExactlyElementsOf(original.sources().values());
    assertThat(List.copyOf(read.cities().values())).containsExactlyElementsOf(original.cities().values());
    assertThat(List.copyOf(read.clusters().values())).containsExactlyElementsOf(original.clusters().values());
    assertThat(List.copyOf(read.actors().values())).containsExactlyElementsOf(original.actors().values());
    assertThat(read.ties()).containsExactlyElementsOf(original.ties());
    assertThat(List.copyOf(read.indicatorDefinitions().values()))
        .containsExactlyElementsOf(original.indicatorDefinitions().values());
    assertThat(read.indicators()).containsExactlyElementsOf(original.indicators());
  }
}
