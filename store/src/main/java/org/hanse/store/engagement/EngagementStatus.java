package org.hanse.store.engagement;

import java.util.Locale;

/** Where an engagement stands. Which statuses apply depends on the {@link EngagementKind}. */
public enum EngagementStatus {
  PLANNED(true),
  COMPLETED(false),
  CANCELLED(false),
  NEGOTIATING(true),
  SIGNED(false),
  EXPIRED(false),
  TERMINATED(false),
  PREPARING(true),
  SUBMITTED(true),
  WON(true),
  LOST(false),
  WITHDRAWN(false),
  HELD(false),
  RUNNING(false);

  private final boolean mayLieAhead;

  EngagementStatus(boolean mayLieAhead) {
    this.mayLieAhead = mayLieAhead;
  }

  /**
   * Whether an engagement in this status may start in the future: a planned visit or a won bid may, a completed
   * visit or a signed agreement may not.
   */
  public boolean mayLieAhead() {
    return mayLieAhead;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EngagementStatus fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
