package org.hanse.store;

import java.time.Instant;

/**
 * Which audit entries to list; null fields do not filter.
 *
 * @param since    entries at or after this instant
 * @param until    entries before this instant
 * @param username entries by this user
 * @param kind     entries about this kind of record
 * @param entityId entries about this record
 * @param cityId   entries about this city or a record tied to it (its ties, either end; its engagements and
 *                 indicator values)
 * @param limit    at most this many, newest first
 */
public record AuditQuery(Instant since, Instant until, String username, String kind, String entityId, String cityId,
    int limit) {

  public AuditQuery(Instant since, Instant until, String username, String kind, String entityId, int limit) {
    this(since, until, username, kind, entityId, null, limit);
  }

  public static AuditQuery latest(int limit) {
    return new AuditQuery(null, null, null, null, null, null, limit);
  }
}
