package org.hanse.advise.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A hypothetical change to the data, saved as JSON and shared: ties added or removed, actors the new ties need,
 * cluster memberships, events (one host or several co-hosts) and hand-overs of functions. Applied to a copy of a
 * dataset by {@link ScenarioApplier}; the copy is assessed like the real data and every measure compared
 * ({@link ScenarioRunner}).
 *
 * @param format      {@value #FORMAT}
 * @param name        short name
 * @param description what it is about; may be empty
 * @param actors      actors the scenario's ties need that the data lacks (e.g. a new city network)
 * @param addTies     ties to add
 * @param removeTies  ids of ties to remove
 * @param memberships cities to add to or remove from clusters
 * @param events      event editions to add (one host: hosts; several: co-hosts)
 * @param handovers   shares of a function's international ties moved from one city to another
 */
public record Scenario(
    String format,
    String name,
    String description,
    List<ActorSpec> actors,
    List<TieSpec> addTies,
    List<String> removeTies,
    List<MembershipChange> memberships,
    List<EventSpec> events,
    List<HandoverSpec> handovers) {

  /** The format tag written into every scenario file. */
  public static final String FORMAT = "hanse-scenario/1";

  public Scenario {
    format = format == null ? FORMAT : format;
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("unknown scenario format '" + format + "' (expected " + FORMAT + ")");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a scenario needs a name");
    }
    description = description == null ? "" : description;
    actors = copy(actors);
    addTies = copy(addTies);
    removeTies = copy(removeTies);
    memberships = copy(memberships);
    events = copy(events);
    handovers = copy(handovers);
  }

  private static <T> List<T> copy(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  /** An empty scenario with a name, to be extended with the {@code with…} methods. */
  public static Scenario named(String name, String description) {
    return new Scenario(FORMAT, name, description, null, null, null, null, null, null);
  }

  public Scenario withActor(ActorSpec a) {
    return new Scenario(format, name, description, plus(actors, a), addTies, removeTies, memberships, events, handovers);
  }

  public Scenario withTie(TieSpec t) {
    return new Scenario(format, name, description, actors, plus(addTies, t), removeTies, memberships, events, handovers);
  }

  public Scenario withoutTie(String tieId) {
    return new Scenario(format, name, description, actors, addTies, plus(removeTies, tieId), memberships, events,
        handovers);
  }

  public Scenario withMembership(MembershipChange m) {
    return new Scenario(format, name, description, actors, addTies, removeTies, plus(memberships, m), events,
        handovers);
  }

  public Scenario withEvent(EventSpec e) {
    return new Scenario(format, name, description, actors, addTies, removeTies, memberships, plus(events, e),
        handovers);
  }

  public Scenario withHandover(HandoverSpec h) {
    return new Scenario(format, name, description, actors, addTies, removeTies, memberships, events,
        plus(handovers, h));
  }

  private static <T> List<T> plus(List<T> l, T x) {
    java.util.ArrayList<T> out = new java.util.ArrayList<>(l);
    out.add(Objects.requireNonNull(x));
    return out;
  }

  /**
   * An actor to add.
   *
   * @param id      actor id
   * @param kind    actor kind key, e.g. {@code city_network}
   * @param nameEn  English name
   * @param nameZh  Chinese name; may be empty
   * @param country ISO alpha-2 country; may be empty
   * @param sector  sector; may be empty
   */
  public record ActorSpec(String id, String kind, String nameEn, String nameZh, String country, String sector) {}

  /**
   * A tie to add (city-to-city ties may be given in either order).
   *
   * @param type      tie type key, e.g. {@code sister_city}
   * @param cityId    the city
   * @param partnerId the other city or the actor
   * @param fromYear  first year; may be null
   * @param toYear    last year; may be null
   * @param weight    weight; null = 1
   * @param detail    detail; may be empty
   */
  public record TieSpec(String type, String cityId, String partnerId, Integer fromYear, Integer toYear, Double weight,
      String detail) {}

  /**
   * A change of cluster membership.
   *
   * @param clusterId the cluster
   * @param cityId    the city
   * @param action    {@code add} or {@code remove}
   * @param central   whether an added member is a central city
   */
  public record MembershipChange(String clusterId, String cityId, String action, boolean central) {}

  /**
   * An event edition.
   *
   * @param series  event series actor id, e.g. {@code event-olympics-winter}
   * @param edition edition label, e.g. {@code 2034 Winter}
   * @param year    year
   * @param hosts   host city ids; one = host, several = co-hosts
   */
  public record EventSpec(String series, String edition, int year, List<String> hosts) {
    public EventSpec {
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
  }

  /**
   * A hand-over: {@code share} of {@code from}'s international ties serving {@code function} move to {@code to}.
   *
   * @param from     the city handing over (usually a central city)
   * @param to       the city taking over
   * @param function function key, e.g. {@code political_exchange}
   * @param share    share in (0, 1]
   */
  public record HandoverSpec(String from, String to, String function, double share) {}
}
