package org.hanse.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hanse.analysis.assessment.ConnectivityTable;
import org.hanse.model.Dataset;
import org.hanse.report.json.TablesJson;
import org.hanse.report.text.TableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The world-city connectivity table of one layer, every covered city ranked. */
@Command(
    name = "connectivity",
    mixinStandardHelpOptions = true,
    description = {
      "World-city network connectivity (GaWC interlocking network model): city id, name, country, GNC and"
          + " proportional GNC (GNC / largest GNC) of every city the layer covers, ranked.",
      "Layers: firms (GaWC DS11 advanced-producer-services firm offices, 2000) and diplomacy (organisation seats,"
          + " city-network memberships and missions by sending state)."
    },
    sortOptions = false)
public final class ConnectivityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--layer", paramLabel = "LAYER", defaultValue = "firms",
      description = "firms or diplomacy. Default: ${DEFAULT-VALUE}.")
  String layer;

  @Option(names = "--sector", paramLabel = "SECTOR",
      description = "Restrict to one kind of column: a firm sector in the firms layer (functional connectivity),"
          + " e.g. banking/finance, law; an affiliation kind in the diplomacy layer: country (missions),"
          + " organisation (seats), city_network (memberships).")
  String sector;

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
    String l = layer.strip().toLowerCase(Locale.ROOT);
    if (!ConnectivityTable.LAYERS.contains(l)) {
      throw new UserError("unknown layer '" + layer + "'; valid layers: " + String.join(", ", ConnectivityTable.LAYERS));
    }
    var language = AnalyzeCommand.language(lang);
    PrintWriter out = spec.commandLine().getOut();
    ConnectivityTable t;
    try (Progress progress = Progress.on(spec.commandLine().getErr())) {
      Dataset d = Snapshots.load(db, asOf, progress);
      progress.step("connectivity of the " + l + " layer", 4, 5);
      try {
        t = ConnectivityTable.of(d, l, sector);
      } catch (ConnectivityTable.UnknownLayerException e) {
        throw new UserError(e.getMessage());
      }
    }
    switch (f) {
      case "csv" -> out.print(TableText.connectivityCsv(t));
      case "json" -> out.print(TablesJson.connectivity(t));
      default -> out.print(TableText.connectivityText(t, language));
    }
    out.flush();
    return 0;
  }
}
