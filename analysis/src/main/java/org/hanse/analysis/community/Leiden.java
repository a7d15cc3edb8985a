package org.hanse.analysis.community;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.WeightedGraph;

/**
 * Leiden community detection (Traag, Waltman &amp; van Eck 2019, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Sci. Rep. 9:5233; methods.md §7) on undirected weighted graphs, maximising
 * modularity (resolution γ) or the Constant Potts Model {@code H = Σ_c [e_c − γ n_c(n_c − 1)/2]}.
 *
 * <p>Each iteration: (1) fast local moving, a queue of nodes in random order where a node that moves puts its
 * neighbours outside its new community back in the queue; (2) refinement: inside every community, nodes start as
 * singletons and well-connected singletons join well-connected sub-communities of the same community, chosen at
 * random with probability ∝ exp(ΔH/θ) among the moves with ΔH ≥ 0 (θ = 0.01 as in the paper); (3) aggregation on
 * the refined partition, the aggregate nodes starting in the community of the unrefined partition. It stops when
 * local moving leaves every aggregate node in its own community. Quality gains are in edge-weight units:
 * {@code k_{v,C} − γ a_v A_C / (2m)} (modularity, a = strength) or {@code k_{v,C} − γ n_v N_C} (CPM).
 *
 * <p>All random choices come from one {@link Random} seeded with the given seed: same seed ⇒ same partition.
 * Written here because JGraphT 1.5.3 has no Leiden and the CWTS {@code networkanalysis} library is not a
 * dependency of the project.
 */
public final class Leiden implements CommunityDetector {
  /** Citation carried in every result. */
  public static final String CITATION = "Traag, Waltman & van Eck (2019) Sci. Rep. 9:5233; CPM: Traag et al. (2011)"
      + " Phys. Rev. E 84:016114; methods.md §7";

  private final long seed;
  private final double resolution;
  private final Louvain.Quality quality;
  private final double randomness;

  /** Modularity with resolution 1, θ = 0.01. */
  public Leiden(long seed) {
    this(seed, 1.0, Louvain.Quality.MODULARITY);
  }

  public Leiden(long seed, double resolution, Louvain.Quality quality) {
    this(seed, resolution, quality, 0.01);
  }

  /** @param randomness θ of the refinement step (&gt; 0) */
  public Leiden(long seed, double resolution, Louvain.Quality quality, double randomness) {
    if (!(resolution >= 0)) {
      throw new IllegalArgumentException("resolution must be ≥ 0: " + resolution);
    }
    if (!(randomness > 0)) {
      throw new IllegalArgumentException("randomness θ must be positive: " + randomness);
    }
    this.seed = seed;
    this.resolution = resolution;
    this.quality = quality;
    this.randomness = randomness;
  }

  @Override
  public Partition compute(WeightedGraph g) {
    if (g.isDirected()) {
      throw new IllegalArgumentException("Leiden here works on undirected graphs: symmetrise the graph first");
    }
    int n = g.nodeCount();
    Random rnd = new Random(seed);
    double m2 = 2 * g.totalWeight();
    double scale = quality == Louvain.Quality.MODULARITY ? (m2 > 0 ? resolution / m2 : 0) : resolution;
    CommunityLevel level = CommunityLevel.of(g);
    int[] membership = new int[n]; // original node → node of the current level
    for (int i = 0; i < n; i++) {
      membership[i] = i;
    }
    int[] comm = new int[n]; // current level node → community
    for (int i = 0; i < n; i++) {
      comm[i] = i;
    }
    int iterations = 0;
    while (true) {
      iterations++;
      double[] nodeWeight = quality == Louvain.Quality.MODULARITY ? level.strength : level.size;
      fastMove(level, comm, nodeWeight, scale, rnd);
      int communities = Louvain.relabel(comm);
      if (communities == level.n) {
        break;
      }
      int[] refined = refine(level, comm, communities, nodeWeight, scale, rnd);
      int refinedCount = Louvain.relabel(refined);
      if (refinedCount == level.n) {
        // the refinement merged nothing: aggregate on the unrefined partition so that every iteration progresses
        refined = comm.clone();
        refinedCount = communities;
      }
      int[] next = new int[refinedCount];
      for (int v = 0; v < level.n; v++) {
        next[refined[v]] = comm[v];
      }
      for (int i = 0; i < n; i++) {
        membership[i] = refined[membership[i]];
      }
      level = level.aggregate(refined, refinedCount);
      comm = next;
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = comm[membership[i]];
    }
    double q = quality == Louvain.Quality.MODULARITY ? Modularity.of(g, labels, resolution)
        : Modularity.cpm(g, labels, resolution);
    Provenance p = Provenance.of("Leiden communities (" + (quality == Louvain.Quality.MODULARITY ? "modularity"
            : "CPM") + ")", CITATION)
        .withParameter("seed", seed)
        .withParameter("resolution", resolution)
        .withParameter("quality", quality)
        .withParameter("randomness θ", randomness)
        .withParameter("iterations", iterations)
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    return new Partition(g.ids(), labels, q, p);
  }

  /** Fast local moving (Traag et al. 2019, Algorithm A.2), communities labelled by node index. */
  private static void fastMove(CommunityLevel lv, int[] comm, double[] nodeWeight, double scale, Random rnd) {
    int n = lv.n;
    double[] total = new double[n];
    int[] members = new int[n];
    for (int v = 0; v < n; v++) {
      total[comm[v]] += nodeWeight[v];
      members[comm[v]]++;
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    boolean[] queued = new boolean[n];
    for (int v : shuffled(n, rnd)) {
      queue.add(v);
      queued[v] = true;
    }
    int[] emptyStack = new int[n];
    int empties = 0;
    for (int c = n - 1; c >= 0; c--) {
      if (members[c] == 0) {
        emptyStack[empties++] = c;
      }
    }
    double[] link = new double[n];
    int[] candidates = new int[n];
    boolean[] isCandidate = new boolean[n];
    while (!queue.isEmpty()) {
      int v = queue.poll();
      queued[v] = false;
      int own = comm[v];
      int count = 0;
      for (int k = 0; k < lv.neighbours[v].length; k++) {
        int c = comm[lv.neighbours[v][k]];
        if (!isCandidate[c]) {
          isCandidate[c] = true;
          candidates[count++] = c;
        }
        link[c] += lv.weights[v][k];
      }
      total[own] -= nodeWeight[v];
      members[own]--;
      if (members[own] == 0) {
        emptyStack[empties++] = own;
      }
      // baseline: stay (if v was alone, its own community is now empty and staying is the empty option, gain 0)
      int best = own;
      double bestGain = link[own] - scale * nodeWeight[v] * total[own];
      if (members[own] > 0 && bestGain < -1e-12) {
        best = emptyStack[empties - 1]; // an empty community: gain 0
        bestGain = 0;
      }
      Arrays.sort(candidates, 0, count);
      for (int t = 0; t < count; t++) {
        int c = candidates[t];
        if (c == own) {
          continue;
        }
        double gain = link[c] - scale * nodeWeight[v] * total[c];
        if (gain > bestGain + 1e-12 * Math.max(1, Math.abs(bestGain))) {
          bestGain = gain;
          best = c;
        }
      }
      if (members[best] == 0) {
        empties--; // best is the top of the stack of empty communities (own was pushed last if it emptied)
      }
      comm[v] = best;
      total[best] += nodeWeight[v];
      members[best]++;
      if (best != own) {
        for (int k = 0; k < lv.neighbours[v].length; k++) {
          int u = lv.neighbours[v][k];
          if (!queued[u] && comm[u] != best) {
            queue.add(u);
            queued[u] = true;
          }
        }
      }
      for (int t = 0; t < count; t++) {
        link[candidates[t]] = 0;
        isCandidate[candidates[t]] = false;
      }
      link[own] = 0;
    }
  }

  /** Refinement (Traag et al. 2019, Algorithms A.3-A.4): merges singletons within each community. */
  private int[] refine(CommunityLevel lv, int[] comm, int communities, double[] nodeWeight, double scale,
      Random rnd) {
    int n = lv.n;
    int[] refined = new int[n];
    double[] refinedTotal = new double[n];
    double[] communityTotal = new double[communities];
    boolean[] singleton = new boolean[n];
    // external weight of each refined community towards the rest of its community, E(C, S − C)
    double[] refinedExternal = new double[n];
    for (int v = 0; v < n; v++) {
      refined[v] = v;
      refinedTotal[v] = nodeWeight[v];
      communityTotal[comm[v]] += nodeWeight[v];
      singleton[v] = true;
      for (int k = 0; k < lv.neighbours[v].length; k++) {
        if (comm[lv.neighbours[v][k]] == comm[v]) {
          refinedExternal[v] += lv.weights[v][k];
        }
      }
    }
    double[] link = new double[n];
    int[] candidates = new int[n];
    boolean[] isCandidate = new boolean[n];
    double[] gains = new double[n];
    for (int v : shuffled(n, rnd)) {
      int s = comm[v];
      // only well-connected singletons move: E(v, S − v) ≥ γ' w_v (W_S − w_v)
      if (!singleton[v]
          || refinedExternal[v] < scale * nodeWeight[v] * (communityTotal[s] - nodeWeight[v])) {
        continue;
      }
      int count = 0;
      for (int k = 0; k < lv.neighbours[v].length; k++) {
        int u = lv.neighbours[v][k];
        if (comm[u] != s) {
          continue;
        }
        int c = refined[u];
        if (!isCandidate[c]) {
          isCandidate[c] = true;
          candidates[count++] = c;
        }
        link[c] += lv.weights[v][k];
      }
      Arrays.sort(candidates, 0, count);
      int own = refined[v];
      double maxGain = 0; // staying alone has gain 0
      int usable = 0;
      for (int t = 0; t < count; t++) {
        int c = candidates[t];
        if (c == own) {
          gains[t] = Double.NEGATIVE_INFINITY;
          continue;
        }
        // only well-connected target sub-communities: E(C, S − C) ≥ γ' W_C (W_S − W_C)
        boolean wellConnected = refinedExternal[c]
            >= scale * refinedTotal[c] * (communityTotal[s] - refinedTotal[c]);
        double gain = link[c] - scale * nodeWeight[v] * refinedTotal[c];
        gains[t] = wellConnected && gain >= 0 ? gain : Double.NEGATIVE_INFINITY;
        if (gains[t] > Double.NEGATIVE_INFINITY) {
          usable++;
          maxGain = Math.max(maxGain, gain);
        }
      }
      int chosen = own;
      if (usable > 0) {
        // P(C) ∝ exp(ΔH/θ); the staying option (ΔH = 0) is included, as in the paper's Algorithm A.4
        double sum = Math.exp((0 - maxGain) / randomness);
        for (int t = 0; t < count; t++) {
          if (gains[t] > Double.NEGATIVE_INFINITY) {
            sum += Math.exp((gains[t] - maxGain) / randomness);
          }
        }
        double r = rnd.nextDouble() * sum;
        double acc = Math.exp((0 - maxGain) / randomness);
        if (r >= acc) {
          for (int t = 0; t < count; t++) {
            if (gains[t] > Double.NEGATIVE_INFINITY) {
              acc += Math.exp((gains[t] - maxGain) / randomness);
              if (r < acc) {
                chosen = candidates[t];
                break;
              }
            }
          }
          if (chosen == own) { // rounding at the top end: take the last usable one
            for (int t = count - 1; t >= 0; t--) {
              if (gains[t] > Double.NEGATIVE_INFINITY) {
                chosen = candidates[t];
                break;
              }
            }
          }
        }
      }
      if (chosen != own) {
        // v leaves its singleton and joins `chosen`: update the external weight of `chosen` within S
        double toChosen = link[chosen];
        double vInternal = refinedExternal[v]; // all of v's weight inside S (v was alone)
        refinedExternal[chosen] = refinedExternal[chosen] + vInternal - 2 * toChosen;
        refinedTotal[chosen] += nodeWeight[v];
        refinedTotal[own] -= nodeWeight[v];
        refined[v] = chosen;
        singleton[chosen] = false;
        singleton[v] = false;
      }
      for (int t = 0; t < count; t++) {
        link[candidates[t]] = 0;
        isCandidate[candidates[t]] = false;
      }
    }
    return refined;
  }

  private static int[] shuffled(int n, Random rnd) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
