package org.hanse.model;

import java.util.Locale;

/**
 * Types of international tie. Each type says whether its partner is another city or a foreign actor, and which
 * kind of actor.
 */
public enum TieType {
  /** Formal twinning agreement between two cities (undirected). */
  SISTER_CITY("sister city", "友好城市", true, null),
  /** Membership of an international city network; weight = service value 1–5 (methods.md §1.6). */
  NETWORK_MEMBERSHIP("network membership", "城市网络成员", false, ActorKind.CITY_NETWORK),
  /** The city hosts an organisation's headquarters (weight 5) or an office (weight 4). */
  ORGANISATION_SEAT("hosts organisation", "国际组织驻地", false, ActorKind.ORGANISATION),
  /** The city hosts an embassy, consulate or other mission of a country; weight by mission rank. */
  DIPLOMATIC_MISSION("hosts mission", "外国使领馆", false, ActorKind.COUNTRY),
  /** The city alone hosts one edition of an event series. */
  EVENT_HOST("hosts event", "主办活动", false, ActorKind.EVENT_SERIES),
  /** The city shares the hosting of one edition of an event series with other cities. */
  EVENT_COHOST("co-hosts event", "联合承办活动", false, ActorKind.EVENT_SERIES),
  /** Scheduled air service between two cities' airports (undirected); weight = number of routes. */
  AIR_ROUTE("air route", "航线", true, null),
  /** An office of an advanced-producer-services firm; weight = GaWC service value 0–5. */
  FIRM_OFFICE("firm office", "企业分支机构", false, ActorKind.FIRM),
  /**
   * Reported events between two cities (undirected), e.g. GDELT-format event records in which one actor is placed
   * in each city; weight = number of events. One tie per city pair, month and event class: dated by the year of
   * the month ({@code from_year = to_year}), with the month and class in {@code detail}.
   */
  EVENT_INTERACTION("event interaction", "事件互动", true, null);

  private final String labelEn;
  private final String labelZh;
  private final boolean cityToCity;
  private final ActorKind partnerKind;

  TieType(String labelEn, String labelZh, boolean cityToCity, ActorKind partnerKind) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
    this.cityToCity = cityToCity;
    this.partnerKind = partnerKind;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? labelZh : labelEn;
  }

  /** True when the partner is another city, false when it is a foreign actor. */
  public boolean isCityToCity() {
    return cityToCity;
  }

  /** The kind of actor on the other end, or {@code null} for city-to-city ties. */
  public ActorKind partnerKind() {
    return partnerKind;
  }

  /** The lower-case key used in files and the API, e.g. {@code sister_city}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TieType fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
