package org.hanse.spark.interactions;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.hanse.spark.UserInputException;
import org.hanse.spark.io.Tables;

/**
 * Reads GDELT-format event files into one normalised row per event:
 *
 * <pre>
 * event_id, month ("yyyy-MM"), year, event_class, mentions, goldstein, tone, malformed, synthetic,
 * a1_type, a1_lat, a1_lon, a1_fid,  a2_type, a2_lat, a2_lon, a2_fid,  ag_type, ag_lat, ag_lon, ag_fid
 * </pre>
 *
 * ({@code a1} = Actor1Geo, {@code a2} = Actor2Geo, {@code ag} = ActionGeo). {@code synthetic} marks the SYNTHETIC
 * events of {@code hanse-spark generate-events}, whose {@code SOURCEURL} starts with {@link #SYNTHETIC_URL_PREFIX}
 * (false where the layout has no {@code SOURCEURL}). A record is {@code malformed} when
 * its field count matches no GDELT layout, its {@code SQLDATE} is not a date {@code yyyyMMdd} (year 1800-2199,
 * month 1-12, day 1-31) or its event class is missing or out of range. Blank geography fields are not malformed:
 * GDELT leaves them blank when an actor has no location; such an end simply matches no city.
 *
 * <p>Everything is expressed as Spark SQL column expressions (no per-row Java code), so the scan runs in generated
 * code at the speed of the file reader.
 */
public final class GdeltEvents {
  /** How the event files are laid out. */
  public enum InputFormat {
    /** GDELT's own files: tab-delimited, no header, 57, 58 or 61 fields (see {@link GdeltFormat}). */
    GDELT,
    /** CSV with a header row naming the GDELT fields. */
    CSV,
    /** Tab-separated with a header row naming the GDELT fields. */
    TSV,
    /** Parquet with columns named as the GDELT fields. */
    PARQUET;

    public static InputFormat parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--format: unknown event format '" + s + "'; use gdelt, csv, tsv or parquet");
      }
    }
  }

  /** Which event class the interactions are counted by. */
  public enum EventClassScheme {
    /** CAMEO QuadClass 1-4: verbal/material cooperation/conflict. */
    QUAD,
    /** CAMEO root code 01-20 ({@code cameo_01} … {@code cameo_20}). */
    ROOT;

    public static EventClassScheme parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--event-class: unknown scheme '" + s + "'; use quad or root");
      }
    }
  }

  /** The {@code SOURCEURL} prefix of SYNTHETIC events. */
  public static final String SYNTHETIC_URL_PREFIX = "synthetic://";

  /** Short prefixes of the normalised geography columns, in the order of {@link GdeltFormat#GEO_PREFIXES}. */
  public static final List<String> ENDS = List.of("a1", "a2", "ag");

  private GdeltEvents() {}

  /** Reads and normalises the event files. */
  public static Dataset<Row> read(SparkSession spark, List<String> paths, InputFormat format, EventClassScheme scheme) {
    Tables.requireExists(spark, "--events", paths);
    String[] p = paths.toArray(new String[0]);
    return switch (format) {
      case GDELT -> fromFields(spark.read().textFile(p).toDF("line"), scheme);
      case CSV -> fromNamed(spark.read().option("header", "true").csv(p), scheme);
      case TSV -> fromNamed(spark.read().option("header", "true").option("sep", "\t").csv(p), scheme);
      case PARQUET -> fromNamed(spark.read().parquet(p), scheme);
    };
  }

  /** Normalises raw GDELT lines (one string column {@code line}). */
  public static Dataset<Row> fromFields(Dataset<Row> lines, EventClassScheme scheme) {
    Column fields = split(col("line"), "\t", -1);
    Dataset<Row> withFields = lines.select(fields.as("f"), size(fields).as("n"));
    Function<String, Column> field = name -> {
      // Field position → the field counts whose layout has the field there (57 and 58 agree on every position).
      java.util.Map<Integer, List<Object>> counts = new java.util.TreeMap<>();
      for (var e : GdeltFormat.LAYOUTS.entrySet()) {
        int i = GdeltFormat.indexOf(e.getValue(), name);
        if (i >= 0) {
          counts.computeIfAbsent(i, k -> new ArrayList<>()).add(e.getKey());
        }
      }
      Column c = null;
      for (var e : counts.entrySet()) {
        Column value = try_element_at(col("f"), lit(e.getKey() + 1));
        Column test = col("n").isin(e.getValue().toArray());
        c = c == null ? when(test, value) : c.when(test, value);
      }
      return c == null ? lit(null).cast(DataTypes.StringType) : c;
    };
    Column layoutKnown = col("n").isin(61, 58, 57);
    return normalise(withFields, field, layoutKnown, scheme);
  }

  /** Normalises a table whose columns carry the GDELT field names. */
  public static Dataset<Row> fromNamed(Dataset<Row> table, EventClassScheme scheme) {
    List<String> required = new ArrayList<>(List.of("SQLDATE", scheme == EventClassScheme.QUAD ? "QuadClass" : "EventRootCode"));
    for (String g : GdeltFormat.GEO_PREFIXES) {
      for (String f : List.of("Type", "Lat", "Long")) {
        required.add(g + f);
      }
    }
    Tables.requireColumns(table, "--events", required.toArray(new String[0]));
    Function<String, Column> field = name -> Tables.hasColumn(table, name)
        ? col(name).cast(DataTypes.StringType)
        : lit(null).cast(DataTypes.StringType);
    return normalise(table, field, lit(true), scheme);
  }

  private static Dataset<Row> normalise(
      Dataset<Row> in, Function<String, Column> field, Column layoutKnown, EventClassScheme scheme) {
    Column dateText = trim(field.apply("SQLDATE"));
    Column date = dateText.try_cast(DataTypes.LongType);
    Column year = date.divide(10000).cast(DataTypes.IntegerType);
    Column monthOfYear = date.divide(100).cast(DataTypes.LongType).mod(100).cast(DataTypes.IntegerType);
    Column day = date.mod(100).cast(DataTypes.IntegerType);
    Column dateValid = length(dateText).equalTo(8).and(date.isNotNull())
        .and(year.between(1800, 2199)).and(monthOfYear.between(1, 12)).and(day.between(1, 31));
    Column eventClass;
    if (scheme == EventClassScheme.QUAD) {
      Column q = trim(field.apply("QuadClass")).try_cast(DataTypes.IntegerType);
      eventClass = when(q.equalTo(1), lit(GdeltFormat.QUAD_CLASSES.get(0)))
          .when(q.equalTo(2), lit(GdeltFormat.QUAD_CLASSES.get(1)))
          .when(q.equalTo(3), lit(GdeltFormat.QUAD_CLASSES.get(2)))
          .when(q.equalTo(4), lit(GdeltFormat.QUAD_CLASSES.get(3)));
    } else {
      Column r = trim(field.apply("EventRootCode")).try_cast(DataTypes.IntegerType);
      eventClass = when(r.between(1, 20), concat(lit("cameo_"), lpad(r.cast(DataTypes.StringType), 2, "0")));
    }
    List<Column> out = new ArrayList<>();
    out.add(trim(field.apply("GLOBALEVENTID")).as("event_id"));
    out.add(when(dateValid, format_string("%04d-%02d", year, monthOfYear)).as("month"));
    out.add(when(dateValid, year).as("year"));
    out.add(eventClass.as("event_class"));
    out.add(trim(field.apply("NumMentions")).try_cast(DataTypes.LongType).as("mentions"));
    out.add(trim(field.apply("GoldsteinScale")).try_cast(DataTypes.DoubleType).as("goldstein"));
    out.add(trim(field.apply("AvgTone")).try_cast(DataTypes.DoubleType).as("tone"));
    out.add(layoutKnown.and(dateValid).and(eventClass.isNotNull()).equalTo(false).as("malformed"));
    out.add(coalesce(field.apply("SOURCEURL").startsWith(SYNTHETIC_URL_PREFIX), lit(false)).as("synthetic"));
    for (int k = 0; k < ENDS.size(); k++) {
      String g = GdeltFormat.GEO_PREFIXES.get(k);
      String e = ENDS.get(k);
      out.add(trim(field.apply(g + "Type")).try_cast(DataTypes.IntegerType).as(e + "_type"));
      out.add(trim(field.apply(g + "Lat")).try_cast(DataTypes.DoubleType).as(e + "_lat"));
      out.add(trim(field.apply(g + "Long")).try_cast(DataTypes.DoubleType).as(e + "_lon"));
      out.add(trim(field.apply(g + "FeatureID")).as(e + "_fid"));
    }
    return in.select(out.toArray(new Column[0]));
  }
}
