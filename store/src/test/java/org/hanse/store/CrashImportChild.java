package org.hanse.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hanse.store.access.Principal;
import org.hanse.store.io.Importer;

/**
 * The process {@link CrashTest} kills: imports one file and, once the records are written but before the
 * transaction commits, says so on stdout and waits to be killed. Run as
 * {@code java org.hanse.store.CrashImportChild JDBC_URL FILE}.
 */
public final class CrashImportChild {
  static final String WRITTEN = "WRITTEN";

  private CrashImportChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path file = Path.of(args[1]);
    HanseStore store = HanseStore.open(args[0]);
    out.println("OPEN");
    Importer.Options options = new Importer.Options(null, false, (kind, written) -> {
      out.println(WRITTEN + " " + written + " " + kind);
      try {
        Thread.sleep(600_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    store.importFiles(Principal.operator("crash-test"), List.of(new Importer.InputFile(file.getFileName().toString(),
        java.nio.file.Files.readAllBytes(file))), options);
    out.println("COMMITTED");
  }
}
