package org.hanse.analysis.wcn;

import org.hanse.model.Tie;

/**
 * How one tie becomes an ordinal service value v_aj of the interlocking network model (methods.md §1, §1.6).
 */
@FunctionalInterface
public interface ServiceValueRule {
  /** The service value of the tie, in {@code 0..maxServiceValue}; 0 leaves the cell empty. */
  int serviceValue(Tie tie);

  /**
   * Reads the tie weight as the service value. The weight must be a whole number in {@code 1..max}: anything else
   * means the data were coded on another scale, and the rule refuses it rather than guess.
   */
  static ServiceValueRule tieWeight(int max) {
    return tie -> {
      double w = tie.weight();
      if (w != Math.rint(w) || w < 1 || w > max) {
        throw new IllegalArgumentException("tie " + tie.id() + " (" + tie.type().key() + ") has weight " + w
            + ", which is not a service value 1.." + max + "; give an explicit ServiceValueRule for this tie type");
      }
      return (int) w;
    };
  }

  /** Every tie has the same service value (e.g. plain membership = 2 on the §1.6 scale). */
  static ServiceValueRule constant(int value) {
    return tie -> value;
  }
}
