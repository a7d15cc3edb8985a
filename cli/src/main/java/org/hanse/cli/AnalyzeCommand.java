package org.hanse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.AssessmentOptions;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.UnknownClusterException;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.report.html.PlainHtmlReport;
import org.hanse.report.json.AssessmentJson;
import org.hanse.report.text.AssessmentText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The main job: loads the bundled data into the knowledge base on the first run, assesses every city cluster (one
 * pipeline: {@link Assessor}) and prints the assessment as text or JSON; always writes a plain HTML report.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Assess the city clusters: member cities, international ties inside and outside each cluster, the central"
          + " city's share, drivers, functions, core diplomatic functions and inner structure.",
      "",
      "On the first run the bundled data folder (HANSE_DATA, default ./data) is loaded into the embedded database"
          + " ($HANSE_HOME, default ~/.hanse; HANSE_DB or --db for another one). Writes DIR/report.html."
    },
    sortOptions = false)
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", split = ",",
      description = "Report only these clusters (e.g. yrd, gba, jjj); repeat or separate by commas. Default: all.")
  List<String> clusters = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output on stdout: text (terminal tables), json (the documented JSON form) or html. Default:"
          + " ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Folder for report.html. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language of labels in text and HTML: en or zh. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--as-of", paramLabel = "YEAR",
      description = "Assess the network as it was in this year (ties that had not started or had ended are left"
          + " out).")
  Integer asOf;

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the knowledge base (jdbc:h2:… or jdbc:postgresql://…). Default: HANSE_DB, else an"
          + " H2 file under $HANSE_HOME.")
  String db;

  /** Output formats of the assessment. */
  enum Format {
    TEXT,
    JSON,
    HTML;

    static Format parse(String s) {
      for (Format f : values()) {
        if (f.name().equalsIgnoreCase(s.strip())) {
          return f;
        }
      }
      throw new UserError("unknown format '" + s + "'; use text, json or html");
    }
  }

  static Lang language(String s) {
    try {
      return Lang.parse(s);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  @Override
  public Integer call() throws IOException {
    Format f = Format.parse(format);
    Lang l = language(lang);
    if (spec.commandLine().getParseResult().hasMatchedOption("--cluster")
        && clusters.stream().allMatch(String::isBlank)) {
      // "--cluster ," splits into nothing; taking it for "all clusters" would hide the typing error.
      throw new UserError("--cluster names no cluster id; give one or more of the valid ids, or leave it out for all"
          + " clusters");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Assessment a;
    try (Progress progress = Progress.on(stderr)) {
      Dataset d = Snapshots.load(db, asOf, progress);
      a = assess(d, clusters, progress);
    }
    Path report = writeReport(a, l, out);
    switch (f) {
      case TEXT -> stdout.print(AssessmentText.render(a, l));
      case JSON -> stdout.print(AssessmentJson.write(a));
      case HTML -> stdout.print(PlainHtmlReport.render(a, l));
      default -> throw new IllegalStateException(f.toString());
    }
    stdout.flush();
    stderr.println("hanse: wrote " + report);
    stderr.flush();
    return 0;
  }

  /** Runs the assessment pipeline; an unknown cluster id is a user error that lists the valid ids. */
  static Assessment assess(Dataset d, List<String> clusterIds, Progress progress) {
    List<String> ids = clusterIds.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .distinct().toList();
    if (ids.isEmpty() && !clusterIds.isEmpty()) {
      // "--cluster ' '" names no cluster; taking it for "all clusters" would hide the typing error.
      throw new UserError("--cluster names no cluster id; give one or more of the valid ids, or leave it out for all"
          + " clusters");
    }
    try {
      return new Assessor(d, AssessmentOptions.defaults().withClusters(ids)).run(progress);
    } catch (UnknownClusterException e) {
      throw new UserError("unknown cluster " + String.join(", ", e.unknownIds()) + "; valid ids: "
          + String.join(" ", e.validIds()));
    }
  }

  static Path writeReport(Assessment a, Lang l, Path dir) {
    try {
      Files.createDirectories(dir);
      Path report = dir.resolve("report.html");
      Files.writeString(report, PlainHtmlReport.render(a, l), StandardCharsets.UTF_8);
      return report;
    } catch (IOException e) {
      String where = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
          && !f.getFile().equals(dir.toString()) ? " (" + f.getFile() + ")" : "";
      throw new UserError("cannot write the report to " + dir + where + ": " + UserError.reason(e), e);
    }
  }
}
