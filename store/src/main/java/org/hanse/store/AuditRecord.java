package org.hanse.store;

import java.time.Instant;

/**
 * One entry of the audit trail.
 *
 * @param id       sequence number
 * @param at       when the change was made
 * @param username who made it
 * @param action   {@code create}, {@code update}, {@code delete}, {@code import}, {@code baseline}, {@code restore},
 *                 {@code user.add}, {@code token.create} …
 * @param kind     the kind of record, e.g. {@code tie}, {@code user}
 * @param entityId the record's key (a file name for imports)
 * @param changeId groups the entries of one import or edit
 * @param before   the record before the change, as JSON; null for creations
 * @param after    the record after the change, as JSON; null for deletions
 * @param summary  one line for people
 */
public record AuditRecord(
    long id, Instant at, String username, String action, String kind, String entityId, String changeId,
    String before, String after, String summary) {}
