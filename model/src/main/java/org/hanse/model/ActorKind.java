package org.hanse.model;

/** Kinds of foreign actor a city can be tied to. */
public enum ActorKind {
  /** International organisation (IGO or NGO) with a seat or offices. */
  ORGANISATION("organisation", "国际组织"),
  /** International city network (C40, Eurocities, GCoM …). */
  CITY_NETWORK("city network", "国际城市网络"),
  /** Advanced-producer-services firm (GaWC coding). */
  FIRM("firm", "跨国企业"),
  /** A sovereign state that sends missions (embassies, consulates). */
  COUNTRY("country", "国家"),
  /** A recurring event series (Olympic Games, World Expo, FIFA World Cup). */
  EVENT_SERIES("event series", "系列活动");

  private final String labelEn;
  private final String labelZh;

  ActorKind(String labelEn, String labelZh) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? labelZh : labelEn;
  }

  /** The lower-case key used in files and the API, e.g. {@code city_network}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ActorKind fromKey(String key) {
    return valueOf(key.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
