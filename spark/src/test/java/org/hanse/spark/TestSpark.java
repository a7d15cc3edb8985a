package org.hanse.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The one SparkSession of the whole test run (local[2], no UI, loopback, 2 shuffle partitions). */
public final class TestSpark {
  private static SparkSession session;
  private static Path scratch;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.local("hanse-spark-tests");
      session.sparkContext().setLogLevel("WARN");
      session.sparkContext().setCheckpointDir(scratch().resolve("checkpoints").toString());
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** A directory for the files of the test run. */
  public static synchronized Path scratch() {
    if (scratch == null) {
      try {
        scratch = Files.createTempDirectory("hanse-spark-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return scratch;
  }

  /** A fresh, not yet existing directory path under the scratch directory. */
  public static synchronized Path newDir(String name) {
    try {
      return Files.createTempDirectory(scratch(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
