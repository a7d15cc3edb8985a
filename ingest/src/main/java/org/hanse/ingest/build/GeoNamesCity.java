package org.hanse.ingest.build;

import java.util.List;

/**
 * One row of the GeoNames gazetteer ({@code cities15000}): a populated place with more than 15,000 inhabitants or a
 * capital. GeoNames (geonames.org), CC BY 4.0.
 *
 * @param id          geonameid
 * @param name        name (UTF-8)
 * @param asciiName   name in ASCII
 * @param alternates  alternate names (all languages, untagged)
 * @param latitude    WGS84
 * @param longitude   WGS84
 * @param featureCode PPLC capital, PPLA seat of a first-order division, PPLA2 … , PPL, PPLX section …
 * @param country     ISO alpha-2
 * @param admin1Code  first-order division code
 * @param admin1Name  first-order division name; empty when GeoNames has none
 * @param population  inhabitants as GeoNames gives them; 0 in GeoNames means not known
 */
public record GeoNamesCity(
    String id,
    String name,
    String asciiName,
    List<String> alternates,
    double latitude,
    double longitude,
    String featureCode,
    String country,
    String admin1Code,
    String admin1Name,
    long population) {

  public GeoNamesCity {
    alternates = List.copyOf(alternates);
  }

  /** Alternate names written only in Han ideographs (Chinese, or Japanese kanji). */
  public List<String> hanNames() {
    return alternates.stream()
        .filter(a -> !a.isEmpty() && a.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.HAN))
        .toList();
  }

  /** Rank of the feature code: capitals first, then seats of larger divisions, then other places, sections last. */
  public int featureRank() {
    return switch (featureCode) {
      case "PPLC" -> 0;
      case "PPLA" -> 1;
      case "PPLA2" -> 2;
      case "PPLA3" -> 3;
      case "PPLA4", "PPLA5" -> 4;
      case "PPL", "PPLG", "PPLS" -> 5;
      default -> 6;
    };
  }

  public double distanceKm(double lat, double lon) {
    return org.hanse.model.Geo.haversineKm(latitude, longitude, lat, lon);
  }
}
