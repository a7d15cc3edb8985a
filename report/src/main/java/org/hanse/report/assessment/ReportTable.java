package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report or of the dashboard: typed columns (with units), rows of cells and the provenance of its
 * numbers. The same object is rendered as an HTML table, a PDF table, one XLSX sheet and one CSV file.
 *
 * <p>A cell is a {@link String}, a {@link Number} or {@code null} for a missing value; a missing value is shown as
 * missing (empty cell in XLSX/CSV, "n/a" in HTML), never as zero.
 *
 * @param id         stable id (ASCII, e.g. {@code members}); names the XLSX sheet and the CSV file
 * @param title      caption in the report's language
 * @param columns    the columns
 * @param rows       the rows; each has one cell per column
 * @param provenance where the numbers come from (method, parameters, data), in the report's language; may be empty
 *                   for tables of plain facts from the data, whose source is then named in a column
 */
public record ReportTable(String id, String title, List<Column> columns, List<List<Object>> rows, String provenance) {
  public ReportTable {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("table id must be lower-case ASCII with dashes: " + id);
    }
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
            + columns.size() + " columns");
      }
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        if (v != null && !(v instanceof String) && !(v instanceof Number)) {
          throw new IllegalArgumentException("table " + id + ": cell of type " + v.getClass().getSimpleName());
        }
        if (v instanceof Number n && !Double.isFinite(n.doubleValue())) {
          throw new IllegalArgumentException("table " + id + ": column " + columns.get(c).header()
              + " has a non-finite value; store a missing value as null");
        }
        if (v instanceof Number && columns.get(c).type() == ColumnType.TEXT) {
          throw new IllegalArgumentException("table " + id + ": number in text column " + columns.get(c).header());
        }
        if (v instanceof String && columns.get(c).type() != ColumnType.TEXT) {
          throw new IllegalArgumentException("table " + id + ": text in number column " + columns.get(c).header());
        }
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
    provenance = provenance == null ? "" : provenance;
  }

  /** How a column's cells are stored and shown. */
  public enum ColumnType {
    /** Text. */
    TEXT,
    /** Whole numbers (counts, years, ranks). */
    INTEGER,
    /** Decimal numbers, shown with the column's decimals. */
    DECIMAL,
    /** Calendar years: whole numbers shown without thousands separators. */
    YEAR
  }

  /**
   * A column.
   *
   * @param header   header in the report's language, without the unit
   * @param unit     unit, e.g. {@code persons}, {@code ties}, {@code km}; empty for text and pure numbers (indices)
   * @param type     cell type
   * @param decimals decimals shown for {@link ColumnType#DECIMAL}
   */
  public record Column(String header, String unit, ColumnType type, int decimals) {
    public Column {
      Objects.requireNonNull(header, "header");
      unit = unit == null ? "" : unit;
      Objects.requireNonNull(type, "type");
    }

    public static Column text(String header) {
      return new Column(header, "", ColumnType.TEXT, 0);
    }

    public static Column integer(String header, String unit) {
      return new Column(header, unit, ColumnType.INTEGER, 0);
    }

    public static Column year(String header) {
      return new Column(header, "", ColumnType.YEAR, 0);
    }

    public static Column decimal(String header, String unit, int decimals) {
      return new Column(header, unit, ColumnType.DECIMAL, decimals);
    }

    /** The header with its unit, e.g. {@code Population (persons)}. */
    public String headerWithUnit() {
      return unit.isEmpty() ? header : header + " (" + unit + ")";
    }
  }

  /** Collects rows for a table. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private String provenance = "";

    public Builder(String id, String title) {
      this.id = id;
      this.title = title;
    }

    public Builder column(Column c) {
      columns.add(c);
      return this;
    }

    public Builder row(Object... cells) {
      rows.add(java.util.Arrays.asList(cells));
      return this;
    }

    public Builder provenance(String p) {
      this.provenance = p;
      return this;
    }

    public int rowCount() {
      return rows.size();
    }

    public ReportTable build() {
      return new ReportTable(id, title, columns, rows, provenance);
    }
  }
}
