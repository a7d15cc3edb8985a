package org.hanse.cli;

import java.nio.file.Path;
import org.hanse.ingest.bundle.BundleWriter;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;

/**
 * A data folder and an empty Hanse home of one test's own, for the commands the tests run in-process: writes the
 * bundle, points the data and home properties at the two folders, and restores the properties' earlier values (or
 * their absence) on close, so no test sees another's knowledge base.
 */
public final class TestHome implements AutoCloseable {
  private final String oldData;
  private final String oldHome;

  private TestHome(String oldData, String oldHome) {
    this.oldData = oldData;
    this.oldHome = oldHome;
  }

  /** Writes {@code data} as the bundle in {@code folder}/data; {@code folder}/home is the Hanse home. */
  public static TestHome of(Dataset data, Path folder) {
    Path bundle = folder.resolve("data");
    BundleWriter.write(data, bundle);
    TestHome saved = new TestHome(System.getProperty(Bundles.DATA_PROPERTY),
        System.getProperty(Snapshots.HOME_PROPERTY));
    System.setProperty(Bundles.DATA_PROPERTY, bundle.toString());
    System.setProperty(Snapshots.HOME_PROPERTY, folder.resolve("home").toString());
    return saved;
  }

  @Override
  public void close() {
    restore(Bundles.DATA_PROPERTY, oldData);
    restore(Snapshots.HOME_PROPERTY, oldHome);
  }

  private static void restore(String key, String old) {
    if (old == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, old);
    }
  }
}
