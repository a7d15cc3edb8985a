package org.hanse.store.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is writing: a signed-in user with their role and scope, or the operator of the command line.
 *
 * @param username   the user name recorded in the audit trail
 * @param role       what they may do
 * @param cityIds    for editors: the cities whose records they may change
 * @param clusterIds for coordinators: the clusters whose member cities' records they may change
 */
public record Principal(String username, Role role, Set<String> cityIds, Set<String> clusterIds) {
  public Principal {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    cityIds = Set.copyOf(cityIds);
    clusterIds = Set.copyOf(clusterIds);
  }

  /**
   * The operator of the command line: whoever can open the database can change anything, so the command line writes
   * as an administrator, recorded under the given name (e.g. {@code cli:alice}).
   */
  public static Principal operator(String name) {
    return new Principal(name, Role.ADMINISTRATOR, Set.of(), Set.of());
  }

  /** What this principal may change, in words, for messages. */
  public String scopeDescription() {
    return switch (role) {
      case ADMINISTRATOR -> "administrator";
      case COORDINATOR -> "coordinator of " + (clusterIds.isEmpty() ? "no cluster" : "cluster(s) "
          + String.join(", ", new java.util.TreeSet<>(clusterIds)));
      case EDITOR -> "editor of " + (cityIds.isEmpty() ? "no city" : "city(ies) "
          + String.join(", ", new java.util.TreeSet<>(cityIds)));
      case VIEWER -> "viewer";
    };
  }
}
