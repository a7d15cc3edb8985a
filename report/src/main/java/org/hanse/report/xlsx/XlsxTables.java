package org.hanse.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hanse.report.assessment.ReportTable;

/**
 * Writes tables to one XLSX workbook: a first sheet "about" (title, metadata, and each table's caption and
 * provenance) and then one sheet per table, named by the table id, with
 * <ul>
 *   <li>row 1 = the column headers with their units ("Population (persons)"), frozen so it stays visible;</li>
 *   <li>numbers stored as numbers (integers with format {@code #,##0}, decimals with the column's decimals, years
 *       with {@code 0}); a missing value is an empty cell, never 0;</li>
 *   <li>formula injection neutralised: a text cell is always a string cell (never a formula), and a text that
 *       starts with {@code = + - @}, a tab or a carriage return is additionally stored with Excel's
 *       "quote prefix" style (the apostrophe Excel shows in the formula bar), so that editing the cell does not turn
 *       it into a formula either; the stored text itself is unchanged.</li>
 * </ul>
 */
public final class XlsxTables {
  /** Excel's limit on sheet-name length. */
  static final int MAX_SHEET_NAME = 31;

  private XlsxTables() {}

  /** Whether a text would be read as a formula (or DDE) by a spreadsheet if typed in. */
  public static boolean looksLikeFormula(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Writes the workbook.
   *
   * @param title    workbook title (first line of the "about" sheet and document property)
   * @param metadata lines of the "about" sheet after the title (label → value), e.g. data, date, language
   * @param tables   the tables, one sheet each, in order
   */
  public static void write(String title, Map<String, String> metadata, List<ReportTable> tables, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties().getCoreProperties().setTitle(title);
      wb.getProperties().getCoreProperties().setCreator("Hanse");
      Styles st = new Styles(wb);
      Sheet about = wb.createSheet("about");
      int r = 0;
      text(about.createRow(r++), 0, title, st.bold);
      for (Map.Entry<String, String> e : metadata.entrySet()) {
        Row row = about.createRow(r++);
        text(row, 0, e.getKey(), st.bold);
        text(row, 1, e.getValue(), st.text);
      }
      r++;
      Row head = about.createRow(r++);
      text(head, 0, "sheet", st.header);
      text(head, 1, "table", st.header);
      text(head, 2, "provenance", st.header);
      Set<String> used = new HashSet<>();
      used.add("about");
      String[] names = new String[tables.size()];
      for (int i = 0; i < tables.size(); i++) {
        names[i] = sheetName(tables.get(i).id(), used);
        Row row = about.createRow(r++);
        text(row, 0, names[i], st.text);
        text(row, 1, tables.get(i).title(), st.text);
        text(row, 2, tables.get(i).provenance(), st.text);
      }
      about.setColumnWidth(0, 24 * 256);
      about.setColumnWidth(1, 50 * 256);
      about.setColumnWidth(2, 120 * 256);
      about.createFreezePane(0, 1);
      for (int i = 0; i < tables.size(); i++) {
        sheet(wb, st, names[i], tables.get(i));
      }
      wb.write(out);
    }
  }

  private static void sheet(Workbook wb, Styles st, String name, ReportTable t) {
    Sheet sheet = wb.createSheet(name);
    List<ReportTable.Column> cols = t.columns();
    Row head = sheet.createRow(0);
    int[] width = new int[cols.size()];
    CellStyle[] numberStyles = new CellStyle[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      ReportTable.Column col = cols.get(c);
      text(head, c, col.headerWithUnit(), st.header);
      width[c] = displayWidth(col.headerWithUnit());
      numberStyles[c] = switch (col.type()) {
        case INTEGER -> st.integer;
        case YEAR -> st.year;
        case DECIMAL -> st.decimal(col.decimals());
        case TEXT -> st.text;
      };
    }
    int r = 1;
    for (List<Object> values : t.rows()) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < cols.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        if (v instanceof Number n) {
          Cell cell = row.createCell(c);
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(numberStyles[c]);
          width[c] = Math.max(width[c], Math.min(18, String.valueOf(n).length() + 3));
        } else {
          String s = (String) v;
          text(row, c, s, looksLikeFormula(s) ? st.quoted : st.text);
          width[c] = Math.max(width[c], Math.min(60, displayWidth(s)));
        }
      }
    }
    for (int c = 0; c < cols.size(); c++) {
      sheet.setColumnWidth(c, Math.max(8, Math.min(60, width[c] + 2)) * 256);
    }
    sheet.createFreezePane(0, 1);
    if (!t.rows().isEmpty()) {
      sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, t.rows().size(), 0, cols.size() - 1));
    }
  }

  /** Writes a string cell (never a formula). */
  private static void text(Row row, int c, String s, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(s);
    cell.setCellStyle(style);
  }

  /** A unique, valid sheet name derived from an id: at most 31 characters, none of []:*?/\ . */
  static String sheetName(String id, Set<String> used) {
    String base = id.replaceAll("[\\[\\]:*?/\\\\']", "-");
    if (base.isEmpty()) {
      base = "table";
    }
    base = base.substring(0, Math.min(MAX_SHEET_NAME, base.length()));
    String name = base;
    int k = 2;
    while (used.contains(name.toLowerCase(Locale.ROOT))) {
      String suffix = "-" + k++;
      name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /** Approximate width in character units: CJK characters count double. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp < 0xFF00 ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle text;
    final CellStyle quoted;
    final CellStyle integer;
    final CellStyle year;
    private final Workbook wb;
    private final DataFormat format;
    private final Map<Integer, CellStyle> decimals = new java.util.HashMap<>();

    Styles(Workbook wb) {
      this.wb = wb;
      this.format = wb.createDataFormat();
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      Font white = wb.createFont();
      white.setBold(true);
      white.setColor(IndexedColors.WHITE.getIndex());
      header = wb.createCellStyle();
      header.setFont(white);
      header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.TOP);
      bold = wb.createCellStyle();
      bold.setFont(boldFont);
      text = wb.createCellStyle();
      text.setDataFormat(format.getFormat("@"));
      text.setVerticalAlignment(VerticalAlignment.TOP);
      quoted = wb.createCellStyle();
      quoted.cloneStyleFrom(text);
      quoted.setQuotePrefixed(true);
      integer = wb.createCellStyle();
      integer.setDataFormat(format.getFormat("#,##0"));
      year = wb.createCellStyle();
      year.setDataFormat(format.getFormat("0"));
    }

    CellStyle decimal(int places) {
      return decimals.computeIfAbsent(places, p -> {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format.getFormat(p == 0 ? "#,##0" : "#,##0." + "0".repeat(p)));
        return s;
      });
    }
  }
}
