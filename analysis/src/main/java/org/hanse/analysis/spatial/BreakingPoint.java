package org.hanse.analysis.spatial;

/**
 * Converse's breaking point (Converse 1949, "New laws of retail gravitation", J. Marketing 14:379-384, after
 * Reilly 1931; methods.md §3): the point on the line A–B where the two cities' attraction is equal lies at
 * {@code d_A = D_AB / (1 + √(P_B / P_A))} from A. P is any mass measure (population, GDP, a composite score); the
 * larger city has the larger reach.
 */
public final class BreakingPoint {
  /** Citation of the formula. */
  public static final String CITATION = "Converse (1949) J. Marketing 14:379-384; Reilly (1931); methods.md §3";

  private BreakingPoint() {}

  /**
   * @param distanceAB D_AB, positive
   * @param massA      P_A, positive
   * @param massB      P_B, ≥ 0
   * @return the distance of the breaking point from A
   */
  public static double distanceFromA(double distanceAB, double massA, double massB) {
    if (!(distanceAB > 0) || Double.isInfinite(distanceAB)) {
      throw new IllegalArgumentException("distance must be positive and finite: " + distanceAB);
    }
    if (!(massA > 0) || !(massB >= 0) || Double.isInfinite(massA) || Double.isInfinite(massB)) {
      throw new IllegalArgumentException("masses must be finite, P_A > 0 and P_B ≥ 0: " + massA + ", " + massB);
    }
    return distanceAB / (1 + Math.sqrt(massB / massA));
  }
}
