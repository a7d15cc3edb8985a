package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hanse.model.Dataset;

/**
 * Dataset has no equals: two snapshots are equal when every part is equal, in the same order. Lists are compared
 * with {@code equals} (linear), not AssertJ's element diff, which is quadratic on tens of thousands of ties.
 */
public final class DatasetAssert {
  private DatasetAssert() {}

  public static void assertSameContent(Dataset actual, Dataset expected) {
    assertThat(List.copyOf(actual.sources().values())).as("sources").isEqualTo(List.copyOf(expected.sources().values()));
    assertThat(List.copyOf(actual.cities().values())).as("cities").isEqualTo(List.copyOf(expected.cities().values()));
    assertThat(List.copyOf(actual.clusters().values())).as("clusters")
        .isEqualTo(List.copyOf(expected.clusters().values()));
    assertThat(List.copyOf(actual.actors().values())).as("actors").isEqualTo(List.copyOf(expected.actors().values()));
    assertThat(List.copyOf(actual.indicatorDefinitions().values())).as("indicator definitions")
        .isEqualTo(List.copyOf(expected.indicatorDefinitions().values()));
    assertThat(actual.indicators()).as("indicators").isEqualTo(expected.indicators());
    assertThat(actual.ties()).as("ties").isEqualTo(expected.ties());
  }
}
