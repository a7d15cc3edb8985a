package org.hanse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.IndicatorSources;
import org.hanse.ingest.build.SourceCatalog;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.bundle.BundleWriter;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ClusterReportBuilder;
import org.hanse.report.assessment.ReportTable;
import org.hanse.report.export.ReportFiles;
import org.hanse.report.export.ReportFormat;
import org.hanse.report.pdf.PdfReport;
import org.hanse.report.xlsx.XlsxTables;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every cluster in both languages in all three formats, from the test snapshot (written to a data folder and read
 * back, as the command line reads it) and from the bundled data when the module's parent has a {@code data}
 * folder. Each file is checked: the HTML is well-formed and self-contained, the PDF carries the cluster's name in
 * the report's language with embedded fonts only, the XLSX has one sheet per table with typed cells.
 */
class AllReportsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 2);
  /**
   * The longest report of the bundled data has about 40 pages with every table laid out to the page width; a
   * table squeezed to a character per line took 20 pages alone.
   */
  static final int MAX_PAGES = 50;

  @Test
  void everyClusterInBothLanguagesFromTheTestSnapshot() throws Exception {
    Path bundle = TestFiles.outputDir("fixture-bundle");
    BundleWriter.write(Fixture.dataset(), bundle);
    generateAll(BundleReader.read(bundle), "reports-fixture");
  }

  @Test
  void everyClusterInBothLanguagesFromTheBundledData() throws Exception {
    Path data = Path.of("..", "data");
    Assumptions.assumeTrue(Files.isRegularFile(data.resolve("clusters.csv")) || Files.isDirectory(data),
        "no bundled data folder next to the module");
    Dataset d = BundleReader.read(data);
    assertThat(d.clusters().keySet()).contains("yrd", "gba", "jjj", "us-northeast", "great-lakes", "uk", "nw-europe",
        "japan-pacific");
    Map<String, Set<String>> sources = generateAll(d, "reports-bundled");
    // the bundled data's indicators and cluster definitions are cited where the report reads them
    assertThat(sources.get("gba")).contains("worldbank-wdi", "yearbook-china-2015", "china-plans");
    assertThat(sources.get("uk")).contains("worldbank-wdi", "cluster-definitions");
  }

  /** Generates and checks every report; returns the source ids of each cluster's data appendix. */
  private static Map<String, Set<String>> generateAll(Dataset d, String folder) throws Exception {
    Path out = TestFiles.outputDir(folder);
    Assessment a = Assessor.assess(d);
    ClusterReportBuilder builder = new ClusterReportBuilder(d).assessment(a).date(DATE)
        .clusterSources(SourceCatalog::clusterSourceId);
    PdfReport pdf = PdfReport.withDefaultFont();
    Map<String, Set<String>> listed = new TreeMap<>();
    for (Cluster c : d.clusters().values()) {
      for (Lang lang : Lang.values()) {
        ClusterReport r = builder.build(c.id(), lang);
        listed.put(c.id(), checkSources(d, c, r));
        if (lang == Lang.ZH) {
          ReportChecks.checkChinese(r);
        }
        assertThat(r.outline()).as(c.id() + " " + lang).containsExactlyElementsOf(TestFiles.expectedSections());
        checkHtml(Files.readString(ReportFiles.write(r, ReportFormat.HTML, out, pdf)), c, lang);
        checkXlsx(ReportFiles.write(r, ReportFormat.XLSX, out, pdf), r);
        checkPdf(Files.readAllBytes(ReportFiles.write(r, ReportFormat.PDF, out, pdf)), c, lang);
      }
    }
    return listed;
  }

  /**
   * Every source the report reads for a cluster is in its data appendix: the sources of the members' ties and
   * populations, of the indicator observations behind the readings (members' GDP, their countries' World Bank
   * indicators) and of the cluster definition.
   */
  private static Set<String> checkSources(Dataset d, Cluster c, ClusterReport r) {
    Set<String> read = new TreeSet<>();
    for (String m : c.memberIds()) {
      d.tiesOf(m).forEach(t -> read.add(t.sourceId()));
      City city = d.city(m).orElseThrow();
      if (city.population() != null) {
        read.add(city.population().sourceId());
      }
    }
    IndicatorSources.forCluster(d, c).values().forEach(read::addAll);
    SourceCatalog.clusterSourceId(c.id()).filter(d.sources()::containsKey).ifPresent(read::add);
    Set<String> listed = new TreeSet<>();
    r.tables().stream().filter(t -> t.id().equals("sources")).findFirst().orElseThrow().rows()
        .forEach(row -> listed.add((String) row.get(0)));
    assertThat(listed).as(c.id() + " " + r.lang() + " sources table").containsAll(read);
    return listed;
  }

  private static void checkHtml(String html, Cluster c, Lang lang) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // well-formed XML (the same markup feeds the PDF renderer)
    f.newDocumentBuilder().parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "")
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains(c.name(lang)).contains("<svg").contains("id=\"chart-map\"");
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
        .doesNotContain("url(http");
  }

  private static void checkPdf(byte[] bytes, Cluster c, Lang lang) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).as(c.id() + " " + lang).contains(c.name(lang)).doesNotContain("\uFFFD");
      assertThat(doc.getNumberOfPages()).isGreaterThan(3);
      // every table fits the page: no column runs off the edge, none is squeezed to a character a line
      ReportChecks.checkTextInsidePages(doc, c.id() + " " + lang);
      assertThat(doc.getNumberOfPages()).as(c.id() + " " + lang + " pages").isLessThanOrEqualTo(MAX_PAGES);
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
        }
      }
    }
  }

  static void checkXlsx(Path file, ClusterReport r) throws IOException {
    List<ReportTable> tables = r.tables();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size() + 1);
      assertThat(wb.getSheetName(0)).isEqualTo("about");
      for (int i = 0; i < tables.size(); i++) {
        checkSheet(wb.getSheetAt(i + 1), tables.get(i));
      }
    }
  }

  /** Header with units, frozen; numbers as numbers; missing values empty; text as text, never a formula. */
  static void checkSheet(Sheet sheet, ReportTable t) {
    assertThat(sheet.getPaneInformation()).as(sheet.getSheetName() + " frozen").isNotNull();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    Row head = sheet.getRow(0);
    for (int c = 0; c < t.columns().size(); c++) {
      assertThat(head.getCell(c).getStringCellValue()).isEqualTo(t.columns().get(c).headerWithUnit());
    }
    assertThat(sheet.getLastRowNum()).isEqualTo(t.rows().size());
    for (int r = 0; r < t.rows().size(); r++) {
      Row row = sheet.getRow(r + 1);
      for (int c = 0; c < t.columns().size(); c++) {
        Object v = t.rows().get(r).get(c);
        Cell cell = row.getCell(c);
        if (v == null) {
          assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
        } else if (v instanceof Number n) {
          assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(cell.getNumericCellValue()).isEqualTo(n.doubleValue());
        } else {
          assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
          assertThat(cell.getStringCellValue()).isEqualTo(v);
          assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(XlsxTables.looksLikeFormula((String) v));
        }
      }
    }
  }

  @Test
  void formulaLikeTextIsStoredAsQuotedText() throws IOException {
    ReportTable t = new ReportTable.Builder("evil", "Evil")
        .column(ReportTable.Column.text("Name"))
        .column(ReportTable.Column.integer("Count", "ties"))
        .column(ReportTable.Column.decimal("Share", "%", 1))
        .column(ReportTable.Column.year("Year"))
        .row("=HYPERLINK(\"http://x\",\"click\")", 3L, 12.5, 2020)
        .row("+SUM(A1:A2)", null, 0.0, null)
        .row("-2+3", 0L, null, 1999)
        .row("@cmd", 1L, 1.0, 2000)
        .row("plain 上海", 2L, 2.0, 2001)
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxTables.write("t", java.util.Map.of("data", "test"), List.of(t, t), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetName(1)).isEqualTo("evil");
      assertThat(wb.getSheetName(2)).isEqualTo("evil-2");
      Sheet s = wb.getSheet("evil");
      checkSheet(s, t);
      assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Count (ties)");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(s.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(s.getRow(5).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(s.getRow(2).getCell(1)).isNull(); // missing, not 0
      assertThat(s.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(0.0); // an observed 0 stays 0
      assertThat(s.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
    }
  }

  @Test
  void tableCsvHasBomUnitsAndNeutralisedFormulas() throws IOException {
    ReportTable t = new ReportTable.Builder("t", "T")
        .column(ReportTable.Column.text("City"))
        .column(ReportTable.Column.decimal("Share", "%", 1))
        .row("=1+1", 12.25).row("上海, \"centre\"", null).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.hanse.report.export.TableCsv.write(t, out);
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(s).isEqualTo("\uFEFFCity,Share (%)\r\n'=1+1,12.25\r\n\"上海, \"\"centre\"\"\",\r\n");
  }
}
