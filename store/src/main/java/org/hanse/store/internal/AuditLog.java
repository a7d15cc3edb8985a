package org.hanse.store.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Appends to the audit trail: who changed what, when, with the record before and after. */
public final class AuditLog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 1_000;

  private AuditLog() {}

  /**
   * One audit entry.
   *
   * @param action   e.g. {@code create}, {@code update}, {@code delete}, {@code baseline}, {@code user.add}
   * @param kind     the record kind, e.g. {@code tie}; {@code knowledge base} for whole-store operations
   * @param entityId the record's key, or a file name
   * @param before   the record before the change as JSON; null for creations
   * @param after    the record after the change as JSON; null for deletions
   * @param summary  one line for people
   */
  public record Entry(String action, String kind, String entityId, String before, String after, String summary) {}

  public static void append(Connection c, Stamp stamp, String changeId, List<Entry> entries) throws SQLException {
    String sql = "INSERT INTO audit_log (changed_at, username, action, entity_kind, entity_id, change_id, before_json,"
        + " after_json, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Entry e : entries) {
        ps.setObject(1, stamp.atUtc());
        ps.setString(2, stamp.who());
        ps.setString(3, e.action());
        ps.setString(4, e.kind());
        ps.setString(5, e.entityId());
        ps.setString(6, changeId);
        setText(ps, 7, e.before());
        setText(ps, 8, e.after());
        ps.setString(9, e.summary());
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

  private static void setText(PreparedStatement ps, int i, String s) throws SQLException {
    if (s == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, s);
    }
  }

  /** A record's column values as a JSON object, column names as field names. */
  public static String json(RecordTable<?> t, Object[] values) {
    if (values == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      String name = t.columns().get(i).name();
      if (v == null) {
        o.putNull(name);
      } else if (v instanceof Number || v instanceof Boolean) {
        o.putPOJO(name, v);
      } else {
        o.put(name, v.toString());
      }
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("column values are plain strings and numbers", e);
    }
  }
}
