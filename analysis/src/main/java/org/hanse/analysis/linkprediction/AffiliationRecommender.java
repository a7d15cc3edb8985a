package org.hanse.analysis.linkprediction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.BipartiteLayer;
import org.hanse.analysis.network.WeightedGraph;

/**
 * "Cities like you joined o": recommends affiliations (city networks, organisations, partner countries) to a city
 * from a two-mode city × affiliation relation (methods.md §6, Hanse design [D]):
 * {@code score(c, o) = Σ_{c' ∈ Γ(o)} sim(c, c')}, with sim a link-prediction index computed on the city
 * projection (shared affiliations), e.g. resource allocation or common neighbours. Affiliations the city already
 * has are not recommended. A city with no affiliation at all has only zero scores (cold start): the result says so.
 */
public final class AffiliationRecommender {
  private AffiliationRecommender() {}

  /**
   * @param layer      the city × affiliation relation
   * @param similarity index computed on the city projection graph ({@link BipartiteLayer.Weighting#SHARED_COUNT}):
   *                   e.g. common neighbours there counts the cities both are tied to through some affiliation
   * @param cityId     the city to advise
   * @param limit      at most this many recommendations
   */
  public static Result recommend(BipartiteLayer layer, LinkPredictor similarity, String cityId, int limit) {
    WeightedGraph projection = layer.project(BipartiteLayer.Weighting.SHARED_COUNT);
    return rank(layer, projection, similarity.fit(projection), similarity.label(), similarity.citation(), cityId,
        limit);
  }

  /**
   * With sim(c, c') = the number of affiliations c and c' share (the weight of the shared-count projection): the
   * most direct reading of "cities like you".
   */
  public static Result recommend(BipartiteLayer layer, String cityId, int limit) {
    WeightedGraph projection = layer.project(BipartiteLayer.Weighting.SHARED_COUNT);
    return rank(layer, projection, projection::weight, "shared affiliations", "methods.md §6 (design)", cityId,
        limit);
  }

  private static Result rank(BipartiteLayer layer, WeightedGraph projection, LinkPredictor.PairScorer sim,
      String similarityLabel, String similarityCitation, String cityId, int limit) {
    int c = projection.requireIndex(cityId);
    WeightedGraph twoMode = layer.toTwoModeGraph();
    Set<String> mine = new HashSet<>();
    for (int o : twoMode.outNeighbours(twoMode.requireIndex(cityId))) {
      mine.add(twoMode.id(o));
    }
    List<Recommendation> out = new ArrayList<>();
    for (String o : layer.columnIds()) {
      if (mine.contains(o)) {
        continue;
      }
      double score = 0;
      for (int member : twoMode.outNeighbours(twoMode.requireIndex(o))) {
        String memberId = twoMode.id(member);
        int m = projection.requireIndex(memberId);
        if (m != c) {
          score += sim.score(c, m);
        }
      }
      out.add(new Recommendation(o, score));
    }
    out.sort(Comparator.comparingDouble(Recommendation::score).reversed().thenComparing(Recommendation::affiliationId));
    Provenance p = Provenance.of("affiliation recommendation (cities like you joined o)",
            "methods.md §6 (design); " + similarityCitation)
        .withParameter("similarity", similarityLabel)
        .withParameter("city", cityId)
        .withData(layer.rowIds().size() + " cities x " + layer.columnIds().size() + " affiliations");
    if (mine.isEmpty()) {
      p = p.withNote("cold start: the city has no affiliation, every score is 0; fall back to popularity or"
          + " attribute similarity");
    }
    return new Result(out.subList(0, Math.min(limit, out.size())), p);
  }

  /** An affiliation and its score. */
  public record Recommendation(String affiliationId, double score) {}

  /**
   * @param recommendations best first (ties by id)
   * @param provenance      how they were computed
   */
  public record Result(List<Recommendation> recommendations, Provenance provenance) {
    public Result {
      recommendations = List.copyOf(recommendations);
    }
  }
}
