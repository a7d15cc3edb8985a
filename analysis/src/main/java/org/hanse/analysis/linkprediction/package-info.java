/**
 * Link prediction for partner recommendation (methods.md §6): local indices
 * ({@link org.hanse.analysis.linkprediction.NeighbourhoodIndex}: common neighbours, Jaccard, Adamic–Adar, resource
 * allocation, preferential attachment, with weighted variants), {@link org.hanse.analysis.linkprediction.Katz}, and
 * {@link org.hanse.analysis.linkprediction.LinkPredictionEvaluation} (random or temporal splits, exact or sampled
 * AUC, precision@L, per-city recommendations).
 */
package org.hanse.analysis.linkprediction;
