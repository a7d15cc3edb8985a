package org.hanse.spark.network;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.Edge;
import org.apache.spark.graphx.EdgeContext;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.TripletFields;
import org.apache.spark.graphx.VertexRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Option;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.AbstractFunction3;
import scala.runtime.BoxedUnit;

/**
 * Degree, strength and weighted PageRank of a city network on GraphX, plus cluster-level aggregates.
 *
 * <p>Conventions are those of the embedded engine ({@code org.hanse.analysis.network.DegreeCentrality},
 * {@code WeightedGraph}, {@code PageRank}; methods.md §2; Freeman 1979, Social Networks 1:215-239): self-loops are
 * dropped and counted, parallel edges summed; on an undirected graph degree = number of neighbours and strength =
 * sum of the weights of the incident edges, normalised degree = degree / (n − 1); on a directed graph the same
 * separately for out- and in-edges, with degree and strength = out + in. PageRank: {@link WeightedPageRank}.
 *
 * <p>String node ids become GraphX vertex ids through {@code zipWithIndex} of the distinct ids, and back by a join:
 * no id table is collected to the driver.
 */
public final class NetworkMeasures {
  private static final ClassTag<PageRankState> STATE = ClassTag$.MODULE$.apply(PageRankState.class);
  private static final ClassTag<Double> DOUBLE = ClassTag$.MODULE$.apply(Double.class);
  private static final ClassTag<double[]> DEGREES = ClassTag$.MODULE$.apply(double[].class);

  private NetworkMeasures() {}

  /**
   * @param directed           whether edges are directed
   * @param damping            PageRank damping α
   * @param tolerance          PageRank stops when the largest change of one node is below this
   * @param maxIterations      PageRank iteration limit
   * @param checkpointInterval checkpoint the PageRank graph every so many iterations (0 = never)
   */
  public record Settings(boolean directed, double damping, double tolerance, int maxIterations, int checkpointInterval) {
    /** Undirected, α = 0.85, tolerance 1e-10, at most 1,000 iterations, checkpoint every 25. */
    public static Settings undirectedDefaults() {
      return new Settings(false, 0.85, 1e-10, 1000, 25);
    }

    public Settings directed(boolean d) {
      return new Settings(d, damping, tolerance, maxIterations, checkpointInterval);
    }
  }

  /**
   * The measures.
   *
   * @param nodes          one row per node: {@code node_id, degree, strength, degree_normalised, out_degree,
   *                       in_degree, out_strength, in_strength, pagerank} (out/in equal degree/strength on an
   *                       undirected graph)
   * @param edges          the cleaned edges {@code source, target, weight} (undirected: source &lt; target)
   * @param nodeCount      n
   * @param edgeCount      number of edges after merging (an undirected edge counts once)
   * @param droppedSelfLoops self-loops left out
   * @param iterations     PageRank iterations
   * @param lastChange     largest change of one node in the last PageRank iteration
   * @param converged      whether PageRank reached the tolerance
   */
  public record Result(Dataset<Row> nodes, Dataset<Row> edges, long nodeCount, long edgeCount, long droppedSelfLoops,
      int iterations, double lastChange, boolean converged) {}

  /**
   * Runs the measures.
   *
   * @param edgesIn    {@code source, target, weight} with weight &gt; 0 (checked by the caller)
   * @param extraNodes {@code node_id} of nodes that may have no edge (e.g. covered cities without a dyad), or null
   */
  public static Result run(SparkSession spark, Dataset<Row> edgesIn, Dataset<Row> extraNodes, Settings settings) {
    Column self = col("source").equalTo(col("target"));
    long selfLoops = edgesIn.filter(self).count();
    Dataset<Row> noLoops = edgesIn.filter(self.equalTo(false));
    Dataset<Row> edges = (settings.directed()
        ? noLoops.groupBy("source", "target")
        : noLoops.select(least(col("source"), col("target")).as("source"),
            greatest(col("source"), col("target")).as("target"), col("weight")).groupBy("source", "target"))
        .agg(sum("weight").as("weight"))
        .cache();
    long edgeCount = edges.count();

    Dataset<Row> ids = edges.select(col("source").as("node_id")).union(edges.select(col("target").as("node_id")));
    if (extraNodes != null) {
      ids = ids.union(extraNodes.select("node_id"));
    }
    ids = ids.distinct();
    StructType idSchema = new StructType().add("node_id", DataTypes.StringType, false).add("vid", DataTypes.LongType, false);
    JavaRDD<Row> indexed = ids.javaRDD().zipWithIndex().map(t -> RowFactory.create(t._1().getString(0), t._2()));
    Dataset<Row> idMap = spark.createDataFrame(indexed, idSchema).cache();
    long n = idMap.count();

    Dataset<Row> numbered = edges
        .join(idMap.withColumnRenamed("node_id", "source").withColumnRenamed("vid", "src"), "source")
        .join(idMap.withColumnRenamed("node_id", "target").withColumnRenamed("vid", "dst"), "target");
    Dataset<Row> traversal = settings.directed()
        ? numbered.select("src", "dst", "weight")
        : numbered.select("src", "dst", "weight").union(numbered.select(col("dst").as("src"), col("src").as("dst"), col("weight")));
    RDD<Edge<Double>> edgeRdd = traversal.javaRDD()
        .map(r -> new Edge<>(r.getLong(0), r.getLong(1), r.getDouble(2))).rdd();
    @SuppressWarnings("unchecked")
    RDD<Tuple2<Object, PageRankState>> vertexRdd = (RDD<Tuple2<Object, PageRankState>>) (RDD<?>) idMap.javaRDD()
        .mapToPair(r -> new Tuple2<>((Object) r.getLong(1), new PageRankState(0, 0, 0))).rdd();
    Graph<PageRankState, Double> graph = Graph.apply(vertexRdd, edgeRdd, new PageRankState(0, 0, 0),
        StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK(), STATE, DOUBLE);

    // {out-degree, out-strength, in-degree, in-strength} per vertex, in one pass over the edges.
    VertexRDD<double[]> degrees = graph.aggregateMessages(new SendDegrees(), new SumArrays(), TripletFields.None, DEGREES);
    @SuppressWarnings("unchecked")
    RDD<Tuple2<Object, double[]>> degreeRdd = (RDD<Tuple2<Object, double[]>>) (RDD<?>) degrees;
    Graph<PageRankState, Double> withStrength = graph.outerJoinVertices(degreeRdd, new SetOutStrength(), DEGREES, STATE, null);

    WeightedPageRank.Result pr = new WeightedPageRank(settings.damping(), settings.tolerance(), settings.maxIterations(),
        settings.checkpointInterval()).run(withStrength, n);

    StructType rankSchema = new StructType().add("vid", DataTypes.LongType, false).add("pagerank", DataTypes.DoubleType, false);
    @SuppressWarnings("unchecked")
    RDD<Tuple2<Object, PageRankState>> ranked = (RDD<Tuple2<Object, PageRankState>>) (RDD<?>) pr.graph().vertices();
    Dataset<Row> ranks = spark.createDataFrame(
        ranked.toJavaRDD().map(t -> RowFactory.create((Long) t._1(), t._2().rank())), rankSchema);
    StructType degreeSchema = new StructType().add("vid", DataTypes.LongType, false)
        .add("out_degree", DataTypes.LongType).add("out_strength", DataTypes.DoubleType)
        .add("in_degree", DataTypes.LongType).add("in_strength", DataTypes.DoubleType);
    Dataset<Row> degreeTable = spark.createDataFrame(new JavaPairRDD<Object, double[]>(degreeRdd,
            ClassTag$.MODULE$.apply(Object.class), DEGREES).map(t -> RowFactory.create((Long) t._1(),
            (long) t._2()[0], t._2()[1], (long) t._2()[2], t._2()[3])), degreeSchema);

    Column outDeg = coalesce(col("out_degree"), lit(0L));
    Column inDeg = coalesce(col("in_degree"), lit(0L));
    Column outStr = coalesce(col("out_strength"), lit(0.0));
    Column inStr = coalesce(col("in_strength"), lit(0.0));
    Column degree = settings.directed() ? outDeg.plus(inDeg) : outDeg;
    Column strength = settings.directed() ? outStr.plus(inStr) : outStr;
    Dataset<Row> nodes = idMap.join(ranks, "vid").join(degreeTable, scalaSeq("vid"), "left")
        .select(
            col("node_id"),
            degree.as("degree"),
            strength.as("strength"),
            (n > 1 ? degree.divide((double) (n - 1)) : lit(0.0)).as("degree_normalised"),
            outDeg.as("out_degree"),
            (settings.directed() ? inDeg : outDeg).as("in_degree"),
            outStr.as("out_strength"),
            (settings.directed() ? inStr : outStr).as("in_strength"),
            col("pagerank"));
    return new Result(nodes, edges, n, edgeCount, selfLoops, pr.iterations(), pr.lastChange(), pr.converged());
  }

  /**
   * Cluster aggregates: {@code cluster_id, members, members_in_network, strength_total, pagerank_total,
   * internal_weight} (edges with both ends in the cluster), {@code external_weight} (exactly one end in it; on a
   * directed graph {@code external_out} member → outside plus {@code external_in} outside → member).
   *
   * @param members {@code cluster_id, city_id}
   */
  public static Dataset<Row> clusters(Dataset<Row> members, Result result) {
    Dataset<Row> sizes = members.groupBy("cluster_id").agg(count(lit(1)).as("members"));
    Dataset<Row> nodeSums = members.join(result.nodes(), members.col("city_id").equalTo(result.nodes().col("node_id")))
        .groupBy("cluster_id")
        .agg(count(lit(1)).as("members_in_network"), sum("strength").as("strength_total"), sum("pagerank").as("pagerank_total"));
    Dataset<Row> m = members.select(col("cluster_id"), col("city_id"));
    Dataset<Row> bySource = result.edges()
        .join(m.withColumnRenamed("city_id", "source"), "source")
        .join(m.withColumnRenamed("city_id", "target").withColumn("target_in", lit(true)),
            scalaSeq("cluster_id", "target"), "left");
    Dataset<Row> byTarget = result.edges()
        .join(m.withColumnRenamed("city_id", "target"), "target")
        .join(m.withColumnRenamed("city_id", "source").withColumn("source_in", lit(true)),
            scalaSeq("cluster_id", "source"), "left");
    Dataset<Row> out = bySource.groupBy("cluster_id").agg(
        sum(when(col("target_in").isNotNull(), col("weight")).otherwise(lit(0.0))).as("internal_weight"),
        sum(when(col("target_in").isNull(), col("weight")).otherwise(lit(0.0))).as("external_out"));
    Dataset<Row> in = byTarget.groupBy("cluster_id").agg(
        sum(when(col("source_in").isNull(), col("weight")).otherwise(lit(0.0))).as("external_in"));
    return sizes
        .join(nodeSums, scalaSeq("cluster_id"), "left")
        .join(out, scalaSeq("cluster_id"), "left")
        .join(in, scalaSeq("cluster_id"), "left")
        .select(
            col("cluster_id"), col("members"),
            coalesce(col("members_in_network"), lit(0L)).as("members_in_network"),
            coalesce(col("strength_total"), lit(0.0)).as("strength_total"),
            coalesce(col("pagerank_total"), lit(0.0)).as("pagerank_total"),
            coalesce(col("internal_weight"), lit(0.0)).as("internal_weight"),
            coalesce(col("external_out"), lit(0.0)).plus(coalesce(col("external_in"), lit(0.0))).as("external_weight"),
            coalesce(col("external_out"), lit(0.0)).as("external_out"),
            coalesce(col("external_in"), lit(0.0)).as("external_in"));
  }

  static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    List<String> l = new ArrayList<>(List.of(names));
    return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
  }

  /** Edge u→v adds (1, w) to u's out-side and (1, w) to v's in-side. */
  static final class SendDegrees extends AbstractFunction1<EdgeContext<PageRankState, Double, double[]>, BoxedUnit>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public BoxedUnit apply(EdgeContext<PageRankState, Double, double[]> ctx) {
      double w = ctx.attr();
      ctx.sendToSrc(new double[] {1, w, 0, 0});
      ctx.sendToDst(new double[] {0, 0, 1, w});
      return BoxedUnit.UNIT;
    }
  }

  static final class SumArrays extends AbstractFunction2<double[], double[], double[]> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public double[] apply(double[] a, double[] b) {
      return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }
  }

  static final class SetOutStrength extends AbstractFunction3<Object, PageRankState, Option<double[]>, PageRankState>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public PageRankState apply(Object id, PageRankState s, Option<double[]> d) {
      return new PageRankState(s.rank(), d.isDefined() ? d.get()[1] : 0, s.change());
    }
  }
}
