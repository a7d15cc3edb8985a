package org.hanse.model;

/**
 * A population count with the year it refers to and the source that reports it.
 *
 * @param value    number of inhabitants, never negative
 * @param year     reference year of the count
 * @param sourceId {@link Source#id()} of the dataset that reports it
 */
public record Population(long value, int year, String sourceId) {
  public Population {
    if (value < 0) {
      throw new IllegalArgumentException("population must not be negative: " + value);
    }
    Ids.requireId(sourceId, "population source");
  }
}
