package org.hanse.report.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV writing (comma, CRLF, fields quoted when needed) with formula injection neutralised: a text field
 * that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe ({@code '}), as OWASP
 * recommends, so that a spreadsheet shows it as text instead of running it. Numbers are written in the ROOT locale
 * without thousands separators; a missing value is an empty field.
 */
public final class Csv {
  private Csv() {}

  /** The text with a leading apostrophe if a spreadsheet would read it as a formula. */
  public static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  /** One field: quoted when it contains a comma, a quote or a line break. */
  public static String field(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** A number: integers without decimals, others with up to 10 significant decimals, no exponent. */
  public static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros()
        .toPlainString();
    return s.toLowerCase(Locale.ROOT);
  }

  /** Writes a row of cells: String (neutralised), Number, or null (empty). */
  public static void row(Writer w, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      Object c = cells.get(i);
      if (c == null) {
        continue;
      }
      if (c instanceof Number n) {
        w.write(number(n.doubleValue()));
      } else {
        w.write(field(neutralise(c.toString())));
      }
    }
    w.write("\r\n");
  }
}
