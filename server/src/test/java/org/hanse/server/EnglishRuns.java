package org.hanse.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hanse.model.Dataset;

/**
 * Finds English sentences in a Chinese page: the visible text of an HTML page (tags, scripts, styles and comments
 * stripped; the attributes {@code title}, {@code aria-label}, {@code placeholder} and {@code alt} count as text) or
 * the texts of a JSON answer, searched for three or more English words in a row. Names that come from the data
 * (cities, clusters, actors, sources and their licences) and a short list of method names and acronyms are allowed.
 */
final class EnglishRuns {
  /** Method names, acronyms and codes that stay Latin in Chinese texts. */
  static final List<String> METHOD_NAMES = List.of("PageRank", "TOPSIS", "GaWC", "GNC", "Louvain", "Jaccard",
      "Adamic–Adar", "Adamic-Adar", "Katz", "Krugman", "Theil", "HHI", "Gini", "LQ", "OpenAPI", "JSON", "CSV",
      "XLSX", "PDF", "HTML", "API", "REST", "ISO", "CSRF", "GeoNames", "Natural Earth", "ECharts", "Hanse",
      "hanse-scenario/1", "Bearer", "Wikidata", "OpenFlights", "World Bank", "Creative Commons", "CC BY", "ODbL",
      "Open Database License", "GDELT", "UN", "Accept-Language", "problem+json",
      // commands of the command line, quoted as typed
      "hanse scenario run", "hanse report", "hanse advise backtest");

  /** Three or more English words, separated by blanks or commas only. */
  private static final Pattern RUN = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.@/-])[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*(?:[ \\t\\n\\r,]+[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*){2,}"
          + "(?![\\p{L}\\p{N}_@/-])");
  private static final Pattern ATTR = Pattern.compile(
      "\\s(?:title|aria-label|placeholder|alt)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
  /**
   * Not text of the page's language: scripts, styles, comments, and elements marked as English ({@code lang="en"}:
   * the citations of published works, and the link to the English page).
   */
  private static final Pattern HIDDEN = Pattern.compile(
      "<(script|style|template)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->"
          + "|<([a-z0-9]+)\\b[^>]*\\slang=\"en\"[^>]*>.*?</\\2\\s*>",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private final List<String> allowed;

  private EnglishRuns(Collection<String> names) {
    Set<String> all = new LinkedHashSet<>(METHOD_NAMES);
    for (String n : names) {
      if (n != null && !n.isBlank()) {
        all.add(n.trim());
      }
    }
    List<String> list = new ArrayList<>(all);
    list.sort(Comparator.comparingInt(String::length).reversed());
    this.allowed = list;
  }

  /** The allow-list of a dataset: every name a record of it carries, and the method names. */
  static EnglishRuns of(Dataset d, Collection<String> more) {
    List<String> names = new ArrayList<>(more);
    names.add(d.label());
    d.cities().values().forEach(c -> {
      names.add(c.nameEn());
      names.add(c.adminRegion());
    });
    d.clusters().values().forEach(c -> {
      names.add(c.nameEn());
      names.add(c.id());
    });
    d.clusters().values().forEach(c -> names.add(c.definition()));
    d.actors().values().forEach(a -> names.add(a.nameEn()));
    d.sources().values().forEach(s -> {
      names.add(s.title());
      names.add(s.licence());
      names.add(s.attribution());
      names.add(s.vintage());
    });
    d.indicatorDefinitions().values().forEach(i -> {
      names.add(i.nameEn());
      names.add(i.unit());
    });
    return new EnglishRuns(names);
  }

  /** The visible text of an HTML page, attribute texts included, one piece a line. */
  static String visibleText(String html) {
    StringBuilder b = new StringBuilder();
    String body = HIDDEN.matcher(html).replaceAll(" ");
    Matcher a = ATTR.matcher(body);
    while (a.find()) {
      b.append(unescape(a.group(1))).append('\n');
    }
    b.append(unescape(TAG.matcher(body).replaceAll("\n")));
    return b.toString();
  }

  private static String unescape(String s) {
    return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  /** The runs of three or more English words in a text, names of the allow-list removed first. */
  List<String> runs(String text) {
    String t = text;
    for (String n : allowed) {
      if (t.contains(n)) {
        // Whole words only: the name "Metro" must not take a piece out of "Metropolis".
        t = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])").matcher(t)
            .replaceAll(" ¦ ");
      }
    }
    List<String> out = new ArrayList<>();
    for (String line : t.split("\n")) {
      Matcher m = RUN.matcher(line);
      while (m.find()) {
        out.add(m.group().replaceAll("\\s+", " ").trim() + "   «" + line.trim() + "»");
      }
    }
    return out;
  }

  /** The runs in the HTML page's visible text. */
  List<String> inPage(String html) {
    return runs(visibleText(html));
  }

  /**
   * The runs in the JSON answer's texts for people: every string under a field whose name is in {@code fields}
   * (at any depth; arrays of strings included).
   */
  List<String> inJson(JsonNode node, Set<String> fields) {
    List<String> out = new ArrayList<>();
    walk(node, fields, false, out);
    return out;
  }

  private void walk(JsonNode n, Set<String> fields, boolean text, List<String> out) {
    if (n == null) {
      return;
    }
    if (n.isTextual() && text) {
      out.addAll(runs(n.asText()));
    } else if (n.isArray()) {
      n.forEach(x -> walk(x, fields, text, out));
    } else if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : iterable(n)) {
        walk(e.getValue(), fields, fields.contains(e.getKey()), out);
      }
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
    return n::fields;
  }
}
