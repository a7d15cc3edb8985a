package org.hanse.spark.wcn;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

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
import org.hanse.spark.synthetic.SyntheticData;

/**
 * {@code hanse-spark connectivity}: the interlocking network model ({@link InterlockingNetwork}) on a city × actor
 * table, written as Parquet and CSV.
 */
public final class ConnectivityCommand implements Command {
  /** The default source id. */
  public static final String DEFAULT_SOURCE_ID = "hanse-spark-connectivity";
  /**
   * The city indicator of the bundled data that names the cities GaWC DS11 surveyed (the embedded engine's
   * {@code ServiceValueMatrices.SURVEYED_INDICATOR}).
   */
  public static final String COVERED_CODE = "gawc.ds11.surveyed";
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
        "  --covered PATH          cities the survey covered, with or without an office (GNC 0 without): a table",
        "                          with city_id, or hanse indicators (subject_id, code, value) of --covered-code",
        "  --covered-code CODE     indicator naming the covered cities (default " + COVERED_CODE + ")",
        "  --max-value V           top of the ordinal service-value scale (default 5, GaWC 0-5)",
        "  --dyads MODE            top (default), all (also writes every positive dyad) or none",
        "  --top K                 number of top dyads (default 100)",
        "  --clusters PATH         cluster memberships (cluster_id, city_id): writes the cluster split",
        "  --skip-bad-rows         leave out rows with a missing id or a value outside 0..max (default: stop)",
        ImportFiles.yearUsage(DEFAULT_SOURCE_ID),
        "  --output DIR            output directory (required); --overwrite to replace its content");
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> s = new HashSet<>(Set.of("table", "format", "tie-types", "actors", "max-value", "dyads", "top",
        "clusters", "output", "year", "covered", "covered-code"));
    s.addAll(ImportFiles.SOURCE_OPTIONS);
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
    String sourceId = ImportFiles.sourceId(a, DEFAULT_SOURCE_ID);
    SparkSession spark = context.session().get("hanse connectivity", a.value("master").orElse(null));
    JobSummary summary = new JobSummary("connectivity");

    Dataset<Row> raw = a.value("format")
        .map(f -> Tables.read(spark, "--table", tablePath, Tables.Format.parse(f, "--format")))
        .orElse(Tables.read(spark, "--table", tablePath));
    Dataset<Row> table = toCells(spark, raw, a, tablePath);
    Dataset<Row> covered = a.value("covered").map(p -> coveredCities(spark, p, a.value("covered-code", COVERED_CODE)))
        .orElse(null);
    if (covered != null) {
      table = withCoveredCities(table, covered);
    }
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
    if (cellTable.isEmpty()) {
      throw new UserInputException("--table " + tablePath + ": no city x actor cell to compute from"
          + (Tables.hasColumn(raw, "partner_id") ? " (no row of tie type(s) "
              + (a.list("tie-types").isEmpty() ? List.of("firm_office") : a.list("tie-types")) + ")"
              : rejected > 0 ? " (every row was left out)" : " (the table has no rows)"));
    }

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

    Row sizes = cellTable.agg(count(lit(1)), countDistinct("city_id"), countDistinct("actor_id"), sum("value"),
        max(when(col("city_id").startsWith(SyntheticData.CITY_ID_PREFIX)
            .or(col("actor_id").startsWith(SyntheticData.FIRM_ID_PREFIX)), 1).otherwise(0))).first();
    boolean synthetic = !sizes.isNullAt(4) && sizes.getInt(4) == 1;
    Row top1 = gncWritten.orderBy(col("rank"), col("city_id")).select("city_id", "gnc").first();
    if (year != null) {
      ImportFiles.writeSource(spark, output, source(sourceId, synthetic, tablePath, year).withOptions(a));
    }
    long inputRows = table.count();
    summary.inputRows(inputRows)
        .count("table rows read", inputRows)
        .count("rows left out (bad id or value)", rejected)
        .count("cells (city x actor)", sizes.getLong(0))
        .count("cities", sizes.getLong(1))
        .line("covered cities (--covered)", covered == null ? "not given: the cities with a cell"
            : String.format(Locale.ROOT, "%,d, those without an office at GNC 0", covered.count()))
        .count("actors", sizes.getLong(2))
        .count("total service value", sizes.isNullAt(3) ? 0 : sizes.getLong(3))
        .count("sectors", actors.filter(col("sector").notEqual("")).select("sector").distinct().count())
        .line("most connected city", top1.getString(0) + " (GNC " + String.format(Locale.ROOT, "%,d", top1.getLong(1)) + ")")
        .line("dyads", dyadMode.equals("none") ? "not computed"
            : (dyadCount >= 0 ? String.format(Locale.ROOT, "%,d positive, ", dyadCount) : "") + "top " + top + " in dyads_top.csv")
        .line("output", output + (year != null ? " (with sources.csv, indicator_definitions.csv and indicators.csv"
            + " of " + year + " for hanse import, source " + sourceId + ")" : ""));
    if (synthetic) {
      summary.note("the table holds SYNTHETIC cities or firms" + (year != null ? "; sources.csv says so" : ""));
    }
    if (year == null) {
      summary.note("indicators.csv for hanse import is written when --year names the reference year of the table");
    }
    summary.finish();
    summary.writeTo(spark, output);
    context.out().print(summary.render());
  }

  /**
   * The source row of the indicators: the model and the input table; SYNTHETIC for generated tables. The licence of
   * the input is not known to the job: the row says that it applies ({@code --source-licence} states it).
   */
  public static ImportFiles.SourceRow source(String id, boolean synthetic, String tablePath, int year) {
    String name = new org.apache.hadoop.fs.Path(tablePath).getName();
    if (synthetic) {
      return new ImportFiles.SourceRow(id, "Global network connectivity (interlocking network model) of a SYNTHETIC"
          + " city x firm table (" + name + ", hanse-spark generate-offices), by hanse-spark connectivity",
          ImportFiles.SYNTHETIC_LICENCE, year + " (reference year given to the job)", "SYNTHETIC: not real firms", "");
    }
    return new ImportFiles.SourceRow(id, "Global network connectivity (interlocking network model) computed by"
        + " hanse-spark connectivity from the city x actor table " + name,
        "the licence of the input table " + name + " applies", year + " (reference year given to the job)", "", "");
  }

  /**
   * The cities a survey covered ({@code city_id}): from a table with a {@code city_id} column, or from Hanse city
   * indicators ({@code subject_id, code, value}) whose code is {@code code} and whose value is not 0.
   */
  static Dataset<Row> coveredCities(SparkSession spark, String path, String code) {
    Dataset<Row> t = Tables.read(spark, "--covered", path);
    Dataset<Row> ids;
    if (Tables.hasColumn(t, "subject_id") && Tables.hasColumn(t, "code")) {
      Tables.requireColumns(t, "--covered " + path, "subject_id", "code", "value");
      ids = t.filter(trim(col("code")).equalTo(code).and(HanseTables.asDouble(col("value")).notEqual(0)))
          .select(trim(col("subject_id")).as("city_id"));
    } else {
      Tables.requireColumns(t, "--covered " + path, "city_id");
      ids = t.select(trim(col("city_id")).as("city_id"));
    }
    return ids.filter(col("city_id").isNotNull().and(col("city_id").notEqual(""))).distinct();
  }

  /**
   * Adds a cell of value 0 for every covered city, with an actor already in the table: a covered city without an
   * office becomes a row of zeros (GNC 0, ranked last), as the embedded engine's matrix has it (methods.md §1.3),
   * and the number of actors stays the same. A covered city with offices keeps its own values (cells combine by
   * their maximum).
   */
  static Dataset<Row> withCoveredCities(Dataset<Row> table, Dataset<Row> covered) {
    org.apache.spark.sql.types.DataType valueType = table.schema().apply(
        java.util.Arrays.stream(table.columns()).filter(c -> c.equalsIgnoreCase("value")).findFirst().orElseThrow())
        .dataType();
    Dataset<Row> anActor = table.agg(org.apache.spark.sql.functions.min(trim(col("actor_id"))).as("actor_id"))
        .filter(col("actor_id").isNotNull());
    Dataset<Row> zeros = covered.crossJoin(anActor)
        .select(col("city_id"), col("actor_id"), lit(0).cast(valueType).as("value"));
    return table.unionByName(zeros, true);
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
