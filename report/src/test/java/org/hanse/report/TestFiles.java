package org.hanse.report;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests write files a person may want to look at: {@code <build folder>/test-output/<name>}. */
public final class TestFiles {
  private TestFiles() {}

  public static Path outputDir(String name) {
    try {
      Path testClasses = Path.of(TestFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = testClasses.getParent().resolve("test-output").resolve(name);
      Files.createDirectories(dir);
      return dir;
    } catch (URISyntaxException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The committed outline snapshot ({@code expected-sections.txt} beside this class): section ids in order,
   * comments and blank lines left out.
   */
  public static java.util.List<String> expectedSections() {
    try (var in = TestFiles.class.getResourceAsStream("expected-sections.txt")) {
      if (in == null) {
        throw new IllegalStateException("expected-sections.txt is missing from the test resources");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
