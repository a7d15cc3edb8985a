package org.hanse.model;

import java.util.Objects;

/**
 * A foreign actor: organisation, city network, firm, country or event series.
 *
 * @param id       stable id, e.g. {@code firm-ds11-9}, {@code country-FR}, {@code event-olympics-winter}
 * @param kind     what kind of actor it is
 * @param nameEn   English name
 * @param nameZh   Chinese name; may be empty
 * @param country  ISO alpha-2 country of the actor where that applies (the state itself for a country); may be empty
 * @param sector   sector or family (e.g. {@code banking/finance} for firms, {@code UN system} for organisations);
 *                 may be empty
 * @param sourceId {@link Source#id()} of the dataset the actor comes from
 */
public record Actor(
    String id, ActorKind kind, String nameEn, String nameZh, String country, String sector, String sourceId) {
  public Actor {
    Ids.requireId(id, "actor id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(nameEn, "nameEn");
    nameZh = Ids.orEmpty(nameZh);
    country = Ids.orEmpty(country);
    sector = Ids.orEmpty(sector);
    Ids.requireId(sourceId, "actor source");
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
