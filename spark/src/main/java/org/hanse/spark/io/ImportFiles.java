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
 * Results as files {@code hanse import} reads: the {@code sources.csv}, {@code indicator_definitions.csv} and
 * {@code indicators.csv} layouts of the data-format documentation (the bundle formats of the ingest module, whose
 * column lists the tests compare with these). City-level results of a job become city indicators: one definition
 * per measure, one row per city, measure and year. Every job also writes the one source its rows cite, so that the
 * files import into a knowledge base that does not know the source yet.
 */
public final class ImportFiles {
  /** Columns of {@code indicator_definitions.csv}. */
  public static final List<String> DEFINITION_COLUMNS = List.of("code", "scope", "name_en", "name_zh", "unit", "source_id");
  /** Columns of {@code indicators.csv}. */
  public static final List<String> INDICATOR_COLUMNS = List.of("subject_id", "code", "year", "value", "unit", "source_id");

  /** Columns of {@code sources.csv}. */
  public static final List<String> SOURCE_COLUMNS = List.of("id", "title", "licence", "vintage", "attribution", "url");

  /** Options that describe the source of the imported rows, shared by every job. */
  public static final java.util.Set<String> SOURCE_OPTIONS =
      java.util.Set.of("source-id", "source-title", "source-licence", "source-url");

  /** The licence line of the source of SYNTHETIC data. */
  public static final String SYNTHETIC_LICENCE =
      "SYNTHETIC test data made by Hanse's generator (Apache-2.0): describes no real city, firm or event";

  /** Usage lines of the source options, with the job's default source id. */
  public static String sourceUsage(String defaultId) {
    return String.join("\n",
        "  --source-id ID          source id the imported rows cite (default " + defaultId + "); sources.csv",
        "                          describes it (title, licence, vintage, attribution, url)",
        "  --source-title T, --source-licence L, --source-url U",
        "                          replace the title, licence and address the job writes for the source");
  }

  /** Usage lines of {@code --year} and the source options. */
  public static String yearUsage(String defaultSourceId) {
    return String.join("\n",
        "  --year Y                reference year of the results: also writes indicator_definitions.csv and",
        "                          indicators.csv for 'hanse import' (city-level measures as city indicators)",
        sourceUsage(defaultSourceId));
  }

  /**
   * The one row of {@code sources.csv} a job writes for the rows it produces.
   *
   * @param id          the {@code --source-id}
   * @param title       what the data are and how the job derived them
   * @param licence     the licence or terms of use, as far as the job knows them
   * @param vintage     the period the results describe (months of the events, the reference year), may be empty
   * @param attribution the attribution the original asks for, may be empty
   * @param url         where the original can be found, may be empty
   */
  public record SourceRow(String id, String title, String licence, String vintage, String attribution, String url) {
    /** This row with the title, licence and address the user gave ({@code --source-title} …), where given. */
    public SourceRow withOptions(org.hanse.spark.JobArguments a) {
      return new SourceRow(id, a.value("source-title", title), a.value("source-licence", licence), vintage,
          attribution, a.value("source-url", url));
    }

    /** The CSV line. */
    public String csvLine() {
      return String.join(",", csv(id), csv(title), csv(licence), csv(vintage), csv(attribution), csv(url));
    }
  }

  /** Writes {@code dir/sources.csv} with its header and the one row. */
  public static void writeSource(SparkSession spark, String dir, SourceRow source) {
    writeText(spark, Tables.child(dir, "sources.csv"), String.join(",", SOURCE_COLUMNS) + "\n" + source.csvLine() + "\n");
  }

  /**
   * The source row a job wrote into {@code dir} ({@code sources.csv}), or empty when there is none (an output of an
   * earlier version, or not a job's output).
   */
  public static java.util.Optional<SourceRow> readSource(SparkSession spark, String dir) {
    Path p = new Path(Tables.child(dir, "sources.csv"));
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return java.util.Optional.empty();
      }
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
    List<Row> rows = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(p.toString()).collectAsList();
    if (rows.size() != 1) {
      return java.util.Optional.empty();
    }
    Row r = rows.get(0);
    java.util.function.Function<String, String> v = c -> {
      int i = java.util.Arrays.asList(r.schema().fieldNames()).indexOf(c);
      return i < 0 || r.isNullAt(i) ? "" : r.getString(i);
    };
    return java.util.Optional.of(new SourceRow(v.apply("id"), v.apply("title"), v.apply("licence"),
        v.apply("vintage"), v.apply("attribution"), v.apply("url")));
  }

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
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || !s.strip().equals(s)
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
