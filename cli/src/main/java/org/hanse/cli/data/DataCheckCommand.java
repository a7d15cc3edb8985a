package org.hanse.cli.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    try {
      spec.commandLine().getOut().print(DataCheck.run(dir));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (BundleFormatException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }
}
