package org.hanse.analysis.network;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Single-source shortest paths with path counts, reusable across sources (one instance per thread): the first
 * phase of Brandes (2001) "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163-177, also
 * used for closeness.
 *
 * <p>Written here rather than taken from JGraphT because JGraphT 1.5.3's {@code BetweennessCentrality} compares
 * path lengths with {@code ==}: with costs 1/w, two equally short paths often differ in the last bit
 * (1/3 + 1/6 vs 1/2) and would be counted as one. Lengths within a relative {@link #TIE_TOLERANCE} are treated as
 * equal here.
 */
final class ShortestPathTree {
  /** Two path lengths closer than this, relative to their size, are the same length. */
  static final double TIE_TOLERANCE = 1e-10;

  private final WeightedGraph g;
  private final EdgeCost cost;
  private final boolean reverse;
  final double[] dist;
  final double[] sigma;
  /** Nodes in order of non-decreasing distance (settled order); valid up to {@link #settled}. */
  final int[] order;
  int settled;
  /** Predecessor lists as a flat array indexed by {@link #predStart}. */
  private final int[][] pred;
  private final int[] predCount;

  /**
   * @param reverse follow in-edges instead of out-edges (distances <em>to</em> the source, for in-closeness)
   */
  ShortestPathTree(WeightedGraph g, EdgeCost cost, boolean reverse) {
    this.g = g;
    this.cost = cost;
    this.reverse = reverse;
    int n = g.nodeCount();
    dist = new double[n];
    sigma = new double[n];
    order = new int[n];
    pred = new int[n][];
    predCount = new int[n];
  }

  static boolean sameLength(double a, double b) {
    return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  void run(int source) {
    int n = g.nodeCount();
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    Arrays.fill(sigma, 0);
    Arrays.fill(predCount, 0);
    settled = 0;
    boolean[] done = new boolean[n];
    dist[source] = 0;
    sigma[source] = 1;
    PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> {
      int c = Double.compare(x[0], y[0]);
      return c != 0 ? c : Double.compare(x[1], y[1]);
    });
    queue.add(new double[] {0, source});
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int v = (int) top[1];
      if (done[v] || top[0] > dist[v]) {
        continue;
      }
      done[v] = true;
      order[settled++] = v;
      int start = reverse ? g.inStart(v) : g.outStart(v);
      int end = reverse ? g.inStart(v + 1) : g.outStart(v + 1);
      for (int k = start; k < end; k++) {
        int w = reverse ? g.inSourceAt(k) : g.outTargetAt(k);
        if (done[w]) {
          continue;
        }
        double alt = dist[v] + cost.cost(reverse ? g.inWeightAt(k) : g.outWeightAt(k));
        if (dist[w] == Double.POSITIVE_INFINITY || (alt < dist[w] && !sameLength(alt, dist[w]))) {
          dist[w] = alt;
          sigma[w] = sigma[v];
          predCount[w] = 0;
          addPred(w, v);
          queue.add(new double[] {alt, w});
        } else if (sameLength(alt, dist[w])) {
          sigma[w] += sigma[v];
          addPred(w, v);
        }
      }
    }
  }

  private void addPred(int w, int v) {
    if (pred[w] == null) {
      pred[w] = new int[4];
    } else if (predCount[w] == pred[w].length) {
      pred[w] = Arrays.copyOf(pred[w], pred[w].length * 2);
    }
    pred[w][predCount[w]++] = v;
  }

  int predecessorCount(int w) {
    return predCount[w];
  }

  int predecessor(int w, int i) {
    return pred[w][i];
  }
}
