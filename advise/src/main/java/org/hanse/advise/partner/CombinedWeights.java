package org.hanse.advise.partner;

import java.util.ArrayList;
import java.util.List;

/**
 * Weights of the combined scorer ({@link CombinedScorer}):
 * {@code score = a·ln(RA + ε) + b·ln(PA + ½) + c·complementarity + d·novelty}.
 *
 * <p>Only the ratios matter for a ranking. {@link #DEFAULT} was chosen by {@link Backtest#tune} on four earlier
 * <em>tuning</em> splits of the mission back-test (rolling origin: trained as of 1980, 1985, 1990 and 1995, probe =
 * missions opened after the origin up to 2000): the point of {@link #grid()} with the largest mean AUC + mean
 * precision@100. The evaluation split (trained as of 2000, probe = missions opened 2001 or later) was not used.
 *
 * @param resourceAllocation     a, exponent of resource allocation
 * @param preferentialAttachment b, exponent of preferential attachment
 * @param complementarity        c, weight of function complementarity
 * @param novelty                d, weight of novelty to the city's peers (cluster members, same-country cities)
 */
public record CombinedWeights(double resourceAllocation, double preferentialAttachment, double complementarity,
    double novelty) {

  /** The weights chosen on the tuning splits (see the class comment and docs/advice.md). */
  public static final CombinedWeights DEFAULT = new CombinedWeights(0.25, 1, 1, 0.5);

  /** The origins of the tuning splits; their probe windows end at {@link #TUNING_PROBE_UNTIL}. */
  public static final java.util.List<Integer> TUNING_ORIGINS = java.util.List.of(1980, 1985, 1990, 1995);

  /** The last year of the tuning probes: the training year of the evaluation split. */
  public static final int TUNING_PROBE_UNTIL = 2000;

  public CombinedWeights {
    for (double w : new double[] {resourceAllocation, preferentialAttachment, complementarity, novelty}) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weights must be finite");
      }
    }
    if (resourceAllocation < 0 || preferentialAttachment < 0) {
      throw new IllegalArgumentException("the exponents of RA and PA must be ≥ 0");
    }
  }

  /**
   * The tuning grid, in the order ties are broken: b ∈ {0, 1}, a ∈ {0, ¼, ½, 1, 2}, c ∈ {−1, −½, 0, ½, 1},
   * d ∈ {0, ½, 1, 2}: 2 · 5 · 5 · 4 = 200 combinations less the 20 with a = b = 0 (no network evidence), 180 points.
   */
  public static List<CombinedWeights> grid() {
    List<CombinedWeights> g = new ArrayList<>();
    for (double b : new double[] {0, 1}) {
      for (double a : new double[] {0, 0.25, 0.5, 1, 2}) {
        if (a == 0 && b == 0) {
          continue;
        }
        for (double c : new double[] {-1, -0.5, 0, 0.5, 1}) {
          for (double d : new double[] {0, 0.5, 1, 2}) {
            g.add(new CombinedWeights(a, b, c, d));
          }
        }
      }
    }
    return g;
  }

  @Override
  public String toString() {
    return "RA^" + resourceAllocation + " · PA^" + preferentialAttachment + " · exp(" + complementarity
        + "·complementarity + " + novelty + "·novelty)";
  }
}
