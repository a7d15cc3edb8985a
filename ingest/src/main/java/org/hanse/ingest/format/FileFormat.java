package org.hanse.ingest.format;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The layout of one CSV file: its name, what one row is, and its columns in the order they are written.
 *
 * @param fileName    e.g. {@code cities.csv}
 * @param rowMeaning  what one row records, for the documentation
 * @param columns     the columns, in written order
 */
public record FileFormat(String fileName, String rowMeaning, List<Column> columns) {
  public FileFormat {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(rowMeaning, "rowMeaning");
    columns = List.copyOf(columns);
    Map<String, Column> seen = new HashMap<>();
    for (Column c : columns) {
      if (seen.put(c.name(), c) != null) {
        throw new IllegalArgumentException(fileName + " defines column " + c.name() + " twice");
      }
    }
  }

  public Column column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(fileName + " has no column " + name));
  }

  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }
}
