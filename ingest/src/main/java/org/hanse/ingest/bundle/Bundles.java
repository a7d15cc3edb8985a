package org.hanse.ingest.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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

  /** The files of a bundle that make up its records, in a fixed order (not the quality reports or templates). */
  public static final List<String> RECORD_FILES = List.of("manifest.csv", "sources.csv", "cities.csv",
      "clusters.csv", "cluster_members.csv", "actors.csv", "ties.csv", "indicator_definitions.csv",
      "indicators.csv");

  /**
   * SHA-256 over the names and bytes of the bundle's record files, so that a database can tell whether the data
   * folder still holds what was loaded into it (a rebuilt {@code data/} is otherwise never noticed).
   */
  public static String checksum(Path dir) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String name : RECORD_FILES) {
        Path f = dir.resolve(name);
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        if (Files.exists(f)) {
          sha.update(Files.readAllBytes(f));
        }
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the data folder " + dir, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
