package org.hanse.spark.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Results as files {@code hanse import} reads: the {@code indicator_definitions.csv} and {@code indicators.csv}
 * layouts of the data-format documentation (the bundle formats of the ingest module, whose column lists the tests
 * compare with these). City-level results of a job become city indicators: one definition per measure, one row per
 * city, measure and year.
 */
public final class ImportFiles {
  /** Columns of {@code indicator_definitions.csv}. */
  public static final List<String> DEFINITION_COLUMNS = List.of("code", "scope", "name_en", "name_zh", "unit", "source_id");
  /** Columns of {@code indicators.csv}. */
  public static final List<String> INDICATOR_COLUMNS = List.of("subject_id", "code", "year", "value", "unit", "source_id");

  /** Usage lines of the options every job with indicator output shares. */
  public static final String YEAR_USAGE = String.join("\n",
      "  --year Y                reference year of the results: also writes indicator_definitions.csv and",
      "                          indicators.csv for 'hanse import' (city-level measures as city indicators)",
      "  --source-id ID          source id the imported rows cite (register it first; default hanse-spark)");

  private ImportFiles() {}

  /** {@code --year}, or null when not given; a year outside 1800-2199 is a user error. */
  public static Integer year(org.hanse.spark.JobArguments a) {
    return a.value("year").isPresent() ? a.intValue("year", 0, 1800, 2199) : null;
  }

  /** {@code --source-id}, checked to be an id (not blank, no surrounding spaces, no comma or quote). */
  public static String sourceId(org.hanse.spark.JobArguments a, String fallback) {
    String id = a.value("source-id", fallback);
    if (id.isBlank() || !id.strip().equals(id) || id.contains(",") || id.contains("\"")) {
      throw new org.hanse.spark.UserInputException("--source-id must be a non-empty id without surrounding spaces,"
          + " commas or quotes: '" + id + "'");
    }
    return id;
  }

  /**
   * One city indicator a job writes.
   *
   * @param code   indicator code
   * @param column the result column holding its value
   * @param nameEn English name
   * @param nameZh Chinese name
   * @param unit   unit, may be empty
   */
  public record Measure(String code, String column, String nameEn, String nameZh, String unit) {}

  /**
   * Writes {@code indicator_definitions.csv} (a handful of rows, written directly) and {@code indicators.csv} (one
   * task, sorted by code and subject) into {@code dir}.
   *
   * @param table    one row per city, with {@code subjectColumn}, the measure columns and, when {@code yearColumn}
   *                 is not null, the year
   * @param year     the year of every row when {@code yearColumn} is null
   * @param sourceId id the rows cite; it must be registered before import
   */
  public static void writeCityIndicators(SparkSession spark, String dir, Dataset<Row> table, String subjectColumn,
      String yearColumn, Integer year, List<Measure> measures, String sourceId) {
    StringBuilder defs = new StringBuilder(String.join(",", DEFINITION_COLUMNS)).append('\n');
    Dataset<Row> rows = null;
    for (Measure m : measures) {
      defs.append(String.join(",", m.code(), "city", csv(m.nameEn()), csv(m.nameZh()), csv(m.unit()), sourceId))
          .append('\n');
      Dataset<Row> one = table.filter(col(m.column()).isNotNull()).select(
          col(subjectColumn).as("subject_id"),
          lit(m.code()).as("code"),
          (yearColumn == null ? lit(year) : col(yearColumn)).cast(DataTypes.IntegerType).as("year"),
          col(m.column()).cast(DataTypes.DoubleType).as("value_raw"),
          lit(m.unit()).as("unit"),
          lit(sourceId).as("source_id"));
      rows = rows == null ? one : rows.unionByName(one);
    }
    writeText(spark, Tables.child(dir, "indicator_definitions.csv"), defs.toString());
    Dataset<Row> indicators = rows
        .select(col("subject_id"), col("code"), col("year"), numberText(col("value_raw")).as("value"), col("unit"),
            col("source_id"))
        .orderBy("code", "subject_id", "year");
    Tables.writeSingleCsv(spark, indicators, dir, "indicators.csv");
  }

  /**
   * A number as Hanse writes it: whole values without a decimal point, others in the shortest form that reads back
   * as the same double (as {@code org.hanse.ingest.format.Numbers}).
   */
  static org.apache.spark.sql.Column numberText(org.apache.spark.sql.Column v) {
    org.apache.spark.sql.Column d = v.cast(DataTypes.DoubleType);
    return org.apache.spark.sql.functions.when(d.equalTo(org.apache.spark.sql.functions.rint(d))
            .and(org.apache.spark.sql.functions.abs(d).lt(1e15)), d.cast(DataTypes.LongType).cast(DataTypes.StringType))
        .otherwise(d.cast(DataTypes.StringType));
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") || !s.strip().equals(s)
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }

  private static void writeText(SparkSession spark, String file, String text) {
    try {
      Path p = new Path(file);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (var out = fs.create(p, true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing " + file + " failed: " + e.getMessage(), e);
    }
  }
}
