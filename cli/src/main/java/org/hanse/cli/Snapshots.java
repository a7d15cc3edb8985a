package org.hanse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hanse.ingest.bundle.BundleFormatException;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;
import org.hanse.store.HanseStore;

/**
 * The input of every analysis command: the knowledge base as a {@link Dataset} snapshot. On the first run the
 * bundled data folder is loaded into the (empty) embedded database; every run then reads the snapshot from the
 * database, so that edits and imports made through the other front ends are assessed too.
 *
 * <p>The database: {@code --db URL} if given, else the system property {@code hanse.db}, else an H2 file
 * {@code hanse.mv.db} under the system property {@code hanse.home}, else {@link HanseStore#defaultJdbcUrl()}
 * ({@code HANSE_DB}, or an H2 file under {@code $HANSE_HOME}, default {@code ~/.hanse}).
 */
final class Snapshots {
  /** System property naming the database URL. */
  static final String DB_PROPERTY = "hanse.db";
  /** System property naming Hanse's home directory (the H2 file lives there). */
  static final String HOME_PROPERTY = "hanse.home";

  private Snapshots() {}

  static String jdbcUrl(String option) {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    String db = System.getProperty(DB_PROPERTY);
    if (db != null && !db.isBlank()) {
      return db.strip();
    }
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      return "jdbc:h2:file:" + Path.of(home.strip()).resolve("hanse").toAbsolutePath();
    }
    return HanseStore.defaultJdbcUrl();
  }

  /**
   * The snapshot, loading the bundled data first when the database is empty.
   *
   * @param dbOption the {@code --db} option, or null
   * @param asOf     a year to view the network as it was then, or null for everything
   */
  static Dataset load(String dbOption, Integer asOf, Progress progress) {
    int steps = 4;
    progress.step("opening the database", 0, steps);
    try (HanseStore store = HanseStore.open(jdbcUrl(dbOption))) {
      if (store.isEmpty()) {
        Path dir = Bundles.defaultDataDir();
        if (!Files.isDirectory(dir)) {
          throw new UserError("the knowledge base is empty and the bundled data folder " + dir
              + " does not exist; set HANSE_DATA to the data folder or run from the project root");
        }
        progress.step("reading the bundled data from " + dir, 1, steps);
        Dataset bundle;
        try {
          bundle = BundleReader.read(dir);
        } catch (BundleFormatException e) {
          throw new UserError("the data folder " + dir + " is not valid: " + e.problems().size()
              + " problem(s), first: " + e.problems().get(0), e);
        }
        progress.step("loading the bundled data into the database (first run only)", 2, steps);
        store.loadBaseline(bundle);
      }
      progress.step("reading the knowledge base", 3, steps);
      Dataset d = store.snapshot();
      if (asOf != null) {
        if (asOf < Dataset.FIRST_YEAR || asOf > d.lastYear()) {
          throw new UserError("--as-of " + asOf + " is outside " + Dataset.FIRST_YEAR + "–" + d.lastYear());
        }
        d = d.asOf(asOf);
      }
      return d;
    }
  }
}
