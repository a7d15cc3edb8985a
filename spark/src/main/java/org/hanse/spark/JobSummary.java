package org.hanse.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.hanse.spark.io.Tables;

/**
 * The summary a job prints at the end (and writes to {@code summary.txt} beside its outputs): what was read, what
 * was kept or rejected and why, what was written, and the wall-clock time with the input rate in rows per second.
 */
public final class JobSummary {
  private final String job;
  private final long startNanos;
  private final List<String[]> lines = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long inputRows = -1;
  private double seconds = -1;

  public JobSummary(String job) {
    this.job = job;
    this.startNanos = System.nanoTime();
  }

  public JobSummary line(String label, Object value) {
    lines.add(new String[] {label, String.valueOf(value)});
    return this;
  }

  public JobSummary count(String label, long value) {
    return line(label, String.format(Locale.ROOT, "%,d", value));
  }

  public JobSummary note(String text) {
    notes.add(text);
    return this;
  }

  /** The number of input rows the rate is computed from. */
  public JobSummary inputRows(long rows) {
    this.inputRows = rows;
    return this;
  }

  /** Stops the clock. */
  public JobSummary finish() {
    seconds = (System.nanoTime() - startNanos) / 1e9;
    return this;
  }

  public double seconds() {
    return seconds;
  }

  /** Input rows per second of wall-clock time; NaN before {@link #finish()} or without an input count. */
  public double rowsPerSecond() {
    return seconds > 0 && inputRows >= 0 ? inputRows / seconds : Double.NaN;
  }

  public String render() {
    int w = 0;
    for (String[] l : lines) {
      w = Math.max(w, l[0].length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("hanse-spark ").append(job).append(" summary\n");
    for (String[] l : lines) {
      sb.append("  ").append(l[0]).append(" ".repeat(w - l[0].length())).append(" : ").append(l[1]).append('\n');
    }
    if (seconds >= 0) {
      sb.append(String.format(Locale.ROOT, "  %-" + w + "s : %.1f s%n", "wall-clock time", seconds));
      if (inputRows >= 0) {
        sb.append(String.format(Locale.ROOT, "  %-" + w + "s : %,.0f rows/s%n", "input rate", rowsPerSecond()));
      }
    }
    for (String n : notes) {
      sb.append("  note: ").append(n).append('\n');
    }
    return sb.toString();
  }

  /** Writes the rendered summary to {@code dir/summary.txt}. */
  public void writeTo(SparkSession spark, String dir) {
    try {
      Path p = new Path(Tables.child(dir, "summary.txt"));
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        out.write(render().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not write summary.txt: " + e.getMessage(), e);
    }
  }
}
