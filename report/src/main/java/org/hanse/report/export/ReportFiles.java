package org.hanse.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hanse.model.Lang;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.html.ReportHtml;
import org.hanse.report.pdf.PdfReport;
import org.hanse.report.xlsx.XlsxTables;

/** Writes a {@link ClusterReport} in one of the {@link ReportFormat}s, to a stream or into a folder. */
public final class ReportFiles {
  private ReportFiles() {}

  /** The file name of a report: {@code hanse-<cluster>-<lang>.<ext>}. */
  public static String fileName(ClusterReport r, ReportFormat f) {
    return "hanse-" + r.clusterId() + "-" + r.lang().name().toLowerCase(Locale.ROOT) + "." + f.extension();
  }

  /**
   * Writes the report into {@code dir} (created if needed).
   *
   * @param pdf the PDF renderer (it carries the CJK font); only used for {@link ReportFormat#PDF}
   * @return the file written
   */
  public static Path write(ClusterReport r, ReportFormat f, Path dir, PdfReport pdf) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(fileName(r, f));
    try (OutputStream out = Files.newOutputStream(file)) {
      write(r, f, out, pdf);
    }
    return file;
  }

  public static void write(ClusterReport r, ReportFormat f, OutputStream out, PdfReport pdf) throws IOException {
    switch (f) {
      case HTML -> out.write(ReportHtml.render(r, ReportHtml.Target.SCREEN).getBytes(StandardCharsets.UTF_8));
      case PDF -> {
        if (pdf == null) {
          throw new IllegalArgumentException("a PDF needs a PDF renderer with a CJK font");
        }
        pdf.write(r, out);
      }
      case XLSX -> XlsxTables.write(r.title(), metadata(r), r.tables(), out);
      default -> throw new IllegalStateException(f.name());
    }
  }

  /** The lines of the "about" sheet. */
  static Map<String, String> metadata(ClusterReport r) {
    Map<String, String> m = new LinkedHashMap<>();
    boolean zh = r.lang() == Lang.ZH;
    m.put(zh ? "城市群" : "cluster", r.clusterId());
    m.put(zh ? "数据" : "data", r.datasetLabel());
    m.put(zh ? "生成日期" : "generated", r.generatedOn());
    m.put(zh ? "说明" : "note", zh
        ? "每个表格一张工作表；表头含单位；数值以数字存储；空单元格表示无数据（不是 0）；以 = + - @ 开头的文本已标记为文本。"
        : "One sheet per table; units in the headers; numbers stored as numbers; an empty cell means no data (not 0);"
            + " text starting with = + - @ is marked as text.");
    return m;
  }
}
