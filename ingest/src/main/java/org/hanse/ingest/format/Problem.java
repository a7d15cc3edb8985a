package org.hanse.ingest.format;

/**
 * One problem found in an input file: where it is and which rule the value breaks.
 *
 * @param file   file name (relative to the folder read), e.g. {@code cities.csv}
 * @param row    1-based line number in the file where the record starts; 0 when the problem concerns the whole file
 * @param column column name; empty when the problem concerns the whole row or file
 * @param value  the offending value as read; empty when there is none
 * @param rule   what is wrong, in words a user can act on
 */
public record Problem(String file, int row, String column, String value, String rule) {
  public Problem {
    file = file == null ? "" : file;
    column = column == null ? "" : column;
    value = value == null ? "" : value;
    rule = rule == null ? "" : rule;
  }

  /** A problem that concerns a whole file (missing, unreadable, bad header). */
  public static Problem ofFile(String file, String rule) {
    return new Problem(file, 0, "", "", rule);
  }

  /** One line, e.g. {@code cities.csv:12: column latitude, value '91': must be between -90 and 90}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (row > 0) {
      s.append(':').append(row);
    }
    s.append(": ");
    if (!column.isEmpty()) {
      s.append("column ").append(column);
      s.append(value.isEmpty() ? ": " : ", value '" + abbreviate(value) + "': ");
    } else if (!value.isEmpty()) {
      s.append("value '").append(abbreviate(value)).append("': ");
    }
    return s.append(rule).toString();
  }

  private static String abbreviate(String v) {
    String oneLine = v.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }
}
