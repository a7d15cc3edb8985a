package org.hanse.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.internal.Db;

/**
 * Scenarios saved to share by link. Only the scenario file is kept, never its result, which depends on the data of
 * the day. Saving is not an edit of the knowledge base: it writes no audit entry, so it does not make every cached
 * analysis stale, and it needs the role that may write (viewers may only read).
 */
public final class SavedScenarios {
  /** Longest scenario text kept (characters); a scenario file is a few kilobytes. */
  public static final int MAX_LENGTH = 1_000_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A saved scenario: its id, the name from the file, the file's text, who saved it and when. */
  public record Saved(String id, String name, String body, Instant createdAt, String createdBy) {}

  private final HanseStore store;

  public SavedScenarios(HanseStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Saves a scenario's text under a new id; viewers may not. */
  public Saved save(Principal actor, String name, String body) {
    Objects.requireNonNull(actor, "actor");
    if (actor.role() == Role.VIEWER) {
      throw new AccessDeniedException(actor.username() + " is a viewer and may not save scenarios");
    }
    if (body.length() > MAX_LENGTH) {
      throw new StoreUserException("a scenario longer than " + MAX_LENGTH + " characters is not kept");
    }
    // Random rather than sequential: a shared link should not let anyone count or walk the others.
    byte[] b = new byte[9];
    RANDOM.nextBytes(b);
    String id = HexFormat.of().formatHex(b);
    Instant at = store.clock().instant();
    store.db().inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO saved_scenario (id, name, body, created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, name);
        ps.setString(3, body);
        ps.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        ps.setString(5, actor.username());
        ps.executeUpdate();
      }
      return null;
    });
    return new Saved(id, name, body, at, actor.username());
  }

  /** Every saved scenario, newest first. */
  public List<Saved> list() {
    return store.db().read(c -> query(c, null));
  }

  public Optional<Saved> find(String id) {
    return store.db().read(c -> query(c, id)).stream().findFirst();
  }

  private static List<Saved> query(Connection c, String id) throws SQLException {
    String sql = "SELECT id, name, body, created_at, created_by FROM saved_scenario"
        + (id == null ? "" : " WHERE id = ?") + " ORDER BY created_at DESC, id";
    return Db.list(c, sql, id, rs -> new Saved(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
  }
}
