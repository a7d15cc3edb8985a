package org.hanse.server.service;

import org.hanse.model.Tie;

/**
 * The permission rules of Hanse, in one place so the API, the pages and every service implementation apply the same
 * checks. A {@code null} principal is an anonymous visitor, who may read but not write.
 */
public final class Permissions {
  private Permissions() {}

  /** Administrators edit every city; an editor only the city they are responsible for. */
  public static boolean canEditCity(Principal who, String cityId) {
    if (who == null) {
      return false;
    }
    return switch (who.role()) {
      case ADMIN -> true;
      case EDITOR -> !who.cityId().isEmpty() && who.cityId().equals(cityId);
      case VIEWER -> false;
    };
  }

  /** Only administrators add cities: a new city has no editor yet. */
  public static boolean canCreateCity(Principal who) {
    return who != null && who.role() == Role.ADMIN;
  }

  /** A tie may be changed by whoever may edit one of the cities it involves. */
  public static boolean canEditTie(Principal who, Tie tie) {
    if (who == null) {
      return false;
    }
    if (who.role() == Role.ADMIN) {
      return true;
    }
    return canEditCity(who, tie.cityId()) || (tie.type().isCityToCity() && canEditCity(who, tie.partnerId()));
  }

  /** Imports change many records at once; editors import for their city, administrators for all. */
  public static boolean canImport(Principal who) {
    return who != null && who.role().atLeast(Role.EDITOR);
  }

  public static boolean canReadAudit(Principal who) {
    return who != null && who.role() == Role.ADMIN;
  }
}
