package org.hanse.cli;

import java.util.List;
import java.util.Locale;

/** The output formats of the table commands. */
final class TableFormat {
  static final List<String> FORMATS = List.of("text", "csv", "json");

  private TableFormat() {}

  static String parse(String s) {
    String f = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(f)) {
      throw new UserError("unknown format '" + s + "'; use text, csv or json");
    }
    return f;
  }
}
