package org.hanse.store.io;

import java.nio.charset.Charset;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hanse.ingest.format.ColumnType;
import org.hanse.ingest.format.Problem;
import org.hanse.model.Cluster;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.access.UserAccount;
import org.hanse.store.access.Users;
import org.hanse.store.internal.AuditLog;
import org.hanse.store.internal.Db;
import org.hanse.store.internal.Stamp;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords;
import org.hanse.store.write.Applier;
import org.hanse.store.write.Incoming;
import org.hanse.store.write.KbState;
import org.hanse.store.write.Plan;
import org.hanse.store.write.Planner;
import org.hanse.store.write.Progress;

/**
 * Imports CSV, XLSX and JSON files: reads and checks everything first, reports every problem at once, and writes
 * only when there is none, all files in one transaction. Records are matched by their natural keys (ids; for
 * indicators subject, code and year; for engagements without id kind, city, start date, partner and title), so
 * importing the same file twice changes nothing the second time.
 */
public final class Importer {
  private final Db db;
  private final Clock clock;
  private final Users users;

  public Importer(Db db, Clock clock, Users users) {
    this.db = db;
    this.clock = clock;
    this.users = users;
  }

  /** A file to import: its name (which tells the format and often the record kind) and its bytes. */
  public record InputFile(String name, byte[] content) {}

  /**
   * @param encoding the encoding of CSV files; null to detect it (BOM, valid UTF-8, else GB18030)
   * @param dryRun   check and compare only; write nothing
   * @param progress told after each kind of record is written
   */
  public record Options(Charset encoding, boolean dryRun, Progress progress) {
    public Options {
      progress = progress == null ? Progress.NONE : progress;
    }

    public Options(Charset encoding, boolean dryRun) {
      this(encoding, dryRun, Progress.NONE);
    }
  }

  public ImportReport run(Principal who, List<InputFile> files, Options options) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    List<String> fileLines = new ArrayList<>();
    Map<RecordKind, List<CheckedRow>> rows = new EnumMap<>(RecordKind.class);
    Map<RecordKind, String> firstSource = new EnumMap<>(RecordKind.class);
    for (InputFile f : files) {
      TableReaders.Result read;
      try {
        read = TableReaders.read(f.name(), f.content(), options.encoding());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.ofFile(f.name(), e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(f.name())
            + ": ", "")));
        continue;
      }
      problems.addAll(read.problems());
      for (RawTable t : read.tables()) {
        RecordKind kind = t.kind().isEmpty() ? RecordKind.fromHeader(t.header()).orElse(null)
            : RecordKind.valueOf(t.kind().toUpperCase(java.util.Locale.ROOT));
        if (kind == null) {
          problems.add(Problem.ofFile(t.source(), "cannot tell which records it holds: name it after the kind ("
              + RecordKind.keys() + ") or give exactly the columns of one kind"));
          continue;
        }
        fileLines.add(t.source() + ": " + t.rows().size() + (t.rows().size() == 1 ? " row of " : " rows of ")
            + kind.key() + (t.note().isEmpty() ? "" : " (" + t.note() + ")"));
        warnings.addAll(formulaWarnings(t, kind));
        rows.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(TableChecker.check(t, kind.format(), problems));
        firstSource.putIfAbsent(kind, t.source());
      }
    }
    if (!rows.getOrDefault(RecordKind.USERS, List.of()).isEmpty() && who.role() != Role.ADMINISTRATOR) {
      problems.add(Problem.ofFile(firstSource.get(RecordKind.USERS), who.username() + " (" + who.scopeDescription()
          + ") may not import users: administrators only"));
      rows.remove(RecordKind.USERS);
    }
    duplicatesOfRejectedRows(rows);
    RecordRows convert = new RecordRows(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    Stamp stamp = new Stamp(clock.instant(), who.username());
    String changeId = UUID.randomUUID().toString();
    return db.inTransaction(c -> {
      KbState state = new KbState(c);
      List<Incoming<?>> incoming = new ArrayList<>();
      incoming.addAll(convert.sources(rows.getOrDefault(RecordKind.SOURCES, List.of())));
      incoming.addAll(convert.cities(rows.getOrDefault(RecordKind.CITIES, List.of())));
      if (rows.containsKey(RecordKind.CLUSTERS) || rows.containsKey(RecordKind.CLUSTER_MEMBERS)) {
        Map<String, Cluster> current = new HashMap<>();
        for (VersionedRecords.Current cur : state.current(Tables.CLUSTER).values()) {
          Cluster cl = Tables.CLUSTER.fromValues(cur.values());
          current.put(cl.id(), cl);
        }
        incoming.addAll(convert.clusters(rows.getOrDefault(RecordKind.CLUSTERS, List.of()),
            rows.getOrDefault(RecordKind.CLUSTER_MEMBERS, List.of()), current,
            firstSource.getOrDefault(RecordKind.CLUSTER_MEMBERS, "")));
      }
      incoming.addAll(convert.actors(rows.getOrDefault(RecordKind.ACTORS, List.of())));
      incoming.addAll(convert.indicatorDefinitions(rows.getOrDefault(RecordKind.INDICATOR_DEFINITIONS, List.of())));
      incoming.addAll(convert.indicators(rows.getOrDefault(RecordKind.INDICATORS, List.of())));
      incoming.addAll(convert.ties(rows.getOrDefault(RecordKind.TIES, List.of())));
      incoming.addAll(convert.engagements(rows.getOrDefault(RecordKind.ENGAGEMENTS, List.of())));
      Set<String> newCities = new HashSet<>();
      Set<String> newClusters = new HashSet<>();
      for (Incoming<?> in : incoming) {
        if (!in.delete() && in.record() instanceof org.hanse.model.City city) {
          newCities.add(city.id());
        } else if (!in.delete() && in.record() instanceof Cluster cluster) {
          newClusters.add(cluster.id());
        }
      }
      List<Users.Spec> userSpecs = userSpecs(c, rows.getOrDefault(RecordKind.USERS, List.of()), newCities,
          newClusters);
      Plan plan = Planner.plan(state, who, incoming, problems, rejected(rows, newClusters));
      List<Problem> sorted = byFileAndRow(plan.problems());
      List<String> userLines = new ArrayList<>();
      if (!plan.valid()) {
        return new ImportReport(fileLines, sorted, byFileAndRow(warnings), plan.changes(), List.of(),
            options.dryRun(), false, "", plan.issues());
      }
      if (options.dryRun()) {
        for (Users.Spec s : userSpecs) {
          java.util.Optional<UserAccount> u = users.find(s.username());
          if (u.isEmpty()) {
            userLines.add("would add user " + s.username());
          } else if (!Users.sameSettings(u.get(), s)) {
            userLines.add("would change user " + s.username());
          }
        }
        return new ImportReport(fileLines, List.of(), byFileAndRow(warnings), plan.changes(), userLines, true, false,
            "", plan.issues());
      }
      int written = Applier.apply(c, plan, stamp, changeId, options.progress());
      userLines.addAll(users.upsert(c, who, userSpecs, stamp, changeId));
      if (written > 0 || !userLines.isEmpty()) {
        String names = String.join(", ", files.stream().map(InputFile::name).toList());
        AuditLog.append(c, stamp, changeId, List.of(new AuditLog.Entry("import", "import", names, null, null,
            "imported " + names + ": " + plan.count(org.hanse.store.write.PlannedChange.Action.ADDED) + " added, "
                + plan.count(org.hanse.store.write.PlannedChange.Action.CHANGED) + " changed, "
                + plan.count(org.hanse.store.write.PlannedChange.Action.UNCHANGED) + " unchanged"
                + (userLines.isEmpty() ? "" : ", " + userLines.size() + " users added or changed"))));
      }
      return new ImportReport(fileLines, List.of(), byFileAndRow(warnings), plan.changes(), userLines, false, true,
          written > 0 || !userLines.isEmpty() ? changeId : "", plan.issues());
    });
  }

  /** The table each kind of row becomes; member rows become part of their cluster. */
  private static final Map<RecordKind, org.hanse.store.internal.RecordTable<?>> TABLES = Map.of(
      RecordKind.SOURCES, Tables.SOURCE, RecordKind.CITIES, Tables.CITY, RecordKind.CLUSTERS, Tables.CLUSTER,
      RecordKind.CLUSTER_MEMBERS, Tables.CLUSTER, RecordKind.ACTORS, Tables.ACTOR,
      RecordKind.INDICATOR_DEFINITIONS, Tables.INDICATOR_DEFINITION, RecordKind.INDICATORS, Tables.INDICATOR,
      RecordKind.TIES, Tables.TIE, RecordKind.ENGAGEMENTS, Tables.ENGAGEMENT);

  /**
   * The rows that will not be written because of their own problems, with their cells that passed the checks, so
   * that the planner reports their unknown references and scope problems in the same run. Member rows of a cluster
   * that is not written (another of its member rows is wrong) are among them: their cities are checked too.
   */
  private static List<org.hanse.store.write.RejectedRow> rejected(Map<RecordKind, List<CheckedRow>> rows,
      Set<String> writtenClusters) {
    List<org.hanse.store.write.RejectedRow> out = new ArrayList<>();
    for (Map.Entry<RecordKind, List<CheckedRow>> e : rows.entrySet()) {
      org.hanse.store.internal.RecordTable<?> table = TABLES.get(e.getKey());
      if (table == null) {
        continue;
      }
      for (CheckedRow r : e.getValue()) {
        boolean unwrittenMember = e.getKey() == RecordKind.CLUSTER_MEMBERS
            && !writtenClusters.contains(r.text("cluster_id"));
        if (r.valid() && !unwrittenMember) {
          continue;
        }
        Map<String, String> cells = new HashMap<>();
        for (org.hanse.ingest.format.Column col : e.getKey().format().columns()) {
          if (r.parsed(col.name())) {
            cells.put(col.name(), r.text(col.name()));
          }
        }
        out.add(new org.hanse.store.write.RejectedRow(table, r.source(), r.row(), cells));
      }
    }
    return out;
  }

  /** The record name used in messages for kinds keyed by their {@code id} column alone. */
  private static final Map<RecordKind, String> SINGLE_ID_KINDS = Map.of(RecordKind.SOURCES, "source",
      RecordKind.CITIES, "city", RecordKind.CLUSTERS, "cluster", RecordKind.ACTORS, "actor", RecordKind.TIES, "tie",
      RecordKind.ENGAGEMENTS, "engagement");

  /**
   * A row repeating the id of an earlier row that failed its checks: the planner never sees the rejected row, so it
   * could not tell the second one is a duplicate, and fixing the first row would then surface a new problem on a
   * second run. Duplicates of valid rows are left to the planner, which reports them the same way.
   */
  private static void duplicatesOfRejectedRows(Map<RecordKind, List<CheckedRow>> rows) {
    for (Map.Entry<RecordKind, String> k : SINGLE_ID_KINDS.entrySet()) {
      Map<String, CheckedRow> first = new HashMap<>();
      for (CheckedRow r : rows.getOrDefault(k.getKey(), List.of())) {
        String id = r.text("id");
        if (id.isEmpty()) {
          continue;
        }
        CheckedRow before = first.putIfAbsent(id, r);
        if (before != null && !before.valid()) {
          r.reject("id", "duplicate key: " + k.getValue() + " " + id + " is also on " + before.source() + " row "
              + before.row());
        }
      }
    }
  }

  /**
   * Problems in reading order: by file (and sheet), then row; problems of one row in the order found. A problem
   * found twice (a CSV field with two stray quotes) is listed once.
   */
  private static List<Problem> byFileAndRow(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(new LinkedHashSet<>(problems));
    out.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::row));
    return out;
  }

  /** Users from their rows; problems go to the rows. */
  private List<Users.Spec> userSpecs(java.sql.Connection c, List<CheckedRow> rows, Set<String> newCities,
      Set<String> newClusters) throws SQLException {
    List<Users.Spec> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> knownCities = null;
    Set<String> knownClusters = null;
    for (CheckedRow r : rows) {
      if (!r.valid()) {
        // The scope of a row with other problems is checked too, so that one run reports all of them.
        if (r.parsed("cities") || r.parsed("clusters")) {
          if (knownCities == null) {
            knownCities = new HashSet<>(VersionedRecords.readAllByKey(c, Tables.CITY).keySet());
            knownCities.addAll(newCities);
            knownClusters = new HashSet<>(VersionedRecords.readAllByKey(c, Tables.CLUSTER).keySet());
            knownClusters.addAll(newClusters);
          }
          for (String city : r.parsed("cities") ? ids(r.text("cities")) : Set.<String>of()) {
            if (!knownCities.contains(city)) {
              r.reject("cities", "unknown city '" + city + "'");
            }
          }
          for (String cluster : r.parsed("clusters") ? ids(r.text("clusters")) : Set.<String>of()) {
            if (!knownClusters.contains(cluster)) {
              r.reject("clusters", "unknown cluster '" + cluster + "'");
            }
          }
        }
        continue;
      }
      if (!seen.add(r.text("username"))) {
        r.reject("username", "duplicate key: user " + r.text("username") + " appears twice");
        continue;
      }
      Users.Spec spec = new Users.Spec(r.text("username"), r.text("display_name"), Role.fromKey(r.text("role")),
          ids(r.text("cities")), ids(r.text("clusters")), r.text("disabled").equals("true"));
      List<String> problems = users.checkSpec(c, spec, newCities, newClusters);
      if (!problems.isEmpty()) {
        for (String p : problems) {
          r.reject(p.contains("cluster") ? "clusters" : p.contains("cit") ? "cities" : "role", p);
        }
        continue;
      }
      out.add(spec);
    }
    return out;
  }

  private static Set<String> ids(String list) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : list.split("[;,\\s]+")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * Text values that begin like a spreadsheet formula are accepted (a note may well start with "+86" or "-") and
   * stored as they are; they are neutralised when exported. The report mentions them so nobody is surprised.
   */
  private static List<Problem> formulaWarnings(RawTable t, RecordKind kind) {
    List<Problem> out = new ArrayList<>();
    Set<ColumnType> numeric = Set.of(ColumnType.INTEGER, ColumnType.YEAR, ColumnType.NUMBER,
        ColumnType.POSITIVE_NUMBER, ColumnType.LATITUDE, ColumnType.LONGITUDE);
    Map<Integer, String> textColumns = new LinkedHashMap<>();
    for (int i = 0; i < t.header().size(); i++) {
      String name = t.header().get(i);
      boolean isText = kind.format().columns().stream()
          .anyMatch(col -> col.name().equals(name) && !numeric.contains(col.type()));
      if (isText) {
        textColumns.put(i, name);
      }
    }
    for (RawTable.Row r : t.rows()) {
      for (Map.Entry<Integer, String> col : textColumns.entrySet()) {
        String v = col.getKey() < r.cells().size() ? r.cells().get(col.getKey()) : "";
        if (SpreadsheetSafety.looksLikeFormula(v)) {
          out.add(new Problem(t.source(), r.row(), col.getValue(), v,
              "starts like a spreadsheet formula: stored as text, and neutralised with a leading ' on export"));
        }
      }
    }
    return out;
  }

}
