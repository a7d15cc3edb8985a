package org.hanse.report.assessment;

import java.util.Locale;
import org.hanse.model.Lang;

/**
 * The report's words in both languages, read from {@code messages_en.properties} and {@code messages_zh.properties}
 * (UTF-8) beside this class. Placeholders {@code {0}}, {@code {1}} … are replaced literally (no MessageFormat
 * quoting rules), so apostrophes in English text need no escaping.
 */
public final class Texts {
  private final org.hanse.analysis.text.Catalogue words;

  private Texts(Lang lang) {
    this.words = org.hanse.analysis.text.Catalogue.of(Texts.class, "messages", lang);
  }

  public static Texts of(Lang lang) {
    return new Texts(lang);
  }

  public Lang lang() {
    return words.lang();
  }

  /** The text of a key with its placeholders filled; throws for an unknown key so none goes unnoticed. */
  public String t(String key, Object... args) {
    return words.t(key, args);
  }

  /** True when the key exists in this language. */
  public boolean has(String key) {
    return words.has(key);
  }

  /** All keys of a language (for the test that both languages have the same keys). */
  public static java.util.Set<String> keys(Lang lang) {
    return org.hanse.analysis.text.Catalogue.keys(Texts.class, "messages", lang);
  }

  /** A number with thousands separators and fixed decimals. */
  public static String number(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  /** A share in [0, 1] as a percentage with one decimal. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
