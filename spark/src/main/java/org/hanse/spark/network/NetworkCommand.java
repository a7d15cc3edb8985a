package org.hanse.spark.network;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.hanse.model.TieType;
import org.hanse.spark.Command;
import org.hanse.spark.JobArguments;
import org.hanse.spark.JobSummary;
import org.hanse.spark.UserInputException;
import org.hanse.spark.io.HanseTables;
import org.hanse.spark.io.ImportFiles;
import org.hanse.spark.io.Tables;
import org.hanse.spark.synthetic.SyntheticData;

/**
 * {@code hanse-spark network}: degree, strength and PageRank on GraphX ({@link NetworkMeasures}) of the network
 * made by the interactions job, the interlocking-network dyads, the city-to-city layers of a Hanse ties file, or any
 * weighted edge list.
 */
public final class NetworkCommand implements Command {
  /** The default source id. */
  public static final String DEFAULT_SOURCE_ID = "hanse-spark-network";

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
        "  --ties PATH             CSV/Parquet in the hanse ties layout (type, city_id, partner_id, weight):",
        "      --tie-types LIST    the city-to-city layers used (default all: "
            + String.join(", ", cityToCityKeys()) + "); weight = sum of tie weights",
        "  --edges PATH            CSV/Parquet source, target, weight (weight > 0); --directed for directed edges",
        "  --nodes PATH            CSV/Parquet node_id: nodes that may have no edge (with --edges)",
        "  --clusters PATH         cluster memberships (cluster_id, city_id): writes cluster aggregates",
        "  --damping A             PageRank damping (default 0.85)",
        "  --tolerance T           stop when no score changes by T or more (default 1e-10)",
        "  --max-iterations N      PageRank iteration limit (default 1000)",
        "  --checkpoint-dir DIR    where PageRank checkpoints its graph every 25 iterations",
        "                          (default DIR/_checkpoints under --output, removed at the end)",
        ImportFiles.yearUsage(DEFAULT_SOURCE_ID),
        "  --output DIR            output directory (required); --overwrite to replace its content");
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> s = new HashSet<>(Set.of("interactions", "connectivity", "ties", "tie-types", "edges", "nodes",
        "clusters", "damping", "tolerance", "max-iterations", "checkpoint-dir", "output", "from-month", "to-month",
        "event-classes", "year"));
    s.addAll(ImportFiles.SOURCE_OPTIONS);
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
    long inputs = List.of("interactions", "connectivity", "ties", "edges").stream()
        .filter(o -> a.value(o).isPresent()).count();
    if (inputs != 1) {
      throw new UserInputException("network: give exactly one of --interactions, --connectivity, --ties, --edges");
    }
    if (a.value("tie-types").isPresent() && a.value("ties").isEmpty()) {
      throw new UserInputException("network: --tie-types applies to --ties only");
    }
    if (a.flag("directed") && a.value("edges").isEmpty()) {
      throw new UserInputException("network: --directed applies to --edges only (interactions and dyads are undirected)");
    }
    double damping = a.doubleValue("damping", 0.85, 0, 1);
    Integer year = ImportFiles.year(a);
    String sourceId = ImportFiles.sourceId(a, DEFAULT_SOURCE_ID);
    double tolerance = a.doubleValue("tolerance", 1e-10, 1e-15, 1);
    int maxIterations = a.intValue("max-iterations", 1000, 1, 1_000_000);
    SparkSession spark = context.session().get("hanse network", a.value("master").orElse(null));
    JobSummary summary = new JobSummary("network");

    Dataset<Row> edges;
    Dataset<Row> nodes = null;
    // Rows whose absence means there is nothing to compute (checked before any output is written).
    Dataset<Row> basis;
    String what;
    ImportFiles.SourceRow inputSource = null;
    List<String> tieSources = List.of();
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
      basis = in.filter(keep);
      edges = basis.groupBy("city_a", "city_b").agg(sum("events").cast("double").as("weight"))
          .select(col("city_a").as("source"), col("city_b").as("target"), col("weight"));
      what = "interactions " + dir;
      inputSource = ImportFiles.readSource(spark, parent(dir)).orElse(null);
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
      basis = nodes;
      what = "interlocking dyads " + dir;
      inputSource = ImportFiles.readSource(spark, dir).orElse(null);
    } else if (a.value("ties").isPresent()) {
      String path = a.value("ties").get();
      List<String> types = new ArrayList<>();
      for (String k : a.list("tie-types").isEmpty() ? cityToCityKeys() : a.list("tie-types")) {
        types.add(cityToCityType(k).key());
      }
      Dataset<Row> raw = Tables.read(spark, "--ties", path);
      Tables.requireColumns(raw, "--ties " + path, "type", "city_id", "partner_id", "weight");
      Dataset<Row> selected = raw.filter(lower(trim(col("type"))).isin(types.toArray()));
      edges = selected.select(trim(col("city_id")).as("source"), trim(col("partner_id")).as("target"),
          HanseTables.asDouble(col("weight")).as("weight"));
      requireValidEdges(edges, "--ties " + path);
      basis = edges;
      what = "ties " + path + " (" + String.join(", ", types) + ")";
      tieSources = Tables.hasColumn(raw, "source_id")
          ? selected.select(trim(col("source_id")).as("source_id")).distinct().orderBy("source_id").limit(21)
              .collectAsList().stream().map(r -> r.getString(0)).toList()
          : List.of();
    } else {
      String path = a.value("edges").get();
      Dataset<Row> raw = Tables.read(spark, "--edges", path);
      Tables.requireColumns(raw, "--edges " + path, "source", "target", "weight");
      edges = raw.select(trim(col("source")).as("source"), trim(col("target")).as("target"),
          HanseTables.asDouble(col("weight")).as("weight"));
      requireValidEdges(edges, "--edges " + path);
      basis = edges;
      if (a.value("nodes").isPresent()) {
        Dataset<Row> n = Tables.read(spark, "--nodes", a.value("nodes").get());
        Tables.requireColumns(n, "--nodes", "node_id");
        nodes = n.select(trim(col("node_id")).as("node_id")).filter(col("node_id").notEqual(""));
        basis = edges.select(col("source").as("node_id")).union(nodes);
      }
      what = "edges " + path;
    }
    if (basis.isEmpty()) {
      throw new UserInputException("network: " + what + " holds no edge" + (a.value("from-month").isPresent()
          || a.value("to-month").isPresent() || a.value("event-classes").isPresent() ? " within the months and classes"
          + " chosen" : "") + (a.value("nodes").isPresent() ? " and no node" : "") + ": nothing to compute");
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
    List<Row> topRows = written.orderBy(col("pagerank").desc(), col("node_id")).select("node_id", "pagerank")
        .limit(1).collectAsList();
    Row top = topRows.isEmpty() ? null : topRows.get(0);
    if (year != null) {
      boolean synthetic = inputSource != null ? inputSource.title().contains("SYNTHETIC")
          : !written.filter(col("node_id").startsWith(SyntheticData.CITY_ID_PREFIX)).isEmpty();
      ImportFiles.writeSource(spark, output, source(sourceId, what, inputSource, tieSources, synthetic, year)
          .withOptions(a));
    }
    summary.inputRows(r.edgeCount())
        .line("input", what + (a.flag("directed") ? " (directed)" : " (undirected)"))
        .count("nodes", r.nodeCount())
        .count("edges (parallel edges merged)", r.edgeCount())
        .count("self-loops left out", r.droppedSelfLoops())
        .line("PageRank", String.format(Locale.ROOT, "%d iterations, largest last change %.2e (%s); damping %.2f",
            r.iterations(), r.lastChange(), r.converged() ? "converged" : "NOT converged: raise --max-iterations",
            damping))
        .line("highest PageRank", top == null ? "none" : top.getString(0) + String.format(Locale.ROOT, " (%.6f)", top.getDouble(1)))
        .line("output", output + " (nodes/, nodes.csv" + (members != null ? ", clusters.csv" : "")
            + (year != null ? ", sources.csv, indicator_definitions.csv, indicators.csv" : "") + ", summary.txt)");
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

  /**
   * The source row of the indicators: the network measures of the input, with the input's licence and attribution
   * when its job wrote a {@code sources.csv}, the ties' sources for {@code --ties}, SYNTHETIC for generated data.
   */
  static ImportFiles.SourceRow source(String id, String what, ImportFiles.SourceRow input, List<String> tieSources,
      boolean synthetic, int year) {
    String title = "Network measures (degree, strength, PageRank) by hanse-spark network of ";
    String vintage = year + " (reference year given to the job)";
    if (input != null) {
      return new ImportFiles.SourceRow(id, title + input.title(), input.licence(), vintage, input.attribution(),
          input.url());
    }
    if (synthetic) {
      return new ImportFiles.SourceRow(id, title + "SYNTHETIC data: " + what, ImportFiles.SYNTHETIC_LICENCE, vintage,
          "SYNTHETIC: not a real network", "");
    }
    String licence = tieSources.isEmpty() ? "the licence of the input (" + what + ") applies"
        : "the licences of the ties' sources apply: " + String.join(", ", tieSources.subList(0, Math.min(20,
            tieSources.size()))) + (tieSources.size() > 20 ? ", …" : "") + " (see their rows in sources.csv)";
    return new ImportFiles.SourceRow(id, title + what, licence, vintage, "", "");
  }

  /** The city-to-city tie types of the data model, as keys. */
  static List<String> cityToCityKeys() {
    return java.util.Arrays.stream(TieType.values()).filter(TieType::isCityToCity).map(TieType::key).toList();
  }

  private static TieType cityToCityType(String key) {
    TieType t;
    try {
      t = TieType.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--tie-types: unknown tie type '" + key + "'; city-to-city types are "
          + cityToCityKeys());
    }
    if (!t.isCityToCity()) {
      throw new UserInputException("--tie-types: " + key + " ties link a city to an actor, not two cities; use"
          + " 'connectivity' for city x actor layers (" + "city-to-city types are " + cityToCityKeys() + ")");
    }
    return t;
  }

  /** Fails with examples when an edge lacks an end or has a weight that is not a positive number. */
  private static void requireValidEdges(Dataset<Row> edges, String what) {
    Column bad = col("source").isNull().or(col("target").isNull()).or(col("source").equalTo(""))
        .or(col("target").equalTo("")).or(col("weight").isNull()).or(col("weight").leq(0))
        .or(col("weight").isNaN()).or(col("weight").equalTo(Double.POSITIVE_INFINITY));
    List<Row> examples = edges.filter(bad).limit(5).collectAsList();
    if (!examples.isEmpty()) {
      throw new UserInputException(what + ": " + edges.filter(bad).count() + " row(s) without both"
          + " ends or with a weight that is not a positive number, e.g. " + examples);
    }
  }

  /** The folder that holds {@code dir} (the job output above an {@code interactions/} table). */
  private static String parent(String dir) {
    Path p = new Path(dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir).getParent();
    return p == null ? dir : p.toString();
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
