package org.hanse.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hanse.store.EditConflictException;
import org.hanse.store.StoreException;
import org.hanse.store.StoreUserException;

/**
 * The connection pool of one store, its database product, and transactions. Schema changes are Flyway migrations
 * applied when the pool opens.
 */
public final class Db implements AutoCloseable {
  /** The database products Hanse runs on. */
  public enum Product {
    H2,
    POSTGRESQL
  }

  /** Work done inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** One row of a result set as an object. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(java.sql.ResultSet rs) throws SQLException;
  }

  /**
   * The rows of a query, each read by {@code reader}; the query's one parameter is bound to {@code key} when that is
   * not null (the same query without its {@code WHERE} lists every row).
   */
  public static <T> java.util.List<T> list(Connection c, String sql, String key, RowReader<T> reader)
      throws SQLException {
    java.util.List<T> out = new java.util.ArrayList<>();
    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
      if (key != null) {
        ps.setString(1, key);
      }
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
    }
    return out;
  }

  private static final String MIGRATIONS = "classpath:org/hanse/store/migration";

  private final HikariDataSource pool;
  private final Product product;
  private final String safeUrl;

  private Db(HikariDataSource pool, Product product, String safeUrl) {
    this.pool = pool;
    this.product = product;
    this.safeUrl = safeUrl;
  }

  /** Opens a pool on the URL and brings the schema up to date. */
  public static Db open(String jdbcUrl) {
    Product product = productOf(jdbcUrl);
    String safeUrl = redact(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(product == Product.H2 ? embeddedH2(jdbcUrl) : jdbcUrl);
    config.setPoolName("hanse-store");
    config.setMaximumPoolSize(6);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(15_000);
    config.setAutoCommit(true);
    if (product == Product.POSTGRESQL) {
      // One INSERT with many rows instead of one per row: bulk loads become several times faster.
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw new StoreUserException(connectionProblem(safeUrl, e.getCause() == null ? e : e.getCause()), e);
    } catch (RuntimeException e) {
      throw new StoreUserException("cannot open the database " + safeUrl + ": " + rootMessage(e), e);
    }
    try {
      migrate(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Db(pool, product, safeUrl);
  }

  private static void migrate(DataSource ds) {
    try {
      Flyway.configure(Db.class.getClassLoader())
          .dataSource(ds)
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot bring the database schema up to date: " + rootMessage(e), e);
    }
  }

  /**
   * An embedded H2 URL made ready to open: the folder of the database file is created if missing and must be
   * writable, else a {@link StoreUserException} names it and the reason (H2 itself would print some sixty lines of
   * trace to stderr before failing); and H2's trace file is switched off ({@code TRACE_LEVEL_FILE=0}) unless the URL
   * sets it, since H2 writes every error it meets into a {@code .trace.db} file beside the database and, when that
   * cannot be written either, prints the whole trace on stderr.
   */
  static String embeddedH2(String jdbcUrl) {
    Optional<Path> file = h2File(jdbcUrl);
    if (file.isEmpty()) {
      return jdbcUrl; // in memory or through a server: no local file
    }
    Path dir = file.get().toAbsolutePath().getParent();
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException | SecurityException e) {
        throw new StoreUserException("cannot create the database folder " + dir + ": " + reason(e)
            + " (set HANSE_HOME to a writable folder, or give another database with --db)", e);
      }
      if (!Files.isWritable(dir)) {
        throw new StoreUserException("the database folder " + dir + " is not writable (set HANSE_HOME to a"
            + " writable folder, or give another database with --db)");
      }
    }
    return jdbcUrl.toUpperCase(java.util.Locale.ROOT).contains(";TRACE_LEVEL_FILE=") ? jdbcUrl
        : jdbcUrl + ";TRACE_LEVEL_FILE=0";
  }

  /** The database file of an embedded H2 URL ({@code jdbc:h2:file:/x/hanse}, {@code jdbc:h2:~/x} …). */
  static Optional<Path> h2File(String jdbcUrl) {
    String rest = jdbcUrl.substring("jdbc:h2:".length());
    int semi = rest.indexOf(';');
    String name = semi < 0 ? rest : rest.substring(0, semi);
    if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:")) {
      return Optional.empty();
    }
    if (name.startsWith("file:")) {
      name = name.substring("file:".length());
    } else if (name.startsWith("split:") || name.startsWith("nio") || name.startsWith("async:")) {
      return Optional.empty(); // file-system prefixes Hanse does not use: left to H2
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name));
  }

  /** The reason of a file-system error in words ("No such file or directory"), without the path. */
  private static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  public static Product productOf(String jdbcUrl) {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new StoreUserException("no database URL given");
    }
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return Product.H2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return Product.POSTGRESQL;
    }
    throw new StoreUserException(
        "unsupported database URL '" + redact(jdbcUrl) + "': use jdbc:h2:file:… (embedded) or jdbc:postgresql://…");
  }

  /** The URL with any password removed, fit for messages and logs. */
  public static String redact(String jdbcUrl) {
    return jdbcUrl == null ? "" : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String connectionProblem(String safeUrl, Throwable cause) {
    String msg = rootMessage(cause);
    if (msg.contains("Database may be already in use") || msg.contains("The file is locked")) {
      return "the database " + safeUrl + " is in use by another Hanse process (a running server?); stop it, or"
          + " use PostgreSQL (--db jdbc:postgresql://…) when several processes share one knowledge base";
    }
    return "cannot connect to the database " + safeUrl + ": " + msg;
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline);
  }

  public Product product() {
    return product;
  }

  /** The URL without its password. */
  public String url() {
    return safeUrl;
  }

  public DataSource dataSource() {
    return pool;
  }

  /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(c, e);
        throw translate(e);
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** Runs read-only work on one connection. */
  public <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  private static void rollbackQuietly(Connection c, Throwable cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * Turns database errors into the store's exceptions. Concurrent updates of one row surface as an {@link
   * EditConflictException}: H2 reports them as error 90131, PostgreSQL as serialization failure 40001 or deadlock
   * 40P01; two creations of one key as unique violation 23505 on both.
   */
  static RuntimeException translate(Throwable e) {
    if (e instanceof RuntimeException re && !(e instanceof SqlFailure)) {
      return re;
    }
    if (e instanceof Error err) {
      throw err;
    }
    SQLException sql = e instanceof SqlFailure f ? f.getCause() : (SQLException) e;
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    if (sql.getErrorCode() == 90131 || state.equals("40001") || state.equals("40P01")) {
      return new EditConflictException(
          "another user changed the same records at the same time; nothing was written, please try again");
    }
    // A unique key taken between the planner's check and the insert: another writer created the same record.
    if (state.equals("23505") || sql.getErrorCode() == 23505) {
      return new EditConflictException(
          "another user created the same record at the same time; nothing was written, please try again");
    }
    return new StoreException("database error: " + rootMessage(sql), sql);
  }

  @Override
  public void close() {
    pool.close();
  }

  /** Carries an SQLException through code that cannot throw checked exceptions. */
  public static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SqlFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
