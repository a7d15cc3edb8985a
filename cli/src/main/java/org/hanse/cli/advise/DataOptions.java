package org.hanse.cli.advise;

import java.nio.file.Path;
import java.util.List;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
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
    return Snapshots.load(data, db, asOf);
  }

  /** The snapshot and the engagements, both from the knowledge base. */
  Stored loadWithEngagements() {
    if (data != null) {
      throw new UserError("engagements live in the knowledge base: use --db (or the default database), not --data");
    }
    try (HanseStore store = Snapshots.openLoaded(db)) {
      return new Stored(Snapshots.asOf(store.snapshot(), asOf), store.records().engagements());
    }
  }

  record Stored(Dataset dataset, List<Engagement> engagements) {}
}
