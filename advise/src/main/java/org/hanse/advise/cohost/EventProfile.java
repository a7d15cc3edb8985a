package org.hanse.advise.cohost;

/**
 * What an event needs from its host cities (the input of the co-hosting planner).
 *
 * @param series         the event series actor id (e.g. {@code event-olympics-winter}) or a free label of the kind of
 *                       event; used to note each host's earlier editions of the series
 * @param hosts          number of host cities wanted, main host included (≥ 1)
 * @param mainHostId     the main host, or {@code null} to let any member of a set serve as main host
 * @param minAirRoutes   minimum number of air routes (any destination, OpenFlights layer) of every host (≥ 0)
 * @param minPopulation  minimum population of every host, the capacity proxy (≥ 0; a host whose population is
 *                       unknown fails any positive minimum)
 * @param maxDistanceKm  maximum great-circle distance of every host from the main host, in km (&gt; 0; infinity = no
 *                       limit). The data hold no travel times, so distance stands in for them.
 * @param gain           international ties each host gains from the event (&gt; 0; 1 = the one event tie a
 *                       scenario records per host)
 * @param alternatives   how many host sets to return, best first (≥ 1)
 */
public record EventProfile(String series, int hosts, String mainHostId, int minAirRoutes, long minPopulation,
    double maxDistanceKm, double gain, int alternatives) {
  /** Host sets returned unless another number is given. */
  public static final int DEFAULT_ALTERNATIVES = 5;

  public EventProfile {
    series = series == null ? "" : series.strip();
    mainHostId = mainHostId == null || mainHostId.isBlank() ? null : mainHostId.strip();
    if (hosts < 1) {
      throw new IllegalArgumentException("the number of host cities must be at least 1, not " + hosts);
    }
    if (minAirRoutes < 0) {
      throw new IllegalArgumentException("the minimum number of air routes must not be negative: " + minAirRoutes);
    }
    if (minPopulation < 0) {
      throw new IllegalArgumentException("the minimum population must not be negative: " + minPopulation);
    }
    if (!(maxDistanceKm > 0)) {
      throw new IllegalArgumentException("the maximum distance must be positive: " + maxDistanceKm);
    }
    if (!(gain > 0) || Double.isInfinite(gain)) {
      throw new IllegalArgumentException("the ties gained per host must be positive and finite: " + gain);
    }
    if (alternatives < 1) {
      throw new IllegalArgumentException("the number of alternatives must be at least 1, not " + alternatives);
    }
  }

  /** A profile with no requirement but the number of hosts: one tie gained per host, five alternatives. */
  public static EventProfile of(String series, int hosts) {
    return new EventProfile(series, hosts, null, 0, 0, Double.POSITIVE_INFINITY, 1, DEFAULT_ALTERNATIVES);
  }

  public EventProfile withMainHost(String id) {
    return new EventProfile(series, hosts, id, minAirRoutes, minPopulation, maxDistanceKm, gain, alternatives);
  }

  public EventProfile withMinAirRoutes(int n) {
    return new EventProfile(series, hosts, mainHostId, n, minPopulation, maxDistanceKm, gain, alternatives);
  }

  public EventProfile withMinPopulation(long p) {
    return new EventProfile(series, hosts, mainHostId, minAirRoutes, p, maxDistanceKm, gain, alternatives);
  }

  public EventProfile withMaxDistanceKm(double km) {
    return new EventProfile(series, hosts, mainHostId, minAirRoutes, minPopulation, km, gain, alternatives);
  }

  public EventProfile withGain(double g) {
    return new EventProfile(series, hosts, mainHostId, minAirRoutes, minPopulation, maxDistanceKm, g, alternatives);
  }

  public EventProfile withAlternatives(int n) {
    return new EventProfile(series, hosts, mainHostId, minAirRoutes, minPopulation, maxDistanceKm, gain, n);
  }
}
