package org.hanse.server.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.store.AccessDeniedException;
import org.hanse.store.AuditQuery;
import org.hanse.store.AuditRecord;
import org.hanse.store.EditConflictException;
import org.hanse.store.HanseStore;
import org.hanse.store.InvalidRecordException;
import org.hanse.store.LoginRefusedException;
import org.hanse.store.NotFoundException;
import org.hanse.store.StoreUserException;
import org.hanse.store.Versioned;
import org.hanse.store.access.AccessControl;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.Importer;

/**
 * The {@link HanseService} of {@code hanse serve}: every read comes from a snapshot of the {@link HanseStore} the
 * command line uses too, every write goes through the store (its role and city-scope checks, its validation, its
 * optimistic locking, its audit trail), and sign-in and API tokens are the store's (Argon2id, rate-limited).
 *
 * <p>Snapshots and the analysis of each snapshot are cached until the knowledge base changes: at once after a write
 * made through this service, and within {@link #EXTERNAL_CHECK} after one made elsewhere (another server or the
 * command line on the same PostgreSQL database), which is noticed by a new entry in the audit trail.
 */
public final class StoreHanseService implements HanseService {
  /** How often a read looks for changes made by others; a cheap query on the audit trail. */
  static final Duration EXTERNAL_CHECK = Duration.ofSeconds(2);
  /** As-of views kept per revision; more years than this are recomputed on demand. */
  private static final int MAX_YEARS_CACHED = 32;
  /** Derived values kept per revision; beyond this the cache starts afresh, so odd queries cannot exhaust memory. */
  private static final int MAX_DERIVED = 512;
  private static final Principal SERVER = Principal.operator("server");

  private final HanseStore store;
  private final Function<Dataset, AnalysisResults> analyse;
  private final Clock clock;
  private final Object writeLock = new Object();
  private volatile State state;
  private volatile Instant lastExternalCheck;

  /** Everything derived from one revision of the knowledge base, swapped as one so readers never mix revisions. */
  private final class State {
    final long revision;
    final long lastAuditId;
    final Memo<Dataset> dataset;
    final Memo<AnalysisResults> analysis;
    final Memo<AccessControl> access;
    final Map<Integer, Memo<Dataset>> datasetsAsOf = new ConcurrentHashMap<>();
    final Map<Integer, Memo<AnalysisResults>> analysesAsOf = new ConcurrentHashMap<>();
    final Map<String, Memo<Object>> derived = new ConcurrentHashMap<>();

    State(long revision, long lastAuditId) {
      this.revision = revision;
      this.lastAuditId = lastAuditId;
      this.dataset = new Memo<>(store::snapshot);
      this.analysis = new Memo<>(() -> analyse.apply(dataset.get()));
      this.access = new Memo<>(() -> {
        Map<String, List<String>> members = new java.util.HashMap<>();
        for (Cluster cl : dataset.get().clusters().values()) {
          members.put(cl.id(), cl.memberIds());
        }
        return new AccessControl(members);
      });
    }
  }

  /**
   * @param store   the knowledge base, open; the caller closes it after the server
   * @param analyse computes the analysis results of a snapshot (called once per revision and as-of year)
   */
  public StoreHanseService(HanseStore store, Function<Dataset, AnalysisResults> analyse, Clock clock) {
    this.store = Objects.requireNonNull(store);
    this.analyse = Objects.requireNonNull(analyse);
    this.clock = Objects.requireNonNull(clock);
    this.state = new State(1, latestAuditId());
    this.lastExternalCheck = clock.instant();
  }

  public HanseStore store() {
    return store;
  }

  @Override
  public org.hanse.store.SavedScenarios savedScenarios() {
    return new org.hanse.store.SavedScenarios(store);
  }

  private State current() {
    Instant now = clock.instant();
    if (Duration.between(lastExternalCheck, now).compareTo(EXTERNAL_CHECK) >= 0) {
      lastExternalCheck = now;
      long latest = latestAuditId();
      State s = state;
      if (latest != s.lastAuditId) {
        synchronized (writeLock) {
          if (state == s) {
            state = new State(s.revision + 1, latest);
          }
        }
      }
    }
    return state;
  }

  /** Called after every write of this service: new records show in the next snapshot and its assessment. */
  private void changed() {
    synchronized (writeLock) {
      state = new State(state.revision + 1, latestAuditId());
    }
  }

  private long latestAuditId() {
    List<AuditRecord> latest = store.audit(SERVER, AuditQuery.latest(1));
    return latest.isEmpty() ? 0 : latest.get(0).id();
  }

  @Override
  public Dataset dataset() {
    return current().dataset.get();
  }

  @Override
  public Dataset dataset(Integer asOfYear) {
    if (asOfYear == null) {
      return dataset();
    }
    State s = current();
    return cached(s.datasetsAsOf, asOfYear, () -> s.dataset.get().asOf(asOfYear));
  }

  @Override
  public long revision() {
    return current().revision;
  }

  @Override
  public AnalysisResults analysis() {
    return current().analysis.get();
  }

  @Override
  public AnalysisResults analysis(Integer asOfYear) {
    if (asOfYear == null) {
      return analysis();
    }
    State s = current();
    Dataset d = cached(s.datasetsAsOf, asOfYear, () -> s.dataset.get().asOf(asOfYear));
    return cached(s.analysesAsOf, asOfYear, () -> analyse.apply(d));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(String key, Function<Dataset, T> compute) {
    State s = current();
    if (s.derived.size() >= MAX_DERIVED && !s.derived.containsKey(key)) {
      s.derived.clear();
    }
    return (T) s.derived.computeIfAbsent(key, k -> new Memo<>(() -> compute.apply(s.dataset.get()))).get();
  }

  private static <T> T cached(Map<Integer, Memo<T>> cache, int year, Supplier<T> compute) {
    if (cache.size() >= MAX_YEARS_CACHED && !cache.containsKey(year)) {
      cache.clear();
    }
    return cache.computeIfAbsent(year, y -> new Memo<>(compute)).get();
  }

  @Override
  public Principal login(String username, char[] password, String client) {
    try {
      return store.authenticator().login(username, password, client);
    } catch (LoginRefusedException e) {
      if (e.retryAfter().isPresent()) {
        long seconds = Duration.between(clock.instant(), e.retryAfter().get()).toSeconds();
        throw new ServiceException.TooManyRequests(e.getMessage(), seconds);
      }
      throw new ServiceException.Unauthenticated(e.getMessage());
    }
  }

  @Override
  public Optional<Principal> principalForToken(String token) {
    return store.authenticator().principalForToken(token);
  }

  @Override
  public AccessControl access() {
    return current().access.get();
  }

  @Override
  public Optional<Versioned<City>> city(String id) {
    return store.records().city(id);
  }

  @Override
  public Optional<Versioned<Tie>> tie(String id) {
    return store.records().tie(id);
  }

  @Override
  public Versioned<City> saveCity(Principal who, City city, int expectedVersion) {
    return write(who, () -> store.records().saveCity(who, city, expectedVersion));
  }

  @Override
  public Versioned<Tie> saveTie(Principal who, Tie tie, int expectedVersion) {
    return write(who, () -> store.records().saveTie(who, tie, expectedVersion));
  }

  @Override
  public void deleteTie(Principal who, String tieId, int expectedVersion) {
    write(who, () -> {
      store.records().deleteTie(who, tieId, expectedVersion);
      return null;
    });
  }

  @Override
  public List<Engagement> engagements(Principal who) {
    requireSignedIn(who);
    return store.records().engagements();
  }

  @Override
  public Optional<Versioned<Engagement>> engagement(Principal who, String id) {
    requireSignedIn(who);
    return store.records().engagement(id);
  }

  @Override
  public Versioned<Engagement> saveEngagement(Principal who, Engagement engagement, int expectedVersion) {
    return write(who, () -> store.records().saveEngagement(who, engagement, expectedVersion));
  }

  @Override
  public void deleteEngagement(Principal who, String engagementId, int expectedVersion) {
    write(who, () -> {
      store.records().deleteEngagement(who, engagementId, expectedVersion);
      return null;
    });
  }

  @Override
  public ImportReport importFiles(Principal who, List<Importer.InputFile> files, boolean dryRun) {
    requireSignedIn(who);
    if (who.role() == org.hanse.store.access.Role.VIEWER) {
      // The store would list the same refusal once per record; one answer says it.
      throw new ServiceException.Forbidden(who.username() + " is a viewer and may not import");
    }
    ImportReport report = translate(() -> store.importFiles(who, files, new Importer.Options(null, dryRun)));
    if (report.applied()) {
      changed();
    }
    return report;
  }

  @Override
  public List<AuditRecord> audit(Principal who, AuditQuery query) {
    requireSignedIn(who);
    return translate(() -> store.audit(who, query));
  }

  private <T> T write(Principal who, Supplier<T> work) {
    requireSignedIn(who);
    T result = translate(work);
    changed();
    return result;
  }

  private static void requireSignedIn(Principal who) {
    if (who == null) {
      throw new ServiceException.Unauthenticated("sign in first");
    }
  }

  /** The store's refusals as the server's, so that each maps to its HTTP status. */
  static <T> T translate(Supplier<T> work) {
    try {
      return work.get();
    } catch (AccessDeniedException e) {
      throw new ServiceException.Forbidden(e.getMessage());
    } catch (NotFoundException e) {
      throw new ServiceException.NotFound(e.getMessage());
    } catch (EditConflictException e) {
      throw new ServiceException.Conflict(e.getMessage());
    } catch (InvalidRecordException e) {
      throw new ServiceException.Invalid(e.getMessage(), e.problems().stream().map(ValidationProblem::of).toList());
    } catch (StoreUserException e) {
      throw new ServiceException.Invalid(e.getMessage(), List.of());
    }
  }
}
