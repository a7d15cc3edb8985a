package org.hanse.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The two databases every repository test runs against. H2 runs in file mode in a temporary folder. PostgreSQL is
 * the server named by the environment variable {@code HANSE_TEST_PG_URL} (scripts/pg-start.sh writes it); each test
 * gets its own schema, dropped afterwards. Without the variable the PostgreSQL variants are skipped, unless the
 * system property {@code hanse.requirePostgres=true} is set: then they fail, so a CI run cannot skip them silently.
 */
public enum TestDb {
  H2,
  POSTGRESQL;

  public static final String PG_URL_VARIABLE = "HANSE_TEST_PG_URL";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  /** A new, empty database of this kind. */
  public Fresh fresh(Path tempDir) {
    if (this == H2) {
      return new Fresh("jdbc:h2:file:" + tempDir.resolve("db-" + SCHEMAS.incrementAndGet()).toAbsolutePath(), null,
          null);
    }
    String base = postgresUrl();
    String schema = "t_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet() + "_"
        + Long.toString(System.nanoTime() & 0xffffff, 36);
    try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test schema on " + base + ": " + e.getMessage(), e);
    }
    return new Fresh(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, base, schema);
  }

  /** The PostgreSQL URL, or the test is skipped (or fails when PostgreSQL is required). */
  public static String postgresUrl() {
    String url = System.getenv(PG_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      String why = PG_URL_VARIABLE + " is not set, so the PostgreSQL variant cannot run (start one with"
          + " scripts/pg-start.sh and export " + PG_URL_VARIABLE + "=$(cat target/pg/url))";
      if (Boolean.getBoolean("hanse.requirePostgres")) {
        Assertions.fail("PostgreSQL is required (hanse.requirePostgres=true) but " + why);
      }
      Assumptions.abort(why);
    }
    return url.strip();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One throwaway database. */
  public static final class Fresh implements AutoCloseable {
    private final String url;
    private final String adminUrl;
    private final String schema;

    Fresh(String url, String adminUrl, String schema) {
      this.url = url;
      this.adminUrl = adminUrl;
      this.schema = schema;
    }

    public String url() {
      return url;
    }

    public HanseStore open() {
      return HanseStore.open(url);
    }

    public HanseStore open(java.time.Clock clock) {
      return HanseStore.open(url, clock);
    }

    @Override
    public void close() throws SQLException {
      if (schema != null) {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }
}
