package org.hanse.store;

import java.time.Instant;

/**
 * A record with its version: pass the version back when changing or deleting the record, so that a change made by
 * someone else in between is detected instead of overwritten.
 *
 * @param value      the record
 * @param version    its current version (1 for a new record)
 * @param recordedAt when this version was recorded
 * @param recordedBy who recorded it
 */
public record Versioned<T>(T value, int version, Instant recordedAt, String recordedBy) {}
