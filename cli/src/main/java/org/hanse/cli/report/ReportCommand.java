package org.hanse.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.AssessmentOptions;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.ProgressListener;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.ingest.build.SourceCatalog;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ClusterReportBuilder;
import org.hanse.report.export.ReportFiles;
import org.hanse.report.export.ReportFormat;
import org.hanse.report.pdf.CjkFont;
import org.hanse.report.pdf.PdfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The cluster assessment report as HTML, PDF or XLSX. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the assessment report of one or more city clusters: summary, map of the member cities, drivers"
          + " scorecard, function profile, core functions, inner structure, world-city connectivity, advice (partners,"
          + " hand-over of functions, co-hosting an event with the central city), and appendices"
          + " with every formula and every data source used.",
      "",
      "Formats: html (one self-contained printable page), pdf (embedded Chinese font, page numbers, contents;"
          + " needs a TrueType CJK font such as Debian's fonts-wqy-microhei, or -Dhanse.cjkFont=FILE /"
          + " HANSE_CJK_FONT), xlsx (one sheet per table). Files are named hanse-<cluster>-<lang>.<ext>."
    },
    sortOptions = false)
public final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", split = ",", required = true,
      description = "Cluster id(s): yrd, gba, jjj, us-northeast, great-lakes, uk, nw-europe, japan-pacific; 'all' for"
          + " every cluster.")
  List<String> clusters = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "html",
      description = "html, pdf or xlsx; several separated by commas. Default: ${DEFAULT-VALUE}.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "LANG", split = ",", defaultValue = "zh",
      description = "zh or en; both with zh,en. Default: ${DEFAULT-VALUE}.")
  List<String> langs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Folder for the report files. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--as-of", paramLabel = "YEAR", description = "Report on the network as it was in this year.")
  Integer asOf;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Read a bundled data folder directly instead of the knowledge base.")
  Path data;

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the knowledge base. Default: HANSE_DB, else an H2 file under $HANSE_HOME.")
  String db;

  @Override
  public Integer call() throws IOException {
    List<ReportFormat> fs = new ArrayList<>();
    for (String f : formats) {
      try {
        fs.add(ReportFormat.parse(f));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    List<Lang> ls = new ArrayList<>();
    for (String l : langs) {
      try {
        ls.add(Lang.parse(l));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    PdfReport pdf = null;
    if (fs.contains(ReportFormat.PDF)) {
      try {
        pdf = new PdfReport(CjkFont.locate());
      } catch (CjkFont.FontNotFoundException e) {
        throw new UserError(e.getMessage(), e);
      }
    }
    Dataset d = Snapshots.load(data, db, asOf);
    List<String> ids = new ArrayList<>();
    for (String c : clusters) {
      String id = c.strip().toLowerCase(Locale.ROOT);
      if (id.equals("all")) {
        ids.addAll(d.clusters().keySet());
      } else if (!id.isEmpty() && !ids.contains(id)) {
        if (!d.clusters().containsKey(id)) {
          throw new UserError("unknown cluster " + id + "; valid ids: " + String.join(" ", d.clusters().keySet()));
        }
        ids.add(id);
      }
    }
    Assessment assessment = new Assessor(d, AssessmentOptions.defaults()).run(ProgressListener.NONE);
    ClusterReportBuilder builder = new ClusterReportBuilder(d).assessment(assessment)
        .clusterSources(SourceCatalog::clusterSourceId);
    PrintWriter err = spec.commandLine().getErr();
    for (String id : ids) {
      for (Lang l : ls) {
        ClusterReport r = builder.build(id, l);
        for (ReportFormat f : fs) {
          Path file;
          try {
            file = ReportFiles.write(r, f, out, pdf);
          } catch (IOException e) {
            throw new UserError("cannot write to " + out + ": " + e.getMessage(), e);
          }
          err.println("hanse: wrote " + file);
        }
      }
    }
    err.flush();
    return 0;
  }
}
