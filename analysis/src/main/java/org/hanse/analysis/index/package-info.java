/**
 * Composite indices and coordination (methods.md §4): an {@link org.hanse.analysis.index.IndicatorTable} applies an
 * explicit missing-data rule (drop the city, or impute the group mean and log it);
 * {@link org.hanse.analysis.index.Normalisation} (min-max with directions, shifts, benchmark, vector);
 * objective weights {@link org.hanse.analysis.index.EntropyWeights}, {@link org.hanse.analysis.index.CriticWeights},
 * {@link org.hanse.analysis.index.CoefficientOfVariationWeights} (all as {@link org.hanse.analysis.index.Weights});
 * {@link org.hanse.analysis.index.Topsis}; {@link org.hanse.analysis.index.CouplingCoordination} with the
 * traditional and the corrected (Wang et al. 2021) coupling degree, {@link org.hanse.analysis.index.CouplingClass}
 * and the ten {@link org.hanse.analysis.index.CoordinationLevel}s (English and Chinese labels).
 */
package org.hanse.analysis.index;
