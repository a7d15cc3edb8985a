package org.hanse.cli.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hanse.cli.Progress;
import org.hanse.cli.UserError;
import org.hanse.ingest.bundle.BundleFormatException;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.ingest.check.DataCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse data check [--data DIR]}. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Print the data-quality summary of a data folder: ties per type and per cluster (inside/outside),",
      "names the build could not match, duplicates removed, cities without population."
    })
public final class DataCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR",
      description = "data folder (default: system property hanse.data, env HANSE_DATA, else ./data)")
  Path data;

  @Override
  public Integer call() {
    Path dir = data != null ? data : Bundles.defaultDataDir();
    String report;
    try (Progress progress = Progress.on(spec.commandLine().getErr())) {
      report = DataCheck.run(dir, progress::step);
    } catch (BundleFormatException e) {
      // Every problem, one per line: fixing them one run at a time would take as many runs as there are problems.
      StringBuilder all = new StringBuilder("the data folder " + dir + " is not valid: " + e.problems().size()
          + " problem(s)");
      e.problems().forEach(p -> all.append(System.lineSeparator()).append("  ").append(p));
      throw new UserError(all.toString(), e);
    } catch (IOException e) {
      throw new UserError("cannot read " + dir + ": " + UserError.reason(e), e);
    }
    spec.commandLine().getOut().print(report);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
