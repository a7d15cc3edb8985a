package org.hanse.ingest.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;

/**
 * The English and Chinese names of the bundle's cities.
 *
 * <p>GeoNames' {@code cities15000} gives each city its local name (Köln, Antwerpen, Sevilla) and a list of alternate
 * names without language tags or preferred/short flags (those live only in GeoNames' separate alternateNames
 * table, which the raw data does not hold). So neither the English exonym nor the Chinese name can be read off
 * GeoNames directly; the rules here choose among GeoNames' own names with the evidence the raw data does give, and a
 * small cited table ({@code chinese-names.csv}) fixes the cluster members for which that evidence falls short.
 */
final class CityNames {
  private CityNames() {}

  // ------------------------------------------------------------------------------------------------ English

  /**
   * The English name: the name the defining document of a cluster uses for its member (Cologne, Antwerp, Macao);
   * else an English name that two English-language sources agree on and GeoNames lists among its own names for the
   * city: the label of the Wikidata item matched to it and a name by which the English Wikipedia sister-city lists
   * name it (Seville, Ghent, Geneva); else GeoNames' name. Requiring both keeps out labels that Wikidata had in
   * 2021–22 and the 2026 lists no longer use (Nur-Sultan for Astana) and labels of municipalities rather than towns
   * (Rødovre Municipality), and the name of the city's region is never taken (Goa for Mormugao).
   *
   * @param definitionName the name in a cluster definition, or null
   * @param wikidataLabels English labels of the Wikidata items matched to this city (may be empty)
   * @param wikipediaNames names of this city in the English Wikipedia sister-city lists (may be empty)
   */
  static String english(GeoNamesCity g, String definitionName, Collection<String> wikidataLabels,
      Collection<String> wikipediaNames) {
    if (definitionName != null && !definitionName.isBlank()) {
      return definitionName;
    }
    TreeSet<String> agreed = new TreeSet<>();
    for (String label : wikidataLabels) {
      boolean geonames = label.equals(g.name()) || label.equals(g.asciiName()) || g.alternates().contains(label);
      // GeoNames lists "Goa" among the names of Mormugao, in the state of Goa: a region's name is not the city's.
      if (geonames && wikipediaNames.contains(label) && !label.equals(g.admin1Name())) {
        agreed.add(label);
      }
    }
    // Two names agreed on for one city (a city and its district matched to one GeoNames place): neither is sure.
    return agreed.size() == 1 ? agreed.first() : g.name();
  }

  // ------------------------------------------------------------------------------------------------ Chinese

  /** What GeoNames' Han names say for one simplified form. */
  private static final class Form {
    final String name;
    final List<String> spellings = new ArrayList<>();
    boolean simplifiedOnly;
    boolean withShi;

    Form(String name) {
      this.name = name;
    }

    void add(Form o) {
      spellings.addAll(o.spellings);
      simplifiedOnly |= o.simplifiedOnly;
      withShi = true;
    }

    int length() {
      return name.codePointCount(0, name.length());
    }
  }

  /** The chosen Chinese name, or none with the reason. */
  record Chinese(String name, String rule, List<String> candidates) {
    static final String NONE = "no Han name in GeoNames";
    static final String UNDECIDED = "GeoNames' Han names leave the choice open";

    boolean found() {
      return !name.isEmpty();
    }
  }

  /**
   * A simplified Chinese name chosen among GeoNames' Han-script alternate names. Each is converted to simplified
   * characters (Japanese shinjitai first taken back to traditional forms, see {@link Simplified#ofJapanese});
   * spellings that give the same simplified form are one candidate, and a candidate {@code X市} counts for
   * {@code X} where both are given (上海市 for 上海, 罗马市 for 罗马), except for a city whose name says "City"
   * (胡志明市). The candidates are ranked by
   *
   * <ol>
   *   <li>also given with 市: the municipality's own name rather than a district's (深圳 with 深圳市 over 宝安);
   *   <li>the number of GeoNames spellings that give it;
   *   <li>written in the common simplified characters of GB 2312 (榆林 over the variant 楡林, 谏早 over 諌早);
   *   <li>a spelling with a character only simplified Chinese uses (利兹 over 列斯, 克利夫兰 over 卡夫蘭): written
   *       for readers of simplified Chinese, where a spelling that is the same in both scripts may be Hong Kong's
   *       or Taiwan's;
   *   <li>two characters or more (one-character names are abbreviations such as 沪);
   *   <li>the shorter.
   * </ol>
   *
   * When the best two candidates tie on all of these the evidence does not decide, and no name is given rather
   * than one picked by character order (杜拜 or 迪拜 for Dubai, 古龙 or 科隆 for Cologne): the cited table
   * {@code chinese-names.csv} gives the name of a cluster member, and the build lists the others in
   * {@code quality/unmatched.csv}.
   */
  static Chinese chinese(GeoNamesCity g) {
    boolean japan = g.country().equals("JP");
    Map<String, Form> forms = new LinkedHashMap<>();
    for (String raw : g.hanNames()) {
      String simplified = Simplified.ofJapanese(raw, japan);
      Form f = forms.computeIfAbsent(simplified, Form::new);
      f.spellings.add(raw);
      f.simplifiedOnly |= simplified.equals(raw) && Simplified.hasSimplifiedOnlyCharacter(raw);
    }
    if (forms.isEmpty()) {
      return new Chinese("", Chinese.NONE, List.of());
    }
    if (!g.name().endsWith(" City")) {
      for (String name : new ArrayList<>(forms.keySet())) {
        String base = name.endsWith("市") ? name.substring(0, name.length() - 1) : null;
        if (base != null && base.codePointCount(0, base.length()) >= 2 && forms.containsKey(base)) {
          forms.get(base).add(forms.remove(name));
        }
      }
    }
    Comparator<Form> rank = Comparator.<Form, Boolean>comparing(f -> !f.withShi)
        .thenComparingInt(f -> -f.spellings.size())
        .thenComparing(f -> !Simplified.isStandardSimplified(f.name))
        .thenComparing(f -> !f.simplifiedOnly)
        .thenComparingInt(f -> f.length() >= 2 ? 0 : 1)
        .thenComparingInt(Form::length);
    List<Form> ranked = forms.values().stream().sorted(rank).toList();
    List<String> tied = ranked.stream().filter(f -> rank.compare(f, ranked.get(0)) == 0).map(f -> f.name).toList();
    if (tied.size() > 1) {
      return new Chinese("", Chinese.UNDECIDED, tied);
    }
    return new Chinese(ranked.get(0).name, "chosen among GeoNames' Han names", tied);
  }

  /** One row of the override table. */
  record Override(String geonameId, String nameEn, String nameZh, String source, String reason) {}

  /** The resource with the cited Chinese names of cities for which GeoNames' Han names fall short. */
  static final String OVERRIDES = "chinese-names.csv";

  /** The cited Chinese names, by geonameid. */
  static Map<String, Override> overrides() {
    try (InputStream in = CityNames.class.getResourceAsStream(OVERRIDES)) {
      List<CsvRecord> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ',', OVERRIDES)
          .records();
      Map<String, Override> out = new LinkedHashMap<>();
      for (CsvRecord r : rows.subList(1, rows.size())) {
        if (r.get(0).startsWith("#")) {
          continue;
        }
        if (r.size() != 5 || r.get(2).isBlank() || r.get(3).isBlank()) {
          throw new RawDataException(OVERRIDES + ":" + r.line() + ": expected geonameid, name_en, name_zh, source,"
              + " reason, with name_zh and source given");
        }
        out.put(r.get(0), new Override(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
