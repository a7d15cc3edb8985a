package org.hanse.advise.partner;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hanse.model.ActorKind;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * What kind of partner a recommendation proposes, and the tie type(s) that would tie the city to it (the
 * <em>target layer</em>: the layer whose missing ties are predicted).
 */
public enum PartnerKind {
  /** Foreign cities to twin or cooperate with (友好城市、合作城市). */
  CITY(EnumSet.of(TieType.SISTER_CITY), null, "foreign city to twin or cooperate with", "结好或合作的外国城市"),
  /** International city networks to join (国际城市网络). */
  CITY_NETWORK(EnumSet.of(TieType.NETWORK_MEMBERSHIP), ActorKind.CITY_NETWORK, "city network to join",
      "可加入的国际城市网络"),
  /** Countries whose consulates or missions to attract (外国使领馆). */
  COUNTRY(EnumSet.of(TieType.DIPLOMATIC_MISSION), ActorKind.COUNTRY, "country whose mission to attract",
      "可争取设立使领馆的国家"),
  /** International organisations whose seat or office to attract (国际组织). */
  ORGANISATION(EnumSet.of(TieType.ORGANISATION_SEAT), ActorKind.ORGANISATION, "organisation whose office to attract",
      "可争取落户的国际组织"),
  /** Event series to bid for, alone or with other members (国际活动). */
  EVENT_SERIES(EnumSet.of(TieType.EVENT_HOST, TieType.EVENT_COHOST), ActorKind.EVENT_SERIES, "event series to bid for",
      "可申办的系列国际活动");

  private final Set<TieType> targetLayers;
  private final ActorKind actorKind;
  private final String labelEn;
  private final String labelZh;

  PartnerKind(Set<TieType> targetLayers, ActorKind actorKind, String labelEn, String labelZh) {
    this.targetLayers = targetLayers;
    this.actorKind = actorKind;
    this.labelEn = labelEn;
    this.labelZh = labelZh;
  }

  /** The tie types that would tie a city to such a partner. */
  public Set<TieType> targetLayers() {
    return EnumSet.copyOf(targetLayers);
  }

  /** True when the partner is a city; false when it is a foreign actor. */
  public boolean isCity() {
    return actorKind == null;
  }

  /** The actor kind of the partner, or {@code null} for cities. */
  public ActorKind actorKind() {
    return actorKind;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? labelZh : labelEn;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a key such as {@code country} or {@code city-network}. */
  public static PartnerKind fromKey(String key) {
    String k = key.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (PartnerKind p : values()) {
      if (p.name().equals(k)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown partner kind '" + key + "'; use one of city, city_network, country,"
        + " organisation, event_series");
  }
}
