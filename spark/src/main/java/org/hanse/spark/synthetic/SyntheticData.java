package org.hanse.spark.synthetic;

import static org.apache.spark.sql.functions.asin;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.degrees;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * SYNTHETIC data for scale tests, clearly not real: cities at random places, GDELT-format events between them, and
 * a city × firm office table. Every value is a pure function of (seed, row number) through 64-bit hashes, so a
 * table is the same whatever the number of partitions, and rows are generated in parallel by {@code spark.range}
 * (tens of millions of rows need no driver memory).
 *
 * <p>Shapes follow the real data loosely: activity is concentrated on few cities and firms (the index of a city or
 * firm is {@code ⌊count · u^k⌋} for a uniform u, a heavy head); 85 % of actor locations are world cities (GDELT
 * geography type 4) placed within about 5 km of their city, 10 % are country-level centroids (type 1, which must
 * not be matched to a city) and 5 % are blank; the event root code agrees with the QuadClass; office values follow
 * GaWC's 1-5 coding with 5 (headquarters) rare.
 */
public final class SyntheticData {
  /** City ids of synthetic cities: {@code x-syn-000042}. */
  public static final String CITY_ID_FORMAT = "x-syn-%06d";
  /** The prefix of every synthetic city id. */
  public static final String CITY_ID_PREFIX = "x-syn-";
  /** The prefix of every synthetic firm id. */
  public static final String FIRM_ID_PREFIX = "firm-syn-";

  private SyntheticData() {}

  /** A uniform number in [0, 1) from the seed, the row id and a stream number. */
  static Column uniform(long seed, int stream) {
    Column h = xxhash64(lit(seed), col("id"), lit(stream));
    // The low 53 bits of the hash as a fraction: exact in double arithmetic.
    return pmod(h, lit(1L << 53)).cast(DataTypes.DoubleType).divide((double) (1L << 53));
  }

  /**
   * {@code count} synthetic cities {@code id, name_en, country, latitude, longitude} spread uniformly over the
   * sphere between latitudes −70 and 70 (country {@code XX}, the ISO code reserved for user assignment).
   */
  public static Dataset<Row> cities(SparkSession spark, long count, long seed) {
    Column u1 = uniform(seed, 1);
    Column u2 = uniform(seed, 2);
    Column sinMax = lit(Math.sin(Math.toRadians(70)));
    Column lat = degrees(asin(u1.multiply(2).minus(1).multiply(sinMax)));
    Column lon = u2.multiply(360).minus(180);
    return spark.range(count).select(
        format_string(CITY_ID_FORMAT, col("id")).as("id"),
        format_string("Synthetic City %d", col("id")).as("name_en"),
        lit("XX").as("country"),
        round(lat, 5).as("latitude"),
        round(lon, 5).as("longitude"));
  }

  /**
   * {@code rows} synthetic events as GDELT 2.0 lines (61 tab-separated fields, column {@code value}) between the
   * given cities ({@code id, latitude, longitude}), dated over {@code months} months from {@code firstYear-01}.
   * The city list is small (it is the gazetteer, not the data) and travels with the tasks; each line is built by
   * {@link SyntheticEvent} from (seed, row number) alone.
   */
  public static Dataset<Row> gdeltEvents(
      SparkSession spark, Dataset<Row> cities, long rows, long seed, int firstYear, int months, int partitions) {
    List<Row> sorted = cities.select(col("id").cast(DataTypes.StringType), col("latitude").cast(DataTypes.DoubleType),
        col("longitude").cast(DataTypes.DoubleType)).orderBy("id").collectAsList();
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no cities to place synthetic events in");
    }
    double[] lat = new double[sorted.size()];
    double[] lon = new double[sorted.size()];
    for (int i = 0; i < lat.length; i++) {
      lat[i] = sorted.get(i).getDouble(1);
      lon[i] = sorted.get(i).getDouble(2);
    }
    SyntheticEvent generator = new SyntheticEvent(seed, lat, lon, firstYear, months);
    return spark.range(0, rows, 1, partitions)
        .map((MapFunction<Long, String>) generator::line, Encoders.STRING())
        .toDF("value");
  }

  /**
   * {@code rows} synthetic office rows {@code city_id, actor_id, value, sector} over {@code cityCount} cities
   * ({@link #CITY_ID_FORMAT}) and {@code firms} firms in {@code sectors} sectors. The same (city, firm) may be drawn
   * twice, as duplicate survey rows happen in real tables; the model combines them by their maximum.
   */
  public static Dataset<Row> offices(SparkSession spark, long rows, long cityCount, long firms, int sectors, long seed,
      int partitions) {
    Column firm = floor(pow(uniform(seed, 1), 1.5).multiply(firms)).cast(DataTypes.LongType);
    Column city = floor(pow(uniform(seed, 2), 2).multiply(cityCount)).cast(DataTypes.LongType);
    Column u = uniform(seed, 3);
    Column value = when(u.lt(0.20), 1).when(u.lt(0.70), 2).when(u.lt(0.90), 3).when(u.lt(0.98), 4).otherwise(5);
    return spark.range(0, rows, 1, partitions).select(
        format_string(CITY_ID_FORMAT, city).as("city_id"),
        format_string("firm-syn-%06d", firm).as("actor_id"),
        value.cast(DataTypes.IntegerType).as("value"),
        format_string("sector-%02d", pmod(firm, lit((long) sectors))).as("sector"));
  }

}
