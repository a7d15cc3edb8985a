package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hanse.analysis.assessment.CoreFunctions;
import org.hanse.analysis.assessment.Driver;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.assessment.IndicatorInfo;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * Puts the English texts the analysis module writes for people (what is missing and why, the indicators the data
 * lack) into the report's language. The analysis keeps one language so that every front end gets the same facts;
 * the words are the report's business, so the translations live in its message files:
 * <ul>
 *   <li>{@code text.*}: the English value is a fixed text of the analysis, the other language's value its
 *       translation;</li>
 *   <li>{@code re.*}: the English value is a regular expression over a text of the analysis, the other language's
 *       value a template whose {@code {0}}, {@code {1}} … are the groups, each put into the report's language in
 *       turn (a tie-type key becomes its label, a driver or indicator name its Chinese name).</li>
 * </ul>
 * A text no entry matches is shown as it is, English, rather than dropped; the report tests list the texts of the
 * bundled data that must match.
 */
final class Localiser {
  private static Map<String, String> exactKeys;
  private static List<Map.Entry<Pattern, String>> patterns;

  private final ReportContext cx;
  /** English names of drivers, functions, indicators and core functions → their names in the report's language. */
  private final Map<String, String> names = new HashMap<>();

  Localiser(ReportContext cx) {
    this.cx = cx;
    load();
    for (Driver d : cx.assessment.drivers()) {
      names.put(d.nameEn(), d.name(cx.lang));
      indicatorNames(d.composite().indicators());
    }
    for (FunctionScore f : cx.assessment.functions()) {
      names.put(f.nameEn(), f.name(cx.lang));
      indicatorNames(f.clusters().indicators());
      indicatorNames(f.members().indicators());
    }
    for (CoreFunctions.Entry e : cx.assessment.coreFunctions().functions()) {
      names.put(e.function().key(), e.name(cx.lang));
    }
    for (TieType t : TieType.values()) {
      names.put(t.key(), t.label(cx.lang));
    }
  }

  private void indicatorNames(List<IndicatorInfo> infos) {
    for (IndicatorInfo i : infos) {
      String zh = i.nameZh() == null ? "" : i.nameZh();
      names.put(i.nameEn(), cx.lang == Lang.ZH && !zh.isEmpty() ? zh : i.nameEn());
    }
  }

  /** Reads the English values of the {@code text.} and {@code re.} entries once. */
  private static synchronized void load() {
    if (exactKeys != null) {
      return;
    }
    Properties en = Texts.properties(Lang.EN);
    Map<String, String> exact = new HashMap<>();
    List<Map.Entry<Pattern, String>> res = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(en.stringPropertyNames())) {
      if (key.startsWith("text.")) {
        exact.put(en.getProperty(key), key);
      } else if (key.startsWith("re.")) {
        res.add(Map.entry(Pattern.compile(en.getProperty(key)), key));
      }
    }
    exactKeys = exact;
    patterns = res;
  }

  /** A text of the analysis in the report's language (unchanged in English, or when no entry matches). */
  String text(String en) {
    if (cx.lang == Lang.EN || en == null || en.isEmpty()) {
      return en;
    }
    String key = exactKeys.get(en);
    if (key != null) {
      return cx.t(key);
    }
    String name = names.get(en);
    if (name != null) {
      return name;
    }
    for (Map.Entry<Pattern, String> p : patterns) {
      Matcher m = p.getKey().matcher(en);
      if (m.matches()) {
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = text(m.group(i + 1));
        }
        return cx.t(p.getValue(), groups);
      }
    }
    return en;
  }

  /** The part of the assessment a missing item belongs to ({@code core functions} → {@code part.core_functions}). */
  String part(String section) {
    String key = "part." + section.replace(' ', '_');
    return cx.tx.has(key) ? cx.t(key) : section;
  }
}
