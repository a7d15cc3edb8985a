package org.hanse.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hanse.store.EditConflictException;

/**
 * The versioning engine shared by every record kind. A write never overwrites: before a record is changed or
 * deleted, its current version is copied to the history table with the interval in which it was current, who
 * recorded it and who ended it. Every change and deletion names the version it was based on; if the record has
 * moved on since, the write is refused with an {@link EditConflictException} (optimistic locking) and the caller's
 * transaction rolls back.
 *
 * <p>All methods run on the caller's connection, inside the caller's transaction.
 */
public final class VersionedRecords {
  private static final int BATCH = 1_000;
  private static final String BOOKKEEPING = ", version, ord, recorded_at, recorded_by";

  private VersionedRecords() {}

  /** A current version with its bookkeeping. */
  public record Current(Object[] values, int version, long ord, Instant recordedAt, String recordedBy) {}

  /**
   * One version of a record. For the current version {@code recordedTo} and {@code endedBy} are null; for a
   * version ended by a deletion {@code deleted} is true and {@code endedBy} is who deleted it.
   */
  public record Version(
      Object[] values, int version, Instant recordedFrom, Instant recordedTo, String recordedBy, String endedBy,
      boolean deleted) {}

  /** One write of a change set. */
  public sealed interface Change permits Insert, Update, Delete {
    Object[] values();
  }

  /** A record that is not current (new, or deleted earlier). */
  public record Insert(Object[] values) implements Change {}

  /** New values for a record whose current version is {@code expectedVersion}. */
  public record Update(Object[] values, int expectedVersion) implements Change {}

  /** Deletes the record with the key in {@code values} whose current version is {@code expectedVersion}. */
  public record Delete(Object[] values, int expectedVersion) implements Change {}

  /** Applies a change set in batches: inserts, then updates, then deletions. Keys must be distinct in the set. */
  public static void apply(Connection c, RecordTable<?> t, List<? extends Change> changes, Stamp stamp)
      throws SQLException {
    List<Object[]> inserts = new ArrayList<>();
    List<Change> updates = new ArrayList<>();
    List<Change> deletes = new ArrayList<>();
    for (Change ch : changes) {
      if (ch instanceof Insert i) {
        inserts.add(i.values());
      } else if (ch instanceof Update) {
        updates.add(ch);
      } else {
        deletes.add(ch);
      }
    }
    if (!inserts.isEmpty()) {
      insert(c, t, inserts, stamp);
    }
    if (!updates.isEmpty()) {
      lockAndCheck(c, t, updates);
      moveToHistory(c, t, updates, stamp, false);
      overwriteCurrent(c, t, updates, stamp);
    }
    if (!deletes.isEmpty()) {
      lockAndCheck(c, t, deletes);
      moveToHistory(c, t, deletes, stamp, true);
      deleteCurrent(c, t, deletes);
    }
  }

  /**
   * Inserts records that are not current. A key deleted earlier continues its version numbering, so the versions
   * of one key form one sequence.
   */
  public static void insert(Connection c, RecordTable<?> t, List<Object[]> rows, Stamp stamp) throws SQLException {
    Map<String, Integer> retired = retiredVersions(c, t);
    long ord = nextOrd(c, t);
    List<Column> cols = t.columns();
    int n = cols.size();
    String sql = "INSERT INTO " + t.table() + " (" + t.columnList("") + BOOKKEEPING + ") VALUES ("
        + RecordTable.placeholders(n + 4) + ")";
    OffsetDateTime at = stamp.atUtc();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] v : rows) {
        for (int i = 0; i < n; i++) {
          cols.get(i).bind(ps, i + 1, v[i]);
        }
        ps.setInt(n + 1, retired.getOrDefault(t.keyString(v), 0) + 1);
        ps.setLong(n + 2, ord++);
        ps.setObject(n + 3, at);
        ps.setString(n + 4, stamp.who());
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /**
   * Locks the current rows and checks they are still at the expected versions, before any history is written. A
   * concurrent writer of the same row waits here until this transaction ends, then finds the version moved on.
   */
  private static void lockAndCheck(Connection c, RecordTable<?> t, List<Change> changes) throws SQLException {
    String sql = "UPDATE " + t.table() + " SET version = version WHERE " + t.keyCondition("") + " AND version = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      List<Change> batch = new ArrayList<>();
      for (Change ch : changes) {
        int p = bindKey(ps, 1, t, ch.values());
        ps.setInt(p, expectedVersion(ch));
        ps.addBatch();
        batch.add(ch);
        if (batch.size() == BATCH) {
          checkCounts(c, t, ps.executeBatch(), batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        checkCounts(c, t, ps.executeBatch(), batch);
      }
    }
  }

  private static void moveToHistory(Connection c, RecordTable<?> t, List<Change> changes, Stamp stamp, boolean deleted)
      throws SQLException {
    String sql = "INSERT INTO " + t.historyTable() + " (" + t.columnList("")
        + ", ord, version, recorded_from, recorded_to, recorded_by, ended_by, deleted) SELECT " + t.columnList("")
        + ", ord, version, recorded_at, ?, recorded_by, ?, " + (deleted ? "TRUE" : "FALSE") + " FROM " + t.table()
        + " WHERE " + t.keyCondition("");
    OffsetDateTime at = stamp.atUtc();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Change ch : changes) {
        ps.setObject(1, at);
        ps.setString(2, stamp.who());
        bindKey(ps, 3, t, ch.values());
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private static void overwriteCurrent(Connection c, RecordTable<?> t, List<Change> updates, Stamp stamp)
      throws SQLException {
    List<Column> cols = t.columns();
    int n = cols.size();
    int k = t.keyCount();
    StringBuilder set = new StringBuilder();
    for (int i = k; i < n; i++) {
      set.append(cols.get(i).name()).append(" = ?, ");
    }
    String sql = "UPDATE " + t.table() + " SET " + set + "version = version + 1, recorded_at = ?, recorded_by = ?"
        + " WHERE " + t.keyCondition("");
    OffsetDateTime at = stamp.atUtc();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Change u : updates) {
        int p = 1;
        for (int i = k; i < n; i++) {
          cols.get(i).bind(ps, p++, u.values()[i]);
        }
        ps.setObject(p++, at);
        ps.setString(p++, stamp.who());
        bindKey(ps, p, t, u.values());
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private static void deleteCurrent(Connection c, RecordTable<?> t, List<Change> deletes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.table() + " WHERE " + t.keyCondition(""))) {
      int pending = 0;
      for (Change d : deletes) {
        bindKey(ps, 1, t, d.values());
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  private static int bindKey(PreparedStatement ps, int first, RecordTable<?> t, Object[] values) throws SQLException {
    int p = first;
    for (int i = 0; i < t.keyCount(); i++) {
      t.columns().get(i).bind(ps, p++, values[i]);
    }
    return p;
  }

  private static int expectedVersion(Change ch) {
    return ch instanceof Update u ? u.expectedVersion() : ((Delete) ch).expectedVersion();
  }

  private static void checkCounts(Connection c, RecordTable<?> t, int[] counts, List<Change> batch)
      throws SQLException {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        throw conflict(c, t, batch.get(i).values(), expectedVersion(batch.get(i)));
      }
    }
  }

  /** Explains a refused write: who changed the record to which version, or that it was deleted. */
  public static EditConflictException conflict(Connection c, RecordTable<?> t, Object[] values, int expectedVersion)
      throws SQLException {
    String what = t.kind() + " " + t.keyString(values);
    Optional<Current> now = find(c, t, values);
    if (now.isEmpty()) {
      return new EditConflictException(what + " was deleted by someone else after you read version "
          + expectedVersion + "; nothing was written");
    }
    Current cur = now.get();
    return new EditConflictException(what + " was changed by " + cur.recordedBy() + " at " + cur.recordedAt()
        + " (now version " + cur.version() + ", you edited version " + expectedVersion
        + "); nothing was written, read it again and reapply your change");
  }

  /** The next free position for new records of the table. */
  private static long nextOrd(Connection c, RecordTable<?> t) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
            "SELECT COALESCE(MAX(ord), 0) FROM (SELECT MAX(ord) AS ord FROM " + t.table()
                + " UNION ALL SELECT MAX(ord) AS ord FROM " + t.historyTable() + ") m");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) + 1;
    }
  }

  /** The current version with the key of {@code values}, if there is one. */
  public static Optional<Current> find(Connection c, RecordTable<?> t, Object[] values) throws SQLException {
    String sql = "SELECT " + t.columnList("") + BOOKKEEPING + " FROM " + t.table() + " WHERE " + t.keyCondition("");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindKey(ps, 1, t, values);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readCurrent(t, rs)) : Optional.empty();
      }
    }
  }

  /** Every current version, in the order records were first added. */
  public static List<Current> readAll(Connection c, RecordTable<?> t) throws SQLException {
    String sql = "SELECT " + t.columnList("") + BOOKKEEPING + " FROM " + t.table() + " ORDER BY ord";
    List<Current> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(5_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readCurrent(t, rs));
        }
      }
    }
    return out;
  }

  /** Current versions by key string, in the order records were first added. */
  public static Map<String, Current> readAllByKey(Connection c, RecordTable<?> t) throws SQLException {
    Map<String, Current> out = new LinkedHashMap<>();
    for (Current cur : readAll(c, t)) {
      out.put(t.keyString(cur.values()), cur);
    }
    return out;
  }

  /**
   * The column values of every record as it was recorded at the instant: versions current then, in the order
   * records were first added. Records deleted since are included, records added since are not.
   */
  public static List<Object[]> readRecordedAt(Connection c, RecordTable<?> t, Instant at) throws SQLException {
    String cols = t.columnList("");
    String sql = "SELECT " + cols + ", ord FROM " + t.table() + " WHERE recorded_at <= ?"
        + " UNION ALL SELECT " + cols + ", ord FROM " + t.historyTable()
        + " WHERE recorded_from <= ? AND recorded_to > ? ORDER BY ord";
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, when);
      ps.setObject(2, when);
      ps.setObject(3, when);
      ps.setFetchSize(5_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readValues(t, rs));
        }
      }
    }
    return out;
  }

  /** Every version of one record, oldest first; the last is the current one unless the record was deleted. */
  public static List<Version> versions(Connection c, RecordTable<?> t, Object[] key) throws SQLException {
    String sql = "SELECT " + t.columnList("") + ", version, recorded_from, recorded_to, recorded_by, ended_by,"
        + " deleted FROM " + t.historyTable() + " WHERE " + t.keyCondition("") + " ORDER BY version";
    List<Version> out = new ArrayList<>();
    int n = t.columns().size();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindKey(ps, 1, t, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Version(readValues(t, rs), rs.getInt(n + 1), instant(rs, n + 2), instant(rs, n + 3),
              rs.getString(n + 4), rs.getString(n + 5), rs.getBoolean(n + 6)));
        }
      }
    }
    Optional<Current> cur = find(c, t, key);
    cur.ifPresent(v -> out.add(new Version(v.values(), v.version(), v.recordedAt(), null, v.recordedBy(), null, false)));
    return out;
  }

  /** Highest version of each key that has history but no current version (deleted records). */
  private static Map<String, Integer> retiredVersions(Connection c, RecordTable<?> t) throws SQLException {
    StringBuilder join = new StringBuilder();
    StringBuilder keyCols = new StringBuilder();
    for (Column k : t.keyColumns()) {
      join.append(join.length() == 0 ? "" : " AND ").append("c.").append(k.name()).append(" = h.").append(k.name());
      keyCols.append(keyCols.length() == 0 ? "" : ", ").append("h.").append(k.name());
    }
    String sql = "SELECT " + keyCols + ", MAX(h.version) FROM " + t.historyTable() + " h WHERE NOT EXISTS"
        + " (SELECT 1 FROM " + t.table() + " c WHERE " + join + ") GROUP BY " + keyCols;
    Map<String, Integer> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Object[] v = new Object[t.keyCount()];
        for (int i = 0; i < v.length; i++) {
          v[i] = t.columns().get(i).read(rs, i + 1);
        }
        out.put(t.keyString(v), rs.getInt(v.length + 1));
      }
    }
    return out;
  }

  private static Instant instant(ResultSet rs, int index) throws SQLException {
    OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static Current readCurrent(RecordTable<?> t, ResultSet rs) throws SQLException {
    int n = t.columns().size();
    return new Current(readValues(t, rs), rs.getInt(n + 1), rs.getLong(n + 2), instant(rs, n + 3), rs.getString(n + 4));
  }

  private static Object[] readValues(RecordTable<?> t, ResultSet rs) throws SQLException {
    List<Column> cols = t.columns();
    Object[] v = new Object[cols.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = cols.get(i).read(rs, i + 1);
    }
    return v;
  }
}
