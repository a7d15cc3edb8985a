package org.hanse.analysis.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.CoreFunctions;
import org.hanse.analysis.assessment.Driver;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.assessment.IndicatorInfo;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * Puts the English texts the analysis and advise modules write for people (reasons, notes, what is missing and why,
 * the indicators the data lack, method lines) into another language. The modules keep one language so that every
 * front end gets the same facts; this is the one catalogue of their translations, used by the report, the dashboard,
 * the API and the command line alike. It reads {@code texts_en.properties} and {@code texts_zh.properties} beside
 * this class (UTF-8):
 * <ul>
 *   <li>{@code text.*}: the English value is a fixed text, the other language's value its translation;</li>
 *   <li>{@code re.*}: the English value is a regular expression over a text, the other language's value a template
 *       whose {@code {0}}, {@code {1}} … are the groups, each put into the language in turn (a tie-type key becomes
 *       its label, a driver, function or indicator name its Chinese name); {@code {0:as-is}} puts the group in
 *       unchanged, for quotations from the data (a defining document's title is a name, not a text to
 *       translate).</li>
 * </ul>
 * A text of several sentences joined by {@code "; "} is translated part by part when it has no entry as a whole. A
 * text no entry matches is returned as it is, English, rather than dropped; the dashboard's tests list the texts of
 * the bundled data and the test data that must match.
 */
public final class Localizer {
  private static final Map<Lang, Properties> BUNDLES = new EnumMap<>(Lang.class);
  private static Map<String, String> exactKeys;
  private static List<Map.Entry<Pattern, String>> patterns;

  private final Lang lang;
  private final Properties words;
  /** English names (drivers, functions, indicators, core functions, tie types) → names in the language. */
  private final Map<String, String> names = new HashMap<>();

  private Localizer(Lang lang) {
    this.lang = lang;
    this.words = load(lang);
    loadPatterns();
    for (TieType t : TieType.values()) {
      names.put(t.key(), t.label(lang));
      names.put(t.label(Lang.EN), t.label(lang));
    }
  }

  /** The texts in {@code lang}, knowing the names of the tie types only. */
  public static Localizer of(Lang lang) {
    return new Localizer(lang);
  }

  /** The texts in {@code lang}, knowing the names of the assessment's drivers, functions and indicators too. */
  public static Localizer of(Lang lang, ClusterAssessment a) {
    Localizer l = new Localizer(lang);
    if (a != null) {
      l.names(a);
    }
    return l;
  }

  /** The texts in {@code lang}, knowing the names of every cluster assessment's drivers, functions and indicators. */
  public static Localizer of(Lang lang, org.hanse.analysis.assessment.Assessment a) {
    Localizer l = new Localizer(lang);
    if (a != null) {
      a.clusters().forEach(l::names);
    }
    return l;
  }

  public Lang lang() {
    return lang;
  }

  /** Adds a name pair (English → the language's name; the English one when the other is empty). */
  public Localizer name(String en, String other) {
    if (en != null && !en.isEmpty()) {
      names.put(en, lang == Lang.EN || other == null || other.isEmpty() ? en : other);
    }
    return this;
  }

  /**
   * Knows the cities' names too: a reason that names a city in English ("Xingtai: main host") names it in the
   * language, where the data record a name in it (see {@link #uniqueNames}).
   */
  public Localizer cityNames(org.hanse.model.Dataset d) {
    if (d != null) {
      // with the region too: where two members share a name the advice's reasons write "Taizhou (Jiangsu)"
      uniqueNames(d.cities().values().stream().flatMap(c -> java.util.stream.Stream.of(Map.entry(c.nameEn(),
          c.nameZh()), Map.entry(c.nameEnWithRegion(), c.nameZh()))).toList());
    }
    return this;
  }

  /**
   * Knows these name pairs (English → the language's name), except an English name that stands for two different
   * names in the language: "Taizhou" is 泰州 in Jiangsu and 台州 in Zhejiang, both in the Yangtze River Delta, and a
   * text that names "Taizhou" cannot say which, so it stays as written.
   */
  public Localizer uniqueNames(java.util.Collection<Map.Entry<String, String>> pairs) {
    if (lang == Lang.EN) {
      return this;
    }
    Map<String, String> first = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Map.Entry<String, String> e : pairs) {
      String other = e.getValue() == null ? "" : e.getValue();
      String before = first.putIfAbsent(e.getKey(), other);
      if (before != null && !before.equals(other)) {
        ambiguous.add(e.getKey());
      }
    }
    first.forEach((en, other) -> {
      if (!ambiguous.contains(en)) {
        name(en, other);
      }
    });
    return this;
  }

  private void names(ClusterAssessment a) {
    for (Driver d : a.drivers()) {
      name(d.nameEn(), d.name(lang));
      indicatorNames(d.composite().indicators());
    }
    for (FunctionScore f : a.functions()) {
      name(f.nameEn(), f.name(lang));
      indicatorNames(f.clusters().indicators());
      indicatorNames(f.members().indicators());
    }
    for (CoreFunctions.Entry e : a.coreFunctions().functions()) {
      name(e.function().key(), e.name(lang));
    }
  }

  private void indicatorNames(List<IndicatorInfo> infos) {
    for (IndicatorInfo i : infos) {
      name(i.nameEn(), i.nameZh());
    }
  }

  private static synchronized Properties load(Lang lang) {
    return BUNDLES.computeIfAbsent(lang, l -> Catalogue.read(Localizer.class,
        "texts_" + l.name().toLowerCase(Locale.ROOT) + ".properties"));
  }

  /** Reads the English values of the {@code text.} and {@code re.} entries once. */
  private static synchronized void loadPatterns() {
    if (exactKeys != null) {
      return;
    }
    Properties en = load(Lang.EN);
    Map<String, String> exact = new HashMap<>();
    List<Map.Entry<Pattern, String>> res = new ArrayList<>();
    for (String key : new TreeSet<>(en.stringPropertyNames())) {
      if (key.startsWith("text.")) {
        exact.put(en.getProperty(key), key);
      } else if (key.startsWith("re.")) {
        res.add(Map.entry(Pattern.compile(en.getProperty(key), Pattern.DOTALL), key));
      }
    }
    exactKeys = exact;
    patterns = res;
  }

  /** All keys of a language (for the test that both languages have the same keys). */
  public static Set<String> keys(Lang lang) {
    return load(lang).stringPropertyNames();
  }

  /** A text of the analysis or advice in the language (unchanged in English, or when no entry matches). */
  public String text(String en) {
    if (lang == Lang.EN || en == null || en.isEmpty()) {
      return en;
    }
    String whole = translate(en);
    if (whole != null) {
      return whole;
    }
    if (en.contains("; ")) {
      String[] parts = en.split("; ");
      StringBuilder b = new StringBuilder();
      boolean any = false;
      for (String p : parts) {
        String t = translate(p);
        any |= t != null;
        b.append(b.length() == 0 ? "" : "；").append(t == null ? p : t);
      }
      if (any) {
        return b.toString();
      }
    }
    return en;
  }

  /** The translation of a text, or null when no entry matches. */
  private String translate(String en) {
    String key = exactKeys.get(en);
    if (key != null) {
      return words.getProperty(key, en);
    }
    String name = names.get(en);
    if (name != null) {
      return name;
    }
    for (Map.Entry<Pattern, String> p : patterns) {
      Matcher m = p.getKey().matcher(en);
      if (m.matches()) {
        String s = words.getProperty(p.getValue());
        if (s == null) {
          return null;
        }
        for (int i = 0; i < m.groupCount(); i++) {
          String g = m.group(i + 1) == null ? "" : m.group(i + 1);
          s = s.replace("{" + i + ":as-is}", g);
          if (s.contains("{" + i + "}")) {
            s = s.replace("{" + i + "}", text(g));
          }
        }
        return s;
      }
    }
    return null;
  }

  /**
   * A method's provenance with its method line, data line and notes in the language; the citation (names of
   * published works) and the parameters stay as they are.
   */
  public Provenance provenance(Provenance p) {
    if (p == null || lang == Lang.EN) {
      return p;
    }
    return new Provenance(text(p.method()), p.citation(), p.parameters(), text(p.data()), texts(p.notes()));
  }

  /** The texts in the language, in order. */
  public List<String> texts(List<String> en) {
    return en.stream().map(this::text).toList();
  }
}
