package org.hanse.server.service;

import java.util.Objects;

/**
 * A signed-in user as the server sees them.
 *
 * @param username the login name
 * @param role     what the user may do
 * @param cityId   the city an editor is responsible for; empty for viewers and administrators
 */
public record Principal(String username, Role role, String cityId) {
  public Principal {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    cityId = cityId == null ? "" : cityId;
  }
}
