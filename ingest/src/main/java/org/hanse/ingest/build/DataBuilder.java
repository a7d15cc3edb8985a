package org.hanse.ingest.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hanse.ingest.bundle.BundleWriter;
import org.hanse.ingest.format.Csv;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Population;
import org.hanse.model.Tie;

/**
 * Builds the bundled data folder from the raw open datasets, laid out as the project's reference data folder
 * ({@code geonames_cities15000/}, {@code gawc_ds11/}, {@code openflights/} …; see {@code data/README.md}). The
 * build is deterministic: the same raw files give byte-identical output. Only cities that a tie reaches or that
 * are cluster members are kept.
 */
public final class DataBuilder {
  /** The latest year any date in the bundle may carry: the newest edition in the raw data (Olympics 2026). */
  public static final int LAST_YEAR = 2026;
  /** Order of the clusters in the bundle. */
  public static final List<String> CLUSTER_ORDER =
      List.of("yrd", "gba", "jjj", "us-northeast", "great-lakes", "uk", "nw-europe", "japan-pacific");

  private DataBuilder() {}

  /** Told of each step of the build (about half a minute in all), for a progress report. */
  @FunctionalInterface
  public interface Steps {
    Steps NONE = (what, done, total) -> { };

    void step(String what, int done, int total);
  }

  private static final int STEPS = 12;
  /** The number of steps {@link #build(Path, Steps)} reports. */
  public static final int STEP_COUNT = STEPS;

  /** The built dataset and the log of what could not be used. */
  public record Result(Dataset dataset, QualityLog log) {}

  /**
   * Builds the dataset.
   *
   * @throws RawDataException when a raw file is missing or malformed (message names file and line)
   */
  public static Result build(Path raw) throws IOException {
    return build(raw, Steps.NONE);
  }

  /** {@link #build(Path)}, telling {@code steps} of each step. */
  public static Result build(Path raw, Steps steps) throws IOException {
    steps.step("reading the GeoNames gazetteer", 0, STEPS);
    Path geonames = raw.resolve("geonames_cities15000");
    Countries countries = Countries.read(geonames.resolve("country_info.tsv"));
    Gazetteer gazetteer = Gazetteer.read(geonames);
    QualityLog log = new QualityLog();
    Assembly a = new Assembly(new CityMatcher(gazetteer), countries, log);
    a.source(SourceCatalog.GEONAMES);
    a.source(SourceCatalog.CHINA_CLUSTERS);
    a.source(SourceCatalog.CLUSTER_DEFINITIONS);
    steps.step("cluster definitions", 1, STEPS);
    ClusterDefinitions.readChinese(raw.resolve("china_urban_agglomerations").resolve("cluster_members.csv"), a);
    ClusterDefinitions.readInternational(a);
    steps.step("GaWC Data Set 11 (firm offices)", 2, STEPS);
    GawcDs11.read(raw.resolve("gawc_ds11"), a);
    steps.step("OpenFlights (air routes)", 3, STEPS);
    OpenFlights.read(raw.resolve("openflights"), a);
    steps.step("sister cities (Wikidata)", 4, STEPS);
    SisterCities.readWikidata(raw.resolve("sister_cities_wikidata"), a);
    steps.step("sister cities (Wikipedia lists)", 5, STEPS);
    SisterCities.readWikipedia(raw.resolve("sister_cities_wikipedia"), a);
    steps.step("diplomatic missions (Wikidata)", 6, STEPS);
    DiplomaticMissions.read(raw.resolve("diplomatic_missions_wikidata"), a);
    steps.step("organisation headquarters", 7, STEPS);
    OrganisationSeats.read(raw.resolve("io_headquarters"), a);
    steps.step("mega-events", 8, STEPS);
    MegaEvents.read(raw.resolve("mega_events"), a);

    steps.step("cities and their names", 9, STEPS);
    List<City> cities = new ArrayList<>();
    TreeSet<String> shippedCountries = new TreeSet<>();
    Map<String, CityNames.Override> overrides = CityNames.overrides();
    for (String id : sortedIds(a.usedCities)) {
      GeoNamesCity g = gazetteer.byId(id).orElseThrow();
      // GeoNames gives no year for its populations (they come from many censuses and estimates), so none is
      // stored; the dated populations (censuses 2010/2020, UN WUP 2018) are indicators with their own years.
      Population pop = g.population() > 0 ? Population.withoutYear(g.population(), SourceCatalog.GEONAMES.id()) : null;
      cities.add(new City(id, englishName(a, g, log), chineseName(a, g, overrides, log), g.country(),
          g.admin1Name(), g.latitude(), g.longitude(), pop));
      shippedCountries.add(g.country());
      log.count(SourceCatalog.GEONAMES.id(), pop == null ? "cities without population" : "cities with a population"
          + " (no year given)", 1);
    }
    steps.step("indicators (UN WUP 2018, censuses, yearbook, World Bank)", 10, STEPS);
    Indicators.wup(raw.resolve("un_wup2018_urban_agglomerations"), a, LAST_YEAR);
    Indicators.census(raw.resolve("china_prefecture_census_2010_2020"), a);
    Indicators.yearbook(raw.resolve("china_city_2015_yearbook_extract"), a);
    Indicators.worldBank(raw.resolve("worldbank_country_indicators"), a, shippedCountries, LAST_YEAR);

    steps.step("assembling and checking the dataset", 11, STEPS);
    Dataset.Builder b = Dataset.builder().label("Hanse bundled data").lastYear(LAST_YEAR);
    a.sources.values().forEach(b::source);
    cities.forEach(b::city);
    Map<String, Cluster> clusters = new HashMap<>();
    a.clusters.forEach(c -> clusters.put(c.id(), c));
    CLUSTER_ORDER.forEach(id -> b.cluster(clusters.get(id)));
    a.actors.values().forEach(b::actor);
    a.ties.values().stream()
        .sorted(Comparator.comparing((Tie t) -> t.type().ordinal()).thenComparing(Tie::id))
        .forEach(b::tie);
    a.definitions.values().forEach(b::indicatorDefinition);
    a.indicators.values().stream()
        .sorted(Comparator.comparing(Indicator::code).thenComparing(Indicator::subjectId, DataBuilder::compareIds)
            .thenComparingInt(Indicator::year))
        .forEach(b::indicator);
    return new Result(b.build(), log);
  }

  /** Writes the bundle and its quality report ({@code quality/unmatched.csv}, {@code quality/build_summary.csv}). */
  public static void write(Result r, Path out) throws IOException {
    BundleWriter.write(r.dataset(), out);
    Path quality = out.resolve(QUALITY_DIR);
    Files.createDirectories(quality);
    writeCsv(quality.resolve(UNMATCHED_FILE), List.of("source", "name", "country", "reason", "count"),
        r.log().unmatchedRows());
    writeCsv(quality.resolve(SUMMARY_FILE), List.of("source", "metric", "value"), r.log().summaryRows());
  }

  public static final String QUALITY_DIR = "quality";
  public static final String UNMATCHED_FILE = "unmatched.csv";
  public static final String SUMMARY_FILE = "build_summary.csv";

  private static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      Csv.writeRecord(w, header);
      for (List<String> row : rows) {
        Csv.writeRecord(w, row);
      }
    }
  }

  private static final String NAMES = "names";

  /** The English name ({@link CityNames#english}), with the rule that gave it counted in the build summary. */
  private static String englishName(Assembly a, GeoNamesCity g, QualityLog log) {
    String definition = a.definitionNames.get(g.id());
    String name = CityNames.english(g, definition, a.wikidataLabels.getOrDefault(g.id(), java.util.Set.of()),
        a.wikipediaNames.getOrDefault(g.id(), java.util.Set.of()));
    log.count(NAMES, definition != null ? "English names from the cluster definitions"
        : name.equals(g.name()) ? "English names as GeoNames gives them"
        : "English names on which Wikidata and the Wikipedia lists agree (a GeoNames alternate name)", 1);
    return name;
  }

  /**
   * The Chinese name: the plan documents' name for the Chinese cluster members, else the cited override table
   * ({@code chinese-names.csv}), else the choice among GeoNames' Han names ({@link CityNames#chinese}); empty when
   * none of them gives one.
   */
  private static String chineseName(Assembly a, GeoNamesCity g, Map<String, CityNames.Override> overrides,
      QualityLog log) {
    String plan = a.chineseNames.get(g.id());
    if (plan != null) {
      log.count(NAMES, "Chinese names from the Chinese plan documents", 1);
      return plan;
    }
    CityNames.Override o = overrides.get(g.id());
    if (o != null) {
      log.count(NAMES, "Chinese names from the cited table chinese-names.csv", 1);
      return o.nameZh();
    }
    CityNames.Chinese c = CityNames.chinese(g);
    log.count(NAMES, c.found() ? "Chinese names chosen among GeoNames' Han names"
        : "cities without a Chinese name: " + c.rule(), 1);
    if (c.rule().equals(CityNames.Chinese.UNDECIDED)) {
      log.unmatched(NAMES, g.name() + " (" + g.id() + ")", g.country(),
          "Chinese name left empty: GeoNames' Han names tie between " + String.join(" | ", c.candidates()));
    }
    return c.name();
  }

  private static List<String> sortedIds(java.util.Collection<String> ids) {
    return ids.stream().sorted(DataBuilder::compareIds).toList();
  }

  /** Numeric ids in numeric order, others after them in string order. */
  static int compareIds(String x, String y) {
    boolean dx = x.chars().allMatch(Character::isDigit);
    boolean dy = y.chars().allMatch(Character::isDigit);
    if (dx && dy) {
      return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
    return dx ? -1 : dy ? 1 : x.compareTo(y);
  }
}
