package org.hanse.model;

/** What an indicator value describes. */
public enum IndicatorScope {
  /** A city (or prefecture, or urban agglomeration matched to the city). */
  CITY,
  /** The country a city lies in (ISO alpha-2 code as subject). */
  COUNTRY
}
