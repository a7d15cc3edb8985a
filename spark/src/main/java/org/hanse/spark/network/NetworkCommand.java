package org.hanse.spark.network;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.hanse.spark.Command;
import org.hanse.spark.JobArguments;
import org.hanse.spark.JobSummary;
import org.hanse.spark.UserInputException;
import org.hanse.spark.io.HanseTables;
import org.hanse.spark.io.ImportFiles;
import org.hanse.spark.io.Tables;

/**
 * {@code hanse-spark network}: degree, strength and PageRank on GraphX ({@link NetworkMeasures}) of the network
 * made by the interactions job, the interlocking-network dyads, or any weighted edge list.
 */
public final class NetworkCommand implements Command {
  /** The city indicators written with {@code --year}. */
  public static final List<ImportFiles.Measure> MEASURES = List.of(
      new ImportFiles.Measure("network.degree", "degree", "Degree in the city network", "城市网络度数", "cities"),
      new ImportFiles.Measure("network.strength", "strength", "Strength (sum of tie weights) in the city network",
          "城市网络强度（联系权重之和）", ""),
      new ImportFiles.Measure("network.pagerank", "pagerank", "PageRank in the city network (damping 0.85 unless set)",
          "城市网络PageRank", ""));

  @Override
  public String name() {
    return "network";
  }

  @Override
  public String description() {
    return "degree, strength and weighted PageRank (GraphX), and cluster aggregates";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "  one input (required):",
        "  --interactions DIR      output of 'interactions': weight = events (summed over months and classes)",
        "      --from-month M --to-month M  (yyyy-MM) and --event-classes LIST restrict the events counted",
        "  --connectivity DIR      output of 'connectivity --dyads all': weight = r_ab; every covered city is a node",
        "  --edges PATH            CSV/Parquet source, target, weight (weight > 0); --directed for directed edges",
        "  --nodes PATH            CSV/Parquet node_id: nodes that may have no edge (with --edges)",
        "  --clusters PATH         cluster memberships (cluster_id, city_id): writes cluster aggregates",
        "  --damping A             PageRank damping (default 0.85)",
        "  --tolerance T           stop when no score changes by T or more (default 1e-10)",
        "  --max-iterations N      PageRank iteration limit (default 1000)",
        "  --checkpoint-dir DIR    where PageRank checkpoints its graph every 25 iterations",
        "                          (default DIR/_checkpoints under --output, removed at the end)",
        ImportFiles.YEAR_USAGE,
        "  --output DIR            output directory (required); --overwrite to replace its content");
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> s = new HashSet<>(Set.of("interactions", "connectivity", "edges", "nodes", "clusters", "damping",
        "tolerance", "max-iterations", "checkpoint-dir", "output", "from-month", "to-month", "event-classes", "year", "source-id"));
    s.addAll(COMMON_VALUE_OPTIONS);
    return s;
  }

  @Override
  public Set<String> flagOptions() {
    return Set.of("overwrite", "directed");
  }

  @Override
  public void run(JobArguments a, Context context) {
    String output = a.required("output");
    long inputs = List.of("interactions", "connectivity", "edges").stream().filter(o -> a.value(o).isPresent()).count();
    if (inputs != 1) {
      throw new UserInputException("network: give exactly one of --interactions, --connectivity, --edges");
    }
    if (a.flag("directed") && a.value("edges").isEmpty()) {
      throw new UserInputException("network: --directed applies to --edges only (interactions and dyads are undirected)");
    }
    double damping = a.doubleValue("damping", 0.85, 0, 1);
    Integer year = ImportFiles.year(a);
    String sourceId = ImportFiles.sourceId(a, "hanse-spark");
    double tolerance = a.doubleValue("tolerance", 1e-10, 1e-15, 1);
    int maxIterations = a.intValue("max-iterations", 1000, 1, 1_000_000);
    SparkSession spark = context.session().get("hanse network", a.value("master").orElse(null));
    JobSummary summary = new JobSummary("network");

    Dataset<Row> edges;
    Dataset<Row> nodes = null;
    String what;
    if (a.value("interactions").isPresent()) {
      String dir = a.value("interactions").get();
      Dataset<Row> in = Tables.read(spark, "--interactions", dir, Tables.Format.PARQUET);
      Tables.requireColumns(in, "--interactions " + dir, "city_a", "city_b", "month", "event_class", "events");
      Column keep = col("events").gt(0);
      if (a.value("from-month").isPresent()) {
        keep = keep.and(col("month").geq(month(a.value("from-month").get())));
      }
      if (a.value("to-month").isPresent()) {
        keep = keep.and(col("month").leq(month(a.value("to-month").get())));
      }
      if (!a.list("event-classes").isEmpty()) {
        keep = keep.and(col("event_class").isin(a.list("event-classes").toArray()));
      }
      edges = in.filter(keep).groupBy("city_a", "city_b").agg(sum("events").cast("double").as("weight"))
          .select(col("city_a").as("source"), col("city_b").as("target"), col("weight"));
      what = "interactions " + dir;
    } else if (a.value("connectivity").isPresent()) {
      String dir = a.value("connectivity").get();
      String dyads = Tables.child(dir, "dyads");
      if (!exists(spark, dyads)) {
        throw new UserInputException("--connectivity " + dir + ": no dyads/ table; run 'connectivity' with --dyads all");
      }
      edges = spark.read().parquet(dyads)
          .select(col("city_a").as("source"), col("city_b").as("target"), col("connectivity").cast("double").as("weight"));
      nodes = Tables.read(spark, "--connectivity", Tables.child(dir, "connectivity"), Tables.Format.PARQUET)
          .select(col("city_id").as("node_id"));
      what = "interlocking dyads " + dir;
    } else {
      String path = a.value("edges").get();
      Dataset<Row> raw = Tables.read(spark, "--edges", path);
      Tables.requireColumns(raw, "--edges " + path, "source", "target", "weight");
      edges = raw.select(trim(col("source")).as("source"), trim(col("target")).as("target"),
          HanseTables.asDouble(col("weight")).as("weight"));
      Column bad = col("source").isNull().or(col("target").isNull()).or(col("source").equalTo(""))
          .or(col("target").equalTo("")).or(col("weight").isNull()).or(col("weight").leq(0))
          .or(col("weight").isNaN()).or(col("weight").equalTo(Double.POSITIVE_INFINITY));
      List<Row> examples = edges.filter(bad).limit(5).collectAsList();
      if (!examples.isEmpty()) {
        throw new UserInputException("--edges " + path + ": " + edges.filter(bad).count() + " row(s) without both"
            + " ends or with a weight that is not a positive number, e.g. " + examples);
      }
      if (a.value("nodes").isPresent()) {
        Dataset<Row> n = Tables.read(spark, "--nodes", a.value("nodes").get());
        Tables.requireColumns(n, "--nodes", "node_id");
        nodes = n.select(trim(col("node_id")).as("node_id")).filter(col("node_id").notEqual(""));
      }
      what = "edges " + path;
    }
    Dataset<Row> members = a.value("clusters").map(p -> HanseTables.clusterMembers(spark, p)).orElse(null);
    Tables.prepareOutput(spark, output, a.flag("overwrite"));
    String checkpoints = a.value("checkpoint-dir").orElse(Tables.child(output, "_checkpoints"));
    spark.sparkContext().setCheckpointDir(checkpoints);

    NetworkMeasures.Result r = NetworkMeasures.run(spark, edges, nodes,
        new NetworkMeasures.Settings(a.flag("directed"), damping, tolerance, maxIterations, 25));
    Tables.writeParquet(r.nodes(), output, "nodes");
    Dataset<Row> written = spark.read().parquet(Tables.child(output, "nodes"));
    Tables.writeSingleCsv(spark, written.orderBy(col("pagerank").desc(), col("node_id")), output, "nodes.csv");
    if (year != null) {
      ImportFiles.writeCityIndicators(spark, output, written, "node_id", null, year, MEASURES, sourceId);
    }
    if (members != null) {
      Tables.writeSingleCsv(spark, NetworkMeasures.clusters(members, new NetworkMeasures.Result(written, r.edges(),
          r.nodeCount(), r.edgeCount(), r.droppedSelfLoops(), r.iterations(), r.lastChange(), r.converged()))
          .orderBy("cluster_id"), output, "clusters.csv");
    }
    if (a.value("checkpoint-dir").isEmpty()) {
      delete(spark, checkpoints);
    }
    Row top = written.orderBy(col("pagerank").desc(), col("node_id")).select("node_id", "pagerank").first();
    summary.inputRows(r.edgeCount())
        .line("input", what + (a.flag("directed") ? " (directed)" : " (undirected)"))
        .count("nodes", r.nodeCount())
        .count("edges (parallel edges merged)", r.edgeCount())
        .count("self-loops left out", r.droppedSelfLoops())
        .line("PageRank", String.format(Locale.ROOT, "%d iterations, largest last change %.2e (%s); damping %.2f",
            r.iterations(), r.lastChange(), r.converged() ? "converged" : "NOT converged: raise --max-iterations",
            damping))
        .line("highest PageRank", top == null ? "none" : top.getString(0) + String.format(Locale.ROOT, " (%.6f)", top.getDouble(1)))
        .line("output", output + " (nodes/, nodes.csv" + (members != null ? ", clusters.csv" : "") + (year != null ? ", indicators.csv, indicator_definitions.csv" : "") + ", summary.txt)");
    if (year == null) {
      summary.note("indicators.csv for hanse import is written when --year names the reference year of the network");
    }
    if (!r.converged()) {
      summary.note("PageRank stopped at the iteration limit before reaching the tolerance");
    }
    summary.finish();
    summary.writeTo(spark, output);
    context.out().print(summary.render());
  }

  private static String month(String m) {
    if (!m.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      throw new UserInputException("months are written yyyy-MM, e.g. 2021-03: " + m);
    }
    return m;
  }

  private static boolean exists(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      return false;
    }
  }

  private static void delete(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      // Only scratch checkpoints are lost; the results are written.
    }
  }
}
