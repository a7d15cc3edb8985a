package org.hanse.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hanse.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error paths of 'hanse data': one line on stderr, exit code 2, no stack trace. */
class DataCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void buildFromAMissingFolderIsAUserError() {
    Run r = run("data", "build", "--from", dir.resolve("nope").toString(), "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("hanse: raw data folder").endsWith("does not exist").doesNotContain("\n");
  }

  @Test
  void buildFromAFolderThatIsNotRawDataIsAUserError() {
    Run r = run("data", "build", "--from", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("has no geonames_cities15000/").doesNotContain("Exception");
  }

  @Test
  void buildWithoutFromIsAUsageError() {
    Run r = run("data", "build");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required option: '--from=DIR'");
  }

  @Test
  void checkOfABrokenFolderListsEveryProblemWithFileLineAndRule() throws Exception {
    Files.writeString(dir.resolve("sources.csv"), "id,title\ns,\n");
    Run r = run("data", "check", "--data", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    java.util.List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines.get(0)).startsWith("hanse: the data folder " + dir + " is not valid: ")
        .endsWith((lines.size() - 1) + " problem(s)");
    assertThat(lines.size()).isGreaterThan(2); // every problem on its own line, not the first and a count
    assertThat(lines).anyMatch(l -> l.startsWith("  sources.csv:2: column title: a value is required"));
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void checkOfTheBundledDataPrintsTheSummary() {
    Run r = run("data", "check", "--data", Path.of("..", "data").toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("Ties per type", "firm_office", "Ties per cluster", "yrd",
        "Unmatched names by source", "Duplicates removed", "Cities without population");
  }

  @Test
  void helpIsAvailable() {
    assertThat(run("data", "build", "--help").out()).contains("--from=DIR", "--out=DIR");
    assertThat(run("data", "check", "--help").out()).contains("--data=DIR");
  }
}
