package org.hanse.server.service;

import java.util.Locale;

/** What a signed-in user may do. Roles are ordered: each one may do everything the previous may. */
public enum Role {
  /** Reads everything, changes nothing. */
  VIEWER,
  /** Changes the records of their own city (its data and the ties it is an end of), and imports files. */
  EDITOR,
  /** Changes every record, reads the audit trail. */
  ADMIN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }

  public boolean atLeast(Role other) {
    return compareTo(other) >= 0;
  }
}
