package org.hanse.server.web;

import java.time.Instant;
import org.hanse.store.access.Principal;

/**
 * A browser session: who is signed in (nobody for a visitor) and the token every form and state-changing request
 * of this session must carry.
 */
public final class Session {
  private final String id;
  private final Principal principal;
  private final String csrfToken;
  private volatile Instant lastSeen;

  Session(String id, Principal principal, String csrfToken, Instant now) {
    this.id = id;
    this.principal = principal;
    this.csrfToken = csrfToken;
    this.lastSeen = now;
  }

  public String id() {
    return id;
  }

  /** The signed-in user, or {@code null} for a visitor. */
  public Principal principal() {
    return principal;
  }

  public String csrfToken() {
    return csrfToken;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  void touch(Instant now) {
    lastSeen = now;
  }
}
