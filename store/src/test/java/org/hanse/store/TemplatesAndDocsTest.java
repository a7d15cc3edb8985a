package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hanse.ingest.format.FormatDocumentation;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.RecordKind;
import org.hanse.store.io.StoreFormats;
import org.hanse.store.io.TableReaders;
import org.hanse.store.write.PlannedChange.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The templates in {@code data/templates} and the import formats in {@code docs/data-formats.md} match the code:
 * every kind has a CSV template with all its columns, the templates import without a problem, the XLSX workbook and
 * the JSON file of every kind hold what the CSV ones do, and the documented columns and statuses are the ones checked.
 */
class TemplatesAndDocsTest {
  static final Path TEMPLATES = Path.of("..", "data", "templates");
  @TempDir Path tmp;

  @Test
  void everyKindHasACsvTemplateWithAllItsColumns() throws Exception {
    for (RecordKind k : RecordKind.values()) {
      Path f = TEMPLATES.resolve(k.key() + ".csv");
      assertThat(f).as(k.key()).exists();
      var read = TableReaders.read(f.getFileName().toString(), Files.readAllBytes(f), null);
      assertThat(read.problems()).as(k.key()).isEmpty();
      assertThat(read.tables().get(0).header()).as(k.key()).isEqualTo(k.format().header());
      assertThat(read.tables().get(0).rows()).as(k.key()).isNotEmpty();
    }
  }

  @Test
  void templatesImportCleanlyAndTheXlsxAndJsonTemplatesAgree() throws Exception {
    List<Path> csv = new ArrayList<>();
    for (RecordKind k : RecordKind.values()) {
      csv.add(TEMPLATES.resolve(k.key() + ".csv"));
    }
    Principal admin = Principal.operator("admin");
    try (TestDb.Fresh db = TestDb.H2.fresh(tmp); HanseStore store = db.open(MutableClock.at("2026-06-01T00:00:00Z"))) {
      store.loadBaseline(TestDatasets.small());
      // The engagement templates are of Guangzhou, a member city of the Greater Bay Area in the bundled data;
      // engagements are recorded for member cities only, so the small test data gets that cluster first.
      ImportReport setup = store.importFiles(admin, List.of(
          new org.hanse.store.io.Importer.InputFile("setup.cities.csv", ("id,name_en,country,latitude,longitude\n"
              + "1809858,Guangzhou,CN,23.11667,113.25\n").getBytes(StandardCharsets.UTF_8)),
          new org.hanse.store.io.Importer.InputFile("setup.clusters.csv",
              "id,name_en\ngba,Greater Bay Area\n".getBytes(StandardCharsets.UTF_8)),
          new org.hanse.store.io.Importer.InputFile("setup.cluster_members.csv",
              "cluster_id,position,city_id,role,central_rank\ngba,1,1809858,central,1\n"
                  .getBytes(StandardCharsets.UTF_8))),
          new org.hanse.store.io.Importer.Options(null, false));
      assertThat(setup.problems()).isEmpty();
      ImportReport dry = store.importPaths(admin, csv, null, true);
      assertThat(dry.problems()).isEmpty();
      assertThat(dry.warnings()).isEmpty();
      ImportReport real = store.importPaths(admin, csv, null, false);
      assertThat(real.applied()).isTrue();
      Map<String, Long> added = real.changes().stream()
          .collect(Collectors.groupingBy(c -> c.kind(), Collectors.counting()));
      assertThat(added).containsEntry("tie", 2L).containsEntry("engagement", 2L).containsEntry("city", 2L);
      assertThat(real.userChanges()).containsExactly("added user example.editor", "added user example.coordinator");
      // The workbook holds the same records as the CSV files: importing it changes nothing.
      ImportReport xlsx = store.importPaths(admin, List.of(TEMPLATES.resolve("hanse-template.xlsx")), null, true);
      assertThat(xlsx.problems()).isEmpty();
      assertThat(xlsx.count(Action.ADDED) + xlsx.count(Action.CHANGED)).isZero();
      assertThat(xlsx.count(Action.UNCHANGED)).isEqualTo(real.changes().size());
      // So does the JSON template of every kind.
      ImportReport all = store.importPaths(admin, List.of(TEMPLATES.resolve("hanse-template.json")), null, true);
      assertThat(all.problems()).isEmpty();
      assertThat(all.count(Action.ADDED) + all.count(Action.CHANGED)).isZero();
      assertThat(all.count(Action.UNCHANGED)).isEqualTo(real.changes().size());
      assertThat(all.userChanges()).isEmpty();
      ImportReport json = store.importPaths(admin, List.of(TEMPLATES.resolve("engagements.json")), null, false);
      assertThat(json.problems()).isEmpty();
      assertThat(json.count(Action.ADDED)).isEqualTo(2);
    }
  }

  @Test
  void docsDescribeTheStoreFormatsAndStatusesAsDefined() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "data-formats.md"), StandardCharsets.UTF_8);
    String generated = FormatDocumentation.markdown(List.of(StoreFormats.ENGAGEMENTS, StoreFormats.USERS));
    int start = doc.indexOf("-->", doc.indexOf("<!-- store-format:start")) + 4;
    int end = doc.indexOf("<!-- store-format:end -->");
    assertThat(doc.substring(start, end))
        .as("docs/data-formats.md is out of date: regenerate the store-format section from"
            + " FormatDocumentation.markdown(List.of(StoreFormats.ENGAGEMENTS, StoreFormats.USERS))")
        .isEqualTo(generated);
    for (EngagementKind k : EngagementKind.values()) {
      String statuses = k.statuses().stream().map(EngagementStatus::key).collect(Collectors.joining(", "));
      assertThat(doc).as(k.key()).containsPattern("\\| `" + k.key() + "` \\|[^\\n]*\\| " + statuses + " \\|");
    }
  }
}
