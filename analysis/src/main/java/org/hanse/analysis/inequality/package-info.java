/**
 * Inequality, concentration and specialisation (methods.md §5): {@link org.hanse.analysis.inequality.Gini} (with the
 * small-sample correction and a population-weighted variant), {@link org.hanse.analysis.inequality.Theil} (with the
 * within/between decomposition by cluster), {@link org.hanse.analysis.inequality.Concentration} (HHI, CR_k, CV,
 * Williamson's weighted CV) and {@link org.hanse.analysis.inequality.Specialisation} (location quotients, cluster
 * LQ against a reference set, Krugman index, structural similarity). Values must be known: NaN is refused, and
 * rows or sectors that make a measure undefined are listed as exclusions.
 */
package org.hanse.analysis.inequality;
