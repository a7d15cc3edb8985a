package org.hanse.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hanse.report.assessment.ReportTable;

/**
 * A {@link ReportTable} (a table of a report or of the dashboard) as CSV for spreadsheets: UTF-8 with a byte-order
 * mark (so that Excel reads Chinese correctly), one header row with units ("Population (persons)"), numbers as plain
 * numbers, missing values as empty fields and formula injection neutralised ({@link Csv}).
 */
public final class TableCsv {
  private TableCsv() {}

  public static void write(ReportTable table, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    List<String> header = new ArrayList<>();
    table.columns().forEach(c -> header.add(c.headerWithUnit()));
    Csv.row(w, header);
    for (List<Object> row : table.rows()) {
      Csv.row(w, row);
    }
    w.flush();
  }
}
