package org.hanse.store.io;

import java.util.regex.Pattern;

/**
 * Protection against CSV and spreadsheet formula injection (OWASP "CSV Injection"). A text cell that begins with
 * {@code = + - @}, a tab or a carriage return could be run as a formula when the file is opened in a spreadsheet;
 * on export such a cell gets a leading apostrophe, which spreadsheets show as text. Import removes exactly that
 * apostrophe again, so exporting and re-importing changes nothing: a value that already starts with apostrophes
 * followed by one of those characters gets one more on export and loses one on import.
 */
public final class SpreadsheetSafety {
  private static final Pattern NEEDS_GUARD = Pattern.compile("^'*[=+\\-@\t\r].*", Pattern.DOTALL);
  private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\t\r].*", Pattern.DOTALL);

  private SpreadsheetSafety() {}

  /** The value as it is written to a CSV or XLSX text cell. */
  public static String neutralise(String value) {
    return value != null && NEEDS_GUARD.matcher(value).matches() ? "'" + value : value;
  }

  /** The value as stored, from a CSV or XLSX text cell (undoes {@link #neutralise}). */
  public static String restore(String value) {
    return value != null && GUARDED.matcher(value).matches() ? value.substring(1) : value;
  }

  /** Whether a value would be run as a formula by a spreadsheet if written unguarded. */
  public static boolean looksLikeFormula(String value) {
    return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }
}
