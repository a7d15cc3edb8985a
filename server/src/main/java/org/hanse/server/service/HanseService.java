package org.hanse.server.service;

import java.util.List;
import java.util.Optional;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;

/**
 * Everything the server needs from the rest of Hanse: the current snapshot, the analysis results computed from it,
 * writes with the house permission rules, sign-in and the audit trail. Pages and API only talk to this interface, so
 * they work the same over the bundled data held in memory and over the store.
 *
 * <p>Every write checks {@link Permissions} and throws a {@link ServiceException} subclass the caller maps to a
 * response; nothing here knows about HTTP.
 */
public interface HanseService {
  /** The current immutable snapshot. */
  Dataset dataset();

  /** Changes whenever an accepted write changes the snapshot; lets callers cache derived results. */
  long revision();

  /** Analysis results of the current snapshot (computed once per revision). */
  AnalysisResults analysis();

  /** Checks a username and password; empty when either is wrong (which one is not told). */
  Optional<Principal> login(String username, char[] password);

  /** The user an API token belongs to; empty for unknown or revoked tokens. */
  Optional<Principal> principalForToken(String token);

  /**
   * Creates or replaces a city.
   *
   * @param create true to add a new city (409 if the id exists), false to change an existing one (404 if unknown)
   */
  City saveCity(Principal who, City city, boolean create);

  /** Adds a tie; 409 when its id or the same fact (type, ends, detail, start year) is already recorded. */
  Tie addTie(Principal who, Tie tie);

  /** Removes a tie; 404 when unknown. */
  void deleteTie(Principal who, String tieId);

  /**
   * Validates and stores the records of one file, all or nothing. The report lists every problem; an import with
   * problems changes nothing. Throws only for permission problems.
   */
  ImportReport importRecords(Principal who, String fileName, byte[] content);

  /** The newest audit entries first; only administrators may read them. */
  List<AuditEntry> audit(Principal who, int limit);
}
