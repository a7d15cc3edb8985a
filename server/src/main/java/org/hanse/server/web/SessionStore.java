package org.hanse.server.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hanse.store.access.Principal;

/**
 * Server-side sessions keyed by a random 256-bit id. Signing in or out always issues a new id, so an id a visitor
 * had before signing in (session fixation) is worthless afterwards. Sessions expire after an idle period; the store
 * is bounded so that a flood of visitors cannot exhaust memory.
 */
public final class SessionStore {
  static final int MAX_SESSIONS = 20_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Duration idle;
  private final Clock clock;

  public SessionStore(Duration idle, Clock clock) {
    this.idle = idle;
    this.clock = clock;
  }

  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (s.lastSeen().plus(idle).isBefore(now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    s.touch(now);
    return Optional.of(s);
  }

  /** A new session for {@code principal} ({@code null}: a visitor), replacing {@code previousId} if given. */
  public Session create(Principal principal, String previousId) {
    if (previousId != null) {
      sessions.remove(previousId);
    }
    if (sessions.size() >= MAX_SESSIONS) {
      evict();
    }
    Session s = new Session(randomToken(), principal, randomToken(), clock.instant());
    sessions.put(s.id(), s);
    return s;
  }

  public void remove(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Constant-time check of a submitted CSRF token against the session's. */
  public static boolean csrfMatches(Session session, String submitted) {
    if (session == null || submitted == null) {
      return false;
    }
    return MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.US_ASCII),
        submitted.getBytes(StandardCharsets.US_ASCII));
  }

  private void evict() {
    Instant cutoff = clock.instant().minus(idle);
    sessions.values().removeIf(s -> s.lastSeen().isBefore(cutoff));
    if (sessions.size() >= MAX_SESSIONS) {
      // Still full of live sessions: drop the least recently used tenth, visitors before signed-in users.
      sessions.values().stream()
          .sorted(Comparator.comparing((Session s) -> s.principal() != null).thenComparing(Session::lastSeen))
          .limit(MAX_SESSIONS / 10)
          .map(Session::id)
          .toList()
          .forEach(sessions::remove);
    }
  }

  static String randomToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
