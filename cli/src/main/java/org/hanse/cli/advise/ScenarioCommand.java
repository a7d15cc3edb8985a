package org.hanse.cli.advise;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hanse scenario}: what-if analysis from scenario files. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = {
      "What-if analysis: apply hypothetical ties, memberships, events or hand-overs (a scenario file, format"
          + " hanse-scenario/1, see docs/advice.md) to a copy of the data, recompute the whole assessment and show"
          + " the change of every measure."
    },
    subcommands = {ScenarioRunCommand.class, ScenarioExampleCommand.class})
public final class ScenarioCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
