package org.hanse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hanse.ingest.bundle.BundleWriter;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User errors around the database and the output folder (one line, the reason, no stack trace on stderr), the
 * warning when the data folder changed after it was loaded, and its refresh with {@code hanse db reload-bundle}.
 */
class FoundationErrorsTest {
  @TempDir Path tmp;
  private TestHome testHome;
  private PrintStream oldErr;
  private final ByteArrayOutputStream systemErr = new ByteArrayOutputStream();

  @BeforeEach
  void bundleAndHome() {
    testHome = TestHome.of(AnalysisCommandsTest.small(), tmp);
    oldErr = System.err;
    // H2 prints its trace on the process's stderr, not on the command's: catch that too.
    System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(oldErr);
    testHome.close();
  }

  private void assertOneLineWithoutTrace(AnalysisCommandsTest.Run r) {
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    String trace = systemErr.toString(StandardCharsets.UTF_8);
    assertThat(trace).doesNotContain("DbException").doesNotContain("\tat org.h2");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void anUnusableDatabaseFolderIsOneLineNamingTheFolderAndTheReason() {
    AnalysisCommandsTest.Run r = AnalysisCommandsTest.run("analyze", "--db", "jdbc:h2:file:/proc/x/db", "--out",
        tmp.resolve("out").toString());
    assertOneLineWithoutTrace(r);
    assertThat(r.err()).contains("/proc/x").contains("cannot create the database folder");
  }

  @Test
  void anUnwritableHanseHomeIsOneLineNamingIt() throws Exception {
    Path home = tmp.resolve("readonly-home");
    Files.createDirectories(home);
    if (!home.toFile().setWritable(false) || Files.isWritable(home)) {
      // as root every folder is writable: a folder under /proc stands in for one that cannot be used
      home = Path.of("/proc/hanse-home");
    }
    System.setProperty(Snapshots.HOME_PROPERTY, home.toString());
    AnalysisCommandsTest.Run r = AnalysisCommandsTest.run("analyze", "--out", tmp.resolve("out").toString());
    home.toFile().setWritable(true);
    assertOneLineWithoutTrace(r);
    assertThat(r.err()).contains(home.toString());
  }

  @Test
  void anUnwritableOutputFolderGivesTheReason() {
    AnalysisCommandsTest.Run r = AnalysisCommandsTest.run("analyze", "--out", "/proc/nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write the report to /proc/nope: ");
    String reason = r.err().strip().substring(r.err().strip().lastIndexOf(": ") + 2);
    assertThat(reason).isNotEqualTo("/proc/nope").isNotBlank();
  }

  @Test
  void anEmptyClusterListIsAnError() {
    AnalysisCommandsTest.Run r = AnalysisCommandsTest.run("analyze", "--cluster", ",", "--out",
        tmp.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--cluster names no cluster id");
  }

  @Test
  void aRebuiltDataFolderIsReportedAndReloadBundleAppliesIt() throws Exception {
    String out = tmp.resolve("out").toString();
    AnalysisCommandsTest.Run first = AnalysisCommandsTest.run("analyze", "--format", "json", "--out", out);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).doesNotContain("has changed");

    // the data folder is rebuilt with one more city
    Dataset.Builder b = AnalysisCommandsTest.small().toBuilder();
    b.city(new City("1799962", "Nanjing", "南京", "CN", "", 32.06, 118.78, null));
    BundleWriter.write(b.build(), tmp.resolve("data"));
    AnalysisCommandsTest.Run stale = AnalysisCommandsTest.run("analyze", "--format", "json", "--out", out);
    assertThat(stale.exit()).isZero();
    assertThat(stale.err()).contains("has changed since it was loaded").contains("hanse db reload-bundle");

    AnalysisCommandsTest.Run reload = AnalysisCommandsTest.run("db", "reload-bundle");
    assertThat(reload.exit()).as(reload.err()).isZero();
    assertThat(reload.out()).contains("applied").contains("1 records added");

    AnalysisCommandsTest.Run after = AnalysisCommandsTest.run("analyze", "--format", "json", "--out", out);
    assertThat(after.exit()).isZero();
    assertThat(after.err()).doesNotContain("has changed");
    assertThat(AnalysisCommandsTest.run("db", "reload-bundle").out()).contains("nothing to do");
  }
}
