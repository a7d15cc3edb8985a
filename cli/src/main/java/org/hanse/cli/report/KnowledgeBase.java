package org.hanse.cli.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hanse.cli.UserError;
import org.hanse.ingest.bundle.BundleFormatException;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;
import org.hanse.store.HanseStore;

/**
 * The snapshot the report and export commands read, found as the other analysis commands find it: {@code --data
 * DIR} reads a bundled data folder directly; otherwise the knowledge base ({@code --db URL}, else the system
 * property {@code hanse.db}, else an H2 file under the system property {@code hanse.home}, else
 * {@link HanseStore#defaultJdbcUrl()}), loaded from the bundled data folder on first use.
 */
final class KnowledgeBase {
  private KnowledgeBase() {}

  static Dataset load(Path dataDir, String db, Integer asOf) {
    Dataset d;
    if (dataDir != null) {
      d = readBundle(dataDir);
    } else {
      try (HanseStore store = HanseStore.open(jdbcUrl(db))) {
        if (store.isEmpty()) {
          Path dir = Bundles.defaultDataDir();
          if (!Files.isDirectory(dir)) {
            throw new UserError("the knowledge base is empty and the bundled data folder " + dir
                + " does not exist; set HANSE_DATA to the data folder, use --data DIR, or run from the project root");
          }
          store.loadBaseline(readBundle(dir));
        }
        d = store.snapshot();
      }
    }
    if (asOf != null) {
      if (asOf < Dataset.FIRST_YEAR || asOf > d.lastYear()) {
        throw new UserError("--as-of " + asOf + " is outside " + Dataset.FIRST_YEAR + "–" + d.lastYear());
      }
      d = d.asOf(asOf);
    }
    return d;
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

  private static String jdbcUrl(String option) {
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
