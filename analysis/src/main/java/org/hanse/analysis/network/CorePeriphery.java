package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Borgatti–Everett continuous core/periphery model (Borgatti &amp; Everett 2000, "Models of core/periphery
 * structures", Social Networks 21:375-395; UCINET help "Core/Periphery"; methods.md §2): find coreness c ≥ 0
 * maximising {@code ρ = corr(a_ij, c_i c_j)} over the off-diagonal cells, with ‖c‖ = 1; ρ is the fit.
 *
 * <p>ρ is scale-invariant in c and all sums it needs factorise: with S_k = Σ_i c_i^k,
 * {@code Σ_{i≠j} c_i c_j = S_1² − S_2}, {@code Σ_{i≠j} (c_i c_j)² = S_2² − S_4} and
 * {@code Σ_{i≠j} a_ij c_i c_j = cᵀAc}. So ρ and its gradient cost O(n + m), not O(n²), which makes the fit usable
 * on graphs of thousands of nodes. The problem is non-convex: the optimiser is projected gradient ascent on the
 * non-negative unit sphere with an adaptive step, started from the normalised strength vector and from
 * {@code starts − 1} random points drawn with the given seed; the best fit wins. Same seed ⇒ same result.
 *
 * <p>The core is the set of nodes with coreness above a threshold; Chinese studies often use 0.1 (a convention,
 * methods.md §2), so the threshold is a parameter of {@link Result#core(double)}, not fixed.
 */
public final class CorePeriphery {
  /** Citation carried in every result. */
  public static final String CITATION = "Borgatti & Everett (2000) Social Networks 21:375-395; UCINET help"
      + " Core/Periphery (continuous model); methods.md §2";

  private final long seed;
  private final int starts;
  private final int maxIterations;

  /** 10 starts, at most 5,000 ascent steps each. */
  public CorePeriphery(long seed) {
    this(seed, 10, 5_000);
  }

  public CorePeriphery(long seed, int starts, int maxIterations) {
    if (starts < 1) {
      throw new IllegalArgumentException("need at least one start: " + starts);
    }
    this.seed = seed;
    this.starts = starts;
    this.maxIterations = maxIterations;
  }

  public synchronized Result compute(WeightedGraph g) {
    int n = g.nodeCount();
    if (n < 3) {
      throw new IllegalArgumentException("core/periphery needs at least 3 nodes: " + n);
    }
    Objective f = new Objective(g);
    if (f.varianceX == 0) {
      throw new IllegalArgumentException("core/periphery is undefined when every off-diagonal cell is equal"
          + " (empty or complete graph with equal weights)");
    }
    Random rnd = new Random(seed);
    double[] best = null;
    double bestFit = Double.NEGATIVE_INFINITY;
    capped = 0;
    for (int s = 0; s < starts; s++) {
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        c[i] = s == 0 ? g.outStrength(i) + (g.isDirected() ? g.inStrength(i) : 0) + 1e-9 : rnd.nextDouble();
      }
      normalise(c);
      double fit = ascend(f, c);
      if (fit > bestFit + 1e-12) {
        bestFit = fit;
        best = c;
      }
    }
    Provenance p = Provenance.of("continuous core/periphery (coreness)", CITATION)
        .withParameter("fit", "corr(a_ij, c_i c_j), i ≠ j")
        .withParameter("seed", seed)
        .withParameter("starts", starts)
        .withParameter("normalisation", "‖c‖ = 1")
        .withData(n + " nodes, " + g.edgeCount() + " edges");
    if (capped > 0) {
      p = p.withNote(capped + " of " + starts + " starts stopped at the iteration cap of " + maxIterations
          + " before converging");
    }
    return new Result(new Scores("coreness", g.ids(), best, List.<Exclusion>of(), p), bestFit);
  }

  private int capped;

  private double ascend(Objective f, double[] c) {
    int n = c.length;
    double fit = f.value(c);
    double step = 1;
    double[] grad = new double[n];
    double[] candidate = new double[n];
    for (int it = 0; it < maxIterations; it++) {
      f.gradient(c, grad);
      boolean moved = false;
      while (step > 1e-14) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          candidate[i] = Math.max(0, c[i] + step * grad[i]);
          sum += candidate[i];
        }
        if (sum > 0) {
          normalise(candidate);
          double cf = f.value(candidate);
          if (cf > fit + 1e-15) {
            double gain = cf - fit;
            System.arraycopy(candidate, 0, c, 0, n);
            fit = cf;
            step *= 2;
            moved = true;
            if (gain < 1e-14) {
              return fit;
            }
            break;
          }
        }
        step /= 2;
      }
      if (!moved) {
        return fit;
      }
    }
    capped++;
    return fit;
  }

  private static void normalise(double[] c) {
    double s = 0;
    for (double v : c) {
      s += v * v;
    }
    s = Math.sqrt(s);
    for (int i = 0; i < c.length; i++) {
      c[i] /= s;
    }
  }

  /** ρ(c) and ∇ρ(c) over ordered pairs i ≠ j in O(n + m). */
  private static final class Objective {
    private final WeightedGraph g;
    private final double pairs;
    private final double sumX;
    private final double varianceX;

    Objective(WeightedGraph g) {
      this.g = g;
      int n = g.nodeCount();
      pairs = (double) n * (n - 1);
      double sx = 0;
      double sxx = 0;
      for (int i = 0; i < n; i++) {
        for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
          double w = g.outWeightAt(k);
          sx += w;
          sxx += w * w;
        }
      }
      sumX = sx;
      varianceX = pairs * sxx - sx * sx;
    }

    private double cAc(double[] c) {
      double s = 0;
      for (int i = 0; i < c.length; i++) {
        for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
          s += c[i] * g.outWeightAt(k) * c[g.outTargetAt(k)];
        }
      }
      return s;
    }

    double value(double[] c) {
      double s1 = 0;
      double s2 = 0;
      double s4 = 0;
      for (double v : c) {
        s1 += v;
        s2 += v * v;
        s4 += v * v * v * v;
      }
      double sy = s1 * s1 - s2;
      double syy = s2 * s2 - s4;
      double vy = pairs * syy - sy * sy;
      if (vy <= 0) {
        return -1;
      }
      return (pairs * cAc(c) - sumX * sy) / Math.sqrt(varianceX * vy);
    }

    void gradient(double[] c, double[] out) {
      int n = c.length;
      double s1 = 0;
      double s2 = 0;
      double s4 = 0;
      for (double v : c) {
        s1 += v;
        s2 += v * v;
        s4 += v * v * v * v;
      }
      double sy = s1 * s1 - s2;
      double syy = s2 * s2 - s4;
      double vy = pairs * syy - sy * sy;
      double num = pairs * cAc(c) - sumX * sy;
      // (A + Aᵀ) c
      double[] ac = new double[n];
      for (int i = 0; i < n; i++) {
        for (int k = g.outStart(i); k < g.outStart(i + 1); k++) {
          int j = g.outTargetAt(k);
          double w = g.outWeightAt(k);
          ac[i] += w * c[j];
          ac[j] += w * c[i];
        }
      }
      if (vy <= 0) {
        java.util.Arrays.fill(out, 0);
        return;
      }
      double sqrtVx = Math.sqrt(varianceX);
      for (int k = 0; k < n; k++) {
        double dSy = 2 * (s1 - c[k]);
        double dSyy = 4 * c[k] * (s2 - c[k] * c[k]);
        double dNum = pairs * ac[k] - sumX * dSy;
        double dVy = pairs * dSyy - 2 * sy * dSy;
        out[k] = (dNum * vy - 0.5 * num * dVy) / (sqrtVx * Math.pow(vy, 1.5));
      }
    }
  }

  /**
   * @param coreness c with ‖c‖ = 1
   * @param fit      ρ, the correlation between the data and the ideal pattern c_i c_j
   */
  public record Result(Scores coreness, double fit) {
    /** Ids with coreness strictly above the threshold (e.g. 0.1), largest first. */
    public List<String> core(double threshold) {
      List<String> out = new ArrayList<>();
      for (Scores.Entry e : coreness.ranked()) {
        if (e.value() > threshold) {
          out.add(e.id());
        }
      }
      return out;
    }
  }
}
