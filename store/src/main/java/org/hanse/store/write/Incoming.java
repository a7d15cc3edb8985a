package org.hanse.store.write;

import org.hanse.store.internal.RecordTable;

/**
 * One record a write brings: from a row of an imported file, or from a single edit.
 *
 * @param table           the kind of record
 * @param record          the record
 * @param source          where it came from, as problems name it: a file (and sheet), or {@code (edit)}
 * @param row             the row in that file; 0 for single edits
 * @param expectedVersion the version the writer based the edit on; null to accept whatever is current (imports)
 * @param delete          true to delete the record
 * @param keyGenerated    true when the id was derived from the natural key because the row gave none (the record
 *                        then updates the record with the same natural key, whatever its id)
 * @param <T>             the record type
 */
public record Incoming<T>(
    RecordTable<T> table, T record, String source, int row, Integer expectedVersion, boolean delete,
    boolean keyGenerated) {

  public static <T> Incoming<T> of(RecordTable<T> table, T record, String source, int row) {
    return new Incoming<>(table, record, source, row, null, false, false);
  }

  public Object[] values() {
    return table.valuesOf(record);
  }

  public String key() {
    return table.keyString(values());
  }
}
