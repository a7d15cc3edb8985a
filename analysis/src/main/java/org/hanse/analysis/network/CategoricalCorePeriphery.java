package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.analysis.Provenance;

/**
 * Borgatti–Everett categorical core/periphery model (Borgatti &amp; Everett 2000, Social Networks 21:375-395; UCINET
 * "CORR" option; methods.md §2): the partition into core and periphery that maximises the Pearson correlation
 * between the data a_ij and the ideal pattern, 1 in core–core cells and 0 in periphery–periphery cells, with the
 * core–periphery cells ignored. The graph is read as undirected (cells i &lt; j of a directed graph are the
 * symmetrised weights, summed).
 *
 * <p>Optimised by first-improvement local search (move one node between core and periphery while the fit rises),
 * from a start by strength and {@code starts − 1} random starts drawn with the seed; the best fit wins, same seed ⇒
 * same partition. Each candidate move re-evaluates the fit in O(n + m), so a pass costs O(n (n + m)): meant for
 * cluster-sized graphs (tens to hundreds of nodes), not for the whole world network.
 */
public final class CategoricalCorePeriphery {
  /** Citation carried in every result. */
  public static final String CITATION = "Borgatti & Everett (2000) Social Networks 21:375-395 (categorical model,"
      + " core–periphery cells ignored); methods.md §2";

  private final long seed;
  private final int starts;

  public CategoricalCorePeriphery(long seed, int starts) {
    if (starts < 1) {
      throw new IllegalArgumentException("need at least one start: " + starts);
    }
    this.seed = seed;
    this.starts = starts;
  }

  public Result compute(WeightedGraph graph) {
    WeightedGraph g = graph.symmetrised(WeightedGraph.Symmetrisation.SUM);
    int n = g.nodeCount();
    if (n < 4) {
      throw new IllegalArgumentException("categorical core/periphery needs at least 4 nodes: " + n);
    }
    Random rnd = new Random(seed);
    boolean[] best = null;
    double bestFit = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < starts; s++) {
      boolean[] core = new boolean[n];
      if (s == 0) {
        double[] strength = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
          strength[i] = g.outStrength(i);
          mean += strength[i] / n;
        }
        for (int i = 0; i < n; i++) {
          core[i] = strength[i] > mean;
        }
      } else {
        for (int i = 0; i < n; i++) {
          core[i] = rnd.nextBoolean();
        }
      }
      double fit = climb(g, core);
      if (fit > bestFit + 1e-12) {
        bestFit = fit;
        best = core;
      }
    }
    List<String> coreIds = new ArrayList<>();
    List<String> peripheryIds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (best[i] ? coreIds : peripheryIds).add(g.id(i));
    }
    Provenance p = Provenance.of("categorical core/periphery", CITATION)
        .withParameter("seed", seed)
        .withParameter("starts", starts)
        .withData(n + " nodes, " + g.edgeCount() + " edges");
    return new Result(coreIds, peripheryIds, bestFit, p);
  }

  private static double climb(WeightedGraph g, boolean[] core) {
    int n = core.length;
    double fit = fit(g, core);
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int i = 0; i < n; i++) {
        core[i] = !core[i];
        double f = fit(g, core);
        if (f > fit + 1e-12) {
          fit = f;
          improved = true;
        } else {
          core[i] = !core[i];
        }
      }
    }
    return fit;
  }

  /** corr(a_ij, ideal_ij) over the core–core and periphery–periphery cells i &lt; j; −1 when undefined. */
  static double fit(WeightedGraph g, boolean[] core) {
    int n = core.length;
    long c = 0;
    for (boolean b : core) {
      c += b ? 1 : 0;
    }
    double cells = c * (c - 1) / 2.0 + (n - c) * (n - c - 1) / 2.0;
    double ccCells = c * (c - 1) / 2.0;
    if (cells < 2 || ccCells == 0 || ccCells == cells) {
      return -1; // the ideal pattern is constant: no correlation
    }
    double sumX = 0;
    double sumXX = 0;
    double sumXY = 0; // = weight inside the core, as y = 1 only there
    for (int i = 0; i < n; i++) {
      for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
        int j = g.outTargetAt(k);
        if (j <= i || core[i] != core[j]) {
          continue;
        }
        double w = g.outWeightAt(k);
        sumX += w;
        sumXX += w * w;
        if (core[i]) {
          sumXY += w;
        }
      }
    }
    double sumY = ccCells;
    double cov = sumXY - sumX * sumY / cells;
    double vx = sumXX - sumX * sumX / cells;
    double vy = sumY - sumY * sumY / cells;
    return vx <= 0 || vy <= 0 ? -1 : cov / Math.sqrt(vx * vy);
  }

  /**
   * @param core       core nodes, in graph order
   * @param periphery  periphery nodes
   * @param fit        correlation of the data with the ideal pattern
   * @param provenance how it was computed
   */
  public record Result(List<String> core, List<String> periphery, double fit, Provenance provenance) {
    public Result {
      core = List.copyOf(core);
      periphery = List.copyOf(periphery);
    }
  }
}
