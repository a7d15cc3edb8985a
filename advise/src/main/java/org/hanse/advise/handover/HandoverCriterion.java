package org.hanse.advise.handover;

import java.util.Locale;
import org.hanse.analysis.index.IndicatorDirection;
import org.hanse.model.Lang;

/**
 * The criteria by which member cities are ranked to take over part of a central city's function (疏解与承接):
 * capacity, proximity, existing ties and complementarity.
 */
public enum HandoverCriterion {
  /** Capacity: population (the capacity proxy every city has). */
  POPULATION("population", "人口规模", IndicatorDirection.POSITIVE),
  /** Proximity: great-circle distance to the central city, km (smaller is better). */
  DISTANCE_KM("distance to the central city (km)", "距中心城市距离（公里）", IndicatorDirection.NEGATIVE),
  /** Existing ties: partners of the function the member shares with the central city, plus direct ties between them. */
  EXISTING_TIES("existing ties with the central city's partners", "与中心城市伙伴的既有联系", IndicatorDirection.POSITIVE),
  /** Readiness: the member's own international ties serving the function. */
  FUNCTION_TIES("own ties of this function", "该功能的既有国际联系", IndicatorDirection.POSITIVE),
  /**
   * Complementarity: Krugman dissimilarity of the member's and the central city's function profiles (0 identical … 2
   * completely different): a member unlike the centre adds a new role instead of duplicating it.
   */
  COMPLEMENTARITY("function profile unlike the centre's (Krugman K)", "与中心城市的功能差异（克鲁格曼指数）",
      IndicatorDirection.POSITIVE);

  private final String labelEn;
  private final String labelZh;
  private final IndicatorDirection direction;

  HandoverCriterion(String labelEn, String labelZh, IndicatorDirection direction) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
    this.direction = direction;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? labelZh : labelEn;
  }

  public IndicatorDirection direction() {
    return direction;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
