package org.hanse.store.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hanse.store.AccessDeniedException;
import org.hanse.store.EditConflictException;
import org.hanse.store.NotFoundException;
import org.hanse.store.StoreUserException;
import org.hanse.store.internal.AuditLog;
import org.hanse.store.internal.Db;
import org.hanse.store.internal.Stamp;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords;

/**
 * User accounts, their roles and scopes, passwords and API tokens. Only administrators change accounts (a user may
 * change their own password and manage their own tokens). Every change is audited; accounts are disabled, never
 * deleted, so the audit trail keeps naming people who exist.
 */
public final class Users {
  /** Shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 10;
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
  private static final String TOKEN_PREFIX = "hanse_";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Db db;
  private final Clock clock;

  public Users(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A user to create or update: everything but the password. */
  public record Spec(String username, String displayName, Role role, Set<String> cityIds, Set<String> clusterIds,
      boolean disabled) {
    public Spec {
      displayName = displayName == null ? "" : displayName;
      cityIds = Set.copyOf(cityIds);
      clusterIds = Set.copyOf(clusterIds);
    }
  }

  /**
   * Creates a user. The password may be null: the account then cannot sign in until a password is set, but may get
   * API tokens.
   */
  public UserAccount add(Principal actor, Spec spec, char[] password) {
    requireAdministrator(actor, "add users");
    if (password != null) {
      checkPassword(password);
    }
    String hash = password == null ? "" : PasswordHashing.hash(password);
    Stamp stamp = new Stamp(clock.instant(), actor.username());
    return db.inTransaction(c -> {
      List<String> problems = checkSpec(c, spec);
      if (!problems.isEmpty()) {
        throw new StoreUserException(String.join("; ", problems));
      }
      if (find(c, spec.username()).isPresent()) {
        throw new EditConflictException("user " + spec.username() + " already exists");
      }
      insert(c, spec, hash, stamp);
      UserAccount created = find(c, spec.username()).orElseThrow();
      audit(c, stamp, "user.add", spec.username(), null, created, "added user " + spec.username() + " ("
          + created.principal().scopeDescription() + ")");
      return created;
    });
  }

  public List<UserAccount> list() {
    return db.read(c -> {
      List<UserAccount> out = new ArrayList<>();
      Map<String, Set<String>[]> scopes = scopes(c, null);
      try (PreparedStatement ps = c.prepareStatement("SELECT username, display_name, user_role, password_hash,"
          + " disabled, created_at, version FROM app_user ORDER BY username");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(account(rs, scopes));
        }
      }
      return out;
    });
  }

  public Optional<UserAccount> find(String username) {
    return db.read(c -> find(c, username));
  }

  /** Blocks or unblocks sign-in and the user's tokens. */
  public UserAccount setDisabled(Principal actor, String username, boolean disabled) {
    requireAdministrator(actor, (disabled ? "disable" : "enable") + " users");
    if (disabled && actor.username().equals(username)) {
      throw new StoreUserException("you cannot disable your own account");
    }
    Stamp stamp = new Stamp(clock.instant(), actor.username());
    return db.inTransaction(c -> {
      UserAccount before = require(c, username);
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE app_user SET disabled = ?, version = version + 1 WHERE username = ? AND version = ?")) {
        ps.setBoolean(1, disabled);
        ps.setString(2, username);
        ps.setInt(3, before.version());
        if (ps.executeUpdate() == 0) {
          throw new EditConflictException("user " + username + " was changed meanwhile; try again");
        }
      }
      UserAccount after = require(c, username);
      audit(c, stamp, disabled ? "user.disable" : "user.enable", username, before, after,
          (disabled ? "disabled" : "enabled") + " user " + username);
      return after;
    });
  }

  /** Sets a password; administrators for anyone, everyone for themselves. */
  public void setPassword(Principal actor, String username, char[] password) {
    if (!actor.username().equals(username)) {
      requireAdministrator(actor, "set other users' passwords");
    }
    checkPassword(password);
    String hash = PasswordHashing.hash(password);
    Stamp stamp = new Stamp(clock.instant(), actor.username());
    db.inTransaction(c -> {
      UserAccount before = require(c, username);
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE app_user SET password_hash = ?, version = version + 1 WHERE username = ?")) {
        ps.setString(1, hash);
        ps.setString(2, username);
        ps.executeUpdate();
      }
      audit(c, stamp, "user.password", username, before, require(c, username), "set the password of " + username);
      return null;
    });
  }

  /** Changes role, scopes and display name (the account's other settings stay). */
  public UserAccount update(Principal actor, Spec spec) {
    requireAdministrator(actor, "change users");
    Stamp stamp = new Stamp(clock.instant(), actor.username());
    return db.inTransaction(c -> {
      UserAccount before = require(c, spec.username());
      List<String> problems = checkSpec(c, spec);
      if (!problems.isEmpty()) {
        throw new StoreUserException(String.join("; ", problems));
      }
      update(c, spec, before.version());
      UserAccount after = require(c, spec.username());
      audit(c, stamp, "user.update", spec.username(), before, after, "changed user " + spec.username() + " ("
          + after.principal().scopeDescription() + ")");
      return after;
    });
  }

  /**
   * Creates or updates users from an import, in the import's transaction; returns one line per added or changed
   * user. Passwords are never imported.
   */
  public List<String> upsert(Connection c, Principal actor, List<Spec> specs, Stamp stamp, String changeId)
      throws SQLException {
    if (specs.isEmpty()) {
      // an import without user rows is open to every editor; only user rows need an administrator
      return List.of();
    }
    requireAdministrator(actor, "import users");
    List<String> out = new ArrayList<>();
    for (Spec spec : specs) {
      Optional<UserAccount> before = find(c, spec.username());
      if (before.isEmpty()) {
        insert(c, spec, "", stamp);
        UserAccount after = find(c, spec.username()).orElseThrow();
        audit(c, stamp, changeId, "user.add", spec.username(), null, after, "added user " + spec.username());
        out.add("added user " + spec.username());
      } else if (!sameSettings(before.get(), spec)) {
        update(c, spec, before.get().version());
        UserAccount after = find(c, spec.username()).orElseThrow();
        audit(c, stamp, changeId, "user.update", spec.username(), before.get(), after, "changed user "
            + spec.username());
        out.add("changed user " + spec.username());
      }
    }
    return out;
  }

  /** Whether the import would change the user. */
  public static boolean sameSettings(UserAccount a, Spec s) {
    return a.displayName().equals(s.displayName()) && a.role() == s.role() && a.cityIds().equals(s.cityIds())
        && a.clusterIds().equals(s.clusterIds()) && a.disabled() == s.disabled();
  }

  /** Problems with a user's settings (name, role and scope, scope ids that do not exist). */
  public List<String> checkSpec(Connection c, Spec s) throws SQLException {
    return checkSpec(c, s, Set.of(), Set.of());
  }

  /**
   * Problems with a user's settings, where the scope may also name the cities and clusters an import brings along
   * with the user.
   */
  public List<String> checkSpec(Connection c, Spec s, Set<String> newCities, Set<String> newClusters)
      throws SQLException {
    List<String> p = new ArrayList<>();
    if (!USERNAME.matcher(s.username()).matches()) {
      p.add("user name '" + s.username() + "' must be 2 to 64 letters, digits, '.', '_', '-' or '@'");
    }
    switch (s.role()) {
      case EDITOR -> {
        if (s.cityIds().isEmpty()) {
          p.add("an editor needs at least one city (--city)");
        }
        if (!s.clusterIds().isEmpty()) {
          p.add("an editor's scope is cities, not clusters");
        }
      }
      case COORDINATOR -> {
        if (s.clusterIds().isEmpty()) {
          p.add("a coordinator needs at least one cluster (--cluster)");
        }
        if (!s.cityIds().isEmpty()) {
          p.add("a coordinator's scope is clusters, not cities");
        }
      }
      default -> {
        if (!s.cityIds().isEmpty() || !s.clusterIds().isEmpty()) {
          p.add("an " + s.role().key() + " has no city or cluster scope");
        }
      }
    }
    Set<String> cities = new java.util.HashSet<>(VersionedRecords.readAllByKey(c, Tables.CITY).keySet());
    cities.addAll(newCities);
    Set<String> clusters = new java.util.HashSet<>(VersionedRecords.readAllByKey(c, Tables.CLUSTER).keySet());
    clusters.addAll(newClusters);
    for (String city : new TreeSet<>(s.cityIds())) {
      if (!cities.contains(city)) {
        p.add("unknown city '" + city + "'");
      }
    }
    for (String cl : new TreeSet<>(s.clusterIds())) {
      if (!clusters.contains(cl)) {
        p.add("unknown cluster '" + cl + "'");
      }
    }
    return p;
  }

  // ------------------------------------------------------------------------------------------------------- tokens

  /** Issues a token for scripts; it acts as the user. The token text is returned once and never stored. */
  public ApiToken.Issued createToken(Principal actor, String username, String label) {
    if (!actor.username().equals(username)) {
      requireAdministrator(actor, "issue tokens for other users");
    }
    byte[] idBytes = new byte[6];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(idBytes);
    RANDOM.nextBytes(secret);
    String id = HexFormat.of().formatHex(idBytes);
    String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Stamp stamp = new Stamp(clock.instant(), actor.username());
    return db.inTransaction(c -> {
      UserAccount user = require(c, username);
      if (user.disabled()) {
        throw new StoreUserException("user " + username + " is disabled");
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (id, username, secret_hash, label,"
          + " created_at) VALUES (?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setString(2, username);
        ps.setString(3, sha256(secretText));
        ps.setString(4, label == null ? "" : label);
        ps.setObject(5, stamp.atUtc());
        ps.executeUpdate();
      }
      ApiToken info = new ApiToken(id, username, label == null ? "" : label, stamp.at(), null, null);
      AuditLog.append(c, stamp, UUID.randomUUID().toString(), List.of(new AuditLog.Entry("token.create", "token", id,
          null, "{\"id\":\"" + id + "\",\"username\":" + JSON.valueToTree(username) + "}",
          "issued token " + id + " for " + username + (info.label().isEmpty() ? "" : " (" + info.label() + ")"))));
      return new ApiToken.Issued(info, TOKEN_PREFIX + id + "_" + secretText);
    });
  }

  /** Revokes a token; its owner and administrators may. */
  public void revokeToken(Principal actor, String tokenId) {
    Stamp stamp = new Stamp(clock.instant(), actor.username());
    db.inTransaction(c -> {
      ApiToken t = tokens(c, null).stream().filter(x -> x.id().equals(tokenId)).findFirst()
          .orElseThrow(() -> new NotFoundException("unknown token " + tokenId));
      if (!actor.username().equals(t.username())) {
        requireAdministrator(actor, "revoke other users' tokens");
      }
      if (t.revokedAt() != null) {
        throw new StoreUserException("token " + tokenId + " was already revoked at " + t.revokedAt());
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")) {
        ps.setObject(1, stamp.atUtc());
        ps.setString(2, actor.username());
        ps.setString(3, tokenId);
        ps.executeUpdate();
      }
      AuditLog.append(c, stamp, UUID.randomUUID().toString(), List.of(new AuditLog.Entry("token.revoke", "token",
          tokenId, null, null, "revoked token " + tokenId + " of " + t.username())));
      return null;
    });
  }

  /** Tokens of a user, or of everyone when {@code username} is null; newest first. */
  public List<ApiToken> tokens(String username) {
    return db.read(c -> tokens(c, username));
  }

  private static List<ApiToken> tokens(Connection c, String username) throws SQLException {
    String sql = "SELECT id, username, label, created_at, last_used_at, revoked_at FROM api_token"
        + (username == null ? "" : " WHERE username = ?") + " ORDER BY created_at DESC, id";
    return Db.list(c, sql, username, rs -> new ApiToken(rs.getString(1), rs.getString(2), rs.getString(3),
        instant(rs, 4), instant(rs, 5), instant(rs, 6)));
  }

  /** Splits {@code hanse_<id>_<secret>}; empty when the text does not have that shape. */
  static Optional<String[]> parseToken(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    String rest = token.substring(TOKEN_PREFIX.length());
    int sep = rest.indexOf('_');
    if (sep != 12) {
      return Optional.empty();
    }
    return Optional.of(new String[] {rest.substring(0, sep), rest.substring(sep + 1)});
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  static void checkPassword(char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new StoreUserException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private static void requireAdministrator(Principal actor, String what) {
    if (actor.role() != Role.ADMINISTRATOR) {
      throw new AccessDeniedException(actor.username() + " (" + actor.scopeDescription() + ") may not " + what
          + ": administrators only");
    }
  }

  private void insert(Connection c, Spec spec, String hash, Stamp stamp) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (username, display_name, user_role,"
        + " password_hash, disabled, created_at, version) VALUES (?, ?, ?, ?, ?, ?, 1)")) {
      ps.setString(1, spec.username());
      ps.setString(2, spec.displayName());
      ps.setString(3, spec.role().key());
      ps.setString(4, hash);
      ps.setBoolean(5, spec.disabled());
      ps.setObject(6, stamp.atUtc());
      ps.executeUpdate();
    }
    writeScopes(c, spec);
  }

  private void update(Connection c, Spec spec, int version) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET display_name = ?, user_role = ?,"
        + " disabled = ?, version = version + 1 WHERE username = ? AND version = ?")) {
      ps.setString(1, spec.displayName());
      ps.setString(2, spec.role().key());
      ps.setBoolean(3, spec.disabled());
      ps.setString(4, spec.username());
      ps.setInt(5, version);
      if (ps.executeUpdate() == 0) {
        throw new EditConflictException("user " + spec.username() + " was changed meanwhile; try again");
      }
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM user_scope WHERE username = ?")) {
      ps.setString(1, spec.username());
      ps.executeUpdate();
    }
    writeScopes(c, spec);
  }

  private static void writeScopes(Connection c, Spec spec) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO user_scope (username, scope_kind, scope_id) VALUES (?, ?, ?)")) {
      for (String city : new TreeSet<>(spec.cityIds())) {
        ps.setString(1, spec.username());
        ps.setString(2, "city");
        ps.setString(3, city);
        ps.addBatch();
      }
      for (String cl : new TreeSet<>(spec.clusterIds())) {
        ps.setString(1, spec.username());
        ps.setString(2, "cluster");
        ps.setString(3, cl);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Optional<UserAccount> find(Connection c, String username) throws SQLException {
    Map<String, Set<String>[]> scopes = scopes(c, username);
    try (PreparedStatement ps = c.prepareStatement("SELECT username, display_name, user_role, password_hash,"
        + " disabled, created_at, version FROM app_user WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(account(rs, scopes)) : Optional.empty();
      }
    }
  }

  private static UserAccount require(Connection c, String username) throws SQLException {
    return find(c, username).orElseThrow(() -> new NotFoundException("unknown user " + username));
  }

  static String passwordHash(Connection c, String username) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>[]> scopes(Connection c, String username) throws SQLException {
    Map<String, Set<String>[]> out = new TreeMap<>();
    String sql = "SELECT username, scope_kind, scope_id FROM user_scope" + (username == null ? "" : " WHERE username = ?");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (username != null) {
        ps.setString(1, username);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Set<String>[] s = out.computeIfAbsent(rs.getString(1), k -> new Set[] {new TreeSet<>(), new TreeSet<>()});
          s[rs.getString(2).equals("city") ? 0 : 1].add(rs.getString(3));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static UserAccount account(ResultSet rs, Map<String, Set<String>[]> scopes) throws SQLException {
    String name = rs.getString(1);
    Set<String>[] s = scopes.getOrDefault(name, new Set[] {Set.of(), Set.of()});
    return new UserAccount(name, rs.getString(2), Role.fromKey(rs.getString(3)), s[0], s[1], rs.getBoolean(5),
        !rs.getString(4).isEmpty(), instant(rs, 6), rs.getInt(7));
  }

  private static Instant instant(ResultSet rs, int i) throws SQLException {
    OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private void audit(Connection c, Stamp stamp, String action, String username, UserAccount before,
      UserAccount after, String summary) throws SQLException {
    audit(c, stamp, UUID.randomUUID().toString(), action, username, before, after, summary);
  }

  private static void audit(Connection c, Stamp stamp, String changeId, String action, String username,
      UserAccount before, UserAccount after, String summary) throws SQLException {
    AuditLog.append(c, stamp, changeId, List.of(new AuditLog.Entry(action, "user", username, json(before),
        json(after), summary)));
  }

  /** A user as JSON for the audit trail: settings only, never the password hash. */
  private static String json(UserAccount u) {
    if (u == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("username", u.username());
    o.put("display_name", u.displayName());
    o.put("role", u.role().key());
    o.putPOJO("cities", new TreeSet<>(u.cityIds()));
    o.putPOJO("clusters", new TreeSet<>(u.clusterIds()));
    o.put("disabled", u.disabled());
    o.put("has_password", u.hasPassword());
    return o.toString();
  }
}
