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
}
