package org.hanse.store;

import java.time.Instant;

/**
 * One version in a record's history.
 *
 * @param value        the record as it was
 * @param version      its number, 1 for the first
 * @param recordedFrom when it was recorded
 * @param recordedTo   when it was replaced or deleted; null while current
 * @param recordedBy   who recorded it
 * @param endedBy      who replaced or deleted it; null while current
 * @param deleted      true when it ended by the record's deletion
 */
public record RecordVersion<T>(
    T value, int version, Instant recordedFrom, Instant recordedTo, String recordedBy, String endedBy,
    boolean deleted) {}
