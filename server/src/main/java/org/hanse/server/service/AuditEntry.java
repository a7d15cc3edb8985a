package org.hanse.server.service;

import java.time.Instant;

/**
 * One accepted change, as the audit trail shows it.
 *
 * @param at       when it was accepted
 * @param username who made it
 * @param action   what was done, e.g. {@code city.update}, {@code tie.create}, {@code import}
 * @param target   id of the record concerned, or the file name of an import
 * @param detail   a short human-readable description
 */
public record AuditEntry(Instant at, String username, String action, String target, String detail) {}
