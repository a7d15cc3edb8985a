package org.hanse.spark.wcn;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The GaWC interlocking network model (methods.md §1) on a city × actor table of any size, by joins and
 * aggregations only: nothing but one-row statistics is ever brought to the driver.
 *
 * <p>Formulas, with service values v_aj (city a, actor j; GaWC 0-5 coding), column totals S_j = Σ_i v_ij:
 * <ul>
 *   <li>city-dyad connectivity {@code r_ab = Σ_j v_aj v_bj}, a ≠ b;</li>
 *   <li>global network connectivity {@code N_a = Σ_{i≠a} r_ai = Σ_j v_aj (S_j − v_aj)} (the O(nnz) shortcut: one
 *       join of the cells with the column totals, one grouped sum);</li>
 *   <li>proportional GNC {@code N_a / max_b N_b}, share {@code N_a / Σ_b N_b};</li>
 *   <li>sector (functional) GNC: the same sum restricted to the actors of one sector;</li>
 *   <li>proportional dyad {@code p_ab = r_ab / (m · v_max²)}, m = number of actors;</li>
 *   <li>cluster split {@code N_a^int = Σ_j v_aj (S_j^C − v_aj)}, {@code S_j^C = Σ_{i∈C} v_ij},
 *       {@code N_a^ext = N_a − N_a^int} (methods.md §1.6).</li>
 * </ul>
 * Sources: Taylor (2001) "Specification of the World City Network", Geographical Analysis 33(2):181-194 (GaWC
 * RB23); Taylor, Catalano &amp; Walker (2002) Urban Studies 39(13):2367-2376 (GaWC RB43); Taylor (2004) World City
 * Network, ch. 4 (sector connectivity). The results equal those of {@code org.hanse.analysis.wcn} exactly (integer
 * sums in {@code long}).
 *
 * <p>Dyads are the expensive part: the self-join of the cells on the actor produces Σ_j k_j² / 2 pairs (k_j = cities
 * of actor j), so they are only computed when asked for.
 */
public final class InterlockingNetwork {
  /** GaWC's top service value (headquarters), the default v_max. */
  public static final int GAWC_MAX_SERVICE_VALUE = 5;

  private InterlockingNetwork() {}

  /**
   * The cell table after validation: {@code city_id, actor_id, value} (one row per cell, several values of a cell
   * combined by their maximum as methods.md §1.3 asks), the actors with their sector, and the rejected rows.
   */
  public record Cells(Dataset<Row> cells, Dataset<Row> actors, Dataset<Row> rejected, Dataset<Row> sectorConflicts) {}

  /**
   * Validates a raw table {@code city_id, actor_id, value[, sector]}: ids must be present, values whole numbers in
   * {@code 0..maxServiceValue} (0 declares a covered city with no office). Rows that fail are returned in
   * {@code rejected}; actors given two different sectors in {@code sectorConflicts}.
   */
  public static Cells prepare(Dataset<Row> raw, int maxServiceValue) {
    boolean hasSector = List.of(raw.columns()).stream().anyMatch(c -> c.equalsIgnoreCase("sector"));
    Column value = trim(col("value").cast(DataTypes.StringType)).try_cast(DataTypes.DoubleType);
    Dataset<Row> typed = raw.select(
        trim(col("city_id").cast(DataTypes.StringType)).as("city_id"),
        trim(col("actor_id").cast(DataTypes.StringType)).as("actor_id"),
        value.as("value_raw"),
        (hasSector ? coalesce(trim(col("sector").cast(DataTypes.StringType)), lit("")) : lit("")).as("sector"));
    Column ok = col("city_id").isNotNull().and(col("city_id").notEqual(""))
        .and(col("actor_id").isNotNull()).and(col("actor_id").notEqual(""))
        .and(col("value_raw").isNotNull())
        .and(col("value_raw").between(0, maxServiceValue))
        .and(col("value_raw").equalTo(org.apache.spark.sql.functions.floor(col("value_raw"))));
    Dataset<Row> flagged = typed.withColumn("ok", coalesce(ok, lit(false)));
    Dataset<Row> good = flagged.filter(col("ok"))
        .select(col("city_id"), col("actor_id"), col("value_raw").cast(DataTypes.LongType).as("value"), col("sector"));
    Dataset<Row> rejected = flagged.filter(col("ok").equalTo(false)).drop("ok");
    Dataset<Row> cells = good.groupBy("city_id", "actor_id").agg(max("value").as("value"));
    Dataset<Row> sectorsPerActor = good.filter(col("sector").notEqual(""))
        .groupBy("actor_id").agg(min("sector").as("s_min"), max("sector").as("s_max"));
    Dataset<Row> actors = good.select("actor_id").distinct()
        .join(sectorsPerActor, scalaSeq("actor_id"), "left")
        .select(col("actor_id"), coalesce(col("s_min"), lit("")).as("sector"));
    Dataset<Row> conflicts = sectorsPerActor.filter(col("s_min").notEqual(col("s_max")))
        .select(col("actor_id"), col("s_min").as("sector_1"), col("s_max").as("sector_2"));
    return new Cells(cells, actors, rejected, conflicts);
  }

  /** S_j = Σ_i v_ij per actor. */
  public static Dataset<Row> actorTotals(Dataset<Row> cells) {
    return cells.groupBy("actor_id").agg(sum("value").as("actor_total"));
  }

  /**
   * GNC of every city of the table: {@code city_id, gnc, proportional, share, rank} (competition rank, 1 = most
   * connected; ties share a rank). Cities whose every value is 0 are covered and get 0.
   */
  public static Dataset<Row> connectivity(Dataset<Row> cells) {
    Dataset<Row> gnc = contributions(cells).groupBy("city_id").agg(sum("contribution").as("gnc"));
    Dataset<Row> stats = gnc.agg(max("gnc").as("max_gnc"), sum("gnc").as("total_gnc"));
    // The ranking window has no partition key: it orders one row per city (not per cell), in one task.
    return gnc.crossJoin(broadcast(stats))
        .select(
            col("city_id"),
            col("gnc"),
            when(col("max_gnc").gt(0), col("gnc").divide(col("max_gnc"))).otherwise(lit(0.0)).as("proportional"),
            when(col("total_gnc").gt(0), col("gnc").divide(col("total_gnc"))).otherwise(lit(0.0)).as("share"),
            rank().over(Window.orderBy(desc("gnc"))).as("rank"));
  }

  /**
   * Sector (functional) GNC: {@code city_id, sector, gnc} for each city with at least one cell in the sector;
   * a covered city absent for a sector has 0 there. Actors without a sector are left out, as in the embedded
   * engine's {@code bySector}.
   */
  public static Dataset<Row> sectorConnectivity(Dataset<Row> cells, Dataset<Row> actors) {
    return contributions(cells)
        .join(actors.filter(col("sector").notEqual("")), "actor_id")
        .groupBy("city_id", "sector")
        .agg(sum("contribution").as("gnc"));
  }

  /** v_aj (S_j − v_aj) for every cell. */
  private static Dataset<Row> contributions(Dataset<Row> cells) {
    return cells.join(actorTotals(cells), "actor_id")
        .select(col("city_id"), col("actor_id"),
            col("value").multiply(col("actor_total").minus(col("value"))).as("contribution"));
  }

  /**
   * Every positive city dyad: {@code city_a < city_b} (string order), {@code connectivity} r_ab and
   * {@code proportional} p_ab = r_ab / (m · v_max²).
   */
  public static Dataset<Row> dyads(Dataset<Row> cells, int maxServiceValue) {
    Dataset<Row> positive = cells.filter(col("value").gt(0));
    Dataset<Row> a = positive.select(col("actor_id"), col("city_id").as("city_a"), col("value").as("v_a"));
    Dataset<Row> b = positive.select(col("actor_id").as("actor_b"), col("city_id").as("city_b"), col("value").as("v_b"));
    Dataset<Row> r = a.join(b, col("actor_id").equalTo(col("actor_b")).and(col("city_a").lt(col("city_b"))))
        .groupBy("city_a", "city_b")
        .agg(sum(col("v_a").multiply(col("v_b"))).as("connectivity"));
    Dataset<Row> m = cells.agg(countDistinct("actor_id").as("actors"));
    long vmax2 = (long) maxServiceValue * maxServiceValue;
    return r.crossJoin(broadcast(m)).select(
        col("city_a"), col("city_b"), col("connectivity"),
        col("connectivity").divide(col("actors").multiply(vmax2)).as("proportional"));
  }

  /** The k strongest dyads, ties broken by the city ids. */
  public static Dataset<Row> topDyads(Dataset<Row> dyads, int k) {
    return dyads.orderBy(desc("connectivity"), col("city_a"), col("city_b")).limit(k);
  }

  /**
   * The cluster split of methods.md §1.6 for every (cluster, covered member):
   * {@code cluster_id, city_id, gnc, internal, external, external_share}.
   *
   * @param members      {@code cluster_id, city_id}
   * @param connectivity the output of {@link #connectivity}
   */
  public static Dataset<Row> clusterMembers(Dataset<Row> cells, Dataset<Row> members, Dataset<Row> connectivity) {
    Dataset<Row> memberCells = cells.join(members, "city_id");
    Dataset<Row> clusterTotals = memberCells.groupBy("cluster_id", "actor_id").agg(sum("value").as("cluster_total"));
    Dataset<Row> internal = memberCells.join(clusterTotals, scalaSeq("cluster_id", "actor_id"))
        .groupBy("cluster_id", "city_id")
        .agg(sum(col("value").multiply(col("cluster_total").minus(col("value")))).as("internal"));
    return internal.join(connectivity.select("city_id", "gnc"), "city_id")
        .select(
            col("cluster_id"), col("city_id"), col("gnc"), col("internal"),
            col("gnc").minus(col("internal")).as("external"),
            when(col("gnc").gt(0), col("gnc").minus(col("internal")).divide(col("gnc"))).otherwise(lit(0.0))
                .as("external_share"));
  }

  /**
   * Per cluster: {@code cluster_id, members, covered_members, missing_members, gnc_total,
   * external_connectivity} (Σ N_a^ext) and {@code internal_connectivity} (Σ_{a<b∈C} r_ab = ½ Σ N_a^int).
   */
  public static Dataset<Row> clusters(Dataset<Row> members, Dataset<Row> clusterMembers) {
    Dataset<Row> sizes = members.groupBy("cluster_id").agg(count(lit(1)).as("members"));
    Dataset<Row> covered = clusterMembers.groupBy("cluster_id").agg(
        count(lit(1)).as("covered_members"),
        sum("gnc").as("gnc_total"),
        sum("external").as("external_connectivity"),
        // Σ_a N_a^int counts every internal dyad twice; integer division keeps the sum exact.
        org.apache.spark.sql.functions.expr("sum(internal) div 2").as("internal_connectivity"));
    return sizes.join(covered, scalaSeq("cluster_id"), "left").select(
        col("cluster_id"),
        col("members"),
        coalesce(col("covered_members"), lit(0L)).as("covered_members"),
        col("members").minus(coalesce(col("covered_members"), lit(0L))).as("missing_members"),
        coalesce(col("gnc_total"), lit(0L)).as("gnc_total"),
        coalesce(col("external_connectivity"), lit(0L)).as("external_connectivity"),
        coalesce(col("internal_connectivity"), lit(0L)).as("internal_connectivity"));
  }

  static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
