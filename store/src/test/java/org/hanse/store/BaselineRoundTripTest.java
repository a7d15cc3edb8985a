package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hanse.store.DatasetAssert.assertSameContent;

import java.nio.file.Path;
import java.util.Map;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BaselineRoundTripTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void smallDatasetComesBackUnchanged(TestDb kind) throws Exception {
    Dataset original = TestDatasets.small();
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open()) {
      assertThat(store.isEmpty()).isTrue();
      store.loadBaseline(original);
      assertThat(store.isEmpty()).isFalse();
      Dataset back = store.snapshot();
      assertSameContent(back, original);
      assertThat(back.label()).isEqualTo(original.label());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void randomDatasetsComeBackUnchangedAfterReopening(TestDb kind) throws Exception {
    for (long seed = 1; seed <= 2; seed++) {
      Dataset original = TestDatasets.random(seed, 300, 3_000, 2_000);
      try (TestDb.Fresh db = kind.fresh(tmp)) {
        try (HanseStore store = db.open()) {
          store.loadBaseline(original);
        }
        try (HanseStore reopened = db.open()) {
          assertSameContent(reopened.snapshot(), original);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void bulkLoadOfTensOfThousandsOfRecords(TestDb kind) throws Exception {
    Dataset original = TestDatasets.random(42, 2_000, 20_000, 10_000);
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open()) {
      store.loadBaseline(original);
      Dataset back = store.snapshot();
      assertThat(back.ties()).hasSize(original.ties().size());
      assertSameContent(back, original);
      assertThat(store.counts()).containsEntry("tie", (long) original.ties().size())
          .containsEntry("indicator", (long) original.indicators().size());
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void asOfYearKeepsOnlyTiesHoldingThen(TestDb kind) throws Exception {
    Dataset original = TestDatasets.small();
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open()) {
      store.loadBaseline(original);
      Dataset in2000 = store.snapshot(2000);
      // t2 starts 2007, t5 is 2010 only, t6 is 1900 only; t4 and t7 have no dates and are taken to hold.
      assertThat(in2000.ties()).extracting(t -> t.id()).containsExactly("t1", "t3", "t4", "t7", "t8");
      assertThat(in2000.indicators()).isEmpty();
      assertThat(store.snapshot(2010).indicators()).extracting(i -> i.year()).containsExactly(2010);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void baselineIsLoadedOnlyIntoAnEmptyStore(TestDb kind) throws Exception {
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open()) {
      store.loadBaseline(TestDatasets.small());
      assertThatThrownBy(() -> store.loadBaseline(TestDatasets.small()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already holds records");
      assertSameContent(store.snapshot(), TestDatasets.small());
    }
  }

  @Test
  void defaultUrlIsHanseDbOrAnH2FileUnderHanseHome() {
    assertThat(HanseStore.defaultJdbcUrl(Map.of("HANSE_DB", "jdbc:postgresql://db/hanse")))
        .isEqualTo("jdbc:postgresql://db/hanse");
    assertThat(HanseStore.defaultJdbcUrl(Map.of("HANSE_HOME", "/srv/hanse")))
        .isEqualTo("jdbc:h2:file:/srv/hanse/hanse");
    assertThat(HanseStore.defaultJdbcUrl(Map.of()))
        .isEqualTo("jdbc:h2:file:" + Path.of(System.getProperty("user.home"), ".hanse", "hanse"));
  }

  @Test
  void unsupportedUrlIsAUserError() {
    assertThatThrownBy(() -> HanseStore.open("jdbc:mysql://localhost/hanse?password=secret"))
        .isInstanceOf(StoreUserException.class)
        .hasMessageContaining("unsupported database URL")
        .hasMessageNotContaining("secret");
  }
}
