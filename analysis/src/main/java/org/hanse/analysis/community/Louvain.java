package org.hanse.analysis.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.WeightedGraph;

/**
 * Louvain community detection (Blondel, Guillaume, Lambiotte &amp; Lefebvre 2008, "Fast unfolding of communities in
 * large networks", J. Stat. Mech. P10008; methods.md §7) on undirected weighted graphs, maximising modularity with
 * a resolution γ or, optionally, the Constant Potts Model {@code H = Σ_c [e_c − γ n_c(n_c − 1)/2]} (Traag, Van
 * Dooren &amp; Nesterov 2011, Phys. Rev. E 84:016114).
 *
 * <p>Phase 1 moves single nodes to the neighbouring community with the largest quality gain,
 * {@code ΔQ ∝ k_{i,c} − γ a_i A_c / (2m)} for modularity (a = strength, A_c = total strength of c) and
 * {@code k_{i,c} − γ n_i N_c} for CPM (n = node size), visiting nodes in a random order drawn from the seed and
 * repeating until no move improves; phase 2 aggregates the communities into nodes; both repeat until a level moves
 * no node. The result depends on the visiting order, so the seed is explicit: same seed ⇒ same partition
 * (methods.md §0). A node only leaves its community for a strictly better one, and candidate communities are
 * examined in ascending order, so ties are broken deterministically. At the end, communities that Louvain left
 * internally disconnected are split into their connected parts, which can only raise the quality: every community
 * returned is connected (the guarantee Leiden gives, obtained here without Leiden's refinement phase).
 *
 * <p>Written here because JGraphT 1.5.3 has no Louvain or Leiden implementation; the CWTS {@code networkanalysis}
 * library (MIT) is not on the project's dependency list.
 */
public final class Louvain implements CommunityDetector {
  /** Citation carried in every result. */
  public static final String CITATION = "Blondel et al. (2008) J. Stat. Mech. P10008; Newman & Girvan (2004) Phys."
      + " Rev. E 69:026113; CPM: Traag et al. (2011) Phys. Rev. E 84:016114; methods.md §7";

  /** What the algorithm maximises. */
  public enum Quality {
    MODULARITY,
    CPM
  }

  private final long seed;
  private final double resolution;
  private final Quality quality;

  /** Modularity with resolution 1. */
  public Louvain(long seed) {
    this(seed, 1.0, Quality.MODULARITY);
  }

  public Louvain(long seed, double resolution, Quality quality) {
    if (!(resolution >= 0)) {
      throw new IllegalArgumentException("resolution must be ≥ 0: " + resolution);
    }
    this.seed = seed;
    this.resolution = resolution;
    this.quality = quality;
  }

  @Override
  public Partition compute(WeightedGraph g) {
    if (g.isDirected()) {
      throw new IllegalArgumentException("Louvain here works on undirected graphs: symmetrise the graph first");
    }
    int n = g.nodeCount();
    Random rnd = new Random(seed);
    // level graph in adjacency-list form
    CommunityLevel level = CommunityLevel.of(g);
    int[] membership = new int[n];
    for (int i = 0; i < n; i++) {
      membership[i] = i;
    }
    int levels = 0;
    while (true) {
      int[] local = moveNodes(level, rnd);
      int count = relabel(local);
      if (count == level.n) {
        break; // nothing merged
      }
      for (int i = 0; i < n; i++) {
        membership[i] = local[membership[i]];
      }
      level = level.aggregate(local, count);
      levels++;
    }
    int split = splitDisconnected(g, membership);
    double q = quality == Quality.MODULARITY ? Modularity.of(g, membership, resolution)
        : Modularity.cpm(g, membership, resolution);
    Provenance p = Provenance.of("Louvain communities (" + (quality == Quality.MODULARITY ? "modularity" : "CPM")
            + ")", CITATION)
        .withParameter("seed", seed)
        .withParameter("resolution", resolution)
        .withParameter("quality", quality)
        .withParameter("levels", levels)
        .withParameter("disconnected communities split", split)
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    return new Partition(g.ids(), membership, q, p);
  }

  /**
   * The best of several seeded runs by quality (ties: the earliest seed), for the stability check methods.md §7
   * asks for; compare runs with {@link Partition#normalisedMutualInformation}.
   */
  public static Partition best(WeightedGraph g, long[] seeds, double resolution, Quality quality) {
    Partition best = null;
    for (long s : seeds) {
      Partition p = new Louvain(s, resolution, quality).compute(g);
      if (best == null || p.quality() > best.quality() + 1e-12) {
        best = p;
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("give at least one seed");
    }
    return best;
  }

  /**
   * Louvain can leave a community internally disconnected (Traag, Waltman &amp; van Eck 2019, Sci. Rep. 9:5233).
   * Splitting such a community into its connected parts never lowers the quality (no edge is lost inside a part,
   * while the penalty Σ K_c² or Σ n_c² is superadditive), so every final community is connected. Returns the number
   * of extra communities created.
   */
  static int splitDisconnected(WeightedGraph g, int[] membership) {
    int n = g.nodeCount();
    int[] part = new int[n];
    Arrays.fill(part, -1);
    int next = 0;
    int[] queue = new int[n];
    int before = 0;
    for (int c : membership) {
      before = Math.max(before, c + 1);
    }
    for (int s = 0; s < n; s++) {
      if (part[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      part[s] = next;
      while (head < tail) {
        int v = queue[head++];
        for (int w : g.outNeighbours(v)) {
          if (part[w] < 0 && membership[w] == membership[v]) {
            part[w] = next;
            queue[tail++] = w;
          }
        }
      }
      next++;
    }
    System.arraycopy(part, 0, membership, 0, n);
    return next - before;
  }

  /**
   * Runs every seed and reports the partition with the largest quality and the mean normalised mutual information
   * of all runs to it (1 = every seed found the same partition), the stability check of methods.md §7.
   */
  public static Stability stability(WeightedGraph g, long[] seeds, double resolution, Quality quality) {
    List<Partition> runs = new ArrayList<>();
    for (long s : seeds) {
      runs.add(new Louvain(s, resolution, quality).compute(g));
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("give at least one seed");
    }
    Partition best = runs.get(0);
    for (Partition p : runs) {
      if (p.quality() > best.quality() + 1e-12) {
        best = p;
      }
    }
    double nmi = 0;
    for (Partition p : runs) {
      nmi += Partition.normalisedMutualInformation(p, best);
    }
    return new Stability(best, nmi / runs.size(), runs.size());
  }

  /**
   * @param best    the partition of largest quality (earliest seed among equals)
   * @param meanNmi mean NMI of every run to the best one
   * @param runs    number of seeds run
   */
  public record Stability(Partition best, double meanNmi, int runs) {}

  static int relabel(int[] labels) {
    int[] map = new int[labels.length];
    Arrays.fill(map, -1);
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      if (map[labels[i]] < 0) {
        map[labels[i]] = next++;
      }
      labels[i] = map[labels[i]];
    }
    return next;
  }

  /** Phase 1: local moving; returns the community of every level node. */
  private int[] moveNodes(CommunityLevel lv, Random rnd) {
    int n = lv.n;
    int[] comm = new int[n];
    double[] total = new double[n]; // A_c: total strength (modularity) or total size (CPM)
    double[] nodeWeight = new double[n];
    double scale;
    if (quality == Quality.MODULARITY) {
      double m2 = 0;
      for (int i = 0; i < n; i++) {
        m2 += lv.strength[i];
      }
      scale = m2 > 0 ? resolution / m2 : 0;
      System.arraycopy(lv.strength, 0, nodeWeight, 0, n);
    } else {
      scale = resolution;
      System.arraycopy(lv.size, 0, nodeWeight, 0, n);
    }
    for (int i = 0; i < n; i++) {
      comm[i] = i;
      total[i] = nodeWeight[i];
    }
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
    double[] linkTo = new double[n];
    int[] candidates = new int[n];
    boolean[] isCandidate = new boolean[n];
    boolean moved = true;
    int sweeps = 0;
    while (moved && sweeps < 10_000) {
      moved = false;
      sweeps++;
      for (int i : order) {
        int own = comm[i];
        int count = 0;
        for (int k = 0; k < lv.neighbours[i].length; k++) {
          int c = comm[lv.neighbours[i][k]];
          if (!isCandidate[c]) {
            isCandidate[c] = true;
            candidates[count++] = c;
          }
          linkTo[c] += lv.weights[i][k];
        }
        total[own] -= nodeWeight[i];
        double bestGain = linkTo[own] - scale * nodeWeight[i] * total[own];
        int best = own;
        Arrays.sort(candidates, 0, count);
        for (int t = 0; t < count; t++) {
          int c = candidates[t];
          if (c == own) {
            continue;
          }
          double gain = linkTo[c] - scale * nodeWeight[i] * total[c];
          if (gain > bestGain + 1e-12 * Math.max(1, Math.abs(bestGain))) {
            bestGain = gain;
            best = c;
          }
        }
        total[best] += nodeWeight[i];
        if (best != own) {
          comm[i] = best;
          moved = true;
        }
        for (int t = 0; t < count; t++) {
          linkTo[candidates[t]] = 0;
          isCandidate[candidates[t]] = false;
        }
        linkTo[own] = 0;
      }
    }
    return comm;
  }
}
