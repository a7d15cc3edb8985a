package org.hanse.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.report.Fixture;
import org.hanse.report.TestFiles;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ClusterReportBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfReportTest {
  private static final Dataset DATA = Fixture.dataset();
  private static PdfReport pdf;

  @BeforeAll
  static void font() {
    pdf = PdfReport.withDefaultFont();
  }

  private static byte[] render(String cluster, Lang lang) {
    ClusterReport r = new ClusterReportBuilder(DATA).date(LocalDate.of(2026, 1, 2)).build(cluster, lang);
    return pdf.render(r);
  }

  @Test
  void chineseClusterNamesAreEmbeddedAndExtractable() throws IOException {
    for (String[] c : new String[][] {{"yrd", "长三角城市群"}, {"gba", "粤港澳大湾区"}, {"jjj", "京津冀城市群"}}) {
      byte[] bytes = render(c[0], Lang.ZH);
      Files.write(TestFiles.outputDir("pdf").resolve(c[0] + "-zh.pdf"), bytes);
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        String text = new PDFTextStripper().getText(doc);
        assertThat(text).contains(c[1]).contains("城市群外交评估报告").contains("摘要").contains("附录A：方法");
        assertThat(text).doesNotContain("\uFFFD");
        for (PDPage page : doc.getPages()) {
          assertFontsEmbedded(page.getResources());
        }
      }
    }
  }

  @Test
  void pagesAreNumberedAndTheContentsGivePageNumbers() throws IOException {
    try (PDDocument doc = Loader.loadPDF(render("uk", Lang.EN))) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(2);
      s.setEndPage(2);
      assertThat(s.getText(doc)).contains("Page 2 / " + pages);
      s.setStartPage(1);
      s.setEndPage(1);
      String toc = s.getText(doc);
      assertThat(toc).contains("Contents").doesNotContain("Page 1 /");
      // each section line ends with its page number after the leader dots
      var m = Pattern.compile("3 Drivers scorecard[ .]*?(\\d+)\\s*$", Pattern.MULTILINE).matcher(toc);
      assertThat(m.find()).as("contents line of section 3 in:%n%s", toc).isTrue();
      int page = Integer.parseInt(m.group(1));
      s.setStartPage(page);
      s.setEndPage(page);
      assertThat(s.getText(doc)).contains("3 Drivers scorecard");
      assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
      assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("1 Summary");
    }
  }

  @Test
  void chartsAreVectorsAndPageOneRendersToPng() throws IOException {
    try (PDDocument doc = Loader.loadPDF(render("gba", Lang.ZH))) {
      for (PDPage page : doc.getPages()) {
        assertNoRasterImages(page.getResources());
      }
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      Path png = TestFiles.outputDir("pdf").resolve("gba-zh-page1.png");
      ImageIO.write(image, "png", png.toFile());
      assertThat(Files.size(png)).isGreaterThan(1000);
      int dark = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          if (((rgb >> 16) & 0xff) < 128 && ((rgb >> 8) & 0xff) < 128 && (rgb & 0xff) < 160) {
            dark++;
          }
        }
      }
      assertThat(dark).as("dark pixels of page 1 (text and rules)").isGreaterThan(2000);
    }
  }

  /**
   * Tables fit the page in both languages: every character lies inside the page box, the hand-over reasons (the
   * longest texts of the report) are there as text, and the report keeps a reasonable length.
   */
  @Test
  void tablesFitThePageAndTheirLongTextsAreExtractable() throws IOException {
    for (String[] c : new String[][] {{"gba", "zh"}, {"gba", "en"}, {"yrd", "en"}, {"yrd", "zh"}}) {
      Lang lang = Lang.parse(c[1]);
      byte[] bytes = render(c[0], lang);
      Files.write(TestFiles.outputDir("pdf").resolve(c[0] + "-" + c[1] + "-layout.pdf"), bytes);
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        org.hanse.report.ReportChecks.checkTextInsidePages(doc, c[0] + " " + c[1]);
        assertThat(doc.getNumberOfPages()).as(c[0] + " " + c[1] + " pages").isBetween(6, 30);
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        var cluster = DATA.cluster(c[0]).orElseThrow();
        var plan = new org.hanse.advise.handover.HandoverAdvisor(DATA).plan(cluster.id(), cluster.centralIds().get(0),
            null, org.hanse.advise.handover.HandoverAdvisor.DEFAULT_SHARE);
        int checked = 0;
        for (var f : plan.functions()) {
          for (var k : f.candidates().subList(0, Math.min(3, f.candidates().size()))) {
            for (var reason : k.reasons()) {
              assertThat(text).as(c[0] + " " + c[1] + " hand-over reason").contains(
                  reason.text(lang).replaceAll("\\s+", ""));
              checked++;
            }
          }
        }
        assertThat(checked).isPositive();
      }
    }
  }

  @Test
  void aFontWithoutTrueTypeOutlinesIsRefusedClearly() throws IOException {
    Path otf = Files.createTempFile("fake", ".otf");
    Files.write(otf, new byte[] {'O', 'T', 'T', 'O', 0, 1, 0, 0, 0, 0, 0, 0});
    assertThatThrownBy(() -> CjkFont.of(otf)).isInstanceOf(CjkFont.FontNotFoundException.class)
        .hasMessageContaining("CFF").hasMessageContaining("fonts-wqy-microhei");
    assertThatThrownBy(() -> CjkFont.of(otf.resolveSibling("no-such-font.ttc")))
        .isInstanceOf(CjkFont.FontNotFoundException.class).hasMessageContaining("does not exist");
    Files.delete(otf);
  }

  private static void assertFontsEmbedded(PDResources res) throws IOException {
    for (COSName name : res.getFontNames()) {
      PDFont f = res.getFont(name);
      assertThat(f.isEmbedded()).as("font %s embedded", f.getName()).isTrue();
    }
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      if (x instanceof PDFormXObject form && form.getResources() != null) {
        assertFontsEmbedded(form.getResources());
      }
    }
  }

  private static void assertNoRasterImages(PDResources res) throws IOException {
    for (COSName name : res.getXObjectNames()) {
      PDXObject x = res.getXObject(name);
      assertThat(x).as("XObject %s", name.getName()).isNotInstanceOf(PDImageXObject.class);
      if (x instanceof PDFormXObject form && form.getResources() != null) {
        assertNoRasterImages(form.getResources());
      }
    }
  }
}
