package org.hanse.advise;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.model.Dataset;

/**
 * The real bundled data for the tests: the folder named by the system property {@code hanse.data}, else
 * {@code data/} at the project root. Read once per test run.
 */
public final class BundledData {
  private static Dataset dataset;

  private BundledData() {}

  /** The data folder the tests use. */
  public static Path folder() {
    String p = System.getProperty("hanse.data");
    return p != null && !p.isBlank() ? Path.of(p) : Path.of("..", "data");
  }

  /** True when the folder holds a bundle. */
  public static boolean available() {
    return Files.exists(folder().resolve("ties.csv"));
  }

  /**
   * Fails (does not skip) when the bundled data are missing: the acceptance tests on the real data must run, and a
   * missing bundle is a broken checkout, not a reason to pass.
   */
  public static void require() {
    if (!available()) {
      throw new AssertionError("the bundled data are missing: no ties.csv in " + folder().toAbsolutePath()
          + " (set -Dhanse.data=DIR to use another folder)");
    }
  }

  public static synchronized Dataset get() {
    if (dataset == null) {
      dataset = BundleReader.read(folder());
    }
    return dataset;
  }
}
