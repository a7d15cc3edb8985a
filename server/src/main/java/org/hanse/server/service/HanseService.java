package org.hanse.server.service;

import java.util.List;
import java.util.Optional;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.store.AuditQuery;
import org.hanse.store.AuditRecord;
import org.hanse.store.Versioned;
import org.hanse.store.access.AccessControl;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.Importer;

/**
 * Everything the server needs from the rest of Hanse: snapshots of the knowledge base and the analysis results
 * computed from them, sign-in, writes checked against the writer's role and scope, imports and the audit trail.
 * Pages and API only talk to this interface; nothing here knows about HTTP.
 *
 * <p>Refusals are {@link ServiceException}s: 401 not signed in, 403 not allowed, 404 unknown, 409 changed by someone
 * else (optimistic locking) or already existing, 422 invalid with every problem, 429 too many failed sign-ins.
 */
public interface HanseService {
  /** The current snapshot of the knowledge base. */
  Dataset dataset();

  /**
   * The network as it was in {@code year} (ties not yet started or already ended left out); null gives
   * {@link #dataset()}.
   */
  Dataset dataset(Integer asOfYear);

  /** Changes whenever the knowledge base changes; lets callers cache derived results. */
  long revision();

  /** Analysis results of the current snapshot (computed once per revision). */
  AnalysisResults analysis();

  /** Analysis results of the network as it was in {@code year}; null: {@link #analysis()}. */
  AnalysisResults analysis(Integer asOfYear);

  /** A value derived from the current snapshot, computed once per revision and key (e.g. advice). */
  <T> T derived(String key, java.util.function.Function<Dataset, T> compute);

  /**
   * Checks a user name and password.
   *
   * @param client the caller's address, for the per-address limit on failed attempts
   * @throws ServiceException.Unauthenticated when refused (the message does not tell which part was wrong)
   * @throws ServiceException.TooManyRequests after too many failures
   */
  Principal login(String username, char[] password, String client);

  /** The user an API token acts for; empty for unknown or revoked tokens and disabled users. */
  Optional<Principal> principalForToken(String token);

  /** The permission rules over the current clusters, for pages deciding what to offer. */
  AccessControl access();

  Optional<Versioned<City>> city(String id);

  Optional<Versioned<Tie>> tie(String id);

  /** Creates ({@code expectedVersion} 0) or changes a city; a version other than the current one is a 409. */
  Versioned<City> saveCity(Principal who, City city, int expectedVersion);

  /** Creates ({@code expectedVersion} 0) or changes a tie. */
  Versioned<Tie> saveTie(Principal who, Tie tie, int expectedVersion);

  void deleteTie(Principal who, String tieId, int expectedVersion);

  /** Every engagement; only signed-in users read them. */
  List<Engagement> engagements(Principal who);

  Optional<Versioned<Engagement>> engagement(Principal who, String id);

  Versioned<Engagement> saveEngagement(Principal who, Engagement engagement, int expectedVersion);

  /** Removes an engagement; a version other than the current one is a 409. */
  void deleteEngagement(Principal who, String engagementId, int expectedVersion);

  /**
   * Checks the files and, when there is no problem and it is not a dry run, stores their records in one
   * transaction. The report lists every problem; an import with problems changes nothing.
   */
  ImportReport importFiles(Principal who, List<Importer.InputFile> files, boolean dryRun);

  /** Audit entries, newest first; viewers may not read them. */
  List<AuditRecord> audit(Principal who, AuditQuery query);

  /** Scenarios saved to share by link (kept by the store, outside the knowledge base's records). */
  org.hanse.store.SavedScenarios savedScenarios();
}
