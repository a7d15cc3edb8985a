package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanse.store.DatasetAssert.assertSameContent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Problem;
import org.hanse.store.access.Principal;
import org.hanse.store.io.Exporter;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.Importer;
import org.hanse.store.io.RecordKind;
import org.hanse.store.write.PlannedChange.Action;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports and the audit trail on both databases: a dry run tells added, changed and unchanged and writes nothing;
 * one bad row stops the whole file set; a re-import changes nothing; every write is audited with who, when and the
 * record before and after; exports in every format import back unchanged into a fresh database.
 */
class ImportAuditTest {
  static final Principal ANN = Principal.operator("ann");
  static final Principal BEN = Principal.operator("ben");
  static final String HEADER = "id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n";
  @TempDir Path tmp;

  private static List<Importer.InputFile> file(String name, String text) {
    return List.of(new Importer.InputFile(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void dryRunThenImportThenReimportAndTheAuditTrailOfIt(TestDb kind) throws Exception {
    MutableClock clock = MutableClock.at("2026-06-01T08:00:00Z");
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(clock)) {
      store.loadBaseline(TestDatasets.small());
      clock.advance(Duration.ofDays(1));
      Instant dayOne = clock.instant();
      String text = HEADER
          + "t7,air_route,1796236,1808926,,,12,,sc\n" // as recorded
          + "t8,firm_office,1808926,firm-1,,2015,3.5,,sc\n" // weight 2.5 -> 3.5
          + "n1,sister_city,1799962,2988507,2002,,1,,sc\n"; // new
      Map<String, Long> before = store.counts();
      ImportReport dry = store.importFiles(ANN, file("mine.ties.csv", text), new Importer.Options(null, true));
      assertThat(dry.valid()).isTrue();
      assertThat(dry.count(Action.ADDED)).isEqualTo(1);
      assertThat(dry.count(Action.CHANGED)).isEqualTo(1);
      assertThat(dry.count(Action.UNCHANGED)).isEqualTo(1);
      assertThat(dry.render(10)).contains("tie: 1 added, 1 changed, 1 unchanged",
          "dry run: nothing was written", "changed tie t8: weight '2.5' → '3.5'", "added tie n1");
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.audit(ANN, AuditQuery.latest(100))).hasSize(1);

      ImportReport real = store.importFiles(ANN, file("mine.ties.csv", text), new Importer.Options(null, false));
      assertThat(real.applied()).isTrue();
      assertThat(store.counts().get("tie")).isEqualTo(before.get("tie") + 1);
      assertThat(store.records().tie("t8").orElseThrow().version()).isEqualTo(2);

      clock.advance(Duration.ofDays(1));
      ImportReport again = store.importFiles(BEN, file("mine.ties.csv", text), new Importer.Options(null, false));
      assertThat(again.count(Action.UNCHANGED)).isEqualTo(3);
      assertThat(again.changeId()).isEmpty();
      assertThat(again.render(10)).contains("nothing to change: everything is already recorded");
      assertThat(store.records().tie("t8").orElseThrow().version()).isEqualTo(2);

      // Ben edits by hand a day later.
      clock.advance(Duration.ofDays(1));
      var n1 = store.records().tie("n1").orElseThrow();
      store.records().saveTie(BEN, new org.hanse.model.Tie("n1", n1.value().type(), n1.value().cityId(),
          n1.value().partnerId(), 2002, 2024, 1, "ended", "sc"), n1.version());

      List<AuditRecord> all = store.audit(ANN, AuditQuery.latest(100));
      assertThat(all).extracting(AuditRecord::username).containsExactly("ben", "ann", "ann", "ann", "system");
      assertThat(all).extracting(AuditRecord::action).containsExactly("update", "import", "create", "update",
          "baseline");
      AuditRecord t8 = all.get(3);
      assertThat(t8.entityId()).isEqualTo("t8");
      assertThat(t8.at()).isEqualTo(dayOne);
      assertThat(t8.before()).contains("\"weight\":2.5").contains("\"city_id\":\"1808926\"");
      assertThat(t8.after()).contains("\"weight\":3.5");
      assertThat(all.get(2).before()).isNull();
      assertThat(all.get(2).after()).contains("\"id\":\"n1\"");
      assertThat(all.get(0).summary()).isEqualTo("changed tie n1: to_year (empty) → '2024'; detail '' → 'ended'");

      assertThat(store.audit(ANN, new AuditQuery(null, null, "ben", null, null, 100)))
          .extracting(AuditRecord::entityId).containsExactly("n1");
      assertThat(store.audit(ANN, new AuditQuery(dayOne.plus(Duration.ofHours(1)), null, null, null, null, 100)))
          .extracting(AuditRecord::entityId).containsExactly("n1");
      // Nanjing's records: the new sister-city tie n1 (created and updated); Hangzhou's: t8.
      assertThat(store.audit(ANN, new AuditQuery(null, null, null, null, null, "1799962", 100)))
          .extracting(AuditRecord::action).containsExactly("update", "create");
      assertThat(store.audit(ANN, new AuditQuery(null, null, null, null, null, "1808926", 100)))
          .extracting(AuditRecord::entityId).containsExactly("t8");
      // Paris is the partner end of n1.
      assertThat(store.audit(ANN, new AuditQuery(null, null, null, null, null, "2988507", 100)))
          .extracting(AuditRecord::entityId).containsExactly("n1", "n1");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void oneBadRowAmongManyFilesWritesNothing(TestDb kind) throws Exception {
    try (TestDb.Fresh db = kind.fresh(tmp); HanseStore store = db.open(MutableClock.at("2026-06-01T08:00:00Z"))) {
      store.loadBaseline(TestDatasets.small());
      StringBuilder ties = new StringBuilder(HEADER);
      for (int i = 0; i < 500; i++) {
        ties.append("m").append(i).append(",firm_office,1796236,firm-1,2001,,1,office ").append(i).append(",sc\n");
      }
      ties.append("bad,firm_office,1796236,firm-1,2001,,1,,sc-missing\n");
      String engagements = "kind,city_id,partner,title,start_date,status\n"
          + "mou,1796236,Lyon,MoU on climate,2024-05-01,signed\n";
      List<Importer.InputFile> files = new ArrayList<>(file("a.ties.csv", ties.toString()));
      files.addAll(file("b.engagements.csv", engagements));
      Map<String, Long> before = store.counts();
      ImportReport r = store.importFiles(ANN, files, new Importer.Options(null, false));
      assertThat(r.problems()).extracting(Problem::toString).containsExactly(
          "a.ties.csv:502: column source_id, value 'sc-missing': unknown source: not in the knowledge base nor in"
              + " this import");
      assertThat(r.applied()).isFalse();
      assertThat(store.counts()).isEqualTo(before);
      assertThat(store.records().engagements()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void exportsInEveryFormatImportBackUnchanged(TestDb kind) throws Exception {
    for (Exporter.Format format : Exporter.Format.values()) {
      try (TestDb.Fresh src = kind.fresh(tmp); HanseStore a = src.open(MutableClock.at("2026-06-01T08:00:00Z"));
          TestDb.Fresh dst = kind.fresh(tmp); HanseStore b = dst.open(MutableClock.at("2026-06-01T08:00:00Z"))) {
        a.loadBaseline(TestDatasets.random(11, 60, 400, 200));
        a.importFiles(ANN, file("e.engagements.csv", "kind,city_id,partner,title,start_date,status,notes\n"
            + "visit_outgoing," + a.snapshot().cities().keySet().iterator().next()
            + ",Lyon,\"Delegation, 3 days\",2024-05-01,completed,=1+1\n"), new Importer.Options(null, false));
        Path out = tmp.resolve(kind + "-" + format + (format == Exporter.Format.CSV ? "" : format.extension()));
        List<RecordKind> kinds = List.of(RecordKind.values()).stream().filter(k -> k != RecordKind.USERS).toList();
        List<Path> written = a.export(out, format, kinds, Exporter.CsvEncoding.UTF_8_BOM);
        ImportReport r = b.importPaths(ANN, written, null, false);
        assertThat(r.problems()).as(format.name()).isEmpty();
        assertSameContent(b.snapshot(), a.snapshot());
        assertThat(b.records().engagements()).isEqualTo(a.records().engagements());
        ImportReport again = a.importPaths(ANN, written, null, true);
        assertThat(again.count(Action.ADDED) + again.count(Action.CHANGED)).as(format.name()).isZero();
        if (format == Exporter.Format.CSV) {
          assertThat(Files.readString(out.resolve("engagements.csv"))).contains(",'=1+1");
        }
      }
    }
  }
}
