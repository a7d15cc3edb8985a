package org.hanse.spark.network;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.graphx.EdgeContext;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.TripletFields;
import org.apache.spark.graphx.VertexRDD;
import org.apache.spark.rdd.RDD;
import scala.Option;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.AbstractFunction3;
import scala.runtime.BoxedUnit;

/**
 * Weighted PageRank on a GraphX graph with exactly the convention of the embedded engine
 * ({@code org.hanse.analysis.network.PageRank}, JGraphT 1.5.3, networkx {@code pagerank} with default dangling
 * handling); Brin &amp; Page (1998), Computer Networks 30:107-117.
 *
 * <p>With n nodes, damping α, out-strength s_u and edge weights w_uv (an undirected edge is given as two directed
 * edges), starting from x = 1/n:
 * <pre>
 *   x'_v = (1/n) · ( Σ_{u dangling} x_u + (1 − α) Σ_{u not dangling} x_u ) + α Σ_{u→v} x_u · w_uv / s_u
 * </pre>
 * until the largest change of one node, max_v |x'_v − x_v|, is below the tolerance, or the iteration limit is
 * reached. Scores sum to 1.
 *
 * <p>GraphX's built-in {@code PageRank} is not used: it is unweighted, its scores sum to n, and it drops the mass of
 * dangling nodes and rescales at the end, which gives other numbers. Here one iteration is one
 * {@code aggregateMessages} (each edge sends {@code α x_u w_uv / s_u} to v) and one {@code outerJoinVertices}; the
 * dangling mass, the total and the largest change are reduced together in one action (the only job of the
 * iteration), and only those three numbers reach the driver. The graph is checkpointed every {@code checkpointInterval} iterations so that the lineage of a long run
 * stays short (a checkpoint directory must then be set on the SparkContext).
 */
public final class WeightedPageRank implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ClassTag<PageRankState> STATE = ClassTag$.MODULE$.apply(PageRankState.class);
  private static final ClassTag<Double> DOUBLE = ClassTag$.MODULE$.apply(Double.class);

  private final double damping;
  private final double tolerance;
  private final int maxIterations;
  private final int checkpointInterval;

  /**
   * @param damping            α, in [0, 1]
   * @param tolerance          stop when the largest change of one node is below this
   * @param maxIterations      iteration limit
   * @param checkpointInterval checkpoint the graph every so many iterations; 0 = never
   */
  public WeightedPageRank(double damping, double tolerance, int maxIterations, int checkpointInterval) {
    if (!(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1]: " + damping);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
    }
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
    this.checkpointInterval = checkpointInterval;
  }

  /**
   * The scores and how the iteration ended.
   *
   * @param graph       vertices carry their final {@link PageRankState}
   * @param iterations  iterations run
   * @param lastChange  largest change of one node in the last iteration
   * @param converged   whether {@code lastChange < tolerance}
   */
  public record Result(Graph<PageRankState, Double> graph, int iterations, double lastChange, boolean converged) {}

  /**
   * Runs PageRank.
   *
   * @param graph        edge attribute = weight w_uv &gt; 0; vertex attribute = {@link PageRankState} whose
   *                     {@code outStrength} is s_u (the rank is reset here)
   * @param nodeCount    n, the number of vertices
   */
  public Result run(Graph<PageRankState, Double> graph, long nodeCount) {
    double n = nodeCount;
    Graph<PageRankState, Double> current = graph.mapVertices(new ResetRank(1.0 / n), STATE, null).cache();
    double[] stats = reduceStats(current);
    double danglingMass = stats[1];
    double totalMass = 1.0;
    int iterations = 0;
    double change = Double.POSITIVE_INFINITY;
    Graph<PageRankState, Double> previous = null;
    while (iterations < maxIterations && !(change < tolerance)) {
      double base = (danglingMass + (1 - damping) * (totalMass - danglingMass)) / n;
      VertexRDD<Double> incoming = current.aggregateMessages(
          new SendShare(damping), new Sum(), TripletFields.Src, DOUBLE);
      Graph<PageRankState, Double> next = current
          .outerJoinVertices(incoming, new Update(base), DOUBLE, STATE, null)
          .cache();
      iterations++;
      if (checkpointInterval > 0 && iterations % checkpointInterval == 0) {
        next.checkpoint();
      }
      // One job per iteration: reducing the new ranks computes the messages, i.e. the current graph's edges with
      // the current ranks shipped to them, which stay cached. From then on the graph before it is not needed (as in
      // GraphX's Pregel, which also keeps one old graph until the new one is materialised).
      stats = reduceStats(next);
      change = stats[0];
      danglingMass = stats[1];
      totalMass = stats[2];
      if (previous != null) {
        previous.unpersist(false);
      }
      previous = current;
      current = next;
      if (Boolean.getBoolean("hanse.spark.tracePageRank")) {
        System.out.printf("pagerank iteration %d change %.3e at %d ms%n", iterations, change, System.currentTimeMillis());
      }
    }
    if (previous != null) {
      // Only the vertices of the result are read; they are cached and do not depend on the old graph's cache.
      previous.unpersist(false);
    }
    return new Result(current, iterations, change, change < tolerance);
  }

  /** {max change, dangling mass, total mass} of the vertices, in one pass. */
  private static double[] reduceStats(Graph<PageRankState, Double> g) {
    @SuppressWarnings("unchecked")
    RDD<Tuple2<Object, PageRankState>> v = (RDD<Tuple2<Object, PageRankState>>) (RDD<?>) g.vertices();
    JavaRDD<double[]> perVertex = v.toJavaRDD().map(t -> {
      PageRankState s = t._2();
      return new double[] {s.change(), s.dangling() ? s.rank() : 0, s.rank()};
    });
    return perVertex.fold(new double[] {0, 0, 0}, (a, b) -> new double[] {Math.max(a[0], b[0]), a[1] + b[1], a[2] + b[2]});
  }

  /** Sets every rank to 1/n. */
  static final class ResetRank extends AbstractFunction2<Object, PageRankState, PageRankState> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double start;

    ResetRank(double start) {
      this.start = start;
    }

    @Override
    public PageRankState apply(Object id, PageRankState s) {
      return new PageRankState(start, s.outStrength(), Double.POSITIVE_INFINITY);
    }
  }

  /** Edge u→v sends α x_u w_uv / s_u to v. */
  static final class SendShare extends AbstractFunction1<EdgeContext<PageRankState, Double, Double>, BoxedUnit>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double damping;

    SendShare(double damping) {
      this.damping = damping;
    }

    @Override
    public BoxedUnit apply(EdgeContext<PageRankState, Double, Double> ctx) {
      PageRankState src = ctx.srcAttr();
      ctx.sendToDst(damping * src.rank() * ctx.attr() / src.outStrength());
      return BoxedUnit.UNIT;
    }
  }

  /** Adds two messages. */
  static final class Sum extends AbstractFunction2<Double, Double, Double> implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Double apply(Double a, Double b) {
      return a + b;
    }
  }

  /** x'_v = base + received shares; records the change. */
  static final class Update extends AbstractFunction3<Object, PageRankState, Option<Double>, PageRankState>
      implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double base;

    Update(double base) {
      this.base = base;
    }

    @Override
    public PageRankState apply(Object id, PageRankState old, Option<Double> received) {
      double x = base + (received.isDefined() ? received.get() : 0.0);
      return new PageRankState(x, old.outStrength(), Math.abs(x - old.rank()));
    }
  }
}
