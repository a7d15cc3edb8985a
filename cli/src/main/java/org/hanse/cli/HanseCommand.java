package org.hanse.cli;

import picocli.CommandLine.Command;

/** The root command; every feature adds its subcommand to the list below. */
@Command(
    name = "hanse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Hanse: city-cluster diplomacy (城市群外交) — knowledge base, measures, advice and reports.",
      "",
      "Start with 'hanse analyze' for an assessment of the eight bundled city clusters."
    },
    subcommands = {
      AnalyzeCommand.class,
      ConnectivityCommand.class,
      FunctionsCommand.class,
      org.hanse.cli.data.DataCommand.class,
      org.hanse.cli.serve.ServeCommand.class,
      org.hanse.cli.report.ReportCommand.class,
      org.hanse.cli.report.ExportNetworkCommand.class,
      org.hanse.cli.report.ExportTablesCommand.class,
      org.hanse.cli.advise.AdviseCommand.class,
      org.hanse.cli.advise.ScenarioCommand.class,
      org.hanse.cli.store.ImportCommand.class,
      org.hanse.cli.store.ExportCommand.class,
      org.hanse.cli.store.UserCommand.class,
      org.hanse.cli.store.AuditCommand.class,
      org.hanse.cli.store.DbCommand.class,
      picocli.CommandLine.HelpCommand.class,
    })
public final class HanseCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
