package org.hanse.analysis.index;

import org.hanse.model.Lang;

/**
 * The ten levels of the coupling coordination degree D (Tian et al. 2021, 地理学报 76(4):781, Table 1; methods.md
 * §4.6): equal bands of width 0.1 with left-open intervals (a, a + 0.1], so 0.50 is "verge of disorder" and 0.5001
 * "barely coordinated". D = 0 is put in the lowest level. A tolerance of 1e-12 keeps values such as 0.1 + 0.2 in
 * the band their decimal reading belongs to.
 */
public enum CoordinationLevel {
  EXTREME_DISORDER("extreme disorder", "极度失调"),
  SERIOUS_DISORDER("serious disorder", "严重失调"),
  MODERATE_DISORDER("moderate disorder", "中度失调"),
  MILD_DISORDER("mild disorder", "轻度失调"),
  VERGE_OF_DISORDER("verge of disorder", "濒临失调"),
  BARELY_COORDINATED("barely coordinated", "勉强协调"),
  PRIMARY_COORDINATION("primary coordination", "初级协调"),
  INTERMEDIATE_COORDINATION("intermediate coordination", "中级协调"),
  GOOD_COORDINATION("good coordination", "良好协调"),
  HIGH_QUALITY_COORDINATION("high-quality coordination", "优质协调");

  private final String en;
  private final String zh;

  CoordinationLevel(String en, String zh) {
    this.en = en;
    this.zh = zh;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  /** Lower (open) bound of the band. */
  public double lowerBound() {
    return ordinal() / 10.0;
  }

  /** Upper (closed) bound of the band. */
  public double upperBound() {
    return (ordinal() + 1) / 10.0;
  }

  /** The level of D ∈ [0, 1]. */
  public static CoordinationLevel of(double d) {
    if (!(d >= 0 && d <= 1 + 1e-12)) {
      throw new IllegalArgumentException("coordination degree must be in [0, 1]: " + d);
    }
    int band = (int) Math.ceil(d * 10 - 1e-12) - 1;
    return values()[Math.max(0, Math.min(band, 9))];
  }
}
