package org.hanse.analysis.index;

import org.hanse.analysis.LabelledMatrix;

/**
 * An objective indicator-weighting method (methods.md §4.2): city × indicator matrix in, weights summing to 1 out,
 * with diagnostics and provenance. Each method expects the input form its formula is defined on, named by the
 * constants below; the formula and citation are in each class's Javadoc.
 */
@FunctionalInterface
public interface WeightingMethod {
  /** Entropy weights ({@link EntropyWeights}) on the standardised matrix shifted away from 0 (z' = z + 0.01). */
  WeightingMethod ENTROPY = EntropyWeights::compute;
  /** CRITIC weights ({@link CriticWeights}) on the min-max standardised matrix. */
  WeightingMethod CRITIC = CriticWeights::compute;
  /** Coefficient-of-variation weights ({@link CoefficientOfVariationWeights}) on the raw (positive) matrix. */
  WeightingMethod COEFFICIENT_OF_VARIATION = CoefficientOfVariationWeights::compute;

  /** The weights of the matrix's indicators. */
  Weights weights(LabelledMatrix data);
}
