package org.hanse.model;

/**
 * A population count with the year it refers to, where the source gives one, and the source that reports it.
 *
 * @param value    number of inhabitants, never negative
 * @param year     reference year of the count; {@code null} when the source gives none (GeoNames' populations come
 *                 from many sources and years and carry no year), never a year made up for it
 * @param sourceId {@link Source#id()} of the dataset that reports it
 */
public record Population(long value, Integer year, String sourceId) {
  public Population {
    if (value < 0) {
      throw new IllegalArgumentException("population must not be negative: " + value);
    }
    Ids.requireId(sourceId, "population source");
  }

  /** A count whose source gives no reference year. */
  public static Population withoutYear(long value, String sourceId) {
    return new Population(value, null, sourceId);
  }

  /** The reference year, if the source gives one. */
  public java.util.OptionalInt yearIfKnown() {
    return year == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(year);
  }
}
