package org.hanse.store.access;

import java.time.Instant;

/**
 * An API token as listed (never its secret).
 *
 * @param id         the public part, shown in lists and used to revoke it
 * @param username   whose token it is; scripts using it act as this user
 * @param label      what it is for, e.g. {@code nightly import}
 * @param createdAt  when it was issued
 * @param lastUsedAt when it was last accepted; null if never
 * @param revokedAt  when it was revoked; null while valid
 */
public record ApiToken(String id, String username, String label, Instant createdAt, Instant lastUsedAt,
    Instant revokedAt) {

  /** A token just issued: {@code token} is shown once and never stored. */
  public record Issued(ApiToken info, String token) {}
}
