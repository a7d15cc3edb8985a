package org.hanse.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.util.EnumSet;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.html.ReportHtml;

/**
 * The PDF rendering of a report: the XHTML of {@link ReportHtml} ({@link ReportHtml.Target#PDF}) laid out by
 * openhtmltopdf with CSS paged media (A4, page numbers "n / N" in the footer, a table of contents with page numbers,
 * PDF bookmarks per section), the CJK TrueType font embedded (subset) for the text and the charts drawn as vectors
 * by Batik.
 */
public final class PdfReport {
  static {
    // The renderer logs its progress and every CSS property it does not know at INFO and WARNING on stderr; a
    // report run is not the place for either. Severe problems still show (and a failed rendering throws).
    XRLog.setLoggerImpl(new SevereOnly());
  }

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

  /** Passes on the renderer's SEVERE log messages only, to java.util.logging. */
  private static final class SevereOnly implements XRLogger {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
      if (level.intValue() >= Level.SEVERE.intValue()) {
        LOG.log(level, msg);
      }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      if (level.intValue() >= Level.SEVERE.intValue()) {
        LOG.log(level, msg, th);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue();
    }
  }

  /** Renders any well-formed XHTML that uses the font family "CJK". */
  public void writeHtml(String xhtml, OutputStream out) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.usePDDocument(doc);
      // The font is loaded here as one face (a .ttc collection is otherwise registered under its own face names,
      // so "CJK" would not match and Latin text would fall back to a non-embedded standard font). The face serves
      // normal and bold text: the CJK fonts have no bold face, and the page uses no italic.
      PDFont face = font.load(doc);
      for (int weight : new int[] {400, 700}) {
        b.useFont(new PDFontSupplier(face), "CJK", weight, BaseRendererBuilder.FontStyle.NORMAL, true);
      }
      for (int weight : new int[] {400, 700}) {
        b.useFont(font.awtFontFile().toFile(), "CJK", weight, BaseRendererBuilder.FontStyle.NORMAL, true,
            EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG));
      }
      b.useSVGDrawer(new BatikSVGDrawer());
      b.withProducer("Hanse");
      b.withHtmlContent(xhtml, null);
      b.toStream(out);
      b.run();
    }
  }
}
