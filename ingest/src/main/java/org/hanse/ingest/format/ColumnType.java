package org.hanse.ingest.format;

import java.util.Locale;
import java.util.regex.Pattern;

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

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

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
    switch (this) {
      case TEXT:
        return null;
      case ID:
        return v.strip().equals(v) ? null : "must not start or end with spaces";
      case INTEGER:
        return WHOLE.matcher(v).matches() ? null : "must be a whole number";
      case YEAR:
        return FOUR_DIGITS.matcher(v).matches() ? null : "must be a year of four digits";
      case NUMBER:
        return DECIMAL.matcher(v).matches() && Double.isFinite(Double.parseDouble(v)) ? null : "must be a finite number";
      case POSITIVE_NUMBER:
        return DECIMAL.matcher(v).matches() && Double.parseDouble(v) > 0 && Double.isFinite(Double.parseDouble(v))
            ? null : "must be a positive finite number";
      case LATITUDE:
        return inRange(v, -90, 90) ? null : "must be a latitude between -90 and 90";
      case LONGITUDE:
        return inRange(v, -180, 180) ? null : "must be a longitude between -180 and 180";
      case COUNTRY:
        return ISO2.matcher(v).matches() ? null : "must be an ISO 3166-1 alpha-2 code of two capital letters";
      case KEY:
        return v.equals(v.toLowerCase(Locale.ROOT).strip()) ? null : "must be a lower-case key";
      default:
        throw new AssertionError(this);
    }
  }

  private static boolean inRange(String v, double lo, double hi) {
    if (!DECIMAL.matcher(v).matches()) {
      return false;
    }
    double d = Double.parseDouble(v);
    return d >= lo && d <= hi;
  }
}
