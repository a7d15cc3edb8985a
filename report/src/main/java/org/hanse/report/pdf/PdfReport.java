package org.hanse.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.html.ReportHtml;

/**
 * The PDF rendering of a report: the XHTML of {@link ReportHtml} ({@link ReportHtml.Target#PDF}) laid out by
 * openhtmltopdf with CSS paged media (A4, page numbers "n / N" in the footer, a table of contents with page numbers,
 * PDF bookmarks per section), the CJK TrueType font embedded (subset) for the text and the charts drawn as vectors
 * by Batik.
 */
public final class PdfReport {
  private final CjkFont font;

  public PdfReport(CjkFont font) {
    this.font = font;
  }

  /** With the font found by {@link CjkFont#locate()}. */
  public static PdfReport withDefaultFont() {
    return new PdfReport(CjkFont.locate());
  }

  public void write(ClusterReport report, OutputStream out) throws IOException {
    writeHtml(ReportHtml.render(report, ReportHtml.Target.PDF), out);
  }

  public byte[] render(ClusterReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Renders any well-formed XHTML that uses the font family "CJK". */
  public void writeHtml(String xhtml, OutputStream out) throws IOException {
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.useFont(font.file().toFile(), "CJK", 400, BaseRendererBuilder.FontStyle.NORMAL, true,
        EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT, BaseRendererBuilder.FSFontUseCase.SVG,
            BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
    b.useSVGDrawer(new BatikSVGDrawer());
    b.withProducer("Hanse");
    b.withHtmlContent(xhtml, null);
    b.toStream(out);
    b.run();
  }
}
