package org.hanse.spark.synthetic;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.hanse.spark.Command;
import org.hanse.spark.JobArguments;
import org.hanse.spark.JobSummary;
import org.hanse.spark.UserInputException;
import org.hanse.spark.io.Tables;

/** {@code hanse-spark generate-cities | generate-events | generate-offices}: SYNTHETIC data for scale tests. */
public final class GenerateCommand implements Command {
  /** What to generate. */
  public enum Kind {
    CITIES("generate-cities", "SYNTHETIC cities at random places (id, name_en, country, latitude, longitude)"),
    EVENTS("generate-events", "SYNTHETIC events in the GDELT 2.0 event format between given cities"),
    OFFICES("generate-offices", "SYNTHETIC city x firm office table (city_id, actor_id, value, sector)");

    final String command;
    final String description;

    Kind(String command, String description) {
      this.command = command;
      this.description = description;
    }
  }

  private final Kind kind;

  public GenerateCommand(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return kind.command;
  }

  @Override
  public String description() {
    return kind.description;
  }

  @Override
  public String usage() {
    String common = String.join("\n",
        "  --rows N                number of rows (thousands to tens of millions; default 10000)",
        "  --seed S                seed; the same seed gives the same data (default 1)",
        "  --partitions P          output files (default: 1 per million rows, at least 2)",
        "  --output DIR            output directory (required); --overwrite to replace its content");
    return switch (kind) {
      case CITIES -> common + "\n  (writes DIR/cities.csv in the hanse cities layout)";
      case EVENTS -> common + "\n" + String.join("\n",
          "  --cities PATH           cities to place events in (id, latitude, longitude) (required)",
          "  --first-year Y          first year of the events (default 2015)",
          "  --months M              number of months covered (default 120)",
          "  --format F              gdelt (tab-delimited, no header; default) or parquet (named columns)");
      case OFFICES -> common + "\n" + String.join("\n",
          "  --city-count C          number of cities, ids x-syn-000000.. as generate-cities makes (default 2000)",
          "  --firms F               number of firms (default 500)",
          "  --sectors S             number of sectors (default 6)",
          "  --format F              csv (default) or parquet");
    };
  }

  @Override
  public Set<String> valueOptions() {
    Set<String> s = new HashSet<>(Set.of("rows", "seed", "partitions", "output"));
    switch (kind) {
      case EVENTS -> s.addAll(Set.of("cities", "first-year", "months", "format"));
      case OFFICES -> s.addAll(Set.of("city-count", "firms", "sectors", "format"));
      default -> { }
    }
    s.addAll(COMMON_VALUE_OPTIONS);
    return s;
  }

  @Override
  public Set<String> flagOptions() {
    return Set.of("overwrite");
  }

  @Override
  public void run(JobArguments a, Context context) {
    long rows = a.longValue("rows", 10_000, 1, 10_000_000_000L);
    long seed = a.longValue("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    int partitions = a.intValue("partitions", (int) Math.max(2, Math.min(10_000, rows / 1_000_000)), 1, 100_000);
    String output = a.required("output");
    String format = a.value("format", kind == Kind.EVENTS ? "gdelt" : "csv").toLowerCase(Locale.ROOT);
    SparkSession spark = context.session().get("hanse " + kind.command, a.value("master").orElse(null));
    JobSummary summary = new JobSummary(kind.command);
    switch (kind) {
      case CITIES -> {
        Tables.prepareOutput(spark, output, a.flag("overwrite"));
        Tables.writeSingleCsv(spark, SyntheticData.cities(spark, rows, seed), output, "cities.csv");
        summary.line("written", Tables.child(output, "cities.csv"));
      }
      case EVENTS -> {
        if (!format.equals("gdelt") && !format.equals("parquet")) {
          throw new UserInputException("generate-events: --format must be gdelt or parquet: " + format);
        }
        Dataset<Row> cities = Tables.read(spark, "--cities", a.required("cities"));
        Tables.requireColumns(cities, "--cities", "id", "latitude", "longitude");
        int firstYear = a.intValue("first-year", 2015, 1900, 2100);
        int months = a.intValue("months", 120, 1, 2400);
        Tables.prepareOutput(spark, output, a.flag("overwrite"));
        Dataset<Row> lines = SyntheticData.gdeltEvents(spark, cities, rows, seed, firstYear, months, partitions);
        String dir = Tables.child(output, "events");
        if (format.equals("gdelt")) {
          lines.write().mode(SaveMode.Overwrite).text(dir);
        } else {
          lines.selectExpr(namedColumns()).write().mode(SaveMode.Overwrite).parquet(dir);
        }
        summary.line("written", dir + (format.equals("gdelt") ? " (GDELT 2.0 tab-delimited text)" : " (Parquet)"));
      }
      case OFFICES -> {
        if (!format.equals("csv") && !format.equals("parquet")) {
          throw new UserInputException("generate-offices: --format must be csv or parquet: " + format);
        }
        long cityCount = a.longValue("city-count", 2000, 1, 1_000_000_000L);
        long firms = a.longValue("firms", 500, 1, 1_000_000_000L);
        int sectors = a.intValue("sectors", 6, 1, 1000);
        Tables.prepareOutput(spark, output, a.flag("overwrite"));
        Dataset<Row> t = SyntheticData.offices(spark, rows, cityCount, firms, sectors, seed, partitions);
        String dir = Tables.child(output, "offices");
        if (format.equals("csv")) {
          t.write().mode(SaveMode.Overwrite).option("header", "true").csv(dir);
        } else {
          t.write().mode(SaveMode.Overwrite).parquet(dir);
        }
        summary.line("written", dir + " (" + format + ")");
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    summary.inputRows(rows).count("rows generated", rows).line("seed", seed)
        .note("SYNTHETIC data for scale tests: not a description of any real city, firm or event");
    summary.finish();
    context.out().print(summary.render());
  }

  /** SQL that splits a GDELT line into columns named as the GDELT fields (for Parquet output). */
  static String[] namedColumns() {
    var cols = org.hanse.spark.interactions.GdeltFormat.V2_COLUMNS;
    String[] out = new String[cols.size()];
    for (int i = 0; i < cols.size(); i++) {
      out[i] = "split(value, '\\t', -1)[" + i + "] AS " + cols.get(i);
    }
    return out;
  }
}
