package org.hanse.analysis.linkprediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.WeightedGraph;

/**
 * Evaluation of link predictors (methods.md §6, after Lü &amp; Zhou 2011, Physica A 390(6):1150-1170): split the
 * ties into a training set E^T and a probe set E^P — at random with a seed, or by time (train ≤ year t, probe =
 * ties formed later, preferred for diplomacy, built by the caller from two snapshots) — score the pairs on the
 * training graph and measure
 *
 * <ul>
 *   <li>AUC {@code = (n′ + 0.5 n″) / n} over all (probe edge, non-edge) comparisons (exact, by sorting) or over n
 *       comparisons sampled with a seed; n′ = probe scored higher, n″ = tie;</li>
 *   <li>precision@L = (# probe edges among the top-L non-training pairs) / L.</li>
 * </ul>
 *
 * Non-edges are the pairs tied neither in the training nor in the probe set. Pairs are ranked by score, ties broken
 * by the node positions, so rankings are deterministic.
 */
public final class LinkPredictionEvaluation {
  /** Citation carried in every result. */
  public static final String CITATION = "Lü & Zhou (2011) Physica A 390(6):1150-1170; methods.md §6";

  private LinkPredictionEvaluation() {}

  /** A pair of node positions with its score. */
  public record ScoredPair(int x, int y, double score) {}

  /**
   * A training graph (all nodes of the full graph) and the held-out probe edges, as node positions x &lt; y of the
   * training graph.
   */
  public record Split(WeightedGraph training, List<int[]> probe, Provenance provenance) {
    public Split {
      probe = List.copyOf(probe);
    }
  }

  /** Holds out a random share of the edges (e.g. 0.1), chosen with the seed. */
  public static Split randomSplit(WeightedGraph g, double probeFraction, long seed) {
    LinkPredictor.requireUndirected(g);
    if (!(probeFraction > 0 && probeFraction < 1)) {
      throw new IllegalArgumentException("probe fraction must be in (0, 1): " + probeFraction);
    }
    List<double[]> edges = new ArrayList<>();
    g.forEachEdge((u, v, w) -> edges.add(new double[] {u, v, w}));
    int[] order = new int[edges.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random rnd = new Random(seed);
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int probeSize = (int) Math.round(probeFraction * edges.size());
    boolean[] isProbe = new boolean[edges.size()];
    for (int i = 0; i < probeSize; i++) {
      isProbe[order[i]] = true;
    }
    WeightedGraph.Builder b = WeightedGraph.undirected();
    g.ids().forEach(b::node);
    List<int[]> probe = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      int u = (int) edges.get(e)[0];
      int v = (int) edges.get(e)[1];
      if (isProbe[e]) {
        probe.add(new int[] {Math.min(u, v), Math.max(u, v)});
      } else {
        b.edge(g.id(u), g.id(v), edges.get(e)[2]);
      }
    }
    probe.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    Provenance p = Provenance.of("random probe split", CITATION)
        .withParameter("probe fraction", probeFraction)
        .withParameter("seed", seed)
        .withData(g.edgeCount() + " edges, " + probe.size() + " held out");
    return new Split(b.build(), probe, p);
  }

  /**
   * A temporal split: the training graph (ties up to year t) and the later graph (ties after t) on the same node
   * ids; probe = pairs tied later but not in training. Nodes of the later graph missing from the training graph
   * cannot be scored and are ignored (their pairs are cold-start cases).
   */
  public static Split temporalSplit(WeightedGraph training, WeightedGraph later) {
    LinkPredictor.requireUndirected(training);
    List<int[]> probe = new ArrayList<>();
    later.forEachEdge((u, v, w) -> {
      var a = training.indexOf(later.id(u));
      var b = training.indexOf(later.id(v));
      if (a.isPresent() && b.isPresent() && !training.hasEdge(a.getAsInt(), b.getAsInt())) {
        probe.add(new int[] {Math.min(a.getAsInt(), b.getAsInt()), Math.max(a.getAsInt(), b.getAsInt())});
      }
    });
    probe.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
    Provenance p = Provenance.of("temporal probe split", CITATION)
        .withData(training.edgeCount() + " training edges, " + probe.size() + " new ties later");
    return new Split(training, probe, p);
  }

  /** AUC from two score lists, exact over all |P|·|N| comparisons: (n′ + 0.5 n″)/n. */
  public static double auc(double[] probeScores, double[] nonEdgeScores) {
    if (probeScores.length == 0 || nonEdgeScores.length == 0) {
      throw new IllegalArgumentException("AUC needs probe and non-edge scores");
    }
    double[] neg = nonEdgeScores.clone();
    Arrays.sort(neg);
    double total = 0;
    for (double s : probeScores) {
      int below = lowerBound(neg, s);
      int notAbove = upperBound(neg, s);
      total += below + 0.5 * (notAbove - below);
    }
    return total / ((double) probeScores.length * neg.length);
  }

  private static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** precision@L of a ranking given as hit flags (true = probe edge), best first. */
  public static double precisionAt(boolean[] rankedHits, int l) {
    if (l < 1 || l > rankedHits.length) {
      throw new IllegalArgumentException("L must be in 1.." + rankedHits.length + ": " + l);
    }
    int hits = 0;
    for (int i = 0; i < l; i++) {
      hits += rankedHits[i] ? 1 : 0;
    }
    return (double) hits / l;
  }

  /** Every pair not tied in the graph, scored and ranked best first (ties by positions). O(n²) pairs. */
  public static List<ScoredPair> rankNonEdges(WeightedGraph g, LinkPredictor predictor) {
    LinkPredictor.PairScorer s = predictor.fit(g);
    List<ScoredPair> out = new ArrayList<>();
    int n = g.nodeCount();
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        if (!g.hasEdge(x, y)) {
          out.add(new ScoredPair(x, y, s.score(x, y)));
        }
      }
    }
    out.sort(Comparator.comparingDouble(ScoredPair::score).reversed().thenComparingInt(ScoredPair::x)
        .thenComparingInt(ScoredPair::y));
    return out;
  }

  /**
   * The best new partners of one node: its non-neighbours ranked by score (ties by position), at most {@code limit}.
   */
  public static List<ScoredPair> recommend(WeightedGraph g, LinkPredictor predictor, String node, int limit) {
    LinkPredictor.PairScorer s = predictor.fit(g);
    int x = g.requireIndex(node);
    List<ScoredPair> out = new ArrayList<>();
    for (int y = 0; y < g.nodeCount(); y++) {
      if (y != x && !g.hasEdge(x, y)) {
        out.add(new ScoredPair(x, y, s.score(x, y)));
      }
    }
    out.sort(Comparator.comparingDouble(ScoredPair::score).reversed().thenComparingInt(ScoredPair::y));
    return out.subList(0, Math.min(limit, out.size()));
  }

  /**
   * AUC and precision@L of a predictor on a split.
   *
   * @param samples 0 for the exact AUC over all comparisons, otherwise the number of sampled comparisons
   * @param seed    seed of the sampling
   */
  public static Result evaluate(Split split, LinkPredictor predictor, int l, int samples, long seed) {
    WeightedGraph g = split.training();
    if (split.probe().isEmpty()) {
      throw new IllegalArgumentException("the probe set is empty");
    }
    Set<Long> probe = new HashSet<>();
    int n = g.nodeCount();
    for (int[] p : split.probe()) {
      probe.add((long) p[0] * n + p[1]);
    }
    List<ScoredPair> ranked = rankNonEdges(g, predictor);
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    boolean[] hits = new boolean[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      ScoredPair sp = ranked.get(i);
      hits[i] = probe.contains((long) sp.x() * n + sp.y());
      (hits[i] ? pos : neg).add(sp.score());
    }
    double[] p = pos.stream().mapToDouble(Double::doubleValue).toArray();
    double[] q = neg.stream().mapToDouble(Double::doubleValue).toArray();
    double auc;
    if (samples <= 0) {
      auc = auc(p, q);
    } else {
      Random rnd = new Random(seed);
      double total = 0;
      for (int i = 0; i < samples; i++) {
        double a = p[rnd.nextInt(p.length)];
        double b = q[rnd.nextInt(q.length)];
        total += a > b ? 1 : a == b ? 0.5 : 0;
      }
      auc = total / samples;
    }
    double precision = precisionAt(hits, Math.min(l, hits.length));
    Provenance prov = Provenance.of("link prediction evaluation (" + predictor.label() + ")", CITATION + "; "
            + predictor.citation())
        .withParameter("AUC", samples <= 0 ? "exact" : samples + " sampled comparisons, seed " + seed)
        .withParameter("L", l)
        .withNotes(split.provenance().notes())
        .withData(split.provenance().data());
    return new Result(auc, precision, p.length, q.length, prov);
  }

  /**
   * @param auc          AUC
   * @param precisionAtL precision@L
   * @param probeEdges   probe edges scored
   * @param nonEdges     non-edges scored
   * @param provenance   how it was computed
   */
  public record Result(double auc, double precisionAtL, int probeEdges, int nonEdges, Provenance provenance) {}
}
