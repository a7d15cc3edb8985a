package org.hanse.ingest.format;

import java.util.List;

/**
 * One record of a CSV file as read: its fields and the line it starts on.
 *
 * @param line   1-based line number where the record starts (a quoted field may span several lines)
 * @param fields the fields, unquoted
 */
public record CsvRecord(int line, List<String> fields) {
  public CsvRecord {
    fields = List.copyOf(fields);
  }

  public int size() {
    return fields.size();
  }

  /** The field at {@code index}, or the empty string when the record is shorter. */
  public String get(int index) {
    return index < fields.size() ? fields.get(index) : "";
  }
}
