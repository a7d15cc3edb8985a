package org.hanse.store.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who writes and when. The instant is cut to microseconds, the precision both databases keep, so what is read back
 * equals what was written.
 */
public record Stamp(Instant at, String who) {
  public Stamp {
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(who, "who");
  }

  public OffsetDateTime atUtc() {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
