package org.hanse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ReportTable;

/** Checks of a generated report shared by the report tests. */
public final class ReportChecks {
  private ReportChecks() {}

  private static final java.util.regex.Pattern CJK = java.util.regex.Pattern.compile("[\u4e00-\u9fff]");

  /**
   * The analysis module's English texts reach a Chinese report in Chinese: every cell of the missing-data table
   * (part, what, why), the indicators the data lack, the co-hosting reasons.
   */
  public static void checkChinese(ClusterReport r) {
    for (ReportTable t : r.tables()) {
      for (List<Object> row : t.rows()) {
        switch (t.id()) {
          case "missing" -> {
            for (int c : new int[] {0, 2, 3}) {
              assertThat((String) row.get(c)).as(r.clusterId() + " missing: " + row).containsPattern(CJK);
            }
          }
          case "drivers-scorecard" -> assertThat((String) row.get(5)).as(r.clusterId() + " " + row)
              .matches(x -> x.equals("—") || CJK.matcher(x).find(), "Chinese or none");
          case "functions-scores" -> assertThat((String) row.get(6)).as(r.clusterId() + " " + row)
              .matches(x -> x.equals("—") || CJK.matcher(x).find(), "Chinese or none");
          case "advice-cohosting" -> assertThat((String) row.get(5)).as(r.clusterId() + " " + row)
              .containsPattern(CJK).doesNotContain("≥ 0").doesNotContain("air route");
          default -> { }
        }
      }
    }
  }


  /**
   * Every character of the document lies inside its page (a table column that runs off the right edge puts its
   * text outside the media box); half a point of tolerance for rounding.
   */
  public static void checkTextInsidePages(PDDocument doc, String what) throws IOException {
    List<String> outside = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition t) {
        PDRectangle box = getCurrentPage().getMediaBox();
        float x = t.getXDirAdj();
        float y = t.getYDirAdj();
        if (x < -0.5f || x + t.getWidthDirAdj() > box.getWidth() + 0.5f || y < -0.5f
            || y > box.getHeight() + 0.5f) {
          if (outside.size() < 20) {
            outside.add("page " + getCurrentPageNo() + " '" + t.getUnicode() + "' at x " + x + ", y " + y);
          }
        }
        super.processTextPosition(t);
      }
    };
    stripper.getText(doc);
    assertThat(outside).as(what + ": text outside the page").isEmpty();
  }
}
