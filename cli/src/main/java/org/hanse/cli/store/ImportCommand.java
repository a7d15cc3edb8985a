package org.hanse.cli.store;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.store.HanseStore;
import org.hanse.store.io.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanse import FILE…}: checks CSV, XLSX and JSON files and stores their records, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import records (cities, actors, ties, engagements, indicators, users …) from CSV, XLSX or JSON files.",
      "",
      "Every file is read and checked before anything is written; every problem is reported with file, row, column,"
          + " value and rule, and a file set with any problem writes nothing. Importing the same files again changes"
          + " nothing. The formats and a template for each are described in docs/data-formats.md."
    },
    sortOptions = false)
public final class ImportCommand implements Callable<Integer> {
  /** Writes of fewer records finish too quickly to report. */
  static final int PROGRESS_FROM = 10_000;

  @Spec CommandSpec spec;
  @Mixin StoreAccess access;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV, XLSX or JSON files, imported together")
  List<Path> files;

  @Option(names = "--encoding", paramLabel = "ENC",
      description = "Encoding of CSV files, e.g. UTF-8 or GB18030 (default: detected: BOM, valid UTF-8, else GB18030)")
  String encoding;

  @Option(names = "--dry-run", description = "Check and compare only: show what would be added and changed")
  boolean dryRun;

  @Option(names = "--max-items", paramLabel = "N", defaultValue = "50",
      description = "List at most N problems and changed records (default: ${DEFAULT-VALUE})")
  int maxItems;

  @Override
  public Integer call() {
    Charset charset = charset(encoding);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Large imports take a while between the check and the commit; say what is being written meanwhile.
    org.hanse.store.write.Progress progress = (kind, written) -> {
      if (written >= PROGRESS_FROM) {
        err.println("hanse: wrote " + written + " " + kind + " records; committing when all are written");
        err.flush();
      }
    };
    try (HanseStore store = dryRun ? access.open() : access.openLoaded()) {
      org.hanse.store.access.Principal who = access.who(store);
      ImportReport report;
      if (dryRun && store.isEmpty()) {
        // A dry run writes nothing, not even the bundled data an empty knowledge base gets on first use: the files
        // are compared with the bundled data in a throwaway in-memory database instead.
        try (HanseStore scratch = HanseStore.open("jdbc:h2:mem:hanse-dry-run-" + java.util.UUID.randomUUID())) {
          Snapshots.loadBundleIfEmpty(scratch, null);
          report = scratch.importPaths(who, files, charset, true, progress);
        }
        out.println("the knowledge base is empty: compared with the bundled data, which the first import (or"
            + " analysis) loads into it; nothing was written");
      } else {
        report = store.importPaths(who, files, charset, dryRun, progress);
      }
      out.print(report.render(Math.max(1, maxItems)));
      out.flush();
      if (!report.valid()) {
        throw new UserError(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
            + " found (listed above); nothing was written");
      }
    }
    return 0;
  }

  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserError("unknown encoding '" + name + "' (use e.g. UTF-8, GB18030 or GBK)");
    }
  }
}
