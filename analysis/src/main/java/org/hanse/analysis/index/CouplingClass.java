package org.hanse.analysis.index;

import org.hanse.model.Lang;

/**
 * Classes of the coupling degree C (Tian et al. 2021, 地理学报 76(4):781, Table 1; methods.md §4.6), left-open
 * intervals: (0, 0.3] low-level coupling, (0.3, 0.5] antagonism, (0.5, 0.8] running-in, (0.8, 1] high-level
 * coupling. C = 0 is put in the lowest class.
 */
public enum CouplingClass {
  LOW_LEVEL(0.3, "low-level coupling", "低水平耦合"),
  ANTAGONISM(0.5, "antagonism", "拮抗"),
  RUNNING_IN(0.8, "running-in", "磨合"),
  HIGH_LEVEL(1.0, "high-level coupling", "高水平耦合");

  private final double upper;
  private final String en;
  private final String zh;

  CouplingClass(double upper, String en, String zh) {
    this.upper = upper;
    this.en = en;
    this.zh = zh;
  }

  /** The inclusive upper bound of the class. */
  public double upperBound() {
    return upper;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  /** The class of C ∈ [0, 1]. */
  public static CouplingClass of(double c) {
    if (!(c >= 0 && c <= 1)) {
      throw new IllegalArgumentException("coupling degree must be in [0, 1]: " + c);
    }
    for (CouplingClass k : values()) {
      if (c <= k.upper) {
        return k;
      }
    }
    return HIGH_LEVEL;
  }
}
