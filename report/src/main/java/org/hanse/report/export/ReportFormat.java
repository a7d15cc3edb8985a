package org.hanse.report.export;

import java.util.Locale;

/** The renderings of a cluster report. */
public enum ReportFormat {
  /** One self-contained, printable HTML page with inline SVG charts. */
  HTML("html"),
  /** PDF with embedded CJK font, vector charts, page numbers and contents. */
  PDF("pdf"),
  /** XLSX workbook with one sheet per table. */
  XLSX("xlsx");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public static ReportFormat parse(String s) {
    String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.extension.equals(k)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format '" + s + "' (use html, pdf or xlsx)");
  }
}
