package org.hanse.store.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The permission rules, in one place so that imports, single edits, the server and the command line apply the same
 * checks. Every method answers for one record and one principal; a null answer means allowed, otherwise the reason
 * it is not, in words for the user.
 *
 * <ul>
 *   <li>Administrators change everything.
 *   <li>Coordinators change the records of every member city of the clusters in their scope; editors those of the
 *       cities in their scope. A record belongs to a city when it is the city itself, a tie with the city at one
 *       end, a city indicator of the city, or an engagement of the city.
 *   <li>Records that belong to no city (sources, actors, indicator definitions, country indicators) may be added
 *       by coordinators and editors, because their city records need them, but only administrators change or
 *       delete existing ones; the same holds for cities outside every scope (foreign partner cities). Clusters and
 *       users are administrators' business.
 *   <li>Viewers change nothing.
 * </ul>
 */
public final class AccessControl {
  private final Map<String, List<String>> clusterMembers;

  /** @param clusterMembers member city ids of each cluster, to resolve coordinators' scopes */
  public AccessControl(Map<String, List<String>> clusterMembers) {
    this.clusterMembers = clusterMembers;
  }

  /** Whether the city is in the principal's scope (always true for administrators). */
  public boolean inScope(Principal p, String cityId) {
    return switch (p.role()) {
      case ADMINISTRATOR -> true;
      case COORDINATOR -> p.clusterIds().stream()
          .anyMatch(cl -> clusterMembers.getOrDefault(cl, List.of()).contains(cityId));
      case EDITOR -> p.cityIds().contains(cityId);
      case VIEWER -> false;
    };
  }

  /** May the principal write a record that belongs to these cities (any one of them in scope suffices)? */
  public String checkCityRecord(Principal p, String what, Collection<String> cityIds) {
    if (p.role() == Role.VIEWER) {
      return viewer(p);
    }
    for (String city : cityIds) {
      if (inScope(p, city)) {
        return null;
      }
    }
    return p.username() + " (" + p.scopeDescription() + ") may not change " + what + ": city "
        + String.join(" or ", cityIds) + " is outside their scope";
  }

  /** May the principal add (when {@code exists} is false) or change a city? */
  public String checkCity(Principal p, String cityId, boolean exists) {
    if (p.role() == Role.VIEWER) {
      return viewer(p);
    }
    if (!exists) {
      return null;
    }
    return checkCityRecord(p, "city " + cityId, List.of(cityId));
  }

  /** May the principal add or change a record that belongs to no city (source, actor, indicator definition …)? */
  public String checkShared(Principal p, String what, boolean exists) {
    if (p.role() == Role.VIEWER) {
      return viewer(p);
    }
    if (!exists || p.role() == Role.ADMINISTRATOR) {
      return null;
    }
    return p.username() + " (" + p.scopeDescription() + ") may add but not change " + what
        + ": only administrators change existing shared records";
  }

  /** Clusters, users and tokens of others: administrators only. */
  public String checkAdministration(Principal p, String what) {
    return p.role() == Role.ADMINISTRATOR ? null
        : p.username() + " (" + p.scopeDescription() + ") may not change " + what + ": administrators only";
  }

  /** Administrators read the whole audit trail; coordinators and editors read it too (it is their records' log). */
  public static boolean canReadAudit(Principal p) {
    return p.role() != Role.VIEWER;
  }

  private static String viewer(Principal p) {
    return p.username() + " is a viewer and may not change anything";
  }
}
