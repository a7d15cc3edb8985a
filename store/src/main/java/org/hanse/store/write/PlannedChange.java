package org.hanse.store.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hanse.store.internal.RecordTable;

/**
 * What a write will do to one record.
 *
 * @param kind            the record kind, e.g. {@code city}
 * @param key             the record's key
 * @param action          added, changed, unchanged or deleted
 * @param before          column values before (null when added)
 * @param after           column values after (null when deleted)
 * @param expectedVersion the current version the change is based on (0 when added)
 * @param source          where the record came from
 * @param row             its row there
 */
public record PlannedChange(
    String kind, String key, Action action, Object[] before, Object[] after, int expectedVersion, String source,
    int row, RecordTable<?> table) {

  /** What happens to a record. */
  public enum Action {
    ADDED,
    CHANGED,
    UNCHANGED,
    DELETED
  }

  /** The changed columns as {@code column: old → new}, for reports and the audit trail. */
  public String describe() {
    return switch (action) {
      case ADDED -> "added " + kind + " " + key;
      case DELETED -> "deleted " + kind + " " + key;
      case UNCHANGED -> "unchanged " + kind + " " + key;
      case CHANGED -> "changed " + kind + " " + key + ": " + String.join("; ", differences());
    };
  }

  /** One entry per changed column. */
  public List<String> differences() {
    List<String> out = new ArrayList<>();
    if (before == null || after == null) {
      return out;
    }
    for (int i = 0; i < after.length; i++) {
      if (!Objects.equals(before[i], after[i])) {
        String name = table.columns().get(i).name();
        if (name.equals("natural_key")) {
          continue;
        }
        out.add(name + " " + show(before[i]) + " → " + show(after[i]));
      }
    }
    return out;
  }

  private static String show(Object v) {
    if (v == null) {
      return "(empty)";
    }
    String s = v instanceof Double d ? org.hanse.ingest.format.Numbers.format(d) : v.toString();
    s = s.replace("\n", "\\n");
    return "'" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "'";
  }
}
