package org.hanse.ingest.format;

import java.util.List;
import java.util.Objects;

/**
 * One column of a Hanse CSV file.
 *
 * @param name        header name, lower case with underscores
 * @param type        how values are checked
 * @param required    whether every row must give a value (a required column must also be in the header)
 * @param allowed     for {@link ColumnType#KEY} columns, the allowed keys; empty otherwise
 * @param description what the column means, for the documentation
 */
public record Column(String name, ColumnType type, boolean required, List<String> allowed, String description) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    allowed = List.copyOf(allowed);
    Objects.requireNonNull(description, "description");
  }

  public static Column required(String name, ColumnType type, String description) {
    return new Column(name, type, true, List.of(), description);
  }

  public static Column optional(String name, ColumnType type, String description) {
    return new Column(name, type, false, List.of(), description);
  }

  public static Column key(String name, boolean required, List<String> allowed, String description) {
    return new Column(name, ColumnType.KEY, required, allowed, description);
  }

  /** The rule a non-empty value breaks, or {@code null} when it is valid. */
  public String violation(String value) {
    String v = type.violation(value);
    if (v == null && !allowed.isEmpty() && !allowed.contains(value)) {
      return "must be one of " + String.join(", ", allowed);
    }
    return v;
  }
}
