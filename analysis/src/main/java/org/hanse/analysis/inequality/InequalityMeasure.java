package org.hanse.analysis.inequality;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A single-number inequality or concentration measure of the values of a set of subjects (methods.md §5): one class
 * per method ({@link Gini}, {@link Theil}, {@link Concentration}), reachable through this interface. Empty when the
 * measure is undefined for the values (the implementations say why in their own results).
 */
@FunctionalInterface
public interface InequalityMeasure {
  /** Gini coefficient (rank form). */
  InequalityMeasure GINI = (ids, y) -> Gini.of(ids, y).gini();
  /** Gini with the small-sample correction n/(n−1) (Deltas 2003). */
  InequalityMeasure GINI_CORRECTED = (ids, y) -> Gini.of(ids, y).corrected();
  /** Theil T. */
  InequalityMeasure THEIL = (ids, y) -> finite(Theil.of(ids, y));
  /** Herfindahl–Hirschman index on shares. */
  InequalityMeasure HHI = (ids, y) -> finite(Concentration.herfindahl(ids, y).index());
  /** Coefficient of variation with the population standard deviation. */
  InequalityMeasure CV = (ids, y) -> finite(Concentration.coefficientOfVariation(ids, y, false));

  /** The measure of values {@code y} of subjects {@code ids}. */
  OptionalDouble of(List<String> ids, double[] y);

  private static OptionalDouble finite(double v) {
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }
}
