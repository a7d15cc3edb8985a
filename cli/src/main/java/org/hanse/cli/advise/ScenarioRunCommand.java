package org.hanse.cli.advise;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hanse.advise.AdviceJson;
import org.hanse.advise.scenario.MeasureDelta;
import org.hanse.advise.scenario.Scenario;
import org.hanse.advise.scenario.ScenarioFiles;
import org.hanse.advise.scenario.ScenarioResult;
import org.hanse.advise.scenario.ScenarioRunner;
import org.hanse.analysis.assessment.AssessmentOptions;
import org.hanse.analysis.assessment.UnknownClusterException;
import org.hanse.cli.UserError;
import org.hanse.model.Dataset;
import org.hanse.model.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hanse scenario run FILE}: applies a scenario file and shows the change of every measure. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Apply the scenario FILE to a copy of the data, recompute the whole assessment and list every measure that"
          + " changed (before, after, difference), grouped by cluster; the number of unchanged measures at the end."
    },
    sortOptions = false)
public final class ScenarioRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The scenario (JSON, format hanse-scenario/1).")
  Path file;

  @Option(names = "--cluster", paramLabel = "ID", split = ",",
      description = "Assess only these clusters; repeat or separate by commas. Default: all.")
  List<String> clusters = new java.util.ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default:"
      + " ${DEFAULT-VALUE}.")
  String format;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = Formats.format(format, List.of("text", "json"));
    if (!Files.isRegularFile(file)) {
      throw new UserError("scenario file " + file + " does not exist");
    }
    Scenario s;
    try {
      s = ScenarioFiles.read(file);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
    Dataset d = data.load();
    ScenarioResult r;
    try {
      r = new ScenarioRunner(d, AssessmentOptions.defaults().withClusters(clusters.stream().map(String::strip)
          .toList())).run(s);
    } catch (InvalidDatasetException e) {
      throw new UserError(file + ": the scenario does not fit the data: " + String.join("; ", e.problems()), e);
    } catch (UnknownClusterException e) {
      throw new UserError("unknown cluster " + String.join(", ", e.unknownIds()) + "; valid ids: "
          + String.join(" ", e.validIds()), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(f.equals("json") ? AdviceJson.scenario(r) : text(r));
    out.flush();
    return 0;
  }

  static String text(ScenarioResult r) {
    StringBuilder b = new StringBuilder();
    b.append("Scenario '").append(r.scenario().name()).append("'");
    if (!r.scenario().description().isEmpty()) {
      b.append(": ").append(r.scenario().description());
    }
    b.append("\n\nChanges to the data:\n");
    r.log().forEach(l -> b.append("  ").append(l).append('\n'));
    Map<String, List<MeasureDelta>> byCluster = new LinkedHashMap<>();
    for (MeasureDelta d : r.deltas()) {
      byCluster.computeIfAbsent(d.clusterId().isEmpty() ? "(all clusters)" : d.clusterId(),
          k -> new java.util.ArrayList<>()).add(d);
    }
    b.append("\nChanged measures: ").append(r.deltas().size()).append(" (unchanged: ").append(r.unchanged())
        .append(")\n");
    byCluster.forEach((cluster, ds) -> {
      b.append("\n").append(cluster).append(" (").append(ds.size()).append(")\n");
      for (MeasureDelta d : ds) {
        b.append("  ").append(d.path()).append(": ").append(d.before() == null ? "absent" : d.before()).append(" → ")
            .append(d.after() == null ? "absent" : d.after());
        if (d.delta().isPresent()) {
          b.append(String.format(java.util.Locale.ROOT, " (%+.6g)", d.delta().getAsDouble()));
        }
        b.append('\n');
      }
    });
    return b.toString();
  }
}
