package org.hanse.spark.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hanse.spark.TestSpark;
import org.hanse.spark.interactions.GdeltEvents.EventClassScheme;
import org.hanse.spark.interactions.GdeltEvents.InputFormat;
import org.hanse.spark.synthetic.SyntheticData;
import org.junit.jupiter.api.Test;

class CityPairInteractionsTest {
  /** Cities chosen for the hard cases: two close neighbours, the antimeridian, the Arctic. */
  static final List<ReferenceInteractions.City> CITIES = List.of(
      new ReferenceInteractions.City("1796236", 31.22222, 121.45806),   // Shanghai
      new ReferenceInteractions.City("1799962", 32.06167, 118.77778),   // Nanjing
      new ReferenceInteractions.City("2643743", 51.50853, -0.12574),    // London
      new ReferenceInteractions.City("x-croydon", 51.37236, -0.10) ,    // 15 km from London
      new ReferenceInteractions.City("2198148", -18.14161, 178.44149),  // Suva, near the antimeridian
      new ReferenceInteractions.City("x-east-of-date-line", -18.2, -179.95),
      new ReferenceInteractions.City("2729907", 78.22334, 15.64689),    // Longyearbyen
      new ReferenceInteractions.City("5128581", 40.71427, -74.00597));  // New York

  static Dataset<Row> cityTable(List<ReferenceInteractions.City> cities) {
    StructType s = new StructType().add("city_id", DataTypes.StringType).add("lat", DataTypes.DoubleType)
        .add("lon", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    cities.forEach(c -> rows.add(RowFactory.create(c.id(), c.lat(), c.lon())));
    return TestSpark.session().createDataFrame(rows, s);
  }

  /** A point at a random bearing and distance (0-40 km) from a city, with longitude wrapped to [-180, 180]. */
  static double[] near(ReferenceInteractions.City c, Random rnd) {
    double d = rnd.nextDouble() * 40 / 6371.0088;
    double bearing = rnd.nextDouble() * 2 * Math.PI;
    double p1 = Math.toRadians(c.lat());
    double l1 = Math.toRadians(c.lon());
    double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
    double l2 = l1 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
    double lon = Math.toDegrees(l2);
    lon = ((lon + 540) % 360) - 180;
    return new double[] {Math.toDegrees(p2), lon};
  }

  /** Random GDELT 2.0 and 1.0 lines with every case the job must handle. */
  static List<String> sampleLines(int count, long seed) {
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean v2 = rnd.nextInt(4) != 0;
      String[] f = new String[v2 ? 61 : 58];
      Arrays.fill(f, "");
      f[0] = Long.toString(500_000_000L + i);
      int month = 1 + rnd.nextInt(12);
      f[1] = rnd.nextInt(40) == 0 ? "2021-13-01" : String.format("%04d%02d%02d", 2019 + rnd.nextInt(3), month, 1 + rnd.nextInt(28));
      f[29] = rnd.nextInt(50) == 0 ? "7" : Integer.toString(1 + rnd.nextInt(4));
      f[28] = "0" + (1 + rnd.nextInt(9));
      f[30] = rnd.nextInt(10) == 0 ? "" : String.format("%.1f", rnd.nextDouble() * 20 - 10);
      f[31] = Integer.toString(1 + rnd.nextInt(30));
      f[34] = String.format("%.4f", rnd.nextDouble() * 10 - 5);
      int[] starts = v2 ? new int[] {35, 43, 51} : new int[] {35, 42, 49};
      for (int s : starts) {
        int latAt = v2 ? s + 5 : s + 4;
        int r = rnd.nextInt(20);
        if (r < 14) {
          ReferenceInteractions.City c = CITIES.get(rnd.nextInt(CITIES.size()));
          double[] p = near(c, rnd);
          f[s] = rnd.nextBoolean() ? "4" : "3";
          f[latAt] = String.format("%.4f", p[0]);
          f[latAt + 1] = String.format("%.4f", p[1]);
          f[latAt + 2] = "-" + (1000 + rnd.nextInt(50));
        } else if (r < 17) {
          f[s] = rnd.nextBoolean() ? "1" : "5"; // country or state centroid right on a city: never matched
          ReferenceInteractions.City c = CITIES.get(rnd.nextInt(CITIES.size()));
          f[latAt] = Double.toString(c.lat());
          f[latAt + 1] = Double.toString(c.lon());
          f[latAt + 2] = "XX";
        } else if (r < 18) {
          f[s] = "4"; // a world city far from every Hanse city
          f[latAt] = "-45.0";
          f[latAt + 1] = "-120.0";
        }
        // else: blank geography
      }
      String line = String.join("\t", f);
      if (rnd.nextInt(60) == 0) {
        line = line.substring(0, line.lastIndexOf('\t')); // a truncated record
      }
      lines.add(line);
    }
    return lines;
  }

  static Map<String, Row> byKey(Dataset<Row> interactions) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : interactions.collectAsList()) {
      m.put(r.getAs("city_a") + "|" + r.getAs("city_b") + "|" + r.getAs("month") + "|" + r.getAs("event_class"), r);
    }
    return m;
  }

  static Map<String, Long> statuses(Dataset<Row> counts) {
    Map<String, Long> m = new HashMap<>();
    counts.collectAsList().forEach(r -> m.put(r.getString(0), r.getLong(1)));
    return m;
  }

  static void assertEqualsReference(CityPairInteractions.Result result, ReferenceInteractions ref) {
    Map<String, Row> got = byKey(result.interactions());
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(ref.cells.keySet());
    for (var e : ref.cells.entrySet()) {
      Row r = got.get(e.getKey());
      ReferenceInteractions.Cell c = e.getValue();
      assertThat(r.<Long>getAs("events")).as(e.getKey()).isEqualTo(c.events);
      assertThat(r.<Long>getAs("events_a_to_b")).as(e.getKey()).isEqualTo(c.aToB);
      assertThat(r.<Long>getAs("mentions")).as(e.getKey()).isEqualTo(c.mentions);
      if (c.goldsteinCount == 0) {
        assertThat(r.<Object>getAs("goldstein_mean")).isNull();
      } else {
        assertThat(r.<Double>getAs("goldstein_mean")).isCloseTo(c.goldsteinSum / c.goldsteinCount, within(1e-9));
      }
      assertThat(r.<Double>getAs("tone_mean")).isCloseTo(c.toneSum / c.toneCount, within(1e-9));
    }
    Map<String, Long> s = statuses(result.statusCounts());
    assertThat(s.getOrDefault(CityPairInteractions.MALFORMED, 0L)).isEqualTo(ref.malformed);
    assertThat(s.getOrDefault(CityPairInteractions.NO_CITY, 0L)).isEqualTo(ref.noCity);
    assertThat(s.getOrDefault(CityPairInteractions.SAME_CITY, 0L)).isEqualTo(ref.sameCity);
    assertThat(s.getOrDefault(CityPairInteractions.PAIR, 0L)).isEqualTo(ref.paired);
  }

  static Path write(List<String> lines, String name) throws IOException {
    Path dir = TestSpark.newDir(name);
    Files.write(dir.resolve("events.export.CSV"), lines, StandardCharsets.UTF_8);
    return dir;
  }

  @Test
  void aggregationEqualsTheReferenceOnAMixedSampleWithBadRecordsAndHardPlaces() throws IOException {
    List<String> lines = sampleLines(2500, 42);
    SparkSession spark = TestSpark.session();
    Path dir = write(lines, "gdelt-mixed");
    for (boolean fallback : new boolean[] {false, true}) {
      var settings = new CityPairInteractions.Settings(25, Set.of(3, 4), fallback);
      var result = CityPairInteractions.run(spark,
          GdeltEvents.read(spark, List.of(dir.toString()), InputFormat.GDELT, EventClassScheme.QUAD),
          cityTable(CITIES), null, settings);
      ReferenceInteractions ref = new ReferenceInteractions(lines, CITIES, 25, Set.of(3, 4), fallback);
      assertThat(ref.paired).as("the sample must exercise pairs").isGreaterThan(300);
      assertThat(ref.malformed).as("and malformed records").isGreaterThan(20);
      assertThat(ref.sameCity).isGreaterThan(20);
      assertEqualsReference(result, ref);
    }
  }

  @Test
  void syntheticGeneratorOutputAggregatesLikeTheReferenceAndParquetInputGivesTheSameResult() throws IOException {
    SparkSession spark = TestSpark.session();
    Dataset<Row> cities = SyntheticData.cities(spark, 300, 5);
    List<ReferenceInteractions.City> cityList = new ArrayList<>();
    for (Row r : cities.collectAsList()) {
      cityList.add(new ReferenceInteractions.City(r.getString(0), r.getDouble(3), r.getDouble(4)));
    }
    List<String> lines = SyntheticData.gdeltEvents(spark, cities, 4000, 9, 2020, 24, 2)
        .collectAsList().stream().map(r -> r.getString(0)).toList();
    assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
    Path dir = write(lines, "gdelt-synthetic");
    var settings = new CityPairInteractions.Settings(10, Set.of(3, 4), false);
    Dataset<Row> cityRows = cityTable(cityList);
    var fromText = CityPairInteractions.run(spark,
        GdeltEvents.read(spark, List.of(dir.toString()), InputFormat.GDELT, EventClassScheme.QUAD),
        cityRows, null, settings);
    ReferenceInteractions ref = new ReferenceInteractions(lines, cityList, 10, Set.of(3, 4), false);
    assertThat(ref.paired).isGreaterThan(1500);
    assertEqualsReference(fromText, ref);

    // The same events as Parquet with GDELT column names.
    Path parquet = TestSpark.newDir("gdelt-parquet").resolve("events");
    spark.read().text(dir.toString()).selectExpr(org.hanse.spark.synthetic.GenerateCommandAccess.namedColumns())
        .write().parquet(parquet.toString());
    var fromParquet = CityPairInteractions.run(spark,
        GdeltEvents.read(spark, List.of(parquet.toString()), InputFormat.PARQUET, EventClassScheme.QUAD),
        cityRows, null, settings);
    assertEqualsReference(fromParquet, ref);

    // Every generated event is marked SYNTHETIC (its SOURCEURL), from text and from Parquet.
    for (var r : List.of(fromText, fromParquet)) {
      long synthetic = r.statusCounts().collectAsList().stream().mapToLong(x -> x.getLong(2)).sum();
      assertThat(synthetic).isEqualTo(lines.size());
    }
  }

  @Test
  void headeredCsvAndTsvWithGdeltFieldNamesGiveTheSameResultAsTheRawLines() throws IOException {
    SparkSession spark = TestSpark.session();
    // GDELT 2.0 lines with their bad dates and classes: a headered file names its columns, so there is no field
    // count to check, but a bad date or class is still malformed.
    List<String> lines = sampleLines(1500, 7).stream().filter(l -> l.split("\t", -1).length == 61).toList();
    Path dir = write(lines, "gdelt-for-headered");
    Dataset<Row> named = spark.read().text(dir.toString())
        .selectExpr(org.hanse.spark.synthetic.GenerateCommandAccess.namedColumns());
    Path csv = TestSpark.newDir("gdelt-csv").resolve("events");
    named.write().option("header", "true").csv(csv.toString());
    Path tsv = TestSpark.newDir("gdelt-tsv").resolve("events");
    named.write().option("header", "true").option("sep", "\t").csv(tsv.toString());
    assertThat(Files.list(csv).filter(f -> f.getFileName().toString().startsWith("part-")).findFirst().map(f -> {
      try {
        return Files.readAllLines(f).get(0);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).hasValueSatisfying(h -> assertThat(h).startsWith("GLOBALEVENTID,SQLDATE,MonthYear"));

    ReferenceInteractions ref = new ReferenceInteractions(lines, CITIES, 25, Set.of(3, 4), false);
    assertThat(ref.paired).isGreaterThan(150);
    assertThat(ref.malformed).isGreaterThan(5);
    var settings = new CityPairInteractions.Settings(25, Set.of(3, 4), false);
    for (var input : List.of(Map.entry(csv, InputFormat.CSV), Map.entry(tsv, InputFormat.TSV))) {
      var result = CityPairInteractions.run(spark,
          GdeltEvents.read(spark, List.of(input.getKey().toString()), input.getValue(), EventClassScheme.QUAD),
          cityTable(CITIES), null, settings);
      assertEqualsReference(result, ref);
      result.release();
    }
  }

  @Test
  void theHistoricalBackfileLayoutOf57FieldsIsRead() throws IOException {
    // GDELT 1.0's historical backfile has the 58 fields of the daily files without the last, SOURCEURL.
    List<String> lines = new ArrayList<>();
    for (String l : sampleLines(2500, 57)) {
      lines.add(l.split("\t", -1).length == 58 ? l.substring(0, l.lastIndexOf('\t')) : l);
    }
    long historical = lines.stream().filter(l -> l.split("\t", -1).length == 57).count();
    assertThat(historical).as("57-field lines in the sample").isGreaterThan(400);
    SparkSession spark = TestSpark.session();
    Path dir = write(lines, "gdelt-57");
    var result = CityPairInteractions.run(spark,
        GdeltEvents.read(spark, List.of(dir.toString()), InputFormat.GDELT, EventClassScheme.QUAD),
        cityTable(CITIES), null, new CityPairInteractions.Settings(25, Set.of(3, 4), false));
    ReferenceInteractions ref = new ReferenceInteractions(lines, CITIES, 25, Set.of(3, 4), false);
    assertEqualsReference(result, ref);

    // Only 57-field lines: every one is read, none is malformed for its length.
    List<String> only57 = lines.stream().filter(l -> l.split("\t", -1).length == 57).toList();
    var result57 = CityPairInteractions.run(spark,
        GdeltEvents.read(spark, List.of(write(only57, "gdelt-only-57").toString()), InputFormat.GDELT,
            EventClassScheme.QUAD),
        cityTable(CITIES), null, new CityPairInteractions.Settings(25, Set.of(3, 4), false));
    ReferenceInteractions ref57 = new ReferenceInteractions(only57, CITIES, 25, Set.of(3, 4), false);
    assertThat(ref57.paired).isGreaterThan(50);
    assertEqualsReference(result57, ref57);
  }

  @Test
  void theEventsAreParsedOnceForBothTheDistinctPointsAndTheJoin() throws IOException {
    SparkSession spark = TestSpark.session();
    List<String> lines = sampleLines(1200, 11);
    Path dir = write(lines, "gdelt-once");
    org.apache.spark.util.LongAccumulator parsed = spark.sparkContext().longAccumulator("lines parsed");
    Dataset<Row> counted = spark.read().textFile(dir.toString())
        .map((org.apache.spark.api.java.function.MapFunction<String, String>) l -> {
          parsed.add(1);
          return l;
        }, org.apache.spark.sql.Encoders.STRING())
        .toDF("line");
    var result = CityPairInteractions.run(spark, GdeltEvents.fromFields(counted, EventClassScheme.QUAD),
        cityTable(CITIES), null, CityPairInteractions.Settings.defaults());
    // What the job reads: the interaction table, the status counts and the placed points.
    Path out = TestSpark.newDir("gdelt-once-out");
    result.interactions().write().parquet(out.resolve("interactions").toString());
    result.statusCounts().collectAsList();
    result.points().write().parquet(out.resolve("points").toString());
    assertThat(parsed.value()).as("lines parsed for %d input lines", lines.size()).isEqualTo(lines.size());
    assertEqualsReference(result, new ReferenceInteractions(lines, CITIES, 25, Set.of(3, 4), false));
    result.release();
  }

  @Test
  void featureCrosswalkWinsOverDistanceAndRootCodesCanBeTheClass() throws IOException {
    SparkSession spark = TestSpark.session();
    String[] f = new String[61];
    Arrays.fill(f, "");
    f[1] = "20200315";
    f[28] = "04";
    f[29] = "1";
    // Actor 1 in London by coordinates; actor 2 at New York's coordinates but with a feature id the crosswalk
    // assigns to Nanjing.
    f[35] = "4"; f[40] = "51.5"; f[41] = "-0.12"; f[42] = "-2643743";
    f[43] = "4"; f[48] = "40.71"; f[49] = "-74.0"; f[50] = "F-NJ";
    Path dir = write(List.of(String.join("\t", f)), "gdelt-crosswalk");
    StructType cw = new StructType().add("feature_id", DataTypes.StringType).add("city_id", DataTypes.StringType);
    Dataset<Row> crosswalk = spark.createDataFrame(List.of(RowFactory.create("F-NJ", "1799962")), cw);
    var result = CityPairInteractions.run(spark,
        GdeltEvents.read(spark, List.of(dir.toString()), InputFormat.GDELT, EventClassScheme.ROOT),
        cityTable(CITIES), crosswalk, CityPairInteractions.Settings.defaults());
    List<Row> rows = result.interactions().collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("city_a")).isEqualTo("1799962");
    assertThat(rows.get(0).<String>getAs("city_b")).isEqualTo("2643743");
    assertThat(rows.get(0).<String>getAs("event_class")).isEqualTo("cameo_04");
    assertThat(rows.get(0).<Long>getAs("events_a_to_b")).isZero(); // Actor1 (London) is city_b
  }
}
