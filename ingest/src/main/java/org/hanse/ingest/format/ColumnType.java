package org.hanse.ingest.format;

import java.util.Locale;

/**
 * The type of a column in a Hanse CSV file: how its text is checked. An empty cell is never checked here; whether a
 * value is required is a property of the {@link Column}.
 */
public enum ColumnType {
  /** Free text (names, citations); any UTF-8 string. */
  TEXT("text"),
  /** An identifier: no leading or trailing spaces. */
  ID("identifier"),
  /** A whole number (64 bit). */
  INTEGER("integer"),
  /** A calendar year, four digits. */
  YEAR("year"),
  /** A finite decimal number, e.g. {@code 3}, {@code 0.25}, {@code 1.5E9}. */
  NUMBER("number"),
  /** A finite positive number. */
  POSITIVE_NUMBER("positive number"),
  /** WGS84 latitude in degrees, -90 to 90. */
  LATITUDE("latitude"),
  /** WGS84 longitude in degrees, -180 to 180. */
  LONGITUDE("longitude"),
  /** ISO 3166-1 alpha-2 code in capitals, e.g. {@code CN}, {@code HK}. */
  COUNTRY("ISO 3166-1 alpha-2 code"),
  /** One of a fixed list of lower-case keys; the list is given by the column. */
  KEY("key");


  private final String label;

  ColumnType(String label) {
    this.label = label;
  }

  /** Human name of the type, used in documentation and error messages. */
  public String label() {
    return label;
  }

  /**
   * Checks a non-empty value.
   *
   * @return {@code null} when the value is valid, otherwise the rule it breaks
   */
  public String violation(String v) {
    // Hand-written checks rather than regular expressions: they run on every cell of every file read.
    switch (this) {
      case TEXT:
        return null;
      case ID:
        return Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))
            ? "must not start or end with spaces" : null;
      case INTEGER:
        return isWhole(v) ? null : "must be a whole number";
      case YEAR:
        return v.length() == 4 && digits(v, 0) ? null : "must be a year of four digits";
      case NUMBER:
        return decimal(v) != null ? null : "must be a finite number";
      case POSITIVE_NUMBER: {
        Double d = decimal(v);
        return d != null && d > 0 ? null : "must be a positive finite number";
      }
      case LATITUDE:
        return inRange(v, -90, 90) ? null : "must be a latitude between -90 and 90";
      case LONGITUDE:
        return inRange(v, -180, 180) ? null : "must be a longitude between -180 and 180";
      case COUNTRY:
        return v.length() == 2 && v.charAt(0) >= 'A' && v.charAt(0) <= 'Z' && v.charAt(1) >= 'A'
            && v.charAt(1) <= 'Z' ? null : "must be an ISO 3166-1 alpha-2 code of two capital letters";
      case KEY:
        return v.equals(v.toLowerCase(Locale.ROOT).strip()) ? null : "must be a lower-case key";
      default:
        throw new AssertionError(this);
    }
  }

  private static boolean digits(String v, int from) {
    if (from >= v.length()) {
      return false;
    }
    for (int i = from; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhole(String v) {
    int from = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
    return v.length() - from <= 18 && digits(v, from);
  }

  /** The value of a plain decimal number ({@code 3}, {@code -0.25}, {@code 1.5E9}); null for anything else. */
  static Double decimal(String v) {
    boolean digit = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return null; // rules out NaN, Infinity, hex and type suffixes that Double.parseDouble would accept
      }
    }
    if (!digit) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean inRange(String v, double lo, double hi) {
    Double d = decimal(v);
    return d != null && d >= lo && d <= hi;
  }
}
