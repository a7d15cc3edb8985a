package org.hanse.store.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hanse.store.internal.AuditLog;
import org.hanse.store.internal.RecordTable;
import org.hanse.store.internal.Stamp;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords;

/**
 * Writes a valid plan in the caller's transaction: additions and changes table by table in reference order,
 * deletions in reverse order, one audit entry per record with its values before and after.
 */
public final class Applier {
  private Applier() {}

  /** Applies the plan; returns how many records were written (unchanged ones are not). */
  public static int apply(Connection c, Plan plan, Stamp stamp, String changeId) throws SQLException {
    return apply(c, plan, stamp, changeId, Progress.NONE);
  }

  /** Applies the plan, telling {@code progress} after each kind of record. */
  public static int apply(Connection c, Plan plan, Stamp stamp, String changeId, Progress progress)
      throws SQLException {
    if (!plan.valid()) {
      throw new IllegalStateException("a plan with problems is never applied");
    }
    Map<RecordTable<?>, List<PlannedChange>> byTable = new LinkedHashMap<>();
    for (RecordTable<?> t : Tables.ALL) {
      byTable.put(t, new ArrayList<>());
    }
    for (PlannedChange ch : plan.changes()) {
      if (ch.action() != PlannedChange.Action.UNCHANGED) {
        byTable.get(ch.table()).add(ch);
      }
    }
    int written = 0;
    List<AuditLog.Entry> audit = new ArrayList<>();
    for (Map.Entry<RecordTable<?>, List<PlannedChange>> e : byTable.entrySet()) {
      List<VersionedRecords.Change> writes = new ArrayList<>();
      for (PlannedChange ch : e.getValue()) {
        switch (ch.action()) {
          case ADDED -> writes.add(new VersionedRecords.Insert(ch.after()));
          case CHANGED -> writes.add(new VersionedRecords.Update(ch.after(), ch.expectedVersion()));
          default -> {
            continue;
          }
        }
        audit.add(entry(e.getKey(), ch));
      }
      VersionedRecords.apply(c, e.getKey(), writes, stamp);
      written += writes.size();
      if (!writes.isEmpty()) {
        progress.written(e.getKey().kind(), writes.size());
      }
    }
    List<RecordTable<?>> reverse = new ArrayList<>(byTable.keySet());
    java.util.Collections.reverse(reverse);
    for (RecordTable<?> t : reverse) {
      List<VersionedRecords.Change> deletes = new ArrayList<>();
      for (PlannedChange ch : byTable.get(t)) {
        if (ch.action() == PlannedChange.Action.DELETED) {
          deletes.add(new VersionedRecords.Delete(ch.before(), ch.expectedVersion()));
          audit.add(entry(t, ch));
        }
      }
      VersionedRecords.apply(c, t, deletes, stamp);
      written += deletes.size();
      if (!deletes.isEmpty()) {
        progress.written(t.kind(), deletes.size());
      }
    }
    AuditLog.append(c, stamp, changeId, audit);
    return written;
  }

  private static AuditLog.Entry entry(RecordTable<?> t, PlannedChange ch) {
    String action = switch (ch.action()) {
      case ADDED -> "create";
      case CHANGED -> "update";
      case DELETED -> "delete";
      case UNCHANGED -> throw new IllegalArgumentException("unchanged records are not audited");
    };
    return new AuditLog.Entry(action, t.kind(), ch.key(), AuditLog.json(t, ch.before()), AuditLog.json(t, ch.after()),
        ch.describe());
  }
}
