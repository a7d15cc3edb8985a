package org.hanse.report.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import org.hanse.model.Lang;

/**
 * The report's words in both languages, read from {@code messages_en.properties} and {@code messages_zh.properties}
 * (UTF-8) beside this class. Placeholders {@code {0}}, {@code {1}} … are replaced literally (no MessageFormat
 * quoting rules), so apostrophes in English text need no escaping.
 */
public final class Texts {
  private static final Map<Lang, Properties> BUNDLES = new EnumMap<>(Lang.class);

  private final Lang lang;
  private final Properties words;

  private Texts(Lang lang) {
    this.lang = lang;
    this.words = load(lang);
  }

  public static Texts of(Lang lang) {
    return new Texts(lang);
  }

  public Lang lang() {
    return lang;
  }

  private static synchronized Properties load(Lang lang) {
    return BUNDLES.computeIfAbsent(lang, l -> {
      String name = "messages_" + l.name().toLowerCase(Locale.ROOT) + ".properties";
      try (InputStream in = Texts.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return p;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The text of a key with its placeholders filled; throws for an unknown key so none goes unnoticed. */
  public String t(String key, Object... args) {
    String s = words.getProperty(key);
    if (s == null) {
      throw new MissingResourceException("no text '" + key + "' for " + lang, Texts.class.getName(), key);
    }
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** True when the key exists in this language. */
  public boolean has(String key) {
    return words.containsKey(key);
  }

  /** All keys of a language (for the test that both languages have the same keys). */
  public static java.util.Set<String> keys(Lang lang) {
    return load(lang).stringPropertyNames();
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
