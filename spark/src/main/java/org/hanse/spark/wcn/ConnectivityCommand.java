package org.hanse.spark.wcn;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * {@code hanse-spark connectivity}: the interlocking network model ({@link InterlockingNetwork}) on a city × actor
 * table, written as Parquet and CSV.
 */
public final class ConnectivityCommand implements Command {
  /** The city indicators written with {@code --year}. */
  public static final List<ImportFiles.Measure> MEASURES = List.of(
      new ImportFiles.Measure("wcn.gnc", "gnc", "Global network connectivity (interlocking network model)",
          "全球网络连通度（连锁网络模型）", ""),
      new ImportFiles.Measure("wcn.gnc_proportional", "proportional",
          "Global network connectivity as a proportion of the highest", "全球网络连通度（相对最高值的比例）", ""));

  @Override
  public String name() {
    return "connectivity";
  }

  @Override
  public String description() {
    return "GaWC interlocking network model: GNC, sector GNC, top dyads, cluster split";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "  --table PATH            city x actor table (required), one of two layouts:",
        "                            cells: city_id, actor_id, value[, sector]",
        "                            ties:  the hanse ties layout (type, city_id, partner_id, weight); rows of",
        "                                   --tie-types are used, the partner is the actor, the weight the value",
        "  --format F              csv, tsv or parquet (default: from the path)",
        "  --tie-types LIST        tie types used from a ties table (default firm_office)",
        "  --actors PATH           actors (id, sector) giving the sector of each actor of a ties table",
        "  --max-value V           top of the ordinal service-value scale (default 5, GaWC 0-5)",
        "  --dyads MODE            top (default), all (also writes every positive dyad) or none",
        "  --top K                 number of top dyads (default 100)",
        "  --clusters PATH         cluster memberships (cluster_id, city_id): writes the cluster split",
        "  --skip-bad-rows         leave out rows with a missing id or a value outside 0..max (default: stop)",
        ImportFiles.YEAR_USAGE,
        "  --output DIR            output directory (required); --overwrite to replace its content");
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> s = new HashSet<>(Set.of("table", "format", "tie-types", "actors", "max-value", "dyads", "top",
        "clusters", "output", "year", "source-id"));
    s.addAll(COMMON_VALUE_OPTIONS);
    return s;
  }

  @Override
  public Set<String> flagOptions() {
    return Set.of("overwrite", "skip-bad-rows");
  }

  @Override
  public void run(JobArguments a, Context context) {
    String tablePath = a.required("table");
    String output = a.required("output");
    int maxValue = a.intValue("max-value", InterlockingNetwork.GAWC_MAX_SERVICE_VALUE, 1, 1000);
    String dyadMode = a.value("dyads", "top").toLowerCase(Locale.ROOT);
    if (!List.of("top", "all", "none").contains(dyadMode)) {
      throw new UserInputException("--dyads must be top, all or none: " + dyadMode);
    }
    int top = a.intValue("top", 100, 1, 10_000_000);
    Integer year = ImportFiles.year(a);
    String sourceId = ImportFiles.sourceId(a, "hanse-spark");
    SparkSession spark = context.session().get("hanse connectivity", a.value("master").orElse(null));
    JobSummary summary = new JobSummary("connectivity");

    Dataset<Row> raw = a.value("format")
        .map(f -> Tables.read(spark, "--table", tablePath, Tables.Format.parse(f, "--format")))
        .orElse(Tables.read(spark, "--table", tablePath));
    Dataset<Row> table = toCells(spark, raw, a, tablePath);
    Dataset<Row> members = a.value("clusters").map(p -> HanseTables.clusterMembers(spark, p)).orElse(null);
    Tables.prepareOutput(spark, output, a.flag("overwrite"));

    InterlockingNetwork.Cells cells = InterlockingNetwork.prepare(table, maxValue);
    List<Row> badExamples = cells.rejected().limit(5).collectAsList();
    long rejected = badExamples.isEmpty() ? 0 : cells.rejected().count();
    if (rejected > 0 && !a.flag("skip-bad-rows")) {
      throw new UserInputException("--table " + tablePath + ": " + rejected + " row(s) without a city or actor id or"
          + " with a value that is not a whole number in 0.." + maxValue + ", e.g. " + badExamples
          + "; fix them or add --skip-bad-rows");
    }
    List<Row> conflicts = cells.sectorConflicts().limit(5).collectAsList();
    if (!conflicts.isEmpty()) {
      throw new UserInputException("--table " + tablePath + ": actor(s) given two different sectors, e.g. " + conflicts);
    }
    Dataset<Row> cellTable = cells.cells().cache();
    Dataset<Row> actors = cells.actors().cache();

    Dataset<Row> gnc = InterlockingNetwork.connectivity(cellTable);
    Tables.writeParquet(gnc, output, "connectivity");
    Dataset<Row> gncWritten = spark.read().parquet(Tables.child(output, "connectivity"));
    Tables.writeSingleCsv(spark, gncWritten.orderBy(col("rank"), col("city_id")), output, "connectivity.csv");

    if (year != null) {
      ImportFiles.writeCityIndicators(spark, output, gncWritten, "city_id", null, year, MEASURES, sourceId);
    }

    Tables.writeParquet(InterlockingNetwork.sectorConnectivity(cellTable, actors), output, "sector_connectivity");
    Tables.writeSingleCsv(spark, spark.read().parquet(Tables.child(output, "sector_connectivity"))
        .orderBy(col("sector"), col("gnc").desc(), col("city_id")), output, "sector_connectivity.csv");

    long dyadCount = -1;
    if (!dyadMode.equals("none")) {
      Dataset<Row> dyads = InterlockingNetwork.dyads(cellTable, maxValue);
      if (dyadMode.equals("all")) {
        Tables.writeParquet(dyads, output, "dyads");
        dyads = spark.read().parquet(Tables.child(output, "dyads"));
        dyadCount = dyads.count();
      }
      Tables.writeSingleCsv(spark, InterlockingNetwork.topDyads(dyads, top), output, "dyads_top.csv");
    }
    if (members != null) {
      Dataset<Row> split = InterlockingNetwork.clusterMembers(cellTable, members, gncWritten);
      Tables.writeParquet(split, output, "cluster_members");
      Dataset<Row> splitWritten = spark.read().parquet(Tables.child(output, "cluster_members"));
      Tables.writeSingleCsv(spark, splitWritten.orderBy("cluster_id", "city_id"), output, "cluster_members.csv");
      Tables.writeSingleCsv(spark, InterlockingNetwork.clusters(members, splitWritten).orderBy("cluster_id"),
          output, "clusters.csv");
    }

    Row sizes = cellTable.agg(count(lit(1)), countDistinct("city_id"), countDistinct("actor_id"), sum("value")).first();
    Row top1 = gncWritten.orderBy(col("rank"), col("city_id")).select("city_id", "gnc").first();
    long inputRows = table.count();
    summary.inputRows(inputRows)
        .count("table rows read", inputRows)
        .count("rows left out (bad id or value)", rejected)
        .count("cells (city x actor)", sizes.getLong(0))
        .count("cities", sizes.getLong(1))
        .count("actors", sizes.getLong(2))
        .count("total service value", sizes.isNullAt(3) ? 0 : sizes.getLong(3))
        .count("sectors", actors.filter(col("sector").notEqual("")).select("sector").distinct().count())
        .line("most connected city", top1.getString(0) + " (GNC " + String.format(Locale.ROOT, "%,d", top1.getLong(1)) + ")")
        .line("dyads", dyadMode.equals("none") ? "not computed"
            : (dyadCount >= 0 ? String.format(Locale.ROOT, "%,d positive, ", dyadCount) : "") + "top " + top + " in dyads_top.csv")
        .line("output", output + (year != null ? " (with indicators.csv and indicator_definitions.csv of " + year
            + " for hanse import, source " + sourceId + ")" : ""));
    if (year == null) {
      summary.note("indicators.csv for hanse import is written when --year names the reference year of the table");
    }
    summary.finish();
    summary.writeTo(spark, output);
    context.out().print(summary.render());
  }

  /** The {@code city_id, actor_id, value[, sector]} table from either layout. */
  static Dataset<Row> toCells(SparkSession spark, Dataset<Row> raw, JobArguments a, String path) {
    boolean tiesLayout = Tables.hasColumn(raw, "partner_id") && Tables.hasColumn(raw, "type");
    if (!tiesLayout) {
      Tables.requireColumns(raw, "--table " + path, "city_id", "actor_id", "value");
      if (a.value("actors").isPresent()) {
        throw new UserInputException("--actors is only used with a table in the ties layout; a cells table carries"
            + " its sector column itself");
      }
      return raw;
    }
    Tables.requireColumns(raw, "--table " + path, "type", "city_id", "partner_id", "weight");
    List<String> types = a.list("tie-types").isEmpty() ? List.of("firm_office") : a.list("tie-types");
    Dataset<Row> ties = raw.filter(lower(trim(col("type"))).isin(types.stream().map(t -> (Object) t.toLowerCase(Locale.ROOT)).toArray()))
        .select(col("city_id"), col("partner_id").as("actor_id"), col("weight").as("value"));
    if (a.value("actors").isEmpty()) {
      return ties;
    }
    Dataset<Row> actors = Tables.read(spark, "--actors", a.value("actors").get());
    Tables.requireColumns(actors, "--actors", "id", "sector");
    Dataset<Row> sectors = actors.select(trim(col("id")).as("actor_id"), col("sector"))
        .groupBy("actor_id").agg(max("sector").as("sector"));
    return ties.withColumn("actor_id", trim(col("actor_id"))).join(sectors, InterlockingNetwork.scalaSeq("actor_id"), "left");
  }
}
