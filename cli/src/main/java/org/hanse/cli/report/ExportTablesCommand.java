package org.hanse.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.AssessmentOptions;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.ConnectivityTable;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.analysis.assessment.ProgressListener;
import org.hanse.cli.Snapshots;
import org.hanse.cli.UserError;
import org.hanse.ingest.build.SourceCatalog;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.TieType;
import org.hanse.report.assessment.ClusterReport;
import org.hanse.report.assessment.ClusterReportBuilder;
import org.hanse.report.assessment.ReportTable;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.export.TableCsv;
import org.hanse.report.xlsx.XlsxTables;
import org.hanse.server.api.Queries;
import org.hanse.server.api.Views;
import org.hanse.server.service.Measure;
import org.hanse.server.service.NetworkAnalyses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Every table the dashboard shows, as CSV files or one XLSX workbook: the city rankings of every measure (the
 * rankings page and the world map's table, computed by the dashboard's own code), the core-functions table, the
 * world-city connectivity tables, the network page's most central cities, the sources page, the records of the data
 * pages (cities, ties, actors; a city page's ties are its rows of the ties table), and for each cluster every table
 * of its report (members, drivers scorecard, functions, inner structure, connectivity, advice, methods, sources,
 * missing data) and of its page (ties inside and outside, members with every measure, engagements).
 */
@Command(
    name = "export-tables",
    mixinStandardHelpOptions = true,
    description = {
      "Write every table the dashboard shows as CSV (one UTF-8 file with BOM per table) or XLSX (one workbook,"
          + " one sheet per table, numbers as numbers, units in the headers, frozen header row).",
      "",
      "Tables: ranking-<measure> for every city measure, functions (core functions of every cluster),"
          + " connectivity-firms and connectivity-diplomacy (world-city network connectivity), network-central-<layer>"
          + " (the network page's most central cities), sources, records-cities, records-ties and records-actors (the"
          + " data pages), and for each cluster <cluster>-<table> for every table of its report and of its page"
          + " (tie-profile, member-measures, engagements). Text that a spreadsheet would run as a formula is"
          + " neutralised."
    },
    sortOptions = false)
public final class ExportTablesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv or xlsx. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
      description = "zh or en: the language of headers and names. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--cluster", paramLabel = "ID", split = ",", defaultValue = "all",
      description = "Clusters whose report tables to include; 'all' (default) for every cluster, 'none' for only the"
          + " cross-cluster tables.")
  List<String> clusters = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Folder for the files. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--as-of", paramLabel = "YEAR", description = "The network as it was in this year.")
  Integer asOf;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Read a bundled data folder directly instead of the knowledge base.")
  Path data;

  @Option(names = "--db", paramLabel = "URL",
      description = "JDBC URL of the knowledge base. Default: HANSE_DB, else an H2 file under $HANSE_HOME.")
  String db;

  @Override
  public Integer call() {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("xlsx")) {
      throw new UserError("unknown --format " + format + "; use csv or xlsx");
    }
    Lang l;
    try {
      l = Lang.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Dataset d = Snapshots.load(data, db, asOf);
    List<String> ids = clusterIds(d);
    List<ReportTable> tables = tables(d, l, ids);
    PrintWriter err = spec.commandLine().getErr();
    try {
      Files.createDirectories(out);
      if (f.equals("csv")) {
        for (ReportTable t : tables) {
          Path file = out.resolve(t.id() + ".csv");
          try (OutputStream o = Files.newOutputStream(file)) {
            TableCsv.write(t, o);
          }
        }
        err.println("hanse: wrote " + tables.size() + " CSV files to " + out);
      } else {
        Path file = out.resolve("hanse-tables-" + l.name().toLowerCase(Locale.ROOT) + ".xlsx");
        Map<String, String> about = new LinkedHashMap<>();
        about.put(l == Lang.ZH ? "数据" : "data", d.label());
        about.put(l == Lang.ZH ? "表格数" : "tables", Integer.toString(tables.size()));
        try (OutputStream o = Files.newOutputStream(file)) {
          XlsxTables.write(l == Lang.ZH ? "Hanse 仪表盘表格" : "Hanse dashboard tables", about, tables, o);
        }
        err.println("hanse: wrote " + file + " (" + tables.size() + " sheets)");
      }
    } catch (IOException e) {
      throw new UserError("cannot write to " + out + ": " + e.getMessage(), e);
    }
    err.flush();
    return 0;
  }

  private List<String> clusterIds(Dataset d) {
    List<String> ids = new ArrayList<>();
    for (String c : clusters) {
      String id = c.strip().toLowerCase(Locale.ROOT);
      if (id.equals("all")) {
        d.clusters().keySet().stream().filter(k -> !ids.contains(k)).forEach(ids::add);
      } else if (id.equals("none") || id.isEmpty()) {
        continue;
      } else if (!d.clusters().containsKey(id)) {
        throw new UserError("unknown cluster " + id + "; valid ids: " + String.join(" ", d.clusters().keySet()));
      } else if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The tables in the order they are written. */
  static List<ReportTable> tables(Dataset d, Lang l, List<String> clusterIds) {
    boolean zh = l == Lang.ZH;
    List<ReportTable> out = new ArrayList<>();
    // The measures the rankings page offers, from the same class (betweenness of the whole network included).
    List<Measure> measures = new org.hanse.server.service.StandardAnalysis(d).cityMeasures();
    for (Measure m : measures) {
      out.add(ranking(d, m, l));
    }
    Assessment a = new Assessor(d, AssessmentOptions.defaults()).run(ProgressListener.NONE);
    ReportTable.Builder ft = new ReportTable.Builder("functions", zh ? "各城市群的核心功能" : "Core functions of every cluster")
        .column(Column.text(zh ? "城市群" : "Cluster"))
        .column(Column.text(zh ? "功能" : "Function"))
        .column(Column.decimal(zh ? "区位熵" : "Location quotient", "", 2))
        .column(Column.text(zh ? "核心功能" : "Core"))
        .column(Column.text(zh ? "依据" : "Evidence"));
    org.hanse.analysis.text.Localizer loc = org.hanse.analysis.text.Localizer.of(l, a);
    for (FunctionsTable.Row r : FunctionsTable.of(a)) {
      String name = d.cluster(r.cluster()).map(c -> c.name(l)).orElse(r.cluster());
      String function = r.function().equals(FunctionsTable.UNDECIDED) ? (zh ? "无法判定" : r.function())
          : loc.text(r.function());
      ft.row(name, function, r.score().isPresent() ? r.score().getAsDouble() : null,
          r.core() ? (zh ? "是" : "yes") : (zh ? "否" : "no"), r.evidence(loc));
    }
    out.add(ft.build());
    for (String layer : ConnectivityTable.LAYERS) {
      ConnectivityTable c = ConnectivityTable.of(d, layer, null);
      ReportTable.Builder ct = new ReportTable.Builder("connectivity-" + layer,
          (zh ? "世界城市网络连通性：" : "World-city network connectivity: ") + layer)
          .column(Column.integer(zh ? "排名" : "Rank", ""))
          .column(Column.text(zh ? "城市编号" : "City id"))
          .column(Column.text(zh ? "城市" : "City"))
          .column(Column.text(zh ? "国家" : "Country"))
          .column(Column.integer("GNC", ""))
          .column(Column.decimal(zh ? "相对连通性" : "Proportional GNC", "", 4));
      for (ConnectivityTable.Row r : c.rows()) {
        String name = zh && !r.nameZh().isEmpty() ? r.nameZh() : r.nameEn();
        ct.row((long) r.rank(), r.cityId(), name, r.country(), r.gnc(), r.proportional());
      }
      ct.provenance(c.provenance().method() + " (" + c.provenance().citation() + ")"
          + (c.notCovered() > 0 ? "; " + c.notCovered() + (zh ? " 个城市无数据" : " cities not covered") : ""));
      out.add(ct.build());
    }
    // the network page's table of the most central cities, for each city-to-city layer (sister_city is the
    // page's first view); the page shows the first 20 rows, the table has every city
    NetworkAnalyses network = new NetworkAnalyses(d);
    for (TieType layer : TieType.values()) {
      if (layer.isCityToCity() && !d.tiesOfType(layer).isEmpty()) {
        out.add(DashboardTables.centralCities(d, layer, network.of(Set.of(layer), null), l));
      }
    }
    out.add(DashboardTables.sources(d, l));
    out.add(DashboardTables.cities(d, l));
    out.add(DashboardTables.ties(d, l));
    out.add(DashboardTables.actors(d, l));
    if (!clusterIds.isEmpty()) {
      ClusterReportBuilder builder = new ClusterReportBuilder(d).assessment(a)
          .clusterSources(SourceCatalog::clusterSourceId);
      for (String id : clusterIds) {
        ClusterReport r = builder.build(id, l);
        for (ReportTable t : r.tables()) {
          out.add(new ReportTable(id + "-" + t.id(), r.title() + " — " + t.title(), t.columns(), t.rows(),
              t.provenance()));
        }
        // the cluster page's own tables besides those of the report
        Cluster cluster = d.cluster(id).orElseThrow();
        out.add(DashboardTables.tieProfile(d, cluster, a.cluster(id).ties(), l));
        out.add(DashboardTables.memberMeasures(d, cluster, measures, l));
        out.add(DashboardTables.engagements(d, cluster, l));
      }
    }
    return out;
  }

  /** A measure id as a table id and file name: {@code ties.sister_city} → {@code ties-sister-city}. */
  static String slug(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "measure" : s;
  }

  /** The ranking of one city measure over all cities, as the rankings page orders it. */
  static ReportTable ranking(Dataset d, Measure m, Lang l) {
    boolean zh = l == Lang.ZH;
    ReportTable.Builder t = new ReportTable.Builder("ranking-" + slug(m.id()), (zh ? "城市排名：" : "City ranking: ")
        + m.name(l))
        .column(Column.integer(zh ? "排名" : "Rank", ""))
        .column(Column.text(zh ? "城市编号" : "City id"))
        .column(Column.text(zh ? "城市" : "City"))
        .column(Column.text(zh ? "国家" : "Country"))
        .column(Column.text(zh ? "城市群" : "Clusters"))
        .column(Column.decimal(m.name(l), m.unit(), 4));
    for (Views.RankedCity r : Queries.ranking(d, m, null)) {
      City c = d.cities().get(r.cityId());
      List<String> in = new ArrayList<>();
      for (Cluster k : d.clusters().values()) {
        if (k.hasMember(r.cityId())) {
          in.add(k.name(l));
        }
      }
      t.row((long) r.rank(), r.cityId(), c.name(l), r.country(), String.join(zh ? "、" : ", ", in), r.value());
    }
    t.provenance(m.method(l));
    return t.build();
  }
}
