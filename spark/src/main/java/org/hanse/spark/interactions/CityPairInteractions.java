package org.hanse.spark.interactions;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.hanse.model.Geo;

/**
 * City-pair interactions from GDELT-format events: each event whose two actors are placed in two different Hanse
 * cities counts once for that unordered pair, in the month of its {@code SQLDATE} and in its event class.
 *
 * <h2>Placing an actor in a city</h2>
 * An actor end is usable when its geography type is city level (by default 3 US city and 4 world city,
 * {@link GdeltFormat}) and its coordinates are valid. With {@code actionGeoFallback} an end that is not usable
 * takes the event's ActionGeo instead, if that one is. A usable end is matched to a city by, first, the feature-id
 * crosswalk when one is given ({@code feature_id → city_id}, e.g. GNS/GNIS ids to GeoNames ids) and otherwise the
 * nearest city by great-circle distance (haversine, {@link Geo#haversineKm}) within {@code radiusKm}, ties broken by
 * the smaller city id.
 *
 * <h2>How the work is distributed</h2>
 * The events are parsed once into a narrow table (month, class, three measures, the malformed and synthetic flags
 * and the two usable ends: 15 columns instead of GDELT's 57-61), which is persisted (memory, spilling to disk) because
 * two branches read it: the distinct (lat, lon, feature id) points, and the main join. The input files are
 * therefore scanned once; without the persisted table each branch would parse them again. Matching runs on the
 * distinct points only: points and cities meet in an equi-join on {@link CityGrid} cells (never a cross join), the
 * nearest candidate per point is a grouped minimum, and the point → city table is then joined back to the events
 * (broadcast when small). The join ends in an aggregation keyed by (status, city_a, city_b, month, event_class);
 * it is cached too, and both the interaction table and the status counts of the summary are read from it.
 *
 * <p>Real GDELT repeats a few hundred thousand landmark centroids across billions of events, so the distinct
 * points are few. The SYNTHETIC events of {@code generate-events} are the opposite: each actor location is drawn
 * with its own random offset, so nearly every event end is a distinct point, a worst case for the distinct-points
 * step (its shuffle and the grid join then carry about as many rows as the events).
 *
 * <h2>Output</h2>
 * {@code city_a < city_b} (string order, as Hanse stores undirected ties), {@code month} (yyyy-MM),
 * {@code event_class}, {@code events} (count), {@code events_a_to_b} (events whose Actor1 is in city_a),
 * {@code mentions} (sum of NumMentions), {@code goldstein_mean}, {@code tone_mean} (means over events with a value).
 */
public final class CityPairInteractions {
  /** Event statuses of the summary. */
  public static final String PAIR = "pair";
  public static final String SAME_CITY = "same_city";
  public static final String NO_CITY = "no_city";
  public static final String MALFORMED = "malformed";

  private static final String CELL_UDF = "hanse_grid_cell";
  private static final String CELLS_UDF = "hanse_grid_cells";
  private static final String DISTANCE_UDF = "hanse_haversine_km";

  /**
   * @param radiusKm          largest distance from a point to its city
   * @param cityGeoTypes      GDELT geography types that place an actor in a city
   * @param actionGeoFallback use ActionGeo for an actor end that has no city-level geography
   */
  public record Settings(double radiusKm, Set<Integer> cityGeoTypes, boolean actionGeoFallback) {
    public Settings {
      cityGeoTypes = Set.copyOf(cityGeoTypes);
      new CityGrid(radiusKm); // validates the radius
    }

    public static Settings defaults() {
      return new Settings(25, Set.copyOf(GdeltFormat.CITY_GEO_TYPES), false);
    }
  }

  /**
   * The job's results, both lazily read from one cached aggregate of the persisted narrow events.
   *
   * @param interactions one row per (city_a, city_b, month, event_class)
   * @param statusCounts {@code status, events, synthetic_events}: how many events were paired, same-city, unplaced
   *                     or malformed, and how many of them are SYNTHETIC
   * @param points       {@code lat, lon, fid, city_id, distance_km, by}: the distinct usable points and their city
   *                     (null when unmatched; {@code by} = crosswalk or distance)
   * @param cached       the persisted tables, released by {@link #release()}
   */
  public record Result(Dataset<Row> interactions, Dataset<Row> statusCounts, Dataset<Row> points,
      List<Dataset<Row>> cached) {
    public Result {
      cached = List.copyOf(cached);
    }

    /** Frees the persisted narrow events and aggregate; the result tables must not be read afterwards. */
    public void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  private CityPairInteractions() {}

  /**
   * Runs the aggregation.
   *
   * @param events    normalised events ({@link GdeltEvents})
   * @param cities    {@code city_id, lat, lon}
   * @param crosswalk {@code feature_id, city_id}, or {@code null}
   */
  public static Result run(
      SparkSession spark, Dataset<Row> events, Dataset<Row> cities, Dataset<Row> crosswalk, Settings settings) {
    CityGrid grid = new CityGrid(settings.radiusKm());
    registerFunctions(spark, grid);

    // Which geographies are city level, computed once per event and then only referenced (flat columns keep the
    // generated code small).
    Dataset<Row> flagged = events.select(col("*"),
        cityLevel("a1", settings).as("a1_ok"), cityLevel("a2", settings).as("a2_ok"), cityLevel("ag", settings).as("ag_ok"));
    List<Column> endColumns = new java.util.ArrayList<>(List.of(
        col("month"), col("event_class"), col("mentions"), col("goldstein"), col("tone"), col("malformed"),
        col("synthetic")));
    endColumns.addAll(List.of(end("a1", "e1", settings)));
    endColumns.addAll(List.of(end("a2", "e2", settings)));
    // Read by two branches (distinct points, main join): persisted so that the input is parsed once.
    Dataset<Row> ends = flagged.select(endColumns.toArray(new Column[0])).persist(StorageLevel.MEMORY_AND_DISK());

    // Both ends as rows of one exploded array, filtered after the explode: a filter on the parsed columns themselves
    // would be pushed below the parsing projection and repeat the whole field split inside the predicate (code
    // beyond the 64 KB method limit, and the split evaluated once per reference).
    Dataset<Row> points = ends
        .select(explode(array(
            struct(col("e1_usable").as("usable"), col("e1_lat").as("lat"), col("e1_lon").as("lon"), col("e1_fid").as("fid")),
            struct(col("e2_usable").as("usable"), col("e2_lat").as("lat"), col("e2_lon").as("lon"), col("e2_fid").as("fid"))))
            .as("p"))
        .filter(col("p.usable"))
        .select(col("p.lat").as("lat"), col("p.lon").as("lon"), col("p.fid").as("fid"))
        .distinct();
    Dataset<Row> placed = placePoints(points, cities, crosswalk, settings.radiusKm());

    Dataset<Row> p1 = placed.select(col("lat").as("p1_lat"), col("lon").as("p1_lon"), col("fid").as("p1_fid"),
        col("city_id").as("city1"));
    Dataset<Row> p2 = placed.select(col("lat").as("p2_lat"), col("lon").as("p2_lon"), col("fid").as("p2_fid"),
        col("city_id").as("city2"));
    Dataset<Row> joined = ends
        .join(p1, col("e1_usable").and(col("e1_lat").equalTo(col("p1_lat")))
            .and(col("e1_lon").equalTo(col("p1_lon"))).and(col("e1_fid").equalTo(col("p1_fid"))), "left")
        .join(p2, col("e2_usable").and(col("e2_lat").equalTo(col("p2_lat")))
            .and(col("e2_lon").equalTo(col("p2_lon"))).and(col("e2_fid").equalTo(col("p2_fid"))), "left");

    Column status = when(col("malformed"), lit(MALFORMED))
        .when(col("city1").isNull().or(col("city2").isNull()), lit(NO_CITY))
        .when(col("city1").equalTo(col("city2")), lit(SAME_CITY))
        .otherwise(lit(PAIR));
    Column isPair = col("status").equalTo(PAIR);
    Dataset<Row> keyed = joined
        .withColumn("status", status)
        .select(
            col("status"),
            when(isPair, least(col("city1"), col("city2"))).as("city_a"),
            when(isPair, greatest(col("city1"), col("city2"))).as("city_b"),
            when(isPair, col("month")).as("month"),
            when(isPair, col("event_class")).as("event_class"),
            when(isPair.and(col("city1").lt(col("city2"))), lit(1L)).otherwise(lit(0L)).as("a_to_b"),
            when(col("synthetic"), lit(1L)).otherwise(lit(0L)).as("synthetic"),
            col("mentions"), col("goldstein"), col("tone"));
    Dataset<Row> aggregate = keyed
        .groupBy("status", "city_a", "city_b", "month", "event_class")
        .agg(
            count(lit(1)).as("events"),
            sum("a_to_b").as("events_a_to_b"),
            sum("mentions").as("mentions"),
            avg("goldstein").as("goldstein_mean"),
            avg("tone").as("tone_mean"),
            sum("synthetic").as("synthetic_events"))
        .cache();

    Dataset<Row> interactions = aggregate.filter(col("status").equalTo(PAIR))
        .select("city_a", "city_b", "month", "event_class", "events", "events_a_to_b", "mentions",
            "goldstein_mean", "tone_mean");
    Dataset<Row> statusCounts = aggregate.groupBy("status")
        .agg(sum("events").as("events"), sum("synthetic_events").as("synthetic_events"));
    return new Result(interactions, statusCounts, placed, List.of(aggregate, ends));
  }

  /**
   * One end of an event as four columns {@code <name>_usable, _lat, _lon, _fid}: the actor's geography when it is
   * city level, else (with the fallback) the ActionGeo when that is. Needs the {@code *_ok} flags.
   */
  private static Column[] end(String actor, String name, Settings s) {
    Column useOwn = col(actor + "_ok");
    Column useAction = s.actionGeoFallback() ? useOwn.equalTo(false).and(col("ag_ok")) : lit(false);
    Column lat = when(useOwn, col(actor + "_lat")).when(useAction, col("ag_lat"));
    Column lon = when(useOwn, col(actor + "_lon")).when(useAction, col("ag_lon"));
    Column fid = when(useOwn, coalesce(col(actor + "_fid"), lit(""))).when(useAction, coalesce(col("ag_fid"), lit("")));
    return new Column[] {useOwn.or(useAction).as(name + "_usable"), lat.as(name + "_lat"), lon.as(name + "_lon"),
        fid.as(name + "_fid")};
  }

  private static Column cityLevel(String prefix, Settings s) {
    Column ok = col(prefix + "_type").isin(s.cityGeoTypes().toArray())
        .and(col(prefix + "_lat").between(-90, 90))
        .and(col(prefix + "_lon").between(-180, 180));
    return coalesce(ok, lit(false));
  }

  /**
   * Places distinct points ({@code lat, lon, fid}) in cities: crosswalk first, then the nearest city within the
   * radius found through the grid join. Every input point is kept; {@code city_id} is null when none matches.
   */
  public static Dataset<Row> placePoints(Dataset<Row> points, Dataset<Row> cities, Dataset<Row> crosswalk, double radiusKm) {
    Dataset<Row> cityCells = cities
        .select(col("city_id"), col("lat").as("c_lat"), col("lon").as("c_lon"),
            explode(call_udf(CELLS_UDF, col("lat"), col("lon"))).as("cell"));
    Dataset<Row> candidates = points
        .withColumn("cell", call_udf(CELL_UDF, col("lat"), col("lon")))
        .join(cityCells, "cell")
        .withColumn("distance_km", call_udf(DISTANCE_UDF, col("lat"), col("lon"), col("c_lat"), col("c_lon")))
        .filter(col("distance_km").leq(radiusKm));
    Dataset<Row> nearest = candidates
        .groupBy("lat", "lon", "fid")
        .agg(min(struct(col("distance_km"), col("city_id"))).as("best"))
        .select(col("lat"), col("lon"), col("fid"), col("best.city_id").as("near_city"),
            col("best.distance_km").as("distance_km"));
    Dataset<Row> placed = points.join(nearest, scalaSeq("lat", "lon", "fid"), "left");
    if (crosswalk != null) {
      Dataset<Row> cw = crosswalk.select(trim(col("feature_id")).as("fid"), trim(col("city_id")).as("cw_city"));
      placed = placed.join(broadcast(cw), scalaSeq("fid"), "left");
    } else {
      placed = placed.withColumn("cw_city", lit(null).cast(DataTypes.StringType));
    }
    return placed.select(
        col("lat"), col("lon"), col("fid"),
        coalesce(col("cw_city"), col("near_city")).as("city_id"),
        when(col("cw_city").isNull(), col("distance_km")).as("distance_km"),
        when(col("cw_city").isNotNull(), lit("crosswalk")).when(col("near_city").isNotNull(), lit("distance"))
            .as("by"));
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }

  /** Registers the grid and distance functions used by the join (idempotent). */
  public static void registerFunctions(SparkSession spark, CityGrid grid) {
    spark.udf().register(CELL_UDF, (UDF2<Double, Double, Long>) grid::cellOf, DataTypes.LongType);
    spark.udf().register(CELLS_UDF, (UDF2<Double, Double, long[]>) grid::cellsCovering,
        DataTypes.createArrayType(DataTypes.LongType, false));
    spark.udf().register(DISTANCE_UDF,
        (UDF4<Double, Double, Double, Double, Double>) Geo::haversineKm, DataTypes.DoubleType);
  }
}
