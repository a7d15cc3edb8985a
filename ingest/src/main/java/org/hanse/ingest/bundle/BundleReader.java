package org.hanse.ingest.bundle;

import static org.hanse.ingest.format.BundleFormats.ACTORS;
import static org.hanse.ingest.format.BundleFormats.CITIES;
import static org.hanse.ingest.format.BundleFormats.CLUSTERS;
import static org.hanse.ingest.format.BundleFormats.CLUSTER_MEMBERS;
import static org.hanse.ingest.format.BundleFormats.INDICATORS;
import static org.hanse.ingest.format.BundleFormats.INDICATOR_DEFINITIONS;
import static org.hanse.ingest.format.BundleFormats.MANIFEST;
import static org.hanse.ingest.format.BundleFormats.SOURCES;
import static org.hanse.ingest.format.BundleFormats.TIES;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hanse.ingest.format.CsvTable;
import org.hanse.ingest.format.CsvTable.Row;
import org.hanse.ingest.format.FileFormat;
import org.hanse.ingest.format.Problem;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.InvalidDatasetException;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Reads a data folder (see {@link org.hanse.ingest.format.BundleFormats}) into a {@link Dataset}.
 *
 * <p>Everything is checked before the dataset is built, and every problem is reported with the file, the line, the
 * column, the value and the rule: cell types, required values, duplicate ids and facts, references to unknown
 * cities, actors, clusters, sources and indicator codes, partner kinds, canonical order of city-to-city ties, years
 * outside {@value Dataset#FIRST_YEAR} to the manifest's {@code last_year}. When anything is wrong a
 * {@link BundleFormatException} lists all of it and no dataset is returned.
 */
public final class BundleReader {
  /** Name used in problems that concern the folder as a whole. */
  public static final String FOLDER = "(data folder)";

  private final Path dir;
  private final List<Problem> problems = new ArrayList<>();
  private String label = "bundled data";
  private int lastYear = java.time.Year.now().getValue();

  private BundleReader(Path dir) {
    this.dir = dir;
  }

  /**
   * Reads the folder.
   *
   * @throws BundleFormatException listing every problem, when the folder is missing or any file is wrong
   */
  public static Dataset read(Path dataDir) {
    return new BundleReader(dataDir).read();
  }

  private Dataset read() {
    if (!Files.isDirectory(dir)) {
      throw new BundleFormatException(List.of(Problem.ofFile(FOLDER, "folder " + dir + " does not exist")));
    }
    CsvTable manifest = Files.exists(dir.resolve(MANIFEST.fileName())) ? table(MANIFEST) : null;
    if (manifest != null) {
      readManifest(manifest);
    }
    Dataset.Builder b = Dataset.builder().label(label).lastYear(lastYear);
    Map<String, Source> sources = readSources(table(SOURCES), b);
    Map<String, City> cities = readCities(table(CITIES), sources.keySet(), b);
    readClusters(table(CLUSTERS), table(CLUSTER_MEMBERS), cities.keySet(), b);
    Map<String, Actor> actors = readActors(table(ACTORS), sources.keySet(), b);
    readTies(table(TIES), cities.keySet(), actors, sources.keySet(), b);
    Map<String, IndicatorDefinition> defs = readDefinitions(table(INDICATOR_DEFINITIONS), sources.keySet(), b);
    readIndicators(table(INDICATORS), defs, cities.keySet(), sources.keySet(), b);
    if (!problems.isEmpty()) {
      throw new BundleFormatException(problems);
    }
    try {
      return b.build();
    } catch (InvalidDatasetException e) {
      // The checks above mirror the model's; this catches any rule added to the model later.
      for (String p : e.problems()) {
        problems.add(Problem.ofFile(FOLDER, p));
      }
      throw new BundleFormatException(problems);
    }
  }

  private CsvTable table(FileFormat f) {
    Path file = dir.resolve(f.fileName());
    if (!Files.isRegularFile(file)) {
      problems.add(Problem.ofFile(f.fileName(), "file is missing"));
      return CsvTable.parse(String.join(",", f.header()) + "\n", f.fileName(), f, new ArrayList<>());
    }
    try {
      return CsvTable.read(file, f, problems);
    } catch (IOException e) {
      problems.add(Problem.ofFile(f.fileName(), "cannot be read: " + e.getMessage()));
      return CsvTable.parse(String.join(",", f.header()) + "\n", f.fileName(), f, new ArrayList<>());
    }
  }

  private void readManifest(CsvTable t) {
    Set<String> seen = new HashSet<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      String key = r.text("key");
      String value = r.text("value");
      if (!seen.add(key)) {
        r.reject("key", "appears twice");
        continue;
      }
      switch (key) {
        case "label" -> label = value;
        case "last_year" -> {
          if (value.matches("\\d{4}")) {
            lastYear = Integer.parseInt(value);
          } else {
            r.reject("value", "last_year must be a year of four digits");
          }
        }
        case "format_version" -> {
          if (!BundleWriter.FORMAT_VERSION.equals(value)) {
            r.reject("value", "format version " + BundleWriter.FORMAT_VERSION + " expected");
          }
        }
        default -> r.reject("key", "unknown key (expected label, last_year or format_version)");
      }
    }
  }

  private Map<String, Source> readSources(CsvTable t, Dataset.Builder b) {
    Map<String, Source> out = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      if (out.containsKey(r.text("id"))) {
        r.reject("id", "duplicate source id");
        continue;
      }
      Source s = build(r, () -> new Source(r.text("id"), r.text("title"), r.text("licence"), r.text("vintage"),
          r.text("attribution"), r.text("url")));
      if (s != null) {
        out.put(s.id(), s);
        b.source(s);
      }
    }
    return out;
  }

  private Map<String, City> readCities(CsvTable t, Set<String> sources, Dataset.Builder b) {
    Map<String, City> out = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      String id = r.text("id");
      if (out.containsKey(id)) {
        r.reject("id", "duplicate city id");
        continue;
      }
      Long pop = r.integer("population");
      Integer popYear = r.year("population_year");
      String popSource = r.text("population_source");
      Population population = null;
      if (pop != null || popYear != null || !popSource.isEmpty()) {
        // The year may be empty (GeoNames gives none); a year or source without a population may not.
        if (pop == null || popSource.isEmpty()) {
          r.reject(pop == null ? "population" : "population_source",
              "population and population_source must be given together (population_year too where the source"
              + " gives one) or all left empty");
          continue;
        }
        if (pop < 0) {
          r.reject("population", "must not be negative");
          continue;
        }
        if (!sources.contains(popSource)) {
          r.reject("population_source", "unknown source id (not in sources.csv)");
          continue;
        }
        if (popYear != null && !yearInRange(r, "population_year", popYear)) {
          continue;
        }
        population = new Population(pop, popYear, popSource);
      }
      Population p = population;
      City c = build(r, () -> new City(id, r.text("name_en"), r.text("name_zh"), r.text("country"),
          r.text("admin_region"), r.number("latitude"), r.number("longitude"), p));
      if (c != null) {
        out.put(id, c);
        b.city(c);
      }
    }
    return out;
  }

  private record Member(int position, String cityId, Integer centralRank, Row row) {}

  private void readClusters(CsvTable clusters, CsvTable memberTable, Set<String> cities, Dataset.Builder b) {
    Map<String, Row> clusterRows = new LinkedHashMap<>();
    for (Row r : clusters.rows()) {
      if (r.valid() && clusterRows.putIfAbsent(r.text("id"), r) != null) {
        r.reject("id", "duplicate cluster id");
      }
    }
    Map<String, List<Member>> members = new HashMap<>();
    Set<String> unknownClusters = new HashSet<>();
    for (Row r : memberTable.rows()) {
      if (!r.valid()) {
        continue;
      }
      String cl = r.text("cluster_id");
      boolean knownCluster = clusterRows.containsKey(cl) || hasInvalidRow(clusters, cl);
      if (!knownCluster) {
        r.reject("cluster_id", "unknown cluster id (not in clusters.csv)");
        unknownClusters.add(cl);
        continue;
      }
      if (!cities.contains(r.text("city_id"))) {
        r.reject("city_id", "unknown city id (not in cities.csv)");
        continue;
      }
      boolean central = "central".equals(r.text("role"));
      Long rank = r.integer("central_rank");
      if (central && rank == null) {
        r.reject("central_rank", "a central city needs its rank among the central cities (1, 2 …)");
        continue;
      }
      if (!central && rank != null) {
        r.reject("central_rank", "only central cities have a central rank");
        continue;
      }
      long pos = r.integer("position");
      if (pos < 1 || pos > Integer.MAX_VALUE) {
        r.reject("position", "must be 1 or more");
        continue;
      }
      members.computeIfAbsent(cl, k -> new ArrayList<>())
          .add(new Member((int) pos, r.text("city_id"), rank == null ? null : rank.intValue(), r));
    }
    for (Map.Entry<String, Row> e : clusterRows.entrySet()) {
      Row r = e.getValue();
      if (!r.valid()) {
        continue;
      }
      List<Member> ms = members.getOrDefault(e.getKey(), List.of());
      TreeMap<Integer, Member> byPos = new TreeMap<>();
      TreeMap<Integer, Member> byRank = new TreeMap<>();
      Set<String> seenCities = new HashSet<>();
      boolean ok = true;
      for (Member m : ms) {
        if (byPos.putIfAbsent(m.position(), m) != null) {
          m.row().reject("position", "another member of cluster " + e.getKey() + " has the same position");
          ok = false;
        }
        if (!seenCities.add(m.cityId())) {
          m.row().reject("city_id", "city is listed twice in cluster " + e.getKey());
          ok = false;
        }
        if (m.centralRank() != null && byRank.putIfAbsent(m.centralRank(), m) != null) {
          m.row().reject("central_rank", "another central city of cluster " + e.getKey() + " has the same rank");
          ok = false;
        }
      }
      if (ms.isEmpty()) {
        r.reject("id", "cluster has no members in cluster_members.csv");
        continue;
      }
      if (byRank.isEmpty()) {
        r.reject("id", "cluster has no central city in cluster_members.csv (role central)");
        continue;
      }
      if (!ok) {
        continue;
      }
      List<String> memberIds = byPos.values().stream().map(Member::cityId).toList();
      List<String> centralIds = byRank.values().stream().map(Member::cityId).toList();
      Cluster c = build(r, () -> new Cluster(e.getKey(), r.text("name_en"), r.text("name_zh"), memberIds, centralIds,
          r.text("definition"), r.text("definition_url")));
      if (c != null) {
        b.cluster(c);
      }
    }
  }

  private static boolean hasInvalidRow(CsvTable t, String id) {
    return t.rows().stream().anyMatch(r -> !r.valid() && r.text("id").equals(id));
  }

  private Map<String, Actor> readActors(CsvTable t, Set<String> sources, Dataset.Builder b) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      if (out.containsKey(r.text("id"))) {
        r.reject("id", "duplicate actor id");
        continue;
      }
      if (!sources.contains(r.text("source_id"))) {
        r.reject("source_id", "unknown source id (not in sources.csv)");
        continue;
      }
      Actor a = build(r, () -> new Actor(r.text("id"), ActorKind.fromKey(r.text("kind")), r.text("name_en"),
          r.text("name_zh"), r.text("country"), r.text("sector"), r.text("source_id")));
      if (a != null) {
        out.put(a.id(), a);
        b.actor(a);
      }
    }
    return out;
  }

  private void readTies(CsvTable t, Set<String> cities, Map<String, Actor> actors, Set<String> sources,
      Dataset.Builder b) {
    Set<String> ids = new HashSet<>();
    Map<String, Integer> keys = new HashMap<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      TieType type = TieType.fromKey(r.text("type"));
      String city = r.text("city_id");
      String partner = r.text("partner_id");
      if (!ids.add(r.text("id"))) {
        r.reject("id", "duplicate tie id");
        continue;
      }
      if (!cities.contains(city)) {
        r.reject("city_id", "unknown city id (not in cities.csv)");
        continue;
      }
      if (type.isCityToCity()) {
        if (!cities.contains(partner)) {
          r.reject("partner_id", "unknown city id (not in cities.csv); a " + type.key() + " tie links two cities");
          continue;
        }
        if (city.compareTo(partner) > 0) {
          r.reject("partner_id", "a " + type.key() + " tie is stored once, with city_id sorting before partner_id");
          continue;
        }
      } else {
        Actor a = actors.get(partner);
        if (a == null) {
          r.reject("partner_id", "unknown actor id (not in actors.csv)");
          continue;
        }
        if (a.kind() != type.partnerKind()) {
          r.reject("partner_id", "actor is a " + a.kind().key() + " but a " + type.key() + " tie needs a "
              + type.partnerKind().key());
          continue;
        }
      }
      if (!sources.contains(r.text("source_id"))) {
        r.reject("source_id", "unknown source id (not in sources.csv)");
        continue;
      }
      Integer from = r.year("from_year");
      Integer to = r.year("to_year");
      if (!yearInRange(r, "from_year", from) || !yearInRange(r, "to_year", to)) {
        continue;
      }
      Tie tie = build(r, () -> new Tie(r.text("id"), type, city, partner, from, to, r.number("weight"),
          r.text("detail"), r.text("source_id")));
      if (tie == null) {
        continue;
      }
      Integer firstLine = keys.putIfAbsent(tie.naturalKey(), r.line());
      if (firstLine != null) {
        r.reject("", "duplicate of the tie on line " + firstLine
            + " (same type, city, partner, detail and from_year)");
        continue;
      }
      b.tie(tie);
    }
  }

  private Map<String, IndicatorDefinition> readDefinitions(CsvTable t, Set<String> sources, Dataset.Builder b) {
    Map<String, IndicatorDefinition> out = new LinkedHashMap<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      if (out.containsKey(r.text("code"))) {
        r.reject("code", "duplicate indicator code");
        continue;
      }
      if (!sources.contains(r.text("source_id"))) {
        r.reject("source_id", "unknown source id (not in sources.csv)");
        continue;
      }
      IndicatorScope scope = IndicatorScope.valueOf(r.text("scope").toUpperCase(java.util.Locale.ROOT));
      IndicatorDefinition d = build(r, () -> new IndicatorDefinition(r.text("code"), scope, r.text("name_en"),
          r.text("name_zh"), r.text("unit"), r.text("source_id")));
      if (d != null) {
        out.put(d.code(), d);
        b.indicatorDefinition(d);
      }
    }
    return out;
  }

  private void readIndicators(CsvTable t, Map<String, IndicatorDefinition> defs, Set<String> cities,
      Set<String> sources, Dataset.Builder b) {
    Map<String, Integer> seen = new HashMap<>();
    for (Row r : t.rows()) {
      if (!r.valid()) {
        continue;
      }
      IndicatorDefinition d = defs.get(r.text("code"));
      if (d == null) {
        r.reject("code", "unknown indicator code (not in indicator_definitions.csv)");
        continue;
      }
      String subject = r.text("subject_id");
      if (d.scope() == IndicatorScope.CITY && !cities.contains(subject)) {
        r.reject("subject_id", "unknown city id (not in cities.csv)");
        continue;
      }
      if (d.scope() == IndicatorScope.COUNTRY && !subject.matches("[A-Z]{2}")) {
        r.reject("subject_id", "a country indicator needs an ISO 3166-1 alpha-2 code as subject");
        continue;
      }
      if (!sources.contains(r.text("source_id"))) {
        r.reject("source_id", "unknown source id (not in sources.csv)");
        continue;
      }
      int year = r.year("year");
      if (!yearInRange(r, "year", year)) {
        continue;
      }
      Integer firstLine = seen.putIfAbsent(subject + '|' + d.code() + '|' + year, r.line());
      if (firstLine != null) {
        r.reject("", "duplicate of the observation on line " + firstLine + " (same subject, code and year)");
        continue;
      }
      Indicator i = build(r, () -> new Indicator(subject, d.code(), year, r.number("value"), r.text("unit"),
          r.text("source_id")));
      if (i != null) {
        b.indicator(i);
      }
    }
  }

  private boolean yearInRange(Row r, String column, Integer year) {
    if (year != null && (year < Dataset.FIRST_YEAR || year > lastYear)) {
      r.reject(column, "must be between " + Dataset.FIRST_YEAR + " and " + lastYear + " (last_year of the manifest)");
      return false;
    }
    return true;
  }

  /** Builds a record; a rule of the model that the column checks do not cover becomes a problem of the row. */
  private static <T> T build(Row r, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      r.reject("", e.getMessage());
      return null;
    }
  }
}
