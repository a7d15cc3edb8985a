/**
 * The cluster assessment: for each city cluster one {@link org.hanse.analysis.assessment.ClusterAssessment} with
 * its member cities, its international ties inside and outside the cluster, the drivers scorecard, the function
 * profile, the core diplomatic functions and the inner structure, every number with its provenance and every gap
 * listed. {@link org.hanse.analysis.assessment.Assessor} is the one pipeline that every front end (CLI, REST API,
 * dashboard, reports) asks for it; none of them computes a measure on its own.
 *
 * <p>The measures themselves live in the feature packages ({@code wcn}, {@code index}, {@code inequality},
 * {@code spatial}, {@code linkprediction}); this package chooses their inputs from the {@link
 * org.hanse.model.Dataset}, records which data were used and which were missing, and assembles the result.
 */
package org.hanse.analysis.assessment;
