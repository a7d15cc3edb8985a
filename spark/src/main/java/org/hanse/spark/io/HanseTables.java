package org.hanse.spark.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.hanse.spark.UserInputException;

/**
 * Hanse's own tables as Spark reads them: cities (the {@code hanse import} city layout, of which only
 * {@code id, latitude, longitude} are used) and cluster memberships ({@code cluster_id, city_id}).
 */
public final class HanseTables {
  private HanseTables() {}

  /**
   * Cities with valid coordinates as {@code city_id, lat, lon}. A row with a missing id or coordinates outside
   * WGS84 ranges is an error: a city that cannot be placed would silently lose all its events.
   */
  public static Dataset<Row> cities(SparkSession spark, String path) {
    Dataset<Row> raw = Tables.read(spark, "--cities", path);
    Tables.requireColumns(raw, "--cities " + path, "id", "latitude", "longitude");
    Dataset<Row> c = raw.select(
        trim(col("id")).as("city_id"),
        asDouble(col("latitude")).as("lat"),
        asDouble(col("longitude")).as("lon"));
    return validateCities(c, "--cities " + path);
  }

  /** Checks a {@code city_id, lat, lon} table and returns it; reports up to five bad rows. */
  public static Dataset<Row> validateCities(Dataset<Row> c, String what) {
    Column bad = col("city_id").isNull().or(col("city_id").equalTo(""))
        .or(col("lat").isNull()).or(col("lon").isNull())
        .or(col("lat").lt(-90)).or(col("lat").gt(90)).or(col("lon").lt(-180)).or(col("lon").gt(180));
    List<Row> examples = c.filter(bad).limit(5).collectAsList();
    if (!examples.isEmpty()) {
      long n = c.filter(bad).count();
      throw new UserInputException(what + ": " + n + " city row(s) without an id or with coordinates outside"
          + " latitude -90..90 / longitude -180..180, e.g. " + examples);
    }
    List<Row> dup = c.groupBy("city_id").count().filter(col("count").gt(1)).limit(5).collectAsList();
    if (!dup.isEmpty()) {
      throw new UserInputException(what + ": city id(s) listed twice: " + dup);
    }
    return c;
  }

  /** Cluster memberships {@code cluster_id, city_id} from a CSV/Parquet table with those columns. */
  public static Dataset<Row> clusterMembers(SparkSession spark, String path) {
    Dataset<Row> raw = Tables.read(spark, "--clusters", path);
    Tables.requireColumns(raw, "--clusters " + path, "cluster_id", "city_id");
    Dataset<Row> m = raw.select(trim(col("cluster_id")).as("cluster_id"), trim(col("city_id")).as("city_id"));
    long bad = m.filter(col("cluster_id").isNull().or(col("city_id").isNull())
        .or(col("cluster_id").equalTo("")).or(col("city_id").equalTo(""))).count();
    if (bad > 0) {
      throw new UserInputException("--clusters " + path + ": " + bad + " row(s) without cluster_id or city_id");
    }
    return m.distinct();
  }

  /** A string or numeric column as double; text that is not a number becomes null (no ANSI error). */
  public static Column asDouble(Column c) {
    return trim(c.cast(DataTypes.StringType)).try_cast(DataTypes.DoubleType);
  }

  /** A string or numeric column as long; text that is not a whole number becomes null. */
  public static Column asLong(Column c) {
    return trim(c.cast(DataTypes.StringType)).try_cast(DataTypes.LongType);
  }
}
