package org.hanse.store.access;

import java.time.Instant;
import java.util.Set;

/**
 * A user as stored, without the password hash.
 *
 * @param username    sign-in name
 * @param displayName name shown to people
 * @param role        what they may change
 * @param cityIds     editors' cities
 * @param clusterIds  coordinators' clusters
 * @param disabled    true when sign-in and tokens are blocked
 * @param hasPassword false for accounts imported without a password, which cannot sign in until one is set
 * @param createdAt   when the account was made
 * @param version     incremented on every change
 */
public record UserAccount(
    String username, String displayName, Role role, Set<String> cityIds, Set<String> clusterIds, boolean disabled,
    boolean hasPassword, Instant createdAt, int version) {
  public UserAccount {
    cityIds = Set.copyOf(cityIds);
    clusterIds = Set.copyOf(clusterIds);
  }

  public Principal principal() {
    return new Principal(username, role, cityIds, clusterIds);
  }
}
