package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.engagement.VisitLevel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Versioned records on both databases: edits never overwrite history, the knowledge base can be read as it was
 * recorded at any instant and as the network was in any year, engagements of every kind keep every field, and the
 * schema migrations run once.
 */
class RecordsRepositoryTest {
  static final Principal ADMIN = Principal.operator("alice");
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void editsKeepEveryVersionAndOldStatesStayReadable(TestDb kind) throws Exception {
    MutableClock clock = MutableClock.at("2026-01-10T09:00:00Z");
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      Instant loaded = clock.instant();
      clock.advance(Duration.ofDays(1));
      Versioned<Tie> v1 = store.records().tie("t7").orElseThrow();
      assertThat(v1.version()).isEqualTo(1);
      Tie heavier = withWeight(v1.value(), 20);
      Versioned<Tie> v2 = store.records().saveTie(Principal.operator("bob"), heavier, 1);
      assertThat(v2.version()).isEqualTo(2);
      assertThat(v2.recordedBy()).isEqualTo("bob");
      Instant afterFirstEdit = clock.instant();
      clock.advance(Duration.ofDays(1));
      Tie ended = new Tie("t7", TieType.AIR_ROUTE, "1796236", "1808926", 2001, 2019, 20, "", "sc");
      store.records().saveTie(ADMIN, ended, 2);

      List<RecordVersion<Tie>> history = store.records().tieHistory("t7");
      assertThat(history).extracting(RecordVersion::version).containsExactly(1, 2, 3);
      assertThat(history).extracting(v -> v.value().weight()).containsExactly(12.0, 20.0, 20.0);
      assertThat(history).extracting(RecordVersion::recordedBy).containsExactly("system", "bob", "alice");
      assertThat(history.get(0).recordedTo()).isEqualTo(afterFirstEdit);
      assertThat(history.get(0).endedBy()).isEqualTo("bob");
      assertThat(history.get(2).recordedTo()).isNull();

      // What was known at each instant.
      assertThat(tie(store.snapshotRecordedAt(loaded), "t7").weight()).isEqualTo(12.0);
      assertThat(tie(store.snapshotRecordedAt(afterFirstEdit), "t7").weight()).isEqualTo(20.0);
      assertThat(tie(store.snapshotRecordedAt(afterFirstEdit), "t7").toYear()).isNull();
      // The network as it was: the route now runs 2001–2019, so it is absent in 2000 and 2020, present in 2010.
      assertThat(store.snapshot(2000).ties()).extracting(Tie::id).doesNotContain("t7");
      assertThat(store.snapshot(2010).ties()).extracting(Tie::id).contains("t7");
      assertThat(store.snapshot(2020).ties()).extracting(Tie::id).doesNotContain("t7");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void staleVersionIsRefusedWithAClearMessageAndNothingChanges(TestDb kind) throws Exception {
    MutableClock clock = MutableClock.at("2026-02-01T10:00:00Z");
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      Tie t = store.records().tie("t1").orElseThrow().value();
      store.records().saveTie(Principal.operator("bob"), withWeight(t, 2), 1);
      assertThatThrownBy(() -> store.records().saveTie(ADMIN, withWeight(t, 3), 1))
          .isInstanceOf(EditConflictException.class)
          .hasMessage("tie t1 was changed by bob at 2026-02-01T10:00:00Z (now version 2, you edited version 1);"
              + " nothing was written, read it again and reapply your change");
      assertThat(store.records().tie("t1").orElseThrow().value().weight()).isEqualTo(2.0);
      assertThat(store.records().tieHistory("t1")).hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void deletionEndsTheHistoryAndARecreatedRecordContinuesIt(TestDb kind) throws Exception {
    MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      Tie t8 = store.records().tie("t8").orElseThrow().value();
      Instant before = clock.instant();
      clock.advance(Duration.ofHours(1));
      store.records().deleteTie(ADMIN, "t8", 1);
      assertThat(store.records().tie("t8")).isEmpty();
      assertThat(store.snapshot().ties()).extracting(Tie::id).doesNotContain("t8");
      assertThat(store.snapshotRecordedAt(before).ties()).extracting(Tie::id).contains("t8");
      assertThat(store.records().tieHistory("t8")).singleElement()
          .satisfies(v -> assertThat(v.deleted()).isTrue());
      clock.advance(Duration.ofHours(1));
      Versioned<Tie> back = store.records().saveTie(ADMIN, t8, 0);
      assertThat(back.version()).isEqualTo(2);
      assertThat(store.records().tieHistory("t8")).extracting(RecordVersion::version).containsExactly(1, 2);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void engagementsOfEveryKindKeepEveryField(TestDb kind) throws Exception {
    MutableClock clock = MutableClock.at("2026-05-01T00:00:00Z");
    Random r = new Random(7);
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      List<Engagement> saved = new ArrayList<>();
      int n = 0;
      for (EngagementKind k : EngagementKind.values()) {
        for (EngagementStatus status : k.statuses()) {
          n++;
          LocalDate start = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1500));
          VisitLevel level = k.isVisit() ? VisitLevel.values()[r.nextInt(VisitLevel.values().length)] : null;
          Engagement e = new Engagement("e" + n, k, n % 2 == 0 ? "1796236" : "1808926",
              n % 3 == 0 ? "Ville de Paris" : "UNESCO", n % 3 == 0 ? "2988507" : "org-unesco", "FR",
              k.key() + " 第" + n + "次", "culture; 气候", level, start,
              r.nextBoolean() ? start.plusDays(r.nextInt(30)) : null, status, r.nextBoolean() ? r.nextInt(40) : null,
              "沪外办〔2024〕" + n + "号", r.nextBoolean() ? "" : "notes, with \"quotes\"\nand a line break");
          saved.add(store.records().saveEngagement(ADMIN, e, 0).value());
        }
      }
      assertThat(store.records().engagements()).containsExactlyElementsOf(saved);
      Engagement first = saved.get(0);
      EngagementStatus other = first.kind().statuses().stream().filter(s -> s != first.status()).findFirst()
          .orElseThrow();
      Engagement changed = new Engagement(first.id(), first.kind(), first.cityId(), first.partner(), first.partnerId(),
          first.partnerCountry(), first.title(), first.topic(), first.level(), first.startDate(), first.endDate(),
          other, first.participants(), first.sourceDocument(), "status corrected");
      store.records().saveEngagement(ADMIN, changed, 1);
      assertThat(store.records().engagementHistory(first.id())).extracting(v -> v.value().status())
          .containsExactly(first.status(), other);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void migrationsRunOnceAndReopeningKeepsTheData(TestDb kind) throws Exception {
    try (TestDb.Fresh db = kind.fresh(tmp)) {
      try (HanseStore store = db.open()) {
        store.loadBaseline(TestDatasets.small());
      }
      Dataset first;
      try (HanseStore again = db.open()) {
        first = again.snapshot();
      }
      DatasetAssert.assertSameContent(first, TestDatasets.small());
      try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
              + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
        List<String> applied = new ArrayList<>();
        while (rs.next()) {
          assertThat(rs.getBoolean(2)).isTrue();
          applied.add(rs.getString(1));
        }
        assertThat(applied).containsExactly("1", "2", "3");
      }
    }
  }

  private static Tie withWeight(Tie t, double w) {
    return new Tie(t.id(), t.type(), t.cityId(), t.partnerId(), t.fromYear(), t.toYear(), w, t.detail(), t.sourceId());
  }

  private static Tie tie(Dataset d, String id) {
    return d.ties().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
