package org.hanse.advise.handover;

import java.util.OptionalDouble;

/**
 * The cluster's concentration of a function's international ties among its members, before and after a
 * hand-over (Gini with the small-sample correction, and Theil T; methods.md §5, computed by the analysis module).
 *
 * @param moved        ties moved from the central city to the member
 * @param giniBefore   corrected Gini G* before; empty when undefined (all zero)
 * @param giniAfter    corrected Gini G* after
 * @param theilBefore  Theil T before; empty when undefined
 * @param theilAfter   Theil T after
 */
public record ConcentrationEffect(double moved, OptionalDouble giniBefore, OptionalDouble giniAfter,
    OptionalDouble theilBefore, OptionalDouble theilAfter) {

  /** G*after − G*before (negative = less concentrated); empty when either is undefined. */
  public OptionalDouble giniChange() {
    return giniBefore.isPresent() && giniAfter.isPresent()
        ? OptionalDouble.of(giniAfter.getAsDouble() - giniBefore.getAsDouble()) : OptionalDouble.empty();
  }

  /** T after − T before; empty when either is undefined. */
  public OptionalDouble theilChange() {
    return theilBefore.isPresent() && theilAfter.isPresent()
        ? OptionalDouble.of(theilAfter.getAsDouble() - theilBefore.getAsDouble()) : OptionalDouble.empty();
  }
}
