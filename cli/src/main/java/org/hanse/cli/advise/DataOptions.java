package org.hanse.cli.advise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hanse.cli.UserError;
import org.hanse.ingest.bundle.BundleFormatException;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;
import org.hanse.store.HanseStore;
import org.hanse.store.engagement.Engagement;
import picocli.CommandLine.Option;

/**
 * The data options of the advice commands and how the snapshot is found, as for the other analysis commands:
 * {@code --data DIR} reads a bundled data folder directly; otherwise the knowledge base ({@code --db URL}, else the
 * system property {@code hanse.db}, else an H2 file under the system property {@code hanse.home}, else
 * {@link HanseStore#defaultJdbcUrl()}), loaded from the bundled data folder on first use.
 */
public final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Read this bundled data folder directly instead of the knowledge base.")
  Path data;

  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the knowledge base (default: HANSE_DB, else"
      + " an H2 file under $HANSE_HOME).")
  String db;

  @Option(names = "--as-of", paramLabel = "YEAR", description = "The network as it was in this year.")
  Integer asOf;

  /** The snapshot. */
  Dataset load() {
    Dataset d;
    if (data != null) {
      d = readBundle(data);
    } else {
      try (HanseStore store = openStore()) {
        d = store.snapshot();
      }
    }
    return asOf(d);
  }

  /** The snapshot and the engagements, both from the knowledge base. */
  Stored loadWithEngagements() {
    if (data != null) {
      throw new UserError("engagements live in the knowledge base: use --db (or the default database), not --data");
    }
    try (HanseStore store = openStore()) {
      return new Stored(asOf(store.snapshot()), store.records().engagements());
    }
  }

  record Stored(Dataset dataset, List<Engagement> engagements) {}

  private Dataset asOf(Dataset d) {
    if (asOf != null) {
      if (asOf < Dataset.FIRST_YEAR || asOf > d.lastYear()) {
        throw new UserError("--as-of " + asOf + " is outside " + Dataset.FIRST_YEAR + "–" + d.lastYear());
      }
      return d.asOf(asOf);
    }
    return d;
  }

  private HanseStore openStore() {
    HanseStore store = HanseStore.open(jdbcUrl(db));
    if (store.isEmpty()) {
      Path dir = Bundles.defaultDataDir();
      if (!Files.isDirectory(dir)) {
        store.close();
        throw new UserError("the knowledge base is empty and the bundled data folder " + dir
            + " does not exist; set HANSE_DATA to the data folder, use --data DIR, or run from the project root");
      }
      store.loadBaseline(readBundle(dir));
    }
    return store;
  }

  private static Dataset readBundle(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError("data folder " + dir + " does not exist");
    }
    try {
      return BundleReader.read(dir);
    } catch (BundleFormatException e) {
      throw new UserError("the data folder " + dir + " is not valid: " + e.problems().size() + " problem(s), first: "
          + e.problems().get(0), e);
    }
  }

  static String jdbcUrl(String option) {
    if (option != null && !option.isBlank()) {
      return option.strip();
    }
    String db = System.getProperty("hanse.db");
    if (db != null && !db.isBlank()) {
      return db.strip();
    }
    String home = System.getProperty("hanse.home");
    if (home != null && !home.isBlank()) {
      return "jdbc:h2:file:" + Path.of(home.strip()).resolve("hanse").toAbsolutePath();
    }
    return HanseStore.defaultJdbcUrl();
  }
}
