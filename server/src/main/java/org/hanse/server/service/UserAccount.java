package org.hanse.server.service;

import java.util.Objects;

/**
 * A user known to an in-memory service.
 *
 * @param username     login name
 * @param role         role
 * @param cityId       the editor's own city; empty otherwise
 * @param passwordHash a {@link PasswordHasher} hash
 */
public record UserAccount(String username, Role role, String cityId, String passwordHash) {
  public UserAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    cityId = cityId == null ? "" : cityId;
    Objects.requireNonNull(passwordHash, "passwordHash");
  }

  public static UserAccount withPassword(String username, Role role, String cityId, String password) {
    return new UserAccount(username, role, cityId, PasswordHasher.hash(password.toCharArray()));
  }

  public Principal principal() {
    return new Principal(username, role, cityId);
  }
}
