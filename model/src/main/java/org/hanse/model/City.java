package org.hanse.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A city, member of a cluster or reached by one of its ties.
 *
 * @param id          stable id: the GeoNames id (digits) where one exists, otherwise {@code x-} followed by a slug
 * @param nameEn      English name
 * @param nameZh      Chinese name (simplified); empty when no source gives one
 * @param country     ISO 3166-1 alpha-2 code of the country (or territory, e.g. {@code HK}, {@code MO})
 * @param adminRegion first-level administrative region (state, province); may be empty
 * @param latitude    WGS84 latitude in degrees
 * @param longitude   WGS84 longitude in degrees
 * @param population  the city's population with year and source; {@code null} when no source gives it
 */
public record City(
    String id,
    String nameEn,
    String nameZh,
    String country,
    String adminRegion,
    double latitude,
    double longitude,
    Population population) {

  public City {
    Ids.requireId(id, "city id");
    Objects.requireNonNull(nameEn, "nameEn");
    nameZh = Ids.orEmpty(nameZh);
    adminRegion = Ids.orEmpty(adminRegion);
    if (country == null || !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country of " + id + " is not an ISO 3166-1 alpha-2 code: " + country);
    }
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude of " + id + " out of range [-90, 90]: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude of " + id + " out of range [-180, 180]: " + longitude);
    }
  }

  public Optional<Population> populationIfKnown() {
    return Optional.ofNullable(population);
  }

  /** The name to show in the given language, falling back to English where no Chinese name is known. */
  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }

  /**
   * The English name with the first-level region, "Taizhou (Jiangsu)", for texts that must tell apart two cities of
   * one name ("Taizhou" is also in Zhejiang); the name alone when no region is recorded.
   */
  public String nameEnWithRegion() {
    return adminRegion.isEmpty() ? nameEn : nameEn + " (" + adminRegion + ")";
  }

  /** Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km). */
  public double distanceKm(City other) {
    return Geo.haversineKm(latitude, longitude, other.latitude, other.longitude);
  }
}
