package org.hanse.report.text;

import java.util.List;

/** RFC 4180 CSV lines: fields with a comma, quote, line break or outer spaces are quoted, quotes doubled. */
public final class Csv {
  private Csv() {}

  public static String field(String s) {
    if (s == null) {
      return "";
    }
    boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /** One line ending with CRLF, as RFC 4180 asks. */
  public static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    return b.append("\r\n").toString();
  }
}
