package org.hanse.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hanse.model.Lang;

/**
 * A front end's own words in one language, by key: {@code BASE_en.properties}, {@code BASE_zh.properties} beside a
 * class, read in UTF-8 (not the ISO-8859-1 of {@link Properties#load(InputStream)}, so the Chinese texts are written
 * as they read). Placeholders {@code {0}}, {@code {1}} … are replaced literally (no MessageFormat quoting rules), so
 * apostrophes in English need no escaping. Used by the report's texts and the command line's; the analysis module's
 * texts for people are translated by {@link Localizer} instead, which matches the English they are written in.
 */
public final class Catalogue {
  private static final Map<String, Properties> READ = new ConcurrentHashMap<>();

  private final Lang lang;
  private final Properties words;
  private final String name;

  private Catalogue(Lang lang, Properties words, String name) {
    this.lang = lang;
    this.words = words;
    this.name = name;
  }

  /** The words of {@code base} beside {@code anchor} in {@code lang}. */
  public static Catalogue of(Class<?> anchor, String base, Lang lang) {
    String name = fileName(base, lang);
    return new Catalogue(lang, READ.computeIfAbsent(anchor.getName() + "|" + name, k -> read(anchor, name)), name);
  }

  /** All keys of a language (for the test that both languages have the same keys). */
  public static Set<String> keys(Class<?> anchor, String base, Lang lang) {
    return of(anchor, base, lang).words.stringPropertyNames();
  }

  public Lang lang() {
    return lang;
  }

  /** The text of a key with its placeholders filled; throws for an unknown key so none goes unnoticed. */
  public String t(String key, Object... args) {
    String s = words.getProperty(key);
    if (s == null) {
      throw new MissingResourceException("no text '" + key + "' in " + name, Catalogue.class.getName(), key);
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

  /** The resource {@code name} beside {@code anchor}; a missing resource is a packaging fault, not a user error. */
  static Properties read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fileName(String base, Lang lang) {
    return base + "_" + lang.name().toLowerCase(Locale.ROOT) + ".properties";
  }
}
