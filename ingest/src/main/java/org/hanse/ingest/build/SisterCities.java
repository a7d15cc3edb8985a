package org.hanse.ingest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Sister-city pairs from Wikidata (P190, CC0) and the English Wikipedia lists (CC BY-SA), matched to GeoNames
 * cities and de-duplicated: one {@link TieType#SISTER_CITY} tie per city pair, weight 1, no year (neither source
 * gives one). Wikidata is read first, so a pair in both sources is kept with the CC0 source and counted as a
 * duplicate of the Wikipedia list. Names that match no city (regions, provinces, villages below 15,000 people)
 * are reported, as are pairs whose two ends fall on one city.
 */
final class SisterCities {
  /** Wikipedia geocodes (Wikipedia API, else Nominatim) are used only to pick among cities of the same name. */
  static final double MAX_KM = 50;

  private SisterCities() {}

  static void readWikidata(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.SISTER_WIKIDATA.id();
    a.source(SourceCatalog.SISTER_WIKIDATA);
    RawTable cities = RawTable.read(folder.resolve("cities.csv"));
    Map<String, String> byQid = new HashMap<>();
    for (CsvRecord r : cities.rows()) {
      String name = cities.get(r, "label_en");
      String countryName = cities.get(r, "country_label_en");
      String iso2 = a.countries.iso2(countryName).orElse("");
      CityMatcher.Query q = cities.get(r, "lat").isEmpty() ? CityMatcher.Query.of(name, iso2)
          : new CityMatcher.Query(name, iso2, "", Double.parseDouble(cities.get(r, "lat")),
              Double.parseDouble(cities.get(r, "lon")), MAX_KM);
      CityMatcher.Result m = a.matcher.match(q);
      if (m.matched()) {
        byQid.put(cities.get(r, "wikidata_qid"), m.city().id());
        a.wikidataLabels.computeIfAbsent(m.city().id(), k -> new java.util.TreeSet<>()).add(name);
      } else {
        a.log.unmatched(src, name, iso2.isEmpty() ? countryName : iso2, m.rule());
      }
    }
    RawTable pairs = RawTable.read(folder.resolve("twinnings.csv"));
    for (CsvRecord r : pairs.rows()) {
      pair(a, src, byQid.get(pairs.get(r, "qid_a")), byQid.get(pairs.get(r, "qid_b")));
    }
  }

  static void readWikipedia(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.SISTER_WIKIPEDIA.id();
    a.source(SourceCatalog.SISTER_WIKIPEDIA);
    Map<String, double[]> points = new HashMap<>();
    Path geocoded = folder.resolve("twin_cities_geocoded.csv");
    if (Files.exists(geocoded)) {
      RawTable g = RawTable.read(geocoded);
      for (CsvRecord r : g.rows()) {
        put(points, g.get(r, "city1"), g.get(r, "country1"), g.get(r, "lat1"), g.get(r, "lng1"));
        put(points, g.get(r, "city2"), g.get(r, "country2"), g.get(r, "lat2"), g.get(r, "lng2"));
      }
    }
    RawTable raw = RawTable.read(folder.resolve("twin_cities_raw.csv"));
    Map<String, String> cache = new HashMap<>();
    for (CsvRecord r : raw.rows()) {
      String a1 = resolve(a, src, raw.get(r, "city1"), raw.get(r, "country1"), points, cache);
      String b1 = resolve(a, src, raw.get(r, "city2"), raw.get(r, "country2"), points, cache);
      pair(a, src, a1, b1);
    }
  }

  private static void put(Map<String, double[]> points, String city, String country, String lat, String lon) {
    if (!lat.isEmpty() && !lon.isEmpty()) {
      points.putIfAbsent(city + "|" + country, new double[] {Double.parseDouble(lat), Double.parseDouble(lon)});
    }
  }

  private static String resolve(Assembly a, String src, String name, String countryField,
      Map<String, double[]> points, Map<String, String> cache) {
    String cacheKey = name + "|" + countryField;
    if (cache.containsKey(cacheKey)) {
      String v = cache.get(cacheKey);
      if (v.startsWith("!")) {
        String[] why = v.substring(1).split("\\|", 2);
        a.log.unmatched(src, name, why[0], why[1]);
        return null;
      }
      return v;
    }
    // "England, United Kingdom", "New York, United States": the part before the comma is a region.
    String iso2 = a.countries.iso2(countryField).orElse("");
    String region = "";
    int comma = countryField.lastIndexOf(',');
    if (iso2.isEmpty() && comma > 0) {
      iso2 = a.countries.iso2(countryField.substring(comma + 1)).orElse("");
      region = countryField.substring(0, comma).strip();
      if (a.countries.iso2(region).isPresent()) {
        region = ""; // England, Scotland …: a country of the UK, not an admin1 hint that GeoNames uses
      }
    }
    double[] p = points.get(cacheKey);
    CityMatcher.Query q = p == null ? CityMatcher.Query.of(name, iso2).withRegion(region)
        : new CityMatcher.Query(name, iso2, region, p[0], p[1], MAX_KM);
    CityMatcher.Result m = a.matcher.match(q);
    if (!m.matched()) {
      String country = iso2.isEmpty() ? countryField : iso2;
      String why = iso2.isEmpty() && !countryField.isEmpty() ? "country '" + countryField + "' not recognised"
          : m.rule();
      a.log.unmatched(src, name, country, why);
      cache.put(cacheKey, "!" + country + "|" + why);
      return null;
    }
    cache.put(cacheKey, m.city().id());
    a.wikipediaNames.computeIfAbsent(m.city().id(), k -> new java.util.TreeSet<>()).add(name);
    return m.city().id();
  }

  private static void pair(Assembly a, String src, String x, String y) {
    if (x == null || y == null) {
      a.log.count(src, "pairs with an unmatched end", 1);
      return;
    }
    if (x.equals(y)) {
      a.log.count(src, "pairs whose ends are one city", 1);
      return;
    }
    String lo = x.compareTo(y) < 0 ? x : y;
    String hi = x.compareTo(y) < 0 ? y : x;
    a.tie(new Tie("sister-" + lo + "-" + hi, TieType.SISTER_CITY, lo, hi, null, null, 1, "", src));
  }
}
