package org.hanse.store.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may change. Reading is open to every signed-in user. */
public enum Role {
  /** Changes everything, manages users, reads the audit trail. */
  ADMINISTRATOR,
  /** Changes the records of every city of the clusters in their scope; reads the audit trail of those records. */
  COORDINATOR,
  /** Changes the records of the cities in their scope. */
  EDITOR,
  /** Reads, changes nothing. */
  VIEWER;

  /** The lower-case key used on the command line and in the database. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromKey(String key) {
    String k = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
    for (Role r : values()) {
      if (r.name().equals(k)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + key + "' (use one of " + keys() + ")");
  }

  public static String keys() {
    return Arrays.stream(values()).map(Role::key).collect(Collectors.joining(", "));
  }
}
