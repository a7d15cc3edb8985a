package org.hanse.analysis.index;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Provenance;

/**
 * Coupling coordination degree (耦合协调度) of n subsystem scores U_1..U_n on a common [0, 1] scale (methods.md
 * §4.6), for coordinated opening-up (协同开放) of the member cities of a cluster or of a city's opening subsystems.
 *
 * <ul>
 *   <li>{@link Formula#TRADITIONAL}, the normative form stated by Wang et al. (2021):
 *       {@code C = n · [Π_i U_i / (Σ_i U_i)^n]^{1/n}} (n = 2: {@code 2√(U1U2)/(U1+U2)});</li>
 *   <li>{@link Formula#CORRECTED}, Wang Shujia, Kong Wei, Ren Liang, Zhi Dandan &amp; Dai Binting (2021)
 *       "Research on misuses and modification of coupling coordination degree model in China", 自然资源学报
 *       36(3):793-810: {@code C = √{[1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{n−1} m] · [Π_i (U_i / max_k U_k)]^{1/(n−1)}}}
 *       (n = 2: {@code √{(1 − |U1 − U2|) · U_min/U_max}}). The n = 2 form was checked against the paper's
 *       Table 8; the general form for n &gt; 2 is as recalled in methods.md and <strong>must be re-checked</strong>
 *       against the paper's equation: results with n &gt; 2 carry a note saying so.</li>
 * </ul>
 *
 * Comprehensive level {@code T = Σ α_i U_i} (equal α by default), {@code D = √(C · T)}. Edge cases: any U_i = 0 ⇒
 * C = 0 in both; all U = 0 ⇒ C undefined, returned as 0 with a warning; all U equal and &gt; 0 ⇒ C = 1. C and D are
 * classified by {@link CouplingClass} and {@link CoordinationLevel} (Tian et al. 2021, 地理学报 76(4):781, Table 1;
 * left-open intervals).
 */
public final class CouplingCoordination {
  /** Citation carried in every result. */
  public static final String CITATION = "Wang, Kong, Ren, Zhi & Dai (2021) 自然资源学报 36(3):793-810; classes: Tian et al."
      + " (2021) 地理学报 76(4):781 Table 1; methods.md §4.6";

  private CouplingCoordination() {}

  /** Which coupling formula. */
  public enum Formula {
    TRADITIONAL,
    CORRECTED
  }

  /** With equal weights α_i = 1/n. */
  public static Result compute(double[] u, Formula formula) {
    double[] alpha = new double[u.length];
    java.util.Arrays.fill(alpha, 1.0 / Math.max(1, u.length));
    return compute(u, alpha, formula);
  }

  /**
   * @param u       subsystem scores in [0, 1]; no NaN
   * @param alpha   weights of T, ≥ 0, summing to 1
   * @param formula traditional or corrected C
   */
  public static Result compute(double[] u, double[] alpha, Formula formula) {
    int n = u.length;
    if (n < 2) {
      throw new IllegalArgumentException("coupling needs at least 2 subsystems: " + n);
    }
    if (alpha.length != n) {
      throw new IllegalArgumentException(n + " scores but " + alpha.length + " weights");
    }
    double alphaSum = 0;
    for (int i = 0; i < n; i++) {
      if (!(u[i] >= 0 && u[i] <= 1)) {
        throw new IllegalArgumentException("subsystem score U_" + (i + 1) + " = " + u[i]
            + " is not on the common [0, 1] scale (NaN is refused: missing scores must be handled first)");
      }
      if (!(alpha[i] >= 0)) {
        throw new IllegalArgumentException("weight α_" + (i + 1) + " must be ≥ 0: " + alpha[i]);
      }
      alphaSum += alpha[i];
    }
    if (Math.abs(alphaSum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights α must sum to 1: " + alphaSum);
    }
    List<String> notes = new ArrayList<>();
    double sum = 0;
    double max = 0;
    boolean anyZero = false;
    for (double v : u) {
      sum += v;
      max = Math.max(max, v);
      anyZero |= v == 0;
    }
    double c;
    if (max == 0) {
      c = 0;
      notes.add("all subsystem scores are 0: coupling is undefined (0/0) and reported as 0");
    } else if (anyZero) {
      c = 0;
    } else if (formula == Formula.TRADITIONAL) {
      // n · (Π U_i)^{1/n} / Σ U_i, in logs to avoid underflow for many subsystems
      double logProduct = 0;
      for (double v : u) {
        logProduct += Math.log(v);
      }
      c = n * Math.exp(logProduct / n) / sum;
    } else {
      double pairs = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++) {
          pairs += Math.abs(u[i] - u[j]);
        }
      }
      double first = 1 - pairs / (n * (n - 1) / 2.0);
      double logRatio = 0;
      for (double v : u) {
        logRatio += Math.log(v / max);
      }
      c = Math.sqrt(Math.max(0, first) * Math.exp(logRatio / (n - 1)));
      if (n > 2) {
        notes.add("corrected formula for n > 2 as recalled in the methods specification: re-check against"
            + " Wang et al. (2021) before publication");
      }
    }
    c = Math.min(1, c); // rounding can give 1 + 1e-16 for equal scores
    double t = 0;
    for (int i = 0; i < n; i++) {
      t += alpha[i] * u[i];
    }
    double d = Math.sqrt(c * t);
    Provenance p = Provenance.of("coupling coordination degree (" + formula.name().toLowerCase() + ")", CITATION)
        .withParameter("n", n)
        .withParameter("formula", formula)
        .withParameter("weights α", java.util.Arrays.toString(alpha))
        .withNotes(notes);
    return new Result(c, t, d, CouplingClass.of(c), CoordinationLevel.of(d), p);
  }

  /**
   * @param coupling       C
   * @param comprehensive  T = Σ α_i U_i
   * @param coordination   D = √(C T)
   * @param couplingClass  class of C
   * @param level          level of D
   * @param provenance     how it was computed
   */
  public record Result(double coupling, double comprehensive, double coordination, CouplingClass couplingClass,
      CoordinationLevel level, Provenance provenance) {}
}
