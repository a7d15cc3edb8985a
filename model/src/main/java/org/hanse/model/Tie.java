package org.hanse.model;

import java.util.Objects;

/**
 * One international tie of a city, typed and dated.
 *
 * <p>For city-to-city types ({@link TieType#isCityToCity()}) {@code partnerId} is a city id and the tie is
 * undirected: it is stored once, with {@code cityId < partnerId} in string order. For the other types
 * {@code partnerId} is an {@link Actor} id of the kind the type names.
 *
 * @param id        stable id, unique in a dataset
 * @param type      what kind of tie
 * @param cityId    the city
 * @param partnerId the other city or the actor
 * @param fromYear  first year the tie holds; {@code null} when unknown
 * @param toYear    last year the tie holds; {@code null} when it still holds or is unknown
 * @param weight    strength: service value, number of routes, mission rank … as the type defines; positive
 * @param detail    what distinguishes ties of the same pair, e.g. the event edition {@code 2022 Winter}; may be empty
 * @param sourceId  {@link Source#id()} of the dataset that records it
 */
public record Tie(
    String id,
    TieType type,
    String cityId,
    String partnerId,
    Integer fromYear,
    Integer toYear,
    double weight,
    String detail,
    String sourceId) {

  public Tie {
    Ids.requireId(id, "tie id");
    Objects.requireNonNull(type, "type");
    Ids.requireId(cityId, "tie city");
    Ids.requireId(partnerId, "tie partner");
    detail = Ids.orEmpty(detail);
    Ids.requireId(sourceId, "tie source");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight of tie " + id + " must be positive and finite: " + weight);
    }
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new IllegalArgumentException("tie " + id + " ends (" + toYear + ") before it starts (" + fromYear + ")");
    }
    if (type.isCityToCity() && cityId.equals(partnerId)) {
      throw new IllegalArgumentException("tie " + id + " ties city " + cityId + " to itself");
    }
  }

  /** True when the tie held at some time in the given year; a tie with unknown dates is taken to hold. */
  public boolean holdsIn(int year) {
    return (fromYear == null || fromYear <= year) && (toYear == null || year <= toYear);
  }

  /** The end of the tie that is not {@code cityId}; for actor ties that is the actor. */
  public String otherEnd(String city) {
    if (city.equals(cityId)) {
      return partnerId;
    }
    if (type.isCityToCity() && city.equals(partnerId)) {
      return cityId;
    }
    throw new IllegalArgumentException("city " + city + " is not an end of tie " + id);
  }

  /** Whether the given city is one end of this tie. */
  public boolean involves(String city) {
    return cityId.equals(city) || (type.isCityToCity() && partnerId.equals(city));
  }

  /** The natural key: two ties with the same key describe the same fact. */
  public String naturalKey() {
    return type.key() + "|" + cityId + "|" + partnerId + "|" + detail + "|" + (fromYear == null ? "" : fromYear);
  }
}
