package org.hanse.cli.advise;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hanse advise}: the advice commands. */
@Command(
    name = "advise",
    mixinStandardHelpOptions = true,
    description = {
      "Advice built on the measures: partners to approach, functions to hand over, events to co-host, the"
          + " coordination calendar; and the back-test of the partner scorers. See docs/advice.md."
    },
    subcommands = {
      PartnersCommand.class,
      HandoverCommand.class,
      BacktestCommand.class,
      CohostCommand.class,
      CalendarCommand.class,
    })
public final class AdviseCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
