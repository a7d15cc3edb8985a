package org.hanse.store.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hanse.store.LoginRefusedException;
import org.hanse.store.internal.Db;

/**
 * Signs users in, with rate limiting, and recognises API tokens. The server calls it for every request that
 * carries credentials.
 *
 * <p>Rate limiting: after {@value #MAX_FAILURES_PER_USER} failed sign-ins for one user name, or
 * {@value #MAX_FAILURES_PER_CLIENT} from one client address, within {@link #WINDOW}, further attempts are refused
 * without checking the password until the oldest failure leaves the window. Failures are kept in the database, so
 * the limit holds across server restarts and between several servers on one PostgreSQL.
 */
public final class Authenticator {
  public static final int MAX_FAILURES_PER_USER = 5;
  public static final int MAX_FAILURES_PER_CLIENT = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private static final String WRONG = "wrong user name or password";
  /** Verified against when the user does not exist, so that the answer takes as long as for a real user. */
  private static final String DUMMY_HASH = PasswordHashing.hash("not a real password".toCharArray());

  private final Db db;
  private final Clock clock;

  public Authenticator(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Checks a user name and password.
   *
   * @param client the client's address (or another identifier), for the per-client limit
   * @throws LoginRefusedException when refused; the message does not tell whether the name or the password was wrong
   */
  public Principal login(String username, char[] password, String client) {
    Instant now = clock.instant();
    String from = client == null ? "" : client;
    Instant since = now.minus(WINDOW);
    db.read(c -> {
      refuseIfLimited(c, "username", username, MAX_FAILURES_PER_USER, since, "for this user name");
      refuseIfLimited(c, "client", from, MAX_FAILURES_PER_CLIENT, since, "from this address");
      return null;
    });
    Optional<UserAccount> user = db.read(c -> Users.find(c, username));
    String hash = user.isPresent() ? db.read(c -> Users.passwordHash(c, username)) : DUMMY_HASH;
    boolean ok = PasswordHashing.matches(password, hash) && user.isPresent();
    if (!ok) {
      recordFailure(username, from, now);
      throw new LoginRefusedException(WRONG, null);
    }
    if (user.get().disabled()) {
      throw new LoginRefusedException("the account " + username + " is disabled", null);
    }
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_failure WHERE username = ?")) {
        ps.setString(1, username);
        ps.executeUpdate();
      }
      if (PasswordHashing.needsRehash(hash)) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = ?")) {
          ps.setString(1, PasswordHashing.hash(password));
          ps.setString(2, username);
          ps.executeUpdate();
        }
      }
      return null;
    });
    return user.get().principal();
  }

  /** The user an API token acts for; empty for malformed, unknown or revoked tokens and disabled users. */
  public Optional<Principal> principalForToken(String token) {
    Optional<String[]> parts = Users.parseToken(token);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String id = parts.get()[0];
    String secretHash = Users.sha256(parts.get()[1]);
    return db.inTransaction(c -> {
      String username;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT username, secret_hash FROM api_token WHERE id = ? AND revoked_at IS NULL")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || !java.security.MessageDigest.isEqual(
              rs.getString(2).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
              secretHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.<Principal>empty();
          }
          username = rs.getString(1);
        }
      }
      Optional<UserAccount> user = Users.find(c, username);
      if (user.isEmpty() || user.get().disabled()) {
        return Optional.<Principal>empty();
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        ps.setString(2, id);
        ps.executeUpdate();
      }
      return Optional.of(user.get().principal());
    });
  }

  /** The principal of an existing, enabled user (the command line's {@code --user}). */
  public Optional<Principal> principal(String username) {
    return db.read(c -> Users.find(c, username)).filter(u -> !u.disabled()).map(UserAccount::principal);
  }

  private static void refuseIfLimited(Connection c, String column, String value, int max, Instant since,
      String what) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT failed_at FROM login_failure WHERE " + column
        + " = ? AND failed_at > ? ORDER BY failed_at")) {
      ps.setString(1, value);
      ps.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
      try (ResultSet rs = ps.executeQuery()) {
        int n = 0;
        Instant oldest = null;
        while (rs.next()) {
          if (n == 0) {
            oldest = rs.getObject(1, OffsetDateTime.class).toInstant();
          }
          n++;
        }
        if (n >= max) {
          Instant retry = oldest.plus(WINDOW);
          throw new LoginRefusedException("too many failed sign-ins " + what + "; try again after "
              + retry.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), retry);
        }
      }
    }
  }

  private void recordFailure(String username, String client, Instant now) {
    db.inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO login_failure (username, client, failed_at) VALUES (?, ?, ?)")) {
        ps.setString(1, username);
        ps.setString(2, client);
        ps.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        ps.executeUpdate();
      }
      // Failures older than a day matter to nobody.
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_failure WHERE failed_at < ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC));
        ps.executeUpdate();
      }
      return null;
    });
  }
}
