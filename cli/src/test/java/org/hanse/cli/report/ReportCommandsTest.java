package org.hanse.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.cli.Main;
import org.hanse.ingest.bundle.BundleWriter;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.ReportTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanse report}, {@code hanse export-network} and {@code hanse export-tables} run through the real command
 * line on a small data folder: the files they write, and their user errors (exit 2, one line, no stack trace).
 */
class ReportCommandsTest {
  @TempDir Path tmp;
  private Path data;

  record Run(int exit, String out, String err) {}

  /** Main.run writes to the process streams; the tests run one at a time, so swapping them is safe. */
  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      System.out.flush();
      System.err.flush();
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static Dataset small() {
    Source s = new Source("test", "Test source", "CC0", "2020", "Data: test source", "");
    return Dataset.builder().label("cli report test data").lastYear(2026).source(s)
        .city(new City("1796236", "Shanghai", "上海", "CN", "", 31.22, 121.46, new Population(24_870_895, 2020, "test")))
        .city(new City("1808926", "Hangzhou", "杭州", "CN", "", 30.29, 120.16, new Population(11_936_010, 2020, "test")))
        .city(new City("1799397", "+Ningbo", "宁波", "CN", "", 29.88, 121.55, null))
        .city(new City("1850147", "Tokyo", "东京", "JP", "", 35.69, 139.69, new Population(14_000_000, 2020, "test")))
        .city(new City("1853909", "Osaka", "大阪", "JP", "", 34.69, 135.50, new Population(2_700_000, 2020, "test")))
        .city(new City("1856057", "Nagoya", "名古屋", "JP", "", 35.18, 136.91, new Population(2_300_000, 2020, "test")))
        .cluster(new Cluster("yrd", "Yangtze River Delta", "长三角", List.of("1796236", "1808926", "1799397"),
            List.of("1796236"), "长江三角洲城市群发展规划", ""))
        .cluster(new Cluster("japan-pacific", "Japan Pacific Belt", "日本太平洋带",
            List.of("1850147", "1853909", "1856057"), List.of("1850147"), "", ""))
        .actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "test"))
        .actor(new Actor("net-c40", ActorKind.CITY_NETWORK, "C40", "C40城市气候领导联盟", "", "", "test"))
        .actor(new Actor("firm-1", ActorKind.FIRM, "=Bank", "", "GB", "banking/finance", "test"))
        .tie(new Tie("t1", TieType.SISTER_CITY, "1796236", "1853909", 1974, null, 1, "", "test"))
        .tie(new Tie("t2", TieType.AIR_ROUTE, "1796236", "1850147", null, null, 4, "", "test"))
        .tie(new Tie("t3", TieType.DIPLOMATIC_MISSION, "1796236", "country-FR", null, null, 3, "", "test"))
        .tie(new Tie("t4", TieType.DIPLOMATIC_MISSION, "1850147", "country-FR", null, null, 3, "", "test"))
        .tie(new Tie("t5", TieType.FIRM_OFFICE, "1796236", "firm-1", 2000, null, 3, "", "test"))
        .tie(new Tie("t6", TieType.FIRM_OFFICE, "1850147", "firm-1", 2000, null, 4, "", "test"))
        .tie(new Tie("t7", TieType.NETWORK_MEMBERSHIP, "1850147", "net-c40", 2006, null, 1, "", "test"))
        .tie(new Tie("t8", TieType.NETWORK_MEMBERSHIP, "1808926", "net-c40", 2010, null, 1, "", "test"))
        .tie(new Tie("t9", TieType.SISTER_CITY, "1808926", "1856057", 1990, null, 1, "", "test"))
        .tie(new Tie("t10", TieType.FIRM_OFFICE, "1808926", "firm-1", 2005, null, 2, "", "test"))
        .build();
  }

  @BeforeEach
  void bundle() throws Exception {
    data = tmp.resolve("data");
    BundleWriter.write(small(), data);
  }

  private static void assertOneLineUserError(Run r, String expected) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.contains(expected)).toList()).as(r.err()).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void reportWritesEachFormatWithTheAdvice() throws Exception {
    Path out = tmp.resolve("reports");
    Run r = run("report", "--cluster", "yrd", "--format", "html,xlsx", "--lang", "en,zh", "--out", out.toString(),
        "--data", data.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (String lang : List.of("en", "zh")) {
      assertThat(r.err()).contains("hanse-yrd-" + lang + ".html").contains("hanse-yrd-" + lang + ".xlsx");
      try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("hanse-yrd-" + lang + ".xlsx")))) {
        assertThat(wb.getNumberOfSheets()).isGreaterThan(5);
      }
    }
    String html = Files.readString(out.resolve("hanse-yrd-en.html"));
    assertThat(html).contains("Yangtze River Delta").contains("id=\"table-advice-partners\"")
        .contains("id=\"table-advice-handover\"").contains("id=\"table-advice-cohosting\"")
        .doesNotContain("<script");
    assertThat(Files.readString(out.resolve("hanse-yrd-zh.html"))).contains("长三角");
  }

  /** A PDF run prints what it wrote and nothing else: no renderer or PDFBox log lines on stderr. */
  @Test
  void reportPdfIsQuietOnStderr() {
    Path out = tmp.resolve("pdf");
    Run r = run("report", "--cluster", "yrd", "--format", "pdf", "--lang", "zh", "--out", out.toString(), "--data",
        data.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err().lines().toList()).as(r.err()).singleElement().asString().startsWith("hanse: wrote")
        .endsWith("hanse-yrd-zh.pdf");
    assertThat(Files.exists(out.resolve("hanse-yrd-zh.pdf"))).isTrue();
  }

  @Test
  void reportUserErrors() {
    String d = data.toString();
    assertOneLineUserError(run("report", "--cluster", "atlantis", "--data", d, "--out", tmp.toString()),
        "unknown cluster atlantis; valid ids: yrd japan-pacific");
    assertOneLineUserError(run("report", "--cluster", "yrd", "--format", "docx", "--data", d), "docx");
    assertOneLineUserError(run("report", "--cluster", "yrd", "--lang", "fr", "--data", d), "unknown language 'fr'");
    assertOneLineUserError(run("report", "--cluster", "yrd", "--data", tmp.resolve("nowhere").toString()),
        "does not exist");
  }

  @Test
  void exportNetworkWritesEveryFormat() {
    for (String f : List.of("gexf", "graphml", "pajek", "ucinet-dl", "csv")) {
      Path out = tmp.resolve("net-" + f);
      Run r = run("export-network", "--layers", "sister_city,air_route", "--year", "2020", "--format", f,
          "--out", out.toString(), "--data", data.toString());
      assertThat(r.exit()).as(f + ": " + r.err()).isZero();
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.toList()).as(f).isNotEmpty();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertOneLineUserError(run("export-network", "--layers", "sister_city", "--format", "dot", "--data",
        data.toString(), "--out", tmp.toString()), "dot");
    assertOneLineUserError(run("export-network", "--layers", "trains", "--data", data.toString(), "--out",
        tmp.toString()), "trains");
  }

  @Test
  void exportTablesAsCsvHasEveryDashboardTable() throws Exception {
    Path out = tmp.resolve("tables");
    Run r = run("export-tables", "--format", "csv", "--lang", "en", "--out", out.toString(), "--data",
        data.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Dataset d = small();
    List<ReportTable> expected = ExportTablesCommand.tables(d, Lang.EN, List.copyOf(d.clusters().keySet()));
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrderElementsOf(expected.stream().map(t -> t.id() + ".csv").toList());
    }
    assertThat(expected.stream().map(ReportTable::id)).contains("functions", "connectivity-firms",
        "connectivity-diplomacy", "yrd-members", "yrd-advice-partners", "japan-pacific-methods")
        .anyMatch(id -> id.startsWith("ranking-"));
    // the functions table has one line per row of the analysis module's table, after the header
    List<String> functions = Files.readAllLines(out.resolve("functions.csv"), StandardCharsets.UTF_8);
    assertThat(functions).hasSize(1 + FunctionsTable.of(Assessor.assess(d)).size());
    assertThat(functions.get(0)).startsWith("\uFEFFCluster,Function");
    // the tables of the dashboard's pages that are not report tables: network, sources, data pages, cluster page
    assertThat(expected.stream().map(ReportTable::id)).contains("network-central-sister-city",
        "network-central-air-route", "sources", "records-cities", "records-ties", "records-actors",
        "yrd-tie-profile", "yrd-member-measures", "yrd-engagements", "japan-pacific-engagements");
    List<String> engagements = Files.readAllLines(out.resolve("yrd-engagements.csv"), StandardCharsets.UTF_8);
    // the firm both Shanghai and Hangzhou have offices of comes first, its formula-like name neutralised
    assertThat(engagements.get(0)).startsWith("\uFEFFPartner,Partner id,Type,Members,Engaged by,Ties");
    assertThat(engagements.get(1)).startsWith("'=Bank,firm-1,firm office,2,\"Shanghai, Hangzhou\",2");
    // no event is recorded at all: the tie profile leaves those cells empty instead of writing 0
    assertThat(Files.readAllLines(out.resolve("yrd-tie-profile.csv"), StandardCharsets.UTF_8))
        .contains("hosts event,,,,", "sister city,0,2,0,2");
    String measures = Files.readString(out.resolve("yrd-member-measures.csv"), StandardCharsets.UTF_8);
    assertThat(measures).contains("1796236,Shanghai,CN,yes");
    List<String> central = Files.readAllLines(out.resolve("network-central-sister-city.csv"), StandardCharsets.UTF_8);
    assertThat(central).hasSize(1 + 4); // Shanghai, Osaka, Hangzhou, Nagoya
    assertThat(Files.readString(out.resolve("sources.csv"), StandardCharsets.UTF_8)).contains("test,Test source,CC0");
    assertThat(Files.readAllLines(out.resolve("records-ties.csv"), StandardCharsets.UTF_8)).hasSize(1 + 10);
    // the member table names every member with its population as a plain number
    String members = Files.readString(out.resolve("yrd-members.csv"), StandardCharsets.UTF_8);
    assertThat(members).contains("Shanghai").contains("24870895").contains("Ningbo");
    // a name that a spreadsheet would run as a formula is neutralised
    assertThat(members).contains("\n'+Ningbo,").doesNotContain("\n+Ningbo");
  }

  @Test
  void exportTablesAsXlsxHasOneSheetPerTable() throws Exception {
    Path out = tmp.resolve("xlsx");
    Run r = run("export-tables", "--format", "xlsx", "--lang", "zh", "--cluster", "yrd", "--out", out.toString(),
        "--data", data.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    Dataset d = small();
    List<ReportTable> expected = ExportTablesCommand.tables(d, Lang.ZH, List.of("yrd"));
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("hanse-tables-zh.xlsx")))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(expected.size() + 1);
      var members = wb.getSheet("yrd-members");
      assertThat(members).isNotNull();
      assertThat(members.getPaneInformation().isFreezePane()).isTrue();
      // population column (index 8) holds numbers, header carries the unit
      assertThat(members.getRow(0).getCell(8).getStringCellValue()).contains("(");
      assertThat(members.getRow(1).getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
      // the formula-like English name is text with Excel's quote prefix, never a formula
      boolean found = false;
      for (var row : members) {
        var cell = row.getCell(1);
        if (cell != null && "+Ningbo".equals(cell.getStringCellValue())) {
          assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
          assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
          found = true;
        }
      }
      assertThat(found).isTrue();
    }
    assertOneLineUserError(run("export-tables", "--format", "pdf", "--data", data.toString()),
        "unknown --format pdf; use csv or xlsx");
    assertOneLineUserError(run("export-tables", "--cluster", "atlantis", "--data", data.toString()),
        "unknown cluster atlantis");
  }
}
