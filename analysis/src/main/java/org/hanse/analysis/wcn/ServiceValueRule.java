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

  /**
   * Diplomatic missions on the §1.6 ordinal scale. The data code mission rank as a tie weight (3 embassy or
   * equivalent, 2 consulate general or representative office, 1 consulate, 0.5 honorary consulate, consular agency
   * or trade office); the interlock model needs one ordinal value per (city, sending country), read here as:
   * embassy 5 (the sending state's seat of representation, the "headquarters" of §1.6), consulate general 4
   * (regional office), consulate 3, honorary consulate or agency 2. A Hanse design choice [D]; any other weight is
   * refused.
   */
  static ServiceValueRule missionRank() {
    return tie -> {
      double w = tie.weight();
      if (w == 3) {
        return 5;
      } else if (w == 2) {
        return 4;
      } else if (w == 1) {
        return 3;
      } else if (w == 0.5) {
        return 2;
      }
      throw new IllegalArgumentException("tie " + tie.id() + " has mission rank " + w + "; expected 3, 2, 1 or 0.5");
    };
  }
}
