package org.hanse.analysis.index;

import org.hanse.analysis.LabelledMatrix;

/** The composite worked example of methods.md §4, standardised and shifted, for tests in other packages. */
public final class CompositeIndexTestAccess {
  private CompositeIndexTestAccess() {}

  public static LabelledMatrix shiftedExample() {
    return Normalisation.minMax(CompositeIndexTest.example(), Normalisation.Shift.TRANSLATE).z();
  }
}
