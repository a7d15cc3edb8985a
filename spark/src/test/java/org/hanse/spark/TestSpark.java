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

  /** What a run of the {@code hanse-spark} command printed, and its exit status. */
  public record Outcome(int status, String out, String err) {}

  /** Runs the {@code hanse-spark} command in-process on the test run's session. */
  public static Outcome run(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status = HanseSpark.run(args, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), session());
    return new Outcome(status, out.toString(java.nio.charset.StandardCharsets.UTF_8),
        err.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Runs a command that must succeed; what it printed on standard output. */
  public static String runOk(String... args) {
    Outcome o = run(args);
    if (o.status() != 0) {
      throw new AssertionError("exit status " + o.status() + "; stderr: " + o.err());
    }
    return o.out();
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
