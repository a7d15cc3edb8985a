package org.hanse.store.io;

import java.util.List;

/**
 * A table as read from a CSV file, a workbook sheet or a JSON array, before any checking: the header and the rows,
 * each with the row number a user sees (the line of a CSV record, the row of a sheet, the line where a JSON object
 * starts).
 *
 * @param source    where it came from, as problems name it: {@code ties.csv}, {@code data.xlsx#ties}
 * @param kind      the record kind it holds, e.g. {@code ties}; empty when the name does not tell
 * @param headerRow the row number of the header (0 for JSON, which has none)
 * @param header    column names in file order
 * @param rows      the data rows
 * @param note      how it was read, e.g. {@code read as GB18030}; may be empty
 */
public record RawTable(String source, String kind, int headerRow, List<String> header, List<Row> rows, String note) {
  public RawTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * One row: cells aligned with the header (a CSV record with a different number of fields keeps what it had, and
   * {@code fieldCount} tells).
   *
   * @param row        the row number users see
   * @param cells      cell texts in header order
   * @param fieldCount how many fields the row really had; differs from the header size for ragged CSV records
   * @param wrongTypes columns whose value had a type no column accepts (JSON objects and arrays), with that type
   */
  public record Row(int row, List<String> cells, int fieldCount, java.util.Map<String, String> wrongTypes) {
    public Row {
      cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
      wrongTypes = java.util.Map.copyOf(wrongTypes);
    }

    public Row(int row, List<String> cells) {
      this(row, cells, cells.size(), java.util.Map.of());
    }
  }
}
