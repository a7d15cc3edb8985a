package org.hanse.ingest.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;

/**
 * Matches a place name from a raw source to a GeoNames city. Deterministic: the same query always gives the same
 * answer, whatever the order of the queries. The rules, in order:
 *
 * <ol>
 *   <li><b>Alias table</b> ({@code city-aliases.csv}): spellings and places that the rules below cannot resolve
 *       (source misspellings such as GaWC's {@code Shenzen}, buildings and districts that stand for a city, the
 *       ambiguous GaWC {@code Georgetown}), each with its reason.
 *   <li><b>Name key</b> ({@link NameKey}: case, diacritics, punctuation, {@code St.} = {@code Saint}; Han names in
 *       simplified form) against each city's name, ASCII name and alternate names, <b>within the country</b>. A
 *       source that files Hong Kong and Macao under China is followed: a Chinese query also looks in HK and MO.
 *   <li>No candidate: a qualifier in parentheses or after a comma is tried as a region (admin1) hint
 *       ({@code Suzhou, Jiangsu}); a Chinese administrative suffix is dropped ({@code 上海市} → {@code 上海}).
 *   <li>A region hint keeps only the candidates in that region, when any is.
 *   <li>With coordinates: the nearest candidate within {@code maxKm}; none that near is no match (a place of the
 *       same name elsewhere is not the one meant).
 *   <li>Without coordinates: the candidate whose own name (not an alternate) matches, then the higher feature
 *       rank (capital, seat of a region, …), then the larger population, then the smaller geonameid. So a bare
 *       {@code Washington} in the US is the capital, {@code Frankfurt} is Frankfurt am Main, {@code Portland} is
 *       Portland, Oregon.
 * </ol>
 */
public final class CityMatcher {
  /** Default radius for matches with coordinates. */
  public static final double DEFAULT_MAX_KM = 100;

  private final Gazetteer gazetteer;
  private final Map<String, String> aliases = new HashMap<>();

  public CityMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    loadAliases();
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * A place to find.
   *
   * @param name    the name as the source writes it
   * @param country ISO alpha-2 code, or empty when the source gives none
   * @param region  region (state, province) hint, or empty
   * @param lat     latitude, or {@code null}
   * @param lon     longitude, or {@code null}
   * @param maxKm   with coordinates, how far the city may be
   */
  public record Query(String name, String country, String region, Double lat, Double lon, double maxKm) {
    public Query {
      name = name == null ? "" : name.strip();
      country = country == null ? "" : country;
      region = region == null ? "" : region;
    }

    public static Query of(String name, String country) {
      return new Query(name, country, "", null, null, DEFAULT_MAX_KM);
    }

    public static Query at(String name, String country, double lat, double lon) {
      return new Query(name, country, "", lat, lon, DEFAULT_MAX_KM);
    }

    public Query withRegion(String r) {
      return new Query(name, country, r, lat, lon, maxKm);
    }

    public Query withMaxKm(double km) {
      return new Query(name, country, region, lat, lon, km);
    }

    boolean hasPoint() {
      return lat != null && lon != null;
    }
  }

  /** The outcome: a city and the rule that found it, or no city and why. */
  public record Result(GeoNamesCity city, String rule) {
    public boolean matched() {
      return city != null;
    }

    public Optional<GeoNamesCity> cityIfMatched() {
      return Optional.ofNullable(city);
    }

    static Result none(String why) {
      return new Result(null, why);
    }
  }

  public Result match(Query q) {
    if (q.name().isEmpty()) {
      return Result.none("empty name");
    }
    String key = NameKey.of(q.name());
    // An alias without a country applies only to queries without one (GaWC's Georgetown), never to Texas.
    String alias = aliases.get(key + "|" + q.country());
    if (alias != null) {
      return gazetteer.byId(alias).map(c -> new Result(c, "alias"))
          .orElse(Result.none("alias points to geonameid " + alias + ", which is not in the gazetteer"));
    }
    List<GeoNamesCity> candidates = candidates(key, q.country());
    String region = q.region();
    if (candidates.isEmpty()) {
      String name = q.name();
      int paren = name.indexOf('(');
      int comma = name.indexOf(',');
      if (paren > 0 && name.endsWith(")")) {
        region = region.isEmpty() ? name.substring(paren + 1, name.length() - 1) : region;
        key = NameKey.of(name.substring(0, paren));
      } else if (comma > 0) {
        region = region.isEmpty() ? name.substring(comma + 1) : region;
        key = NameKey.of(name.substring(0, comma));
      } else if (NameKey.isHan(name)) {
        key = NameKey.of(name.replaceAll("(特别行政区|特別行政區|自治州|地区|市)$", ""));
      }
      candidates = candidates(key, q.country());
    }
    if (candidates.isEmpty()) {
      return Result.none(q.country().isEmpty() ? "no city of that name" : "no city of that name in " + q.country());
    }
    if (!region.isBlank()) {
      String rk = NameKey.of(region);
      List<GeoNamesCity> inRegion = candidates.stream()
          .filter(c -> !c.admin1Name().isEmpty() && (NameKey.of(c.admin1Name()).equals(rk)
              || NameKey.of(c.admin1Name()).startsWith(rk + " ") || rk.startsWith(NameKey.of(c.admin1Name()) + " ")))
          .toList();
      if (!inRegion.isEmpty()) {
        candidates = inRegion;
      }
    }
    if (q.hasPoint()) {
      GeoNamesCity best = null;
      double bestKm = Double.MAX_VALUE;
      for (GeoNamesCity c : candidates) {
        double km = c.distanceKm(q.lat(), q.lon());
        if (km < bestKm || (km == bestKm && best != null && c.id().compareTo(best.id()) < 0)) {
          best = c;
          bestKm = km;
        }
      }
      if (bestKm > q.maxKm()) {
        return Result.none(String.format(java.util.Locale.ROOT,
            "a city of that name is %.0f km away (more than %.0f km)", bestKm, q.maxKm()));
      }
      return new Result(best, "name and coordinates");
    }
    String k = key;
    GeoNamesCity best = candidates.stream()
        .min(Comparator.<GeoNamesCity>comparingInt(c -> gazetteer.isPrimaryKey(c, k) ? 0 : 1)
            .thenComparingInt(GeoNamesCity::featureRank)
            .thenComparing(Comparator.comparingLong(GeoNamesCity::population).reversed())
            .thenComparing(GeoNamesCity::id))
        .orElseThrow();
    return new Result(best, candidates.size() == 1 ? "name" : "name, most important of " + candidates.size());
  }

  /** The nearest city of a country to a point, within {@code maxKm}; for places a source gives no usable name. */
  public Result nearest(String country, double lat, double lon, double maxKm) {
    GeoNamesCity best = null;
    double bestKm = Double.MAX_VALUE;
    for (String cc : countries(country)) {
      for (GeoNamesCity c : gazetteer.inCountry(cc)) {
        // A degree of latitude is at least 110.5 km: a cheap lower bound that skips most cities.
        if (Math.abs(c.latitude() - lat) * 110.5 > Math.min(bestKm, maxKm)) {
          continue;
        }
        double km = c.distanceKm(lat, lon);
        if (km < bestKm || (km == bestKm && best != null && c.id().compareTo(best.id()) < 0)) {
          best = c;
          bestKm = km;
        }
      }
    }
    if (best == null || bestKm > maxKm) {
      return Result.none(String.format(java.util.Locale.ROOT, "no city within %.0f km", maxKm));
    }
    return new Result(best, "nearest city");
  }

  private List<GeoNamesCity> candidates(String key, String country) {
    List<GeoNamesCity> all = gazetteer.withKey(key);
    if (country.isEmpty()) {
      return all;
    }
    Set<String> allowed = Set.copyOf(countries(country));
    List<GeoNamesCity> out = new ArrayList<>();
    for (GeoNamesCity c : all) {
      if (allowed.contains(c.country())) {
        out.add(c);
      }
    }
    return out;
  }

  /** Sources often file Hong Kong and Macao under China; a Chinese query also looks there. */
  private static List<String> countries(String country) {
    return country.equals("CN") ? List.of("CN", "HK", "MO") : List.of(country);
  }

  private void loadAliases() {
    try (InputStream in = CityMatcher.class.getResourceAsStream("city-aliases.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<CsvRecord> rows = Csv.parse(text, ',', "city-aliases.csv").records();
      for (CsvRecord r : rows.subList(1, rows.size())) {
        if (r.get(0).startsWith("#")) {
          continue;
        }
        aliases.put(NameKey.of(r.get(0)) + "|" + r.get(1), r.get(2));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
