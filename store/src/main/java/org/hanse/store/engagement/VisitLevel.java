package org.hanse.store.engagement;

import java.util.Locale;

/** The rank of the head of a delegation. */
public enum VisitLevel {
  /** Mayor, party secretary, governor or head of state or government. */
  LEADER,
  /** Vice mayor or deputy. */
  DEPUTY,
  /** Head of a bureau or department. */
  DEPARTMENT,
  /** Working level. */
  WORKING;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static VisitLevel fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
