package org.hanse.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.TieType;
import org.hanse.report.export.NetworkExport;
import org.hanse.report.export.NetworkExportBuilder;
import org.hanse.report.export.NetworkFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The city network (or the two-mode city–actor network) for Gephi, UCINET, Pajek or spreadsheets. */
@Command(
    name = "export-network",
    mixinStandardHelpOptions = true,
    description = {
      "Export the network of the chosen tie layers: nodes with names (zh/en), coordinates, clusters and measures;"
          + " edges with weights and layers (tie types).",
      "",
      "Layers: sister_city, network_membership, organisation_seat, diplomatic_mission, event_host, event_cohost,"
          + " air_route, firm_office, event_interaction. City–actor layers are projected onto the cities (cities linked by the actors"
          + " they share) unless --two-mode is given."
    },
    sortOptions = false)
public final class ExportNetworkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--layers", paramLabel = "TYPE", split = ",", required = true,
      description = "Tie types to export, separated by commas, or 'all'.")
  List<String> layers = new ArrayList<>();

  @Option(names = "--year", paramLabel = "YEAR",
      description = "Keep only ties that hold in this year (ties without dates are kept). Default: every tie.")
  Integer year;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "gexf",
      description = "gexf, graphml, pajek, ucinet-dl or csv. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--cluster", paramLabel = "ID", description = "Keep only edges with an end in this cluster.")
  String cluster;

  @Option(names = "--two-mode", description = "Cities and actors as nodes, city–actor ties as edges.")
  boolean twoMode;

  @Option(names = "--measures", paramLabel = "NAME", split = ",",
      description = "Node measures: degree, strength, pagerank, betweenness. Default: degree,strength,pagerank.")
  List<String> measures;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of the node labels (both names are always attributes where the format allows)."
          + " Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Folder. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--name", paramLabel = "BASE", defaultValue = "network",
      description = "Base name of the files. Default: ${DEFAULT-VALUE}.")
  String name;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Read a bundled data folder directly instead of the knowledge base.")
  Path data;

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the knowledge base. Default: HANSE_DB, else an H2 file under $HANSE_HOME.")
  String db;

  @Override
  public Integer call() throws IOException {
    NetworkFormat f;
    Lang l;
    List<TieType> types = new ArrayList<>();
    try {
      f = NetworkFormat.parse(format);
      l = Lang.parse(lang);
      for (String s : layers) {
        if (s.strip().equalsIgnoreCase("all")) {
          types.addAll(List.of(TieType.values()));
        } else {
          types.add(TieType.fromKey(s.strip().replace('-', '_')));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage().startsWith("No enum constant")
          ? "unknown layer in " + layers + "; use sister_city, network_membership, organisation_seat,"
              + " diplomatic_mission, event_host, event_cohost, air_route, firm_office, event_interaction or all"
          : e.getMessage());
    }
    Dataset d = Snapshots.load(data, db, null);
    NetworkExport n;
    try {
      NetworkExportBuilder b = new NetworkExportBuilder(d).layers(types).year(year).cluster(cluster);
      if (twoMode) {
        b.twoMode();
      }
      if (measures != null) {
        b.measures(measures.stream().map(String::strip).toList());
      }
      n = b.build();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    List<Path> files;
    try {
      files = f.write(n, l, out, name, LocalDate.now());
    } catch (IOException e) {
      throw new UserError("cannot write to " + out + ": " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("hanse: " + n.nodes().size() + " nodes, " + n.edges().size() + " edges");
    files.forEach(p -> err.println("hanse: wrote " + p));
    err.flush();
    return 0;
  }
}
