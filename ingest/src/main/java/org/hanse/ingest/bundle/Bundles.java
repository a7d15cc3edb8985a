package org.hanse.ingest.bundle;

import java.nio.file.Path;

/** Where the bundled data folder is. */
public final class Bundles {
  /** System property that names the data folder. */
  public static final String DATA_PROPERTY = "hanse.data";
  /** Environment variable that names the data folder when the system property is not set. */
  public static final String DATA_ENV = "HANSE_DATA";

  private Bundles() {}

  /** The data folder: system property {@code hanse.data}, else env {@code HANSE_DATA}, else {@code ./data}. */
  public static Path defaultDataDir() {
    return resolve(System.getProperty(DATA_PROPERTY), System.getenv(DATA_ENV));
  }

  static Path resolve(String property, String env) {
    if (property != null && !property.isBlank()) {
      return Path.of(property.strip());
    }
    if (env != null && !env.isBlank()) {
      return Path.of(env.strip());
    }
    return Path.of("data");
  }
}
