package org.hanse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hanse.analysis.assessment.ProgressListener;
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
public final class Snapshots {
  /** System property naming the database URL. */
  public static final String DB_PROPERTY = "hanse.db";
  /** System property naming Hanse's home directory (the H2 file lives there). */
  public static final String HOME_PROPERTY = "hanse.home";

  private Snapshots() {}

  /** The database URL: the {@code --db} option if given, else as described on the class. */
  public static String jdbcUrl(String option) {
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
      loadBundleIfEmpty(store, progress, progress.warnings());
      progress.step("reading the knowledge base", 3, steps);
      return asOf(store.snapshot(), asOf);
    }
  }

  /**
   * The snapshot of the commands that also take {@code --data DIR}: that folder read directly when given, else the
   * knowledge base (loaded from the bundled data on first use).
   */
  public static Dataset load(Path dataDir, String dbOption, Integer asOf) {
    if (dataDir != null) {
      return asOf(readBundle(dataDir), asOf);
    }
    try (HanseStore store = openLoaded(dbOption)) {
      return asOf(store.snapshot(), asOf);
    }
  }

  /** The network as it was in {@code year} (null: everything), refusing years outside the data. */
  public static Dataset asOf(Dataset d, Integer year) {
    if (year == null) {
      return d;
    }
    if (year < Dataset.FIRST_YEAR || year > d.lastYear()) {
      throw new UserError("--as-of " + year + " is outside " + Dataset.FIRST_YEAR + "–" + d.lastYear());
    }
    return d.asOf(year);
  }

  /** A bundled data folder, read and validated; a missing or invalid folder is a user error. */
  public static Dataset readBundle(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError("data folder " + dir + " does not exist");
    }
    try {
      return BundleReader.read(dir);
    } catch (BundleFormatException e) {
      throw new UserError("the data folder " + dir + " is not valid: " + e.problems().size()
          + " problem(s), first: " + e.problems().get(0), e);
    }
  }

  /**
   * Opens the knowledge base for the commands that change or list its records, loading the bundled data first when
   * it is empty: an import into a fresh database then adds to the bundled records instead of standing in for them
   * (the analysis loads the bundle only into an empty database).
   */
  public static HanseStore openLoaded(String dbOption) {
    HanseStore store = HanseStore.open(jdbcUrl(dbOption));
    try {
      loadBundleIfEmpty(store, null);
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Loads the bundled data folder into an empty knowledge base; progress may be null. */
  public static void loadBundleIfEmpty(HanseStore store, ProgressListener progress) {
    loadBundleIfEmpty(store, progress, new java.io.PrintWriter(System.err, true));
  }

  /**
   * Loads the bundled data folder into an empty knowledge base, recording its checksum; a knowledge base that is
   * not empty is left as it is, with a warning on {@code warnings} when the data folder no longer holds what was
   * loaded into it (after {@code hanse data build}, say), since nothing else would tell that the analysis still
   * runs on the old data.
   */
  public static void loadBundleIfEmpty(HanseStore store, ProgressListener progress, java.io.PrintWriter warnings) {
    Path dir = Bundles.defaultDataDir();
    if (!store.isEmpty()) {
      staleBundleWarning(store, dir).ifPresent(w -> {
        warnings.println(w);
        warnings.flush();
      });
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new UserError("the knowledge base is empty and the bundled data folder " + dir
          + " does not exist; set HANSE_DATA to the data folder, use --data DIR where the command has it, or run"
          + " from the project root");
    }
    if (progress != null) {
      progress.step("reading the bundled data from " + dir, 1, 4);
    }
    Dataset bundle = readBundle(dir);
    if (progress != null) {
      progress.step("loading the bundled data into the database (first run only)", 2, 4);
    }
    store.loadBaseline(bundle, Bundles.checksum(dir));
  }

  /**
   * The warning that the data folder differs from the bundle the knowledge base was loaded or last refreshed from,
   * or that the database cannot tell (loaded before checksums were kept); empty when it is the same or when the
   * folder is missing.
   */
  public static java.util.Optional<String> staleBundleWarning(HanseStore store, Path dir) {
    if (!Files.isRegularFile(dir.resolve("manifest.csv"))) {
      return java.util.Optional.empty();
    }
    java.util.Optional<String[]> loaded = store.bundleChecksum();
    if (loaded.isEmpty()) {
      // Loaded by an older Hanse, which kept no checksum: whether data/ changed since cannot be told, so say so.
      return java.util.Optional.of("hanse: warning: the database does not record which bundled data it was loaded"
          + " from, so it may hold an older version of " + dir + ". Run 'hanse db reload-bundle' to apply " + dir
          + " (records you entered are kept; see docs/storage.md).");
    }
    if (loaded.get()[0].equals(Bundles.checksum(dir))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("hanse: warning: the bundled data folder " + dir + " has changed since it was loaded"
        + " into the database" + (loaded.get()[1].isEmpty() ? "" : " (" + loaded.get()[1] + ")") + "; the database"
        + " still holds the data it was loaded from. Run 'hanse db reload-bundle' to apply the new bundle"
        + " (records you entered are kept; see docs/storage.md).");
  }
}
