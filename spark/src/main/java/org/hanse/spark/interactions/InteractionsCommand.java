package org.hanse.spark.interactions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.hanse.model.TieType;
import org.hanse.spark.Command;
import org.hanse.spark.JobArguments;
import org.hanse.spark.JobSummary;
import org.hanse.spark.TieTypes;
import org.hanse.spark.UserInputException;
import org.hanse.spark.io.HanseTables;
import org.hanse.spark.io.ImportFiles;
import org.hanse.spark.io.Tables;

/**
 * {@code hanse-spark interactions}: GDELT-format events → dated, typed city-pair interactions
 * ({@link CityPairInteractions}), written as Parquet, as CSV, and for {@code hanse import} as ties
 * ({@code event_interaction} unless {@code --tie-type} names another city-to-city type), as a city indicator
 * (events with other cities per year) with its definition, and as the source row they cite.
 */
public final class InteractionsCommand implements Command {
  /** The city indicator written for {@code hanse import}, one row per city and year. */
  public static final List<ImportFiles.Measure> MEASURES = List.of(new ImportFiles.Measure("gdelt.pair_events",
      "pair_events", "Reported events (GDELT format) between the city and another city of the run",
      "与其他城市之间的报道事件数（GDELT格式）", "events"));
  /** The default source id. */
  public static final String DEFAULT_SOURCE_ID = "gdelt-events";
  /** Where the GDELT Project publishes its terms of use. */
  public static final String GDELT_TERMS_URL = "https://www.gdeltproject.org/about.html#termsofuse";
  /**
   * GDELT's terms of use as the source row states them: the wording of the GDELT Project's "Terms of Use" on its
   * about page, shortened only by leaving out its opening clause, with the page's address.
   */
  public static final String GDELT_TERMS = "GDELT Project terms of use (" + GDELT_TERMS_URL + "): all datasets"
      + " released by the GDELT Project are available for unlimited and unrestricted use for any academic,"
      + " commercial, or governmental use of any kind without fee; you may redistribute, rehost, republish, and"
      + " mirror any of the GDELT datasets in any form; any use or redistribution of the data must include a"
      + " citation to the GDELT Project and a link to its website (https://www.gdeltproject.org/)";
  /** The columns of a ties file {@code hanse import} reads. */
  public static final List<String> TIE_COLUMNS =
      List.of("id", "type", "city_id", "partner_id", "from_year", "to_year", "weight", "detail", "source_id");

  @Override
  public String name() {
    return "interactions";
  }

  @Override
  public String description() {
    return "city-pair interactions per month and event class from GDELT-format event files";
  }

  @Override
  public String usage() {
    return String.join("\n",
        "  --events PATH[,PATH]    event files, directories or globs (required)",
        "  --format F              gdelt (tab-delimited, no header; 57, 58 or 61 fields; default), csv, tsv, parquet",
        "  --cities PATH           Hanse cities (CSV/Parquet with id, latitude, longitude) (required)",
        "  --output DIR            output directory (required); --overwrite to replace its content",
        "  --radius-km R           largest distance from an actor's location to its city (default 25)",
        "  --geo-types LIST        GDELT geography types that place an actor in a city (default 3,4)",
        "  --action-geo-fallback   use ActionGeo for an actor without a city-level location",
        "  --event-class S         quad (CAMEO QuadClass, default) or root (CAMEO root code 01-20)",
        "  --feature-crosswalk P   CSV/Parquet feature_id, city_id: matched before coordinates",
        "  --tie-type KEY          city-to-city tie type of ties.csv (default event_interaction)",
        ImportFiles.sourceUsage(DEFAULT_SOURCE_ID),
        "                          (default: GDELT's title, terms and address; SYNTHETIC for generated events)");
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> s = new HashSet<>(Set.of("events", "format", "cities", "output", "radius-km", "geo-types",
        "event-class", "feature-crosswalk", "tie-type"));
    s.addAll(ImportFiles.SOURCE_OPTIONS);
    s.addAll(COMMON_VALUE_OPTIONS);
    return s;
  }

  @Override
  public Set<String> flagOptions() {
    return Set.of("overwrite", "action-geo-fallback");
  }

  @Override
  public void run(JobArguments a, Context context) {
    List<String> events = a.list("events");
    if (events.isEmpty()) {
      throw new UserInputException("interactions: --events is required");
    }
    String citiesPath = a.required("cities");
    String output = a.required("output");
    GdeltEvents.InputFormat format = GdeltEvents.InputFormat.parse(a.value("format", "gdelt"));
    GdeltEvents.EventClassScheme scheme = GdeltEvents.EventClassScheme.parse(a.value("event-class", "quad"));
    Set<Integer> geoTypes = new HashSet<>();
    for (String t : a.list("geo-types").isEmpty() ? List.of("3", "4") : a.list("geo-types")) {
      try {
        geoTypes.add(Integer.parseInt(t));
      } catch (NumberFormatException e) {
        throw new UserInputException("--geo-types: '" + t + "' is not a GDELT geography type (1-5)");
      }
    }
    double radius = a.doubleValue("radius-km", 25, 0.001, 2000);
    TieType tieType = TieTypes.cityToCity(a.value("tie-type").orElse(null));
    String sourceId = ImportFiles.sourceId(a, DEFAULT_SOURCE_ID);

    SparkSession spark = context.session().get("hanse interactions", a.value("master").orElse(null));
    JobSummary summary = new JobSummary("interactions");
    Dataset<Row> cities = HanseTables.cities(spark, citiesPath);
    Dataset<Row> crosswalk = a.value("feature-crosswalk").map(p -> {
      Dataset<Row> cw = Tables.read(spark, "--feature-crosswalk", p);
      Tables.requireColumns(cw, "--feature-crosswalk " + p, "feature_id", "city_id");
      return cw;
    }).orElse(null);
    Dataset<Row> parsed = GdeltEvents.read(spark, events, format, scheme);
    Tables.prepareOutput(spark, output, a.flag("overwrite"));

    CityPairInteractions.Result r = CityPairInteractions.run(spark, parsed, cities, crosswalk,
        new CityPairInteractions.Settings(radius, geoTypes, a.flag("action-geo-fallback")));

    Tables.writeParquet(r.interactions(), output, "interactions");
    Dataset<Row> written = spark.read().parquet(Tables.child(output, "interactions"));
    Tables.writeSingleCsv(spark, written.orderBy("city_a", "city_b", "month", "event_class"), output, "interactions.csv");
    Tables.writeParquet(r.points(), output, "points");
    Dataset<Row> perCity = written.select(col("city_a").as("city_id"), col("month"), col("events"))
        .union(written.select(col("city_b").as("city_id"), col("month"), col("events")))
        .groupBy(col("city_id"), col("month").substr(1, 4).cast(DataTypes.IntegerType).as("year"))
        .agg(sum("events").as("pair_events"));
    ImportFiles.writeCityIndicators(spark, output, perCity, "city_id", "year", null, MEASURES, sourceId);
    Tables.writeSingleCsv(spark, tiesForImport(written, tieType, sourceId)
        .orderBy("city_id", "partner_id", "detail"), output, "ties.csv");

    Map<String, Long> byStatus = new HashMap<>();
    long synthetic = 0;
    for (Row s : r.statusCounts().collectAsList()) {
      byStatus.put(s.getString(0), s.getLong(1));
      synthetic += s.isNullAt(2) ? 0 : s.getLong(2);
    }
    r.release();
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
    Row out = written.agg(count(lit(1)), countDistinct(col("city_a"), col("city_b")), min("month"), max("month"),
        sum("events")).first();
    Row pts = spark.read().parquet(Tables.child(output, "points"))
        .agg(count(lit(1)), sum(when(col("city_id").isNotNull(), 1L).otherwise(0L))).first();
    String months = out.isNullAt(2) ? "" : out.getString(2) + " to " + out.getString(3);
    ImportFiles.SourceRow source = source(sourceId, synthetic > 0, months).withOptions(a);
    ImportFiles.writeSource(spark, output, source);
    summary.inputRows(total)
        .count("event records read", total)
        .count("malformed records", byStatus.getOrDefault(CityPairInteractions.MALFORMED, 0L))
        .count("events without two placed actors", byStatus.getOrDefault(CityPairInteractions.NO_CITY, 0L))
        .count("events within one city", byStatus.getOrDefault(CityPairInteractions.SAME_CITY, 0L))
        .count("events counted for a city pair", byStatus.getOrDefault(CityPairInteractions.PAIR, 0L))
        .count("SYNTHETIC events (generated)", synthetic)
        .count("distinct actor locations", pts.getLong(0))
        .count("locations placed in a city", pts.isNullAt(1) ? 0 : pts.getLong(1))
        .count("city pairs", out.getLong(1))
        .count("rows (pair x month x class)", out.getLong(0))
        .line("months", out.isNullAt(2) ? "none" : out.getString(2) + " .. " + out.getString(3))
        .line("matching", "nearest city within " + radius + " km; geography types " + geoTypes
            + (a.flag("action-geo-fallback") ? "; ActionGeo fallback" : "")
            + (crosswalk != null ? "; feature-id crosswalk first" : ""))
        .line("for hanse import", "sources.csv (" + sourceId + "), indicator_definitions.csv, indicators.csv,"
            + " ties.csv (" + tieType.key() + ")")
        .line("output", output + " (interactions/, interactions.csv, points/, summary.txt and the files above)");
    if (synthetic > 0) {
      summary.note("the input holds SYNTHETIC events; sources.csv says so");
    }
    summary.finish();
    summary.writeTo(spark, output);
    context.out().print(summary.render());
  }

  /**
   * The source row of the results: GDELT's title, terms and address, or SYNTHETIC when the input holds generated
   * events.
   *
   * @param months the months the interactions cover ("yyyy-MM to yyyy-MM"), empty when there are none
   */
  public static ImportFiles.SourceRow source(String id, boolean synthetic, String months) {
    String vintage = months.isEmpty() ? "" : "events of " + months;
    if (synthetic) {
      return new ImportFiles.SourceRow(id, "SYNTHETIC GDELT-format events (hanse-spark generate-events) between"
          + " cities, counted per city pair, month and event class by hanse-spark interactions", ImportFiles.SYNTHETIC_LICENCE,
          vintage + (vintage.isEmpty() ? "" : " (synthetic dates)"), "SYNTHETIC: not real events", "");
    }
    return new ImportFiles.SourceRow(id, "GDELT event records between cities, counted per city pair, month and event"
        + " class by hanse-spark interactions", GDELT_TERMS, vintage, "The GDELT Project (https://www.gdeltproject.org/)",
        "https://www.gdeltproject.org/");
  }

  /**
   * The interaction rows as Hanse ties: one tie per (pair, month, class), weight = number of events, dated by the
   * year of the month, the month and class in {@code detail} (so that the natural key of each tie is unique).
   */
  public static Dataset<Row> tiesForImport(Dataset<Row> interactions, TieType type, String sourceId) {
    return interactions.select(
        concat_ws("-", lit("gdelt"), col("city_a"), col("city_b"), col("month"), col("event_class")).as("id"),
        lit(type.key()).as("type"),
        col("city_a").as("city_id"),
        col("city_b").as("partner_id"),
        col("month").substr(1, 4).cast(DataTypes.IntegerType).as("from_year"),
        col("month").substr(1, 4).cast(DataTypes.IntegerType).as("to_year"),
        col("events").as("weight"),
        concat_ws(" ", col("month"), col("event_class")).as("detail"),
        lit(sourceId).as("source_id"));
  }
}
