package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hanse.report.pdf.CjkFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cluster report from the dashboard ({@code GET /api/v1/clusters/{id}/report}): each format with its content type
 * and file name, read back as a browser or a spreadsheet would (PDFBox, POI); bad parameters and an unknown cluster
 * are problem documents; the cluster page links the three formats in its language; the OpenAPI document lists it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest {
  private TestServer running;
  private Http http;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  void start() {
    running = TestServer.start();
    http = running.http();
  }

  @AfterAll
  void stop() {
    running.close();
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(300))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse("");
  }

  @Test
  void htmlReportInTheRequestedLanguage() throws Exception {
    HttpResponse<byte[]> r = get("/api/v1/clusters/yrd/report?format=html&lang=en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).startsWith("text/html");
    assertThat(header(r, "Content-Disposition")).isEqualTo("attachment; filename=\"hanse-yrd-en.html\"");
    String html = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(html).contains("Assessment report: Yangtze River Delta").contains("id=\"sec-advice-handover\"")
        .doesNotContain("<script");
    // the default language is Chinese, the default format HTML
    HttpResponse<byte[]> zh = get("/api/v1/clusters/yrd/report");
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(header(zh, "Content-Disposition")).contains("hanse-yrd-zh.html");
    assertThat(new String(zh.body(), StandardCharsets.UTF_8)).contains("长三角城市群");
  }

  @Test
  void pdfReportCarriesTheChineseClusterName() throws Exception {
    HttpResponse<byte[]> r = get("/api/v1/clusters/gba/report?format=pdf&lang=zh");
    boolean font;
    try {
      CjkFont.locate();
      font = true;
    } catch (CjkFont.FontNotFoundException e) {
      font = false;
    }
    if (!font) {
      // a server without a CJK font says so, with what to install, and still serves HTML and XLSX
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("CJK font");
      return;
    }
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).isEqualTo("application/pdf");
    assertThat(header(r, "Content-Disposition")).contains("hanse-gba-zh.pdf");
    assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      assertThat(new PDFTextStripper().getText(doc)).contains("粤港澳大湾区").doesNotContain("\uFFFD");
    }
  }

  @Test
  void xlsxReportOpensWithOneSheetPerTable() throws Exception {
    HttpResponse<byte[]> r = get("/api/v1/clusters/yrd/report?format=xlsx&lang=en");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(header(r, "Content-Type"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(header(r, "Content-Disposition")).contains("hanse-yrd-en.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("about");
      assertThat(wb.getSheet("members")).isNotNull();
      assertThat(wb.getSheet("members").getRow(0).getCell(0).getStringCellValue()).isEqualTo("City");
      assertThat(wb.getNumberOfSheets()).isGreaterThan(10);
    }
  }

  @Test
  void badParametersAndUnknownClustersAreProblems() {
    Http.Reply format = http.get("/api/v1/clusters/yrd/report?format=docx");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.contentType()).startsWith("application/problem+json");
    assertThat(format.json().get("detail").asText()).isEqualTo("format must be html, pdf or xlsx, not 'docx'");
    Http.Reply lang = http.get("/api/v1/clusters/yrd/report?lang=fr");
    assertThat(lang.status()).isEqualTo(400);
    assertThat(lang.json().get("detail").asText()).isEqualTo("lang must be zh or en, not 'fr'");
    Http.Reply unknown = http.get("/api/v1/clusters/atlantis/report?format=pdf");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asText()).contains("atlantis");
    assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void theClusterPageLinksTheReportInItsLanguage() {
    String en = http.get("/clusters/yrd?lang=en").body();
    assertThat(en).contains("id=\"report-downloads\"")
        .contains("href=\"/api/v1/clusters/yrd/report?format=html&amp;lang=en\"")
        .contains("href=\"/api/v1/clusters/yrd/report?format=pdf&amp;lang=en\"")
        .contains("href=\"/api/v1/clusters/yrd/report?format=xlsx&amp;lang=en\"")
        .contains("Assessment report of this cluster");
    String zh = http.get("/clusters/yrd?lang=zh").body();
    assertThat(zh).contains("href=\"/api/v1/clusters/yrd/report?format=pdf&amp;lang=zh\"").contains("本城市群的评估报告");
  }

  @Test
  void theOpenApiDocumentListsTheDownload() {
    JsonNode op = http.get("/openapi.json").json().get("paths").get("/api/v1/clusters/{id}/report").get("get");
    assertThat(op).isNotNull();
    JsonNode content = op.get("responses").get("200").get("content");
    assertThat(content.has("application/pdf")).isTrue();
    assertThat(content.has("text/html")).isTrue();
    assertThat(content.get("application/pdf").get("schema").get("format").asText()).isEqualTo("binary");
    assertThat(op.get("responses").has("400")).isTrue();
    assertThat(op.get("responses").has("404")).isTrue();
  }
}
