package org.hanse.server.web;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hanse.model.Lang;

/**
 * The dashboard's two languages: picking one for a request and looking up its words. Bundles are UTF-8
 * {@code i18n/messages_zh.properties} and {@code i18n/messages_en.properties}; both must hold the same keys (a test
 * checks it).
 */
public final class I18n {
  public static final String COOKIE = "hanse_lang";
  private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("zh"), Locale.forLanguageTag("en"));

  private final Map<Lang, ResourceBundle> bundles = new LinkedHashMap<>();

  public I18n() {
    for (Lang lang : Lang.values()) {
      // Without the no-fallback control a missing zh bundle would silently fall back to the JVM's default locale.
      bundles.put(lang, ResourceBundle.getBundle("i18n.messages", locale(lang),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  public static Locale locale(Lang lang) {
    return lang == Lang.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  public static Lang lang(Locale locale) {
    return locale != null && locale.getLanguage().equals("zh") ? Lang.ZH : Lang.EN;
  }

  /**
   * The language for a request: an explicit choice (query parameter, then cookie) wins; otherwise Chinese when the
   * browser ranks a Chinese variant above English, English in every other case.
   */
  public static Lang choose(String queryLang, String cookieLang, String acceptLanguage) {
    for (String explicit : new String[] {queryLang, cookieLang}) {
      Lang l = parseOrNull(explicit);
      if (l != null) {
        return l;
      }
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
        Locale best = Locale.lookup(ranges, SUPPORTED);
        if (best != null) {
          return lang(best);
        }
        // lookup() ignores region-only matches such as zh-TW vs zh; filter() catches them.
        List<Locale> filtered = Locale.filter(ranges, SUPPORTED);
        if (!filtered.isEmpty()) {
          return lang(filtered.get(0));
        }
      } catch (IllegalArgumentException malformedHeader) {
        return Lang.EN;
      }
    }
    return Lang.EN;
  }

  /** The language named by {@code zh}/{@code en} (and the variants {@link Lang#parse} knows), or null. */
  public static Lang parseOrNull(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Lang.parse(s.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String text(Lang lang, String key, Object... args) {
    try {
      String pattern = bundles.get(lang).getString(key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale(lang)).format(args);
    } catch (MissingResourceException e) {
      // A missing key is a bug; show the key rather than fail the whole page.
      return key;
    }
  }

  public boolean has(Lang lang, String key) {
    return bundles.get(lang).containsKey(key);
  }

  public ResourceBundle bundle(Lang lang) {
    return bundles.get(lang);
  }

  /** All entries whose key starts with {@code prefix}, for the texts the scripts need. */
  public Map<String, String> withPrefix(Lang lang, String prefix) {
    Map<String, String> out = new java.util.TreeMap<>();
    ResourceBundle b = bundles.get(lang);
    for (String k : b.keySet()) {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), b.getString(k));
      }
    }
    return out;
  }
}
