package org.hanse.analysis.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an assessment. Every one of them is reported with the result, so that a reader can see what
 * the numbers depend on.
 *
 * @param clusterIds           clusters to report (empty = all); the measures that compare clusters always use
 *                             every cluster of the dataset
 * @param coreLqThreshold      a function is core to a cluster when its location quotient is at least this
 * @param minReferenceEvidence a function's location quotients are decided only when the eight clusters together
 *                             hold at least this many observations of it
 * @param minClusterEvidence   a function is core only when the cluster itself holds at least this many
 * @param minCoverage          an indicator enters a composite score only when at least this share of the
 *                             subjects of the run have a value
 * @param gravityExponent      distance-decay exponent b of the gravity model
 * @param homogeneousPairs     how many member pairs to list under homogeneous competition
 * @param similarityThreshold  structural similarity at or above which a pair's function profiles count as
 *                             homogeneous
 * @param partnerThreshold     Jaccard overlap of foreign partners at or above which a pair courts the same
 *                             partners
 */
public record AssessmentOptions(
    List<String> clusterIds,
    double coreLqThreshold,
    int minReferenceEvidence,
    int minClusterEvidence,
    double minCoverage,
    double gravityExponent,
    int homogeneousPairs,
    double similarityThreshold,
    double partnerThreshold) {

  public AssessmentOptions {
    clusterIds = List.copyOf(clusterIds);
    if (!(coreLqThreshold > 0)) {
      throw new IllegalArgumentException("core LQ threshold must be positive: " + coreLqThreshold);
    }
    if (minReferenceEvidence < 1 || minClusterEvidence < 1) {
      throw new IllegalArgumentException("evidence thresholds must be at least 1");
    }
    if (!(minCoverage > 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minimum coverage must be in (0, 1]: " + minCoverage);
    }
    if (!(gravityExponent >= 0)) {
      throw new IllegalArgumentException("gravity exponent must be ≥ 0: " + gravityExponent);
    }
    if (homogeneousPairs < 0) {
      throw new IllegalArgumentException("number of pairs must be ≥ 0: " + homogeneousPairs);
    }
  }

  /** The defaults: LQ ≥ 1, 30 reference and 3 cluster observations, 80 % coverage, b = 2, 5 pairs, S ≥ 0.9, J ≥ 0.3. */
  public static AssessmentOptions defaults() {
    return new AssessmentOptions(List.of(), 1.0, 30, 3, 0.8, 2.0, 5, 0.9, 0.3);
  }

  /** The same options reporting only the given clusters. */
  public AssessmentOptions withClusters(List<String> ids) {
    return new AssessmentOptions(ids, coreLqThreshold, minReferenceEvidence, minClusterEvidence, minCoverage,
        gravityExponent, homogeneousPairs, similarityThreshold, partnerThreshold);
  }

  /** Parameter name → value, for provenance and reports. */
  public Map<String, String> asParameters() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("clusters", clusterIds.isEmpty() ? "all" : String.join(",", clusterIds));
    m.put("core LQ threshold", String.valueOf(coreLqThreshold));
    m.put("minimum reference evidence", String.valueOf(minReferenceEvidence));
    m.put("minimum cluster evidence", String.valueOf(minClusterEvidence));
    m.put("minimum indicator coverage", String.valueOf(minCoverage));
    m.put("gravity exponent b", String.valueOf(gravityExponent));
    m.put("homogeneous pairs listed", String.valueOf(homogeneousPairs));
    m.put("structural similarity threshold", String.valueOf(similarityThreshold));
    m.put("partner overlap (Jaccard) threshold", String.valueOf(partnerThreshold));
    return m;
  }
}
