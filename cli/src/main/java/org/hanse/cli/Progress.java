package org.hanse.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hanse.analysis.assessment.ProgressListener;

/**
 * A progress bar on stderr for steps that take more than a second. On a terminal the bar is redrawn in place
 * ({@code [#####·····] 3/8 assessing yrd 2.1 s}) and erased when the work ends; when stderr is not a terminal, each
 * step that took more than a second is reported on one line when it ends. Quick steps print nothing.
 */
public final class Progress implements ProgressListener, AutoCloseable {
  private static final long THRESHOLD_NANOS = 1_000_000_000L;
  private static final int BAR = 20;

  private final PrintWriter err;
  private final boolean interactive;
  private final ScheduledExecutorService ticker;
  private String label;
  private int done;
  private int total;
  private long started;
  private boolean drawn;

  Progress(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "hanse-progress");
      t.setDaemon(true);
      return t;
    });
    if (interactive) {
      ticker.scheduleAtFixedRate(this::draw, 200, 200, TimeUnit.MILLISECONDS);
    }
  }

  /** Where warnings go: the same stderr as the bar, on a line of their own. */
  synchronized java.io.PrintWriter warnings() {
    if (drawn) {
      err.print("\r" + " ".repeat(BAR + 60) + "\r");
    }
    return err;
  }

  /** A bar on the given writer, drawn in place when the process has a terminal. */
  public static Progress on(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  @Override
  public synchronized void step(String step, int doneSteps, int totalSteps) {
    finishStep();
    this.label = step;
    this.done = doneSteps;
    this.total = totalSteps;
    this.started = System.nanoTime();
  }

  private synchronized void finishStep() {
    if (label == null) {
      return;
    }
    long took = System.nanoTime() - started;
    if (!interactive && took > THRESHOLD_NANOS) {
      err.println("hanse: " + label + " (" + seconds(took) + ")");
      err.flush();
    }
    label = null;
  }

  private synchronized void draw() {
    if (label == null || System.nanoTime() - started < THRESHOLD_NANOS) {
      return;
    }
    int filled = total <= 0 ? 0 : Math.min(BAR, BAR * done / total);
    String line = "\r[" + "#".repeat(filled) + "·".repeat(BAR - filled) + "] " + (done + 1) + "/" + Math.max(total, 1)
        + " " + label + " " + seconds(System.nanoTime() - started) + "   ";
    err.print(line);
    err.flush();
    drawn = true;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  @Override
  public synchronized void close() {
    finishStep();
    ticker.shutdownNow();
    if (drawn) {
      err.print("\r" + " ".repeat(BAR + 60) + "\r");
      err.flush();
    }
  }
}
