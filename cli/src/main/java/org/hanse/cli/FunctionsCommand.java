package org.hanse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.model.Dataset;
import org.hanse.report.json.TablesJson;
import org.hanse.report.text.TableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The core-functions table: one row per cluster and function, and what the data cannot decide. */
@Command(
    name = "functions",
    mixinStandardHelpOptions = true,
    description = {
      "Core diplomatic functions of each cluster, derived from location quotients of function counts against all"
          + " clusters and from sector connectivity: columns cluster, function, score (the LQ), evidence; one row"
          + " per cluster with function 'undecided' naming what the data cannot decide. The same numbers as in"
          + " 'hanse analyze'."
    },
    sortOptions = false)
public final class FunctionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", split = ",",
      description = "Only these clusters; repeat or separate by commas. Default: all.")
  List<String> clusters = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--as-of", paramLabel = "YEAR", description = "The network as it was in this year.")
  Integer asOf;

  @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of the knowledge base (default: HANSE_DB, else"
      + " an H2 file under $HANSE_HOME).")
  String db;

  @Override
  public Integer call() {
    String f = TableFormat.parse(format);
    var language = AnalyzeCommand.language(lang);
    PrintWriter out = spec.commandLine().getOut();
    Assessment a;
    try (Progress progress = Progress.on(spec.commandLine().getErr())) {
      Dataset d = Snapshots.load(db, asOf, progress);
      a = AnalyzeCommand.assess(d, clusters, progress);
    }
    List<FunctionsTable.Row> rows = FunctionsTable.of(a);
    switch (f) {
      case "csv" -> out.print(TableText.functionsCsv(rows));
      case "json" -> out.print(TablesJson.functions(rows));
      default -> out.print(TableText.functionsText(rows, a, language));
    }
    out.flush();
    return 0;
  }
}
