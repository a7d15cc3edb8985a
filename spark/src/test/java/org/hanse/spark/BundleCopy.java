package org.hanse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the bundled data folder to which files written by a job are appended, so that the project's own bundle
 * reader (the same column definitions {@code hanse import} uses) decides whether they are valid.
 */
final class BundleCopy {
  final Path dir;

  BundleCopy(Path data, String name) {
    dir = TestSpark.newDir(name);
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Appends the rows of {@code written} (a CSV file with a header) to the folder's file of the same layout. */
  BundleCopy append(Path written, String bundleFile) {
    try {
      List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
      Path target = dir.resolve(bundleFile);
      String header = Files.readAllLines(target, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
      assertThat(lines.get(0)).as("header of %s", written).isEqualTo(header);
      String existing = Files.readString(target, StandardCharsets.UTF_8);
      StringBuilder add = new StringBuilder(existing.endsWith("\n") ? "" : "\n");
      lines.subList(1, lines.size()).forEach(l -> add.append(l).append('\n'));
      Files.writeString(target, add, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one line to a file of the folder. */
  BundleCopy appendLine(String bundleFile, String line) {
    try {
      Path target = dir.resolve(bundleFile);
      String existing = Files.readString(target, StandardCharsets.UTF_8);
      Files.writeString(target, (existing.endsWith("\n") ? "" : "\n") + line + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
