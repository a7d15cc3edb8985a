package org.hanse.server.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.InvalidDatasetException;
import org.hanse.model.Tie;

/**
 * A {@link HanseService} over a snapshot held in memory, with a fixed set of users and tokens. Used to serve a
 * bundle without a database (changes last until the server stops) and as the reference implementation the API
 * tests run against. Writes are serialised; reads see an immutable snapshot and never wait.
 */
public final class InMemoryHanseService implements HanseService {
  private static final Pattern RECORD_IN_PROBLEM = Pattern.compile("^(?:tie|city|cluster|actor) (\\S+)");

  private final Map<String, UserAccount> users = new LinkedHashMap<>();
  private final Map<String, String> usernameByToken = new HashMap<>();
  private final Function<Dataset, AnalysisResults> analyse;
  private final Clock clock;
  private final List<AuditEntry> audit = new ArrayList<>();
  private volatile State state;

  /** The snapshot with its revision and analysis, swapped as one so readers never see them disagree. */
  private record State(Dataset dataset, long revision, Memo<AnalysisResults> analysis) {}

  /**
   * @param dataset the initial snapshot
   * @param users   who may sign in
   * @param tokens  API token → username
   * @param analyse computes the analysis results of a snapshot (called once per revision)
   */
  public InMemoryHanseService(Dataset dataset, Collection<UserAccount> users, Map<String, String> tokens,
      Function<Dataset, AnalysisResults> analyse, Clock clock) {
    for (UserAccount u : users) {
      this.users.put(u.username(), u);
    }
    tokens.forEach((token, user) -> {
      if (!this.users.containsKey(user)) {
        throw new IllegalArgumentException("token for unknown user " + user);
      }
      usernameByToken.put(token, user);
    });
    this.analyse = Objects.requireNonNull(analyse);
    this.clock = Objects.requireNonNull(clock);
    this.state = new State(dataset, 1, new Memo<>(() -> analyse.apply(dataset)));
  }

  @Override
  public Dataset dataset() {
    return state.dataset();
  }

  @Override
  public long revision() {
    return state.revision();
  }

  @Override
  public AnalysisResults analysis() {
    return state.analysis().get();
  }

  @Override
  public Optional<Principal> login(String username, char[] password) {
    UserAccount u = users.get(username);
    if (u == null) {
      // Hash anyway so that a wrong username takes as long as a wrong password.
      PasswordHasher.matches(password, PasswordHasher.hash("x".toCharArray()));
      return Optional.empty();
    }
    return PasswordHasher.matches(password, u.passwordHash()) ? Optional.of(u.principal()) : Optional.empty();
  }

  @Override
  public Optional<Principal> principalForToken(String token) {
    String user = usernameByToken.get(token);
    return user == null ? Optional.empty() : Optional.of(users.get(user).principal());
  }

  @Override
  public synchronized City saveCity(Principal who, City city, boolean create) {
    Dataset d = state.dataset();
    boolean exists = d.cities().containsKey(city.id());
    if (create) {
      requireAllowed(who, Permissions.canCreateCity(who), "only administrators add cities");
      if (exists) {
        throw new ServiceException.Conflict("city " + city.id() + " already exists");
      }
    } else {
      requireAllowed(who, Permissions.canEditCity(who, city.id()),
          "you may change only your own city" + ownCity(who));
      if (!exists) {
        throw new ServiceException.NotFound("no city with id " + city.id());
      }
    }
    commit(build(d.toBuilder().replaceCity(city), Map.of()), who, create ? "city.create" : "city.update", city.id(),
        city.nameEn());
    return city;
  }

  @Override
  public synchronized Tie addTie(Principal who, Tie tie) {
    requireAllowed(who, Permissions.canEditTie(who, tie), "you may change only the ties of your own city" + ownCity(who));
    Dataset d = state.dataset();
    for (Tie t : d.ties()) {
      if (t.id().equals(tie.id())) {
        throw new ServiceException.Conflict("tie " + tie.id() + " already exists");
      }
      if (t.naturalKey().equals(tie.naturalKey())) {
        throw new ServiceException.Conflict("the same tie is already recorded as " + t.id());
      }
    }
    commit(build(d.toBuilder().tie(tie), Map.of()), who, "tie.create", tie.id(),
        tie.type().key() + " " + tie.cityId() + " – " + tie.partnerId());
    return tie;
  }

  @Override
  public synchronized void deleteTie(Principal who, String tieId) {
    Dataset d = state.dataset();
    Tie tie = d.ties().stream().filter(t -> t.id().equals(tieId)).findFirst()
        .orElseThrow(() -> new ServiceException.NotFound("no tie with id " + tieId));
    requireAllowed(who, Permissions.canEditTie(who, tie), "you may change only the ties of your own city" + ownCity(who));
    Dataset.Builder b = d.toBuilder().clearTies();
    d.ties().stream().filter(t -> !t.id().equals(tieId)).forEach(b::tie);
    commit(build(b, Map.of()), who, "tie.delete", tieId, tie.type().key() + " " + tie.cityId() + " – " + tie.partnerId());
  }

  @Override
  public synchronized ImportReport importRecords(Principal who, String fileName, byte[] content) {
    requireAllowed(who, Permissions.canImport(who), "only editors and administrators import files");
    CsvRecords.Parsed parsed = CsvRecords.read(content);
    List<ValidationProblem> problems = new ArrayList<>(parsed.problems());
    int records = parsed.cities().size() + parsed.ties().size();
    Dataset d = state.dataset();
    Dataset.Builder b = d.toBuilder();
    for (City c : parsed.cities()) {
      int line = parsed.lineOfId().get(c.id());
      if (!Permissions.canEditCity(who, c.id())
          && !(Permissions.canCreateCity(who) && !d.cities().containsKey(c.id()))) {
        problems.add(new ValidationProblem(line, "id", "you may not change city " + c.id() + ownCity(who)));
      }
      b.replaceCity(c);
    }
    Map<String, Tie> existing = new HashMap<>();
    d.ties().forEach(t -> existing.put(t.id(), t));
    for (Tie t : parsed.ties()) {
      int line = parsed.lineOfId().get(t.id());
      if (!Permissions.canEditTie(who, t)) {
        problems.add(new ValidationProblem(line, "city_id", "you may not add ties of " + t.cityId()
            + (t.type().isCityToCity() ? " or " + t.partnerId() : "") + ownCity(who)));
      }
      if (existing.containsKey(t.id())) {
        problems.add(new ValidationProblem(line, "id", "tie " + t.id() + " already exists"));
      }
      b.tie(t);
    }
    // The well-formed records are checked against the data's rules even when other lines have problems, so the
    // user sees every problem in one pass.
    Dataset next = null;
    if (records > 0) {
      try {
        next = b.build();
      } catch (InvalidDatasetException e) {
        problems.addAll(locate(e.problems(), parsed.lineOfId()));
      }
    }
    if (problems.isEmpty() && next != null) {
      commit(next, who, "import", fileName, records + " " + parsed.kind());
      return new ImportReport(fileName, parsed.kind(), records, true, List.of());
    }
    problems.sort(java.util.Comparator.comparingInt(ValidationProblem::line));
    return new ImportReport(fileName, parsed.kind(), records, false, problems);
  }

  @Override
  public List<AuditEntry> audit(Principal who, int limit) {
    requireAllowed(who, Permissions.canReadAudit(who), "only administrators read the audit trail");
    synchronized (this) {
      List<AuditEntry> newestFirst = new ArrayList<>();
      for (int i = audit.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
        newestFirst.add(audit.get(i));
      }
      return newestFirst;
    }
  }

  private static String ownCity(Principal who) {
    return who != null && !who.cityId().isEmpty() ? " (" + who.cityId() + ")" : "";
  }

  private static void requireAllowed(Principal who, boolean allowed, String why) {
    if (who == null) {
      throw new ServiceException.Unauthenticated("sign in first");
    }
    if (!allowed) {
      throw new ServiceException.Forbidden(why);
    }
  }

  private static Dataset build(Dataset.Builder b, Map<String, Integer> lineOfId) {
    try {
      return b.build();
    } catch (InvalidDatasetException e) {
      throw new ServiceException.Invalid("the change breaks the data's rules", locate(e.problems(), lineOfId));
    }
  }

  /** Attaches each dataset problem to the line of the record it names, where that record came from the file. */
  private static List<ValidationProblem> locate(List<String> problems, Map<String, Integer> lineOfId) {
    List<ValidationProblem> out = new ArrayList<>();
    for (String p : problems) {
      Matcher m = RECORD_IN_PROBLEM.matcher(p);
      int line = m.find() ? lineOfId.getOrDefault(m.group(1), 0) : 0;
      out.add(new ValidationProblem(line, "", p));
    }
    return out;
  }

  private void commit(Dataset next, Principal who, String action, String target, String detail) {
    // Analysis runs on first use, not inside the write lock: a burst of edits pays for it once.
    state = new State(next, state.revision() + 1, new Memo<>(() -> analyse.apply(next)));
    audit.add(new AuditEntry(clock.instant(), who.username(), action, target, detail));
  }
}
