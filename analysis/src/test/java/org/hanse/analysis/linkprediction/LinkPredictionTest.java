package org.hanse.analysis.linkprediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hanse.analysis.network.WeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked example of methods.md §6 (edges a-b, a-c, b-c, b-d, c-d, d-e) and evaluation invariants. */
class LinkPredictionTest {
  private static final double TOL = 1e-4;

  static WeightedGraph example() {
    return WeightedGraph.undirected().edge("a", "b", 1).edge("a", "c", 1).edge("b", "c", 1).edge("b", "d", 1)
        .edge("c", "d", 1).edge("d", "e", 1).build();
  }

  static double score(LinkPredictor p, String x, String y) {
    WeightedGraph g = example();
    return p.fit(g).score(g.requireIndex(x), g.requireIndex(y));
  }

  @Test
  void localIndices() {
    assertThat(score(NeighbourhoodIndex.COMMON_NEIGHBOURS, "a", "d")).isEqualTo(2);
    assertThat(score(NeighbourhoodIndex.JACCARD, "a", "d")).isCloseTo(0.6667, within(TOL));
    assertThat(score(NeighbourhoodIndex.ADAMIC_ADAR, "a", "d")).isCloseTo(1.8205, within(TOL));
    assertThat(score(NeighbourhoodIndex.RESOURCE_ALLOCATION, "a", "d")).isCloseTo(0.6667, within(TOL));
    assertThat(score(NeighbourhoodIndex.PREFERENTIAL_ATTACHMENT, "a", "d")).isEqualTo(6);
    for (NeighbourhoodIndex i : List.of(NeighbourhoodIndex.COMMON_NEIGHBOURS, NeighbourhoodIndex.JACCARD,
        NeighbourhoodIndex.ADAMIC_ADAR, NeighbourhoodIndex.RESOURCE_ALLOCATION)) {
      assertThat(score(i, "a", "e")).isZero();
    }
    assertThat(score(NeighbourhoodIndex.PREFERENTIAL_ATTACHMENT, "a", "e")).isEqualTo(2);
    assertThat(score(NeighbourhoodIndex.COMMON_NEIGHBOURS, "b", "e")).isEqualTo(1);
    assertThat(score(NeighbourhoodIndex.JACCARD, "b", "e")).isCloseTo(0.3333, within(TOL));
    assertThat(score(NeighbourhoodIndex.ADAMIC_ADAR, "b", "e")).isCloseTo(0.9102, within(TOL));
    assertThat(score(NeighbourhoodIndex.RESOURCE_ALLOCATION, "b", "e")).isCloseTo(0.3333, within(TOL));
    assertThat(score(NeighbourhoodIndex.PREFERENTIAL_ATTACHMENT, "b", "e")).isEqualTo(3);
  }

  @Test
  void katz() {
    assertThat(1 / Katz.largestEigenvalue(example(), false)).isCloseTo(0.3786, within(TOL));
    Katz k = new Katz(0.1);
    assertThat(score(k, "a", "d")).isCloseTo(0.0235, within(TOL));
    assertThat(score(k, "a", "e")).isCloseTo(0.0023, within(TOL));
    assertThat(score(k, "b", "e")).isCloseTo(0.0117, within(TOL));
    assertThat(score(k, "d", "a")).isCloseTo(score(k, "a", "d"), within(1e-15));
    assertThatThrownBy(() -> new Katz(0.5).fit(example())).hasMessageContaining("1/λ_max");
  }

  @Test
  void katzEqualsMatrixInverseOnRandomGraphs() {
    Random rnd = new Random(5);
    WeightedGraph.Builder b = WeightedGraph.undirected();
    int n = 12;
    for (int i = 0; i < n; i++) {
      b.node("v" + i);
      for (int j = 0; j < i; j++) {
        if (rnd.nextDouble() < 0.3) {
          b.edge("v" + i, "v" + j, 1);
        }
      }
    }
    WeightedGraph g = b.build();
    double beta = 0.5 / Katz.largestEigenvalue(g, false);
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
      for (int j : g.outNeighbours(i)) {
        m[i][j] = -beta;
      }
    }
    var inverse = new org.apache.commons.math3.linear.LUDecomposition(
        new org.apache.commons.math3.linear.Array2DRowRealMatrix(m)).getSolver().getInverse();
    LinkPredictor.PairScorer s = new Katz(beta).fit(g);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j) {
          assertThat(s.score(i, j)).isCloseTo(inverse.getEntry(i, j), within(1e-12));
        }
      }
    }
  }

  @Test
  void aucAndPrecisionWorkedExample() {
    assertThat(LinkPredictionEvaluation.auc(new double[] {0.8, 0.5}, new double[] {0.5, 0.3, 0.1}))
        .isCloseTo(0.9167, within(TOL));
    assertThat(LinkPredictionEvaluation.precisionAt(new boolean[] {true, false, true, false, false}, 3))
        .isCloseTo(0.6667, within(TOL));
  }

  @Test
  void recommendationExcludesExistingTies() {
    List<LinkPredictionEvaluation.ScoredPair> r = LinkPredictionEvaluation.recommend(example(),
        NeighbourhoodIndex.RESOURCE_ALLOCATION, "a", 5);
    WeightedGraph g = example();
    assertThat(r).extracting(p -> g.id(p.y())).containsExactly("d", "e");
  }

  @Test
  void temporalSplitFindsNewTies() {
    WeightedGraph later = WeightedGraph.undirected().edge("a", "d", 1).edge("a", "b", 1).edge("x", "a", 1).build();
    LinkPredictionEvaluation.Split s = LinkPredictionEvaluation.temporalSplit(example(), later);
    assertThat(s.probe()).hasSize(1);
    LinkPredictionEvaluation.Result r = LinkPredictionEvaluation.evaluate(s, NeighbourhoodIndex.COMMON_NEIGHBOURS,
        1, 0, 1);
    assertThat(r.auc()).isEqualTo(1.0); // a-d has the highest CN among the non-edges
    assertThat(r.precisionAtL()).isEqualTo(1.0);
  }

  /** Properties: exact AUC equals the pairwise definition; sampling is seeded; random splits are seeded. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void evaluationInvariants(long seed) {
    Random rnd = new Random(seed);
    WeightedGraph.Builder b = WeightedGraph.undirected();
    int n = 20 + rnd.nextInt(20);
    for (int i = 0; i < n; i++) {
      b.node("v" + i);
      for (int j = 0; j < i; j++) {
        if (rnd.nextDouble() < (i / 10 == j / 10 ? 0.5 : 0.05)) {
          b.edge("v" + i, "v" + j, 1);
        }
      }
    }
    WeightedGraph g = b.build();
    LinkPredictionEvaluation.Split s1 = LinkPredictionEvaluation.randomSplit(g, 0.1, seed);
    LinkPredictionEvaluation.Split s2 = LinkPredictionEvaluation.randomSplit(g, 0.1, seed);
    assertThat(s1.probe()).usingRecursiveComparison().isEqualTo(s2.probe());
    assertThat(s1.training().edgeCount() + s1.probe().size()).isEqualTo(g.edgeCount());
    double[] pos = new double[5 + rnd.nextInt(5)];
    double[] neg = new double[5 + rnd.nextInt(20)];
    for (int i = 0; i < pos.length; i++) {
      pos[i] = rnd.nextInt(5);
    }
    for (int i = 0; i < neg.length; i++) {
      neg[i] = rnd.nextInt(5);
    }
    double pairwise = 0;
    for (double p : pos) {
      for (double q : neg) {
        pairwise += p > q ? 1 : p == q ? 0.5 : 0;
      }
    }
    assertThat(LinkPredictionEvaluation.auc(pos, neg)).isCloseTo(pairwise / (pos.length * neg.length),
        within(1e-12));
    if (!s1.probe().isEmpty()) {
      LinkPredictionEvaluation.Result a = LinkPredictionEvaluation.evaluate(s1,
          NeighbourhoodIndex.RESOURCE_ALLOCATION, 10, 2000, seed);
      LinkPredictionEvaluation.Result c = LinkPredictionEvaluation.evaluate(s1,
          NeighbourhoodIndex.RESOURCE_ALLOCATION, 10, 2000, seed);
      assertThat(a.auc()).isEqualTo(c.auc()).isBetween(0.0, 1.0);
      LinkPredictionEvaluation.Result exact = LinkPredictionEvaluation.evaluate(s1,
          NeighbourhoodIndex.RESOURCE_ALLOCATION, 10, 0, seed);
      assertThat(a.auc()).isCloseTo(exact.auc(), within(0.1));
    }
  }

  @Test
  void citiesLikeYouJoined() {
    var layer = org.hanse.analysis.network.BipartiteLayer.builder()
        .weight("shanghai", "C40", 1).weight("shanghai", "ICLEI", 1)
        .weight("hangzhou", "ICLEI", 1).weight("hangzhou", "UCLG", 1)
        .weight("suzhou", "ICLEI", 1).weight("suzhou", "UCLG", 1).weight("suzhou", "Metropolis", 1)
        .weight("ningbo", "Metropolis", 1).row("wuxi").build();
    AffiliationRecommender.Result r = AffiliationRecommender.recommend(layer, "shanghai", 5);
    // shared affiliations: hangzhou 1, suzhou 1, ningbo 0 → UCLG 1 + 1, Metropolis 1 (suzhou) + 0 (ningbo)
    assertThat(r.recommendations()).extracting(AffiliationRecommender.Recommendation::affiliationId)
        .containsExactly("UCLG", "Metropolis");
    assertThat(r.recommendations()).extracting(AffiliationRecommender.Recommendation::score).containsExactly(2.0, 1.0);
    // common neighbours in the projection: sim(shanghai, ·) = 1 for hangzhou, suzhou and ningbo (via suzhou), so
    // UCLG and Metropolis tie at 2 and are ordered by id
    AffiliationRecommender.Result cn = AffiliationRecommender.recommend(layer, NeighbourhoodIndex.COMMON_NEIGHBOURS,
        "shanghai", 5);
    assertThat(cn.recommendations()).extracting(AffiliationRecommender.Recommendation::affiliationId)
        .containsExactly("Metropolis", "UCLG");
    assertThat(cn.recommendations()).extracting(AffiliationRecommender.Recommendation::score)
        .containsExactly(2.0, 2.0);
    AffiliationRecommender.Result cold = AffiliationRecommender.recommend(layer, NeighbourhoodIndex.COMMON_NEIGHBOURS,
        "wuxi", 5);
    assertThat(cold.provenance().notes()).anyMatch(n -> n.contains("cold start"));
  }
}
