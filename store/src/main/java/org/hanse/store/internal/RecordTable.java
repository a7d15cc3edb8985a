package org.hanse.store.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/**
 * How one kind of record maps to its pair of tables (current state and history): the columns, which of them form
 * the key, and the conversion between the record and its column values. The versioning engine ({@link
 * VersionedRecords}) works on column values only, so every kind gets the same history, locking and audit.
 *
 * @param <T> the record type
 */
public abstract class RecordTable<T> {
  private final String kind;
  private final String table;
  private final List<Column> columns;
  private final int keyCount;

  /**
   * @param kind     what the audit trail and messages call the record, e.g. {@code city}
   * @param table    the current-state table; the history table is {@code <table>_history}
   * @param keyCount how many of the leading columns form the key
   * @param columns  the data columns, key columns first
   */
  protected RecordTable(String kind, String table, int keyCount, Column... columns) {
    this.kind = kind;
    this.table = table;
    this.keyCount = keyCount;
    this.columns = List.of(columns);
  }

  public final String kind() {
    return kind;
  }

  public final String table() {
    return table;
  }

  public final String historyTable() {
    return table + "_history";
  }

  public final List<Column> columns() {
    return columns;
  }

  public final int keyCount() {
    return keyCount;
  }

  public final List<Column> keyColumns() {
    return columns.subList(0, keyCount);
  }

  /** The record's column values, in the order of {@link #columns()}. */
  public abstract Object[] values(T record);

  /** {@link #values} for a record known to be of this table's type. */
  @SuppressWarnings("unchecked")
  public final Object[] valuesOf(Object record) {
    return values((T) record);
  }

  /** The record from its column values. */
  public abstract T fromValues(Object[] values);

  /** The key of a record as one string, e.g. {@code 1796236} or {@code 1796236|pop.city|2020}. */
  public final String keyString(Object[] values) {
    StringJoiner j = new StringJoiner("|");
    for (int i = 0; i < keyCount; i++) {
      j.add(String.valueOf(values[i]));
    }
    return j.toString();
  }

  public final Object[] keyValues(Object[] values) {
    return Arrays.copyOf(values, keyCount);
  }

  /** Comma-separated column names, optionally each prefixed. */
  final String columnList(String prefix) {
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      names.add(prefix + c.name());
    }
    return String.join(", ", names);
  }

  final String keyCondition(String prefix) {
    List<String> parts = new ArrayList<>();
    for (Column c : keyColumns()) {
      parts.add(prefix + c.name() + " = ?");
    }
    return String.join(" AND ", parts);
  }

  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  @Override
  public String toString() {
    return kind;
  }
}
