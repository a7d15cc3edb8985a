package org.hanse.store;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hanse.model.Dataset;
import org.hanse.store.access.AccessControl;
import org.hanse.store.access.Authenticator;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Users;
import org.hanse.store.backup.Backup;
import org.hanse.store.io.Exporter;
import org.hanse.store.io.ImportReport;
import org.hanse.store.io.Importer;
import org.hanse.store.io.RecordKind;
import org.hanse.store.internal.AuditLog;
import org.hanse.store.internal.Db;
import org.hanse.store.internal.RecordTable;
import org.hanse.store.internal.Stamp;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords;
import org.hanse.store.internal.VersionedRecords.Current;

/**
 * The knowledge base of one deployment: an embedded H2 file database by default, PostgreSQL for shared use. Opening
 * a store brings its schema up to date (Flyway migrations). The analysis reads it as an immutable {@link Dataset}
 * snapshot; every write is versioned and audited.
 *
 * <p>Thread-safe: one store may be shared by all threads of a server.
 */
public final class HanseStore implements AutoCloseable {
  /** The user name recorded for writes made by Hanse itself, such as loading the bundled data. */
  public static final String SYSTEM_USER = "system";

  private static final String META_LABEL = "label";
  private static final String META_LAST_YEAR = "last_year";

  private final Db db;
  private final Clock clock;
  private final Users users;
  private final Authenticator authenticator;
  private final Records records;
  private final Importer importer;

  private HanseStore(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.users = new Users(db, clock);
    this.authenticator = new Authenticator(db, clock);
    this.records = new Records(db, clock);
    this.importer = new Importer(db, clock, users);
  }

  /** User accounts, roles, scopes, passwords and API tokens. */
  public Users users() {
    return users;
  }

  /** Sign-in with rate limiting, and API tokens. */
  public Authenticator authenticator() {
    return authenticator;
  }

  /** Single-record reads and edits with optimistic locking and history. */
  public Records records() {
    return records;
  }

  /**
   * Imports files (CSV, XLSX, JSON) as {@code who}: everything is checked first and every problem reported; only a
   * file set without problems is written, in one transaction. See {@link Importer}.
   */
  public ImportReport importFiles(Principal who, List<Importer.InputFile> files, Importer.Options options) {
    return importer.run(who, files, options);
  }

  /** Reads the files and imports them. */
  public ImportReport importPaths(Principal who, List<Path> files, Charset encoding, boolean dryRun) {
    return importPaths(who, files, encoding, dryRun, org.hanse.store.write.Progress.NONE);
  }

  /** Reads the files and imports them, telling {@code progress} as each kind of record is written. */
  public ImportReport importPaths(Principal who, List<Path> files, Charset encoding, boolean dryRun,
      org.hanse.store.write.Progress progress) {
    List<Importer.InputFile> inputs = new ArrayList<>();
    for (Path f : files) {
      try {
        inputs.add(new Importer.InputFile(f.getFileName().toString(), Files.readAllBytes(f)));
      } catch (NoSuchFileException e) {
        throw new StoreUserException("no such file: " + f);
      } catch (IOException e) {
        throw new StoreUserException("cannot read " + f + ": " + e.getMessage(), e);
      }
    }
    return importFiles(who, inputs, new Importer.Options(encoding, dryRun, progress));
  }

  /** Exports the current records of the given kinds; returns the files written. */
  public List<Path> export(Path target, Exporter.Format format, List<RecordKind> kinds, Exporter.CsvEncoding encoding) {
    Map<RecordKind, List<List<String>>> rows = Exporter.rows(snapshot(), records.engagements(),
        kinds.contains(RecordKind.USERS) ? users.list() : List.of());
    try {
      return Exporter.write(rows, kinds, target, format, encoding);
    } catch (java.io.UncheckedIOException e) {
      throw new StoreUserException(e.getMessage(), e);
    }
  }

  /** Audit entries, newest first. Viewers may not read the audit trail. */
  public List<AuditRecord> audit(Principal reader, AuditQuery q) {
    if (!AccessControl.canReadAudit(reader)) {
      throw new AccessDeniedException(reader.username() + " is a viewer and may not read the audit trail");
    }
    return db.read(c -> {
      StringBuilder sql = new StringBuilder("SELECT id, changed_at, username, action, entity_kind, entity_id,"
          + " change_id, before_json, after_json, summary FROM audit_log WHERE 1 = 1");
      List<Object> params = new ArrayList<>();
      if (q.since() != null) {
        sql.append(" AND changed_at >= ?");
        params.add(java.time.OffsetDateTime.ofInstant(q.since(), ZoneOffset.UTC));
      }
      if (q.until() != null) {
        sql.append(" AND changed_at < ?");
        params.add(java.time.OffsetDateTime.ofInstant(q.until(), ZoneOffset.UTC));
      }
      if (q.username() != null) {
        sql.append(" AND username = ?");
        params.add(q.username());
      }
      if (q.kind() != null) {
        sql.append(" AND entity_kind = ?");
        params.add(q.kind());
      }
      if (q.entityId() != null) {
        sql.append(" AND entity_id = ?");
        params.add(q.entityId());
      }
      if (q.cityId() != null) {
        // The record JSON is written by AuditLog.json without spaces, so a city reference is the exact text
        // "column":"id"; '!' escapes LIKE wildcards in the id.
        sql.append(" AND ((entity_kind = 'city' AND entity_id = ?)");
        params.add(q.cityId());
        for (String column : List.of("city_id", "partner_id", "subject_id")) {
          String pattern = "%\"" + column + "\":" + likeEscape(com.fasterxml.jackson.databind.node.TextNode
              .valueOf(q.cityId()).toString()) + "%";
          sql.append(" OR before_json LIKE ? ESCAPE '!' OR after_json LIKE ? ESCAPE '!'");
          params.add(pattern);
          params.add(pattern);
        }
        sql.append(")");
      }
      sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, q.limit())).append(" ROWS ONLY");
      List<AuditRecord> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new AuditRecord(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10)));
          }
        }
      }
      return out;
    });
  }

  private static String likeEscape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** Writes a backup of everything (records, history, users, tokens, audit trail) to a ZIP file. */
  public Backup.Summary backup(Path file) {
    return Backup.write(db, file, clock);
  }

  /**
   * Restores a backup into this store: an empty one, or, with {@code replace}, one whose content is deleted first
   * (in the same transaction). The restore itself is audited as done by {@code who}.
   */
  public Backup.Summary restore(Path file, boolean replace, String who) {
    if (!Files.isRegularFile(file)) {
      throw new StoreUserException("no such file: " + file);
    }
    return Backup.restore(db, file, replace, clock, who);
  }

  /**
   * Opens the database at the JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql://…}) and migrates its schema.
   *
   * @throws StoreUserException when the URL is not supported or the database cannot be reached
   */
  public static HanseStore open(String jdbcUrl) {
    return open(jdbcUrl, Clock.systemUTC());
  }

  /** Opens the store with the given clock for the times it records (tests use a fixed one). */
  public static HanseStore open(String jdbcUrl, Clock clock) {
    return new HanseStore(Db.open(jdbcUrl), clock);
  }

  /**
   * The database used when none is named: the environment variable {@code HANSE_DB} if set, otherwise an embedded
   * H2 database in the file {@code hanse.mv.db} under {@code $HANSE_HOME} (default {@code ~/.hanse}).
   */
  public static String defaultJdbcUrl() {
    return defaultJdbcUrl(System.getenv());
  }

  static String defaultJdbcUrl(Map<String, String> env) {
    String url = env.get("HANSE_DB");
    if (url != null && !url.isBlank()) {
      return url.strip();
    }
    return "jdbc:h2:file:" + home(env).resolve("hanse").toAbsolutePath();
  }

  /** The directory Hanse keeps its own files in: {@code $HANSE_HOME}, default {@code ~/.hanse}. */
  public static Path home() {
    return home(System.getenv());
  }

  static Path home(Map<String, String> env) {
    String home = env.get("HANSE_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home.strip());
    }
    return Path.of(System.getProperty("user.home"), ".hanse");
  }

  /** The database URL without its password, for messages. */
  public String url() {
    return db.url();
  }

  /** H2 or PostgreSQL. */
  public Db.Product product() {
    return db.product();
  }

  /** True when the knowledge base holds no record at all (a fresh database). */
  public boolean isEmpty() {
    return db.read(c -> {
      for (RecordTable<?> t : Tables.KNOWLEDGE_BASE) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + t.table() + " FETCH FIRST 1 ROWS ONLY");
            ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      return true;
    });
  }

  /**
   * Loads the bundled dataset into an empty knowledge base in one transaction, with batched inserts. Each record
   * becomes version 1 of its history; the audit trail gets one entry for the whole load.
   *
   * @throws IllegalStateException when the knowledge base already holds records
   */
  public void loadBaseline(Dataset dataset) {
    loadBaseline(dataset, null);
  }

  /**
   * {@link #loadBaseline(Dataset)}, recording the checksum of the bundle it came from (see {@link
   * #bundleChecksum()}); null records none.
   */
  public void loadBaseline(Dataset dataset, String bundleChecksum) {
    Stamp stamp = new Stamp(clock.instant(), SYSTEM_USER);
    db.inTransaction(c -> {
      for (RecordTable<?> t : Tables.KNOWLEDGE_BASE) {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + t.table());
            ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getLong(1) > 0) {
            throw new IllegalStateException("the knowledge base already holds records; the baseline is loaded only"
                + " into an empty one");
          }
        }
      }
      insertAll(c, Tables.SOURCE, dataset.sources().values(), stamp);
      insertAll(c, Tables.CITY, dataset.cities().values(), stamp);
      insertAll(c, Tables.CLUSTER, dataset.clusters().values(), stamp);
      insertAll(c, Tables.ACTOR, dataset.actors().values(), stamp);
      insertAll(c, Tables.INDICATOR_DEFINITION, dataset.indicatorDefinitions().values(), stamp);
      insertAll(c, Tables.INDICATOR, dataset.indicators(), stamp);
      insertAll(c, Tables.TIE, dataset.ties(), stamp);
      putMeta(c, META_LABEL, dataset.label());
      putMeta(c, META_LAST_YEAR, Integer.toString(dataset.lastYear()));
      if (bundleChecksum != null) {
        putMeta(c, META_BUNDLE_CHECKSUM, bundleChecksum);
        putMeta(c, META_BUNDLE_LOADED, stamp.at().toString());
      }
      String summary = "loaded " + dataset.label() + ": " + dataset.sources().size() + " sources, "
          + dataset.cities().size() + " cities, " + dataset.clusters().size() + " clusters, "
          + dataset.actors().size() + " actors, " + dataset.ties().size() + " ties, "
          + dataset.indicatorDefinitions().size() + " indicator definitions, " + dataset.indicators().size()
          + " indicator values";
      AuditLog.append(c, stamp, newChangeId(), List.of(
          new AuditLog.Entry("baseline", "knowledge base", dataset.label(), null, null, summary)));
      return null;
    });
  }

  private static <T> void insertAll(Connection c, RecordTable<T> t, Iterable<T> records, Stamp stamp)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (T r : records) {
      rows.add(t.values(r));
    }
    VersionedRecords.insert(c, t, rows, stamp);
  }

  /** Everything the knowledge base holds now: the input of the analysis. */
  public Dataset snapshot() {
    return db.read(c -> {
      Dataset.Builder b = Dataset.builder().label(meta(c, META_LABEL).orElse("knowledge base")).lastYear(lastYear(c));
      readCurrent(c, Tables.SOURCE, b::source);
      readCurrent(c, Tables.CITY, b::city);
      readCurrent(c, Tables.CLUSTER, b::cluster);
      readCurrent(c, Tables.ACTOR, b::actor);
      readCurrent(c, Tables.INDICATOR_DEFINITION, b::indicatorDefinition);
      readCurrent(c, Tables.INDICATOR, b::indicator);
      readCurrent(c, Tables.TIE, b::tie);
      return b.build();
    });
  }

  /**
   * The network as it was in the given year: ties that had not started or had already ended are left out, and so
   * are indicator values observed later (see {@link Dataset#asOf(int)}).
   */
  public Dataset snapshot(int asOfYear) {
    return snapshot().asOf(asOfYear);
  }

  /**
   * The knowledge base as it was recorded at an instant: every record in the version that was current then, records
   * deleted since included, records added since left out. Answers "what did we know on 1 March?".
   */
  public Dataset snapshotRecordedAt(Instant at) {
    return db.read(c -> {
      Dataset.Builder b = Dataset.builder().label(meta(c, META_LABEL).orElse("knowledge base")
          + " (as recorded at " + at.atOffset(ZoneOffset.UTC) + ")").lastYear(lastYear(c));
      readRecordedAt(c, Tables.SOURCE, at, b::source);
      readRecordedAt(c, Tables.CITY, at, b::city);
      readRecordedAt(c, Tables.CLUSTER, at, b::cluster);
      readRecordedAt(c, Tables.ACTOR, at, b::actor);
      readRecordedAt(c, Tables.INDICATOR_DEFINITION, at, b::indicatorDefinition);
      readRecordedAt(c, Tables.INDICATOR, at, b::indicator);
      readRecordedAt(c, Tables.TIE, at, b::tie);
      return b.build();
    });
  }

  private static <T> void readCurrent(Connection c, RecordTable<T> t, java.util.function.Consumer<T> sink)
      throws SQLException {
    for (Current cur : VersionedRecords.readAll(c, t)) {
      sink.accept(t.fromValues(cur.values()));
    }
  }

  private static <T> void readRecordedAt(
      Connection c, RecordTable<T> t, Instant at, java.util.function.Consumer<T> sink) throws SQLException {
    for (Object[] v : VersionedRecords.readRecordedAt(c, t, at)) {
      sink.accept(t.fromValues(v));
    }
  }

  /** The stored last year, raised to the current year so records dated this year stay valid. */
  private int lastYear(Connection c) throws SQLException {
    int now = clock.instant().atZone(ZoneOffset.UTC).getYear();
    return Math.max(now, meta(c, META_LAST_YEAR).map(Integer::parseInt).orElse(now));
  }

  /** Key of the checksum of the bundled data folder the knowledge base was loaded (or last refreshed) from. */
  private static final String META_BUNDLE_CHECKSUM = "bundle_checksum";
  private static final String META_BUNDLE_LOADED = "bundle_loaded_at";

  /**
   * The checksum of the bundled data the knowledge base was loaded or last refreshed from, and when; empty for a
   * database loaded before checksums were kept, or filled by imports alone.
   */
  public Optional<String[]> bundleChecksum() {
    return db.read(c -> {
      Optional<String> sum = meta(c, META_BUNDLE_CHECKSUM);
      return sum.isEmpty() ? Optional.<String[]>empty()
          : Optional.of(new String[] {sum.get(), meta(c, META_BUNDLE_LOADED).orElse("")});
    });
  }

  /** Records that the knowledge base now holds the bundle with this checksum (after a refresh from it). */
  public void recordBundleChecksum(String checksum) {
    db.inTransaction(c -> {
      putMeta(c, META_BUNDLE_CHECKSUM, checksum);
      putMeta(c, META_BUNDLE_LOADED, clock.instant().toString());
      return null;
    });
  }

  private static Optional<String> meta(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM kb_meta WHERE meta_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static void putMeta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM kb_meta WHERE meta_key = ?")) {
      del.setString(1, key);
      del.executeUpdate();
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO kb_meta (meta_key, meta_value) VALUES (?, ?)")) {
      ins.setString(1, key);
      ins.setString(2, value);
      ins.executeUpdate();
    }
  }

  static String newChangeId() {
    return UUID.randomUUID().toString();
  }

  /** Counts of current records per kind (engagements and users included), e.g. for status output. */
  public Map<String, Long> counts() {
    return db.read(c -> {
      Map<String, Long> out = new java.util.LinkedHashMap<>();
      for (RecordTable<?> t : Tables.ALL) {
        out.put(t.kind(), count(c, t.table()));
      }
      out.put("user", count(c, "app_user"));
      return out;
    });
  }

  private static long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  Db db() {
    return db;
  }

  Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    db.close();
  }

}
