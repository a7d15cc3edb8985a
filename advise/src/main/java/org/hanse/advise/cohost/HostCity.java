package org.hanse.advise.cohost;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hanse.model.Lang;

/**
 * A member city as a possible host, with the figures the planner used.
 *
 * @param cityId          the city
 * @param nameEn          English name
 * @param nameZh          Chinese name; may be empty
 * @param openness        its international ties before the event (the assessment's definition of international)
 * @param airRoutes       its air routes (any destination)
 * @param population      its population; empty when unknown
 * @param distanceKm      great-circle distance to the main host of the set it is shown in; empty outside a set
 * @param earlierEditions earlier editions of the event series it hosted or co-hosted
 * @param problems        why it cannot host (empty = it meets every per-host requirement)
 */
public record HostCity(String cityId, String nameEn, String nameZh, double openness, int airRoutes,
    OptionalLong population, OptionalDouble distanceKm, int earlierEditions, java.util.List<String> problems) {
  public HostCity {
    problems = java.util.List.copyOf(problems);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isBlank() ? nameZh : nameEn;
  }

  HostCity at(double km) {
    return new HostCity(cityId, nameEn, nameZh, openness, airRoutes, population, OptionalDouble.of(km),
        earlierEditions, problems);
  }
}
