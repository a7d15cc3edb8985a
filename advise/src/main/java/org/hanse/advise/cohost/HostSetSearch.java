package org.hanse.advise.cohost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.hanse.analysis.inequality.Gini;

/**
 * The exact search behind the co-hosting planner, on plain arrays.
 *
 * <p>Problem: members 0..n−1 with openness x_i ≥ 0 (international ties); choose a set S of exactly k members, every
 * one eligible, with a main host m ∈ S such that every member of S lies within the distance limit of m (and m is the
 * fixed main host when one is given). Each host gains g ties. Objective: the lowest corrected Gini G* of
 * x' = x + g·1_S over all n members (Gini 1912; small-sample correction Deltas 2003; methods.md §5; computed by
 * {@link Gini#of}), i.e. the largest fall of G* from the base — the event's opportunity goes where it spreads the
 * cluster's openness most. Ties in G* (at 10⁻¹² precision) are broken by more air routes in total, then by the
 * sorted ids, so the ranking is a total order.
 *
 * <p>Branch and bound (Land &amp; Doig 1960): for each possible main host m (canonical: the one with most air routes,
 * then smallest id, among the members of S that can serve), members within reach of m are decided one by one, least
 * open first (good sets are found early, which tightens the bound). With k fixed, the mean of x' is fixed, so G* is
 * proportional to D(S) = Σ_{i&lt;j} |x'_i − x'_j| (G = D / (n² μ'), G* = G·n/(n−1)). A lower bound on D over every
 * completion of a partial decision is the sum over pairs of the smallest |x'_i − x'_j| their still-open states allow
 * (decided pairs count exactly). A branch is cut when fewer undecided members remain than hosts missing, or when its
 * bound is worse than the {@code top}-th best set found so far by more than the rounding precision. The result is
 * exactly the top sets of the brute-force enumeration of all k-subsets (checked by a property test).
 */
public final class HostSetSearch {
  private static final double PRECISION = 1e-12;

  /**
   * The problem.
   *
   * @param ids       member ids (for tie-breaking and Gini)
   * @param openness  x_i ≥ 0
   * @param airRoutes air routes of each member (tie-break)
   * @param gain      ties each host gains (g &gt; 0)
   * @param k         hosts wanted
   * @param eligible  whether member i meets the per-host requirements
   * @param near      near[i][j]: j is within the distance limit of i (symmetric; near[i][i] true)
   * @param fixedMain index of the required main host, or −1
   */
  public record Problem(List<String> ids, double[] openness, int[] airRoutes, double gain, int k, boolean[] eligible,
      boolean[][] near, int fixedMain) {
    public Problem {
      ids = List.copyOf(ids);
      int n = ids.size();
      if (openness.length != n || airRoutes.length != n || eligible.length != n || near.length != n) {
        throw new IllegalArgumentException("arrays must have one entry per member");
      }
      if (k < 1) {
        throw new IllegalArgumentException("k must be at least 1");
      }
    }

    int n() {
      return ids.size();
    }

    /** The main host of a sorted set S: the fixed one, or the canonical one; −1 when S is not feasible. */
    public int mainOf(int[] set) {
      for (int i : set) {
        if (!eligible[i]) {
          return -1;
        }
      }
      int best = -1;
      for (int m : set) {
        if (fixedMain >= 0 && m != fixedMain) {
          continue;
        }
        boolean reaches = true;
        for (int j : set) {
          reaches &= near[m][j];
        }
        if (reaches && (best < 0 || betterMain(m, best))) {
          best = m;
        }
      }
      return best;
    }

    private boolean betterMain(int a, int b) {
      return airRoutes[a] != airRoutes[b] ? airRoutes[a] > airRoutes[b] : ids.get(a).compareTo(ids.get(b)) < 0;
    }

    /** G* of x + g·1_S; the objective (lower is better). */
    public double giniAfter(int[] set) {
      double[] y = openness.clone();
      for (int i : set) {
        y[i] += gain;
      }
      return Gini.of(ids, y).corrected().orElse(0);
    }
  }

  /**
   * A host set.
   *
   * @param members    member indices, ascending
   * @param main       the main host's index
   * @param giniAfter  G* after the event
   * @param airRoutes  air routes of the hosts together
   * @param sortedIds  the hosts' ids, sorted (the last tie-break)
   */
  public record Found(int[] members, int main, double giniAfter, int airRoutes, String sortedIds) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Found f && Arrays.equals(members, f.members) && main == f.main
          && giniAfter == f.giniAfter;
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(members), main, giniAfter);
    }

    @Override
    public String toString() {
      return sortedIds + " (main " + main + ", G* " + giniAfter + ")";
    }
  }

  /** The ranking: lower G* (at 10⁻¹² precision), then more air routes, then sorted ids. */
  public static final Comparator<Found> ORDER = Comparator.comparingLong((Found f) -> key(f.giniAfter()))
      .thenComparing(Comparator.comparingInt(Found::airRoutes).reversed())
      .thenComparing(Found::sortedIds);

  static long key(double g) {
    return Math.round(g / PRECISION);
  }

  /** Search statistics. */
  public record Stats(long nodes, long complete, long pruned) {}

  /**
   * The answer: the best sets and the search effort.
   *
   * @param best  up to {@code top} sets, best first
   * @param stats nodes visited, complete sets evaluated, branches cut
   */
  public record Result(List<Found> best, Stats stats) {}

  private HostSetSearch() {}

  /** Found for a feasible sorted set (used by the search and by oracles). */
  public static Found found(Problem p, int[] sortedSet) {
    int main = p.mainOf(sortedSet);
    if (main < 0) {
      return null;
    }
    int air = 0;
    List<String> names = new ArrayList<>();
    for (int i : sortedSet) {
      air += p.airRoutes()[i];
      names.add(p.ids().get(i));
    }
    names.sort(null);
    return new Found(sortedSet.clone(), main, p.giniAfter(sortedSet), air, String.join(",", names));
  }

  /** The {@code top} best feasible sets, exactly. */
  public static Result search(Problem p, int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1");
    }
    Search s = new Search(p, top);
    int n = p.n();
    if (p.k() <= n) {
      for (int m = 0; m < n; m++) {
        if (!p.eligible()[m] || (p.fixedMain() >= 0 && m != p.fixedMain())) {
          continue;
        }
        s.fromMain(m);
      }
    }
    List<Found> best = new ArrayList<>(s.queue);
    best.sort(ORDER);
    return new Result(best, new Stats(s.nodes, s.complete, s.pruned));
  }

  private static final class Search {
    private static final byte OUT = 0;
    private static final byte IN = 1;
    private static final byte OPEN = 2;
    private final Problem p;
    private final int top;
    /** Worst of the kept sets at the head. */
    private final PriorityQueue<Found> queue;
    private final double scale;
    private byte[] state;
    private int[] pool;
    private long nodes;
    private long complete;
    private long pruned;

    Search(Problem p, int top) {
      this.p = p;
      this.top = top;
      this.queue = new PriorityQueue<>(ORDER.reversed());
      int n = p.n();
      double total = 0;
      for (double v : p.openness()) {
        total += v;
      }
      double meanAfter = (total + p.k() * p.gain()) / n;
      // G* = D / (n² μ') · n/(n−1); n = 1 has no Gini (the search then ranks by air routes and ids only)
      this.scale = n < 2 ? 0 : 1.0 / ((double) n * n * meanAfter) * n / (n - 1.0);
    }

    void fromMain(int m) {
      int n = p.n();
      List<Integer> reach = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j != m && p.eligible()[j] && p.near()[m][j]) {
          reach.add(j);
        }
      }
      reach.sort(Comparator.comparingDouble((Integer j) -> p.openness()[j]).thenComparing(j -> p.ids().get(j)));
      pool = reach.stream().mapToInt(Integer::intValue).toArray();
      state = new byte[n];
      Arrays.fill(state, OUT);
      for (int j : pool) {
        state[j] = OPEN;
      }
      state[m] = IN;
      branch(m, 0, 1);
    }

    private void branch(int main, int depth, int chosen) {
      nodes++;
      int k = p.k();
      if (chosen == k) {
        int[] set = new int[k];
        int c = 0;
        for (int i = 0; i < state.length; i++) {
          if (state[i] == IN) {
            set[c++] = i;
          }
        }
        complete++;
        Found f = found(p, set);
        // a set is counted under its canonical main host only, so that it appears once
        if (f != null && f.main() == main) {
          offer(f);
        }
        return;
      }
      if (chosen + (pool.length - depth) < k) {
        pruned++;
        return;
      }
      if (queue.size() == top && key(lowerBound()) > key(queue.peek().giniAfter()) + 2) {
        pruned++;
        return;
      }
      int j = pool[depth];
      state[j] = IN;
      branch(main, depth + 1, chosen + 1);
      state[j] = OUT;
      branch(main, depth + 1, chosen);
      state[j] = OPEN;
    }

    private void offer(Found f) {
      if (queue.size() < top) {
        queue.add(f);
      } else if (ORDER.compare(f, queue.peek()) < 0) {
        queue.poll();
        queue.add(f);
      }
    }

    /** Lower bound on G* over every completion: pairwise minima of |x'_i − x'_j| over the states still open. */
    private double lowerBound() {
      double[] x = p.openness();
      double g = p.gain();
      int n = x.length;
      double d = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          d += minGap(x[i], state[i], x[j], state[j], g);
        }
      }
      return d * scale;
    }

    private static double minGap(double xi, byte si, double xj, byte sj, double g) {
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < 2; a++) {
        if (si != OPEN && si != a) {
          continue;
        }
        for (int b = 0; b < 2; b++) {
          if (sj != OPEN && sj != b) {
            continue;
          }
          best = Math.min(best, Math.abs(xi + a * g - xj - b * g));
        }
      }
      return best;
    }
  }
}
