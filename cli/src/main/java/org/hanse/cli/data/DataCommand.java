package org.hanse.cli.data;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hanse data}: build the bundled data from raw open datasets, and check its quality. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "The bundled data: rebuild it from raw open datasets, or print its quality summary.",
    subcommands = {DataBuildCommand.class, DataCheckCommand.class})
public final class DataCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
