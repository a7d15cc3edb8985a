package org.hanse.analysis.spatial;

import java.util.List;
import java.util.OptionalDouble;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Ranks;

/**
 * Urban primacy indices (methods.md §3): two-city {@code S2 = P1/P2} (Jefferson 1939, "The law of the primate
 * city", Geographical Review 29:226-232), four-city {@code S4 = P1/(P2+P3+P4)} and eleven-city
 * {@code S11 = 2P1/(P2+…+P11)} (Ginsburg 1961; Mehta 1964). Reference values: S2 = 2, S4 = S11 = 1 in the
 * textbooks; an exact Zipf law gives S2 = 2, S4 = 0.9231, S11 = 0.9902. An index needs 2 / 4 / 11 cities and is
 * empty ("n/a") otherwise, or when its denominator is 0.
 */
public final class UrbanPrimacy {
  /** Citation carried in every result. */
  public static final String CITATION = "Jefferson (1939) Geographical Review 29:226-232; four- and eleven-city"
      + " indices (Ginsburg 1961, Mehta 1964); methods.md §3";

  private UrbanPrimacy() {}

  /**
   * @param ids   cities
   * @param sizes their sizes (population or any mass); ≥ 0, no NaN
   */
  public static Result of(List<String> ids, double[] sizes) {
    Inputs.requireNonNegative(ids, sizes, "size");
    int[] order = Ranks.orderDescending(sizes, ids);
    double[] p = new double[sizes.length];
    for (int r = 0; r < order.length; r++) {
      p[r] = sizes[order[r]];
    }
    OptionalDouble s2 = p.length >= 2 && p[1] > 0 ? OptionalDouble.of(p[0] / p[1]) : OptionalDouble.empty();
    OptionalDouble s4 = OptionalDouble.empty();
    if (p.length >= 4 && p[1] + p[2] + p[3] > 0) {
      s4 = OptionalDouble.of(p[0] / (p[1] + p[2] + p[3]));
    }
    OptionalDouble s11 = OptionalDouble.empty();
    if (p.length >= 11) {
      double rest = 0;
      for (int r = 1; r < 11; r++) {
        rest += p[r];
      }
      if (rest > 0) {
        s11 = OptionalDouble.of(2 * p[0] / rest);
      }
    }
    Provenance prov = Provenance.of("urban primacy", CITATION)
        .withParameter("largest city", ids.isEmpty() ? "none" : ids.get(order[0]))
        .withData(ids.size() + " cities");
    return new Result(ids.isEmpty() ? "" : ids.get(order[0]), s2, s4, s11, prov);
  }

  /**
   * @param primateCity the largest city (ties broken by id)
   * @param twoCity     S2, empty with fewer than 2 cities
   * @param fourCity    S4, empty with fewer than 4
   * @param elevenCity  S11, empty with fewer than 11
   * @param provenance  how it was computed
   */
  public record Result(String primateCity, OptionalDouble twoCity, OptionalDouble fourCity, OptionalDouble elevenCity,
      Provenance provenance) {}
}
