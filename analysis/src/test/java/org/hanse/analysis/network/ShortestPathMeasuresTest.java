package org.hanse.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hanse.analysis.Scores;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closeness, betweenness, PageRank and eigenvector on weighted, directed and disconnected graphs. Fixed oracles were
 * computed with networkx 3.6.1 ({@code closeness_centrality}, {@code betweenness_centrality},
 * {@code pagerank(tol=1e-14)}, {@code eigenvector_centrality_numpy}).
 */
class ShortestPathMeasuresTest {

  static double[] values(Scores s, String... ids) {
    return java.util.Arrays.stream(ids).mapToDouble(s::get).toArray();
  }

  @Test
  void equalLengthPathsDespiteRounding() {
    // 0.1 + 0.2 != 0.3 in binary floating point, yet 0-1-3 and 0-3 are equally short: node 1 lies on half of the
    // shortest paths between 0 and 3.
    WeightedGraph g = WeightedGraph.undirected().edge("0", "1", 0.1).edge("1", "3", 0.2).edge("0", "3", 0.3).build();
    Scores b = new BetweennessCentrality(EdgeCost.WEIGHT_IS_LENGTH).compute(g).raw();
    assertThat(b.get("1")).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void weightedClosenessAndBetweennessMatchNetworkx() {
    WeightedGraph g = WeightedGraph.undirected().edge("0", "1", 2).edge("0", "2", 1).edge("1", "2", 4)
        .edge("2", "3", 0.5).build();
    assertThat(values(new ClosenessCentrality().compute(g), "0", "1", "2", "3"))
        .containsExactly(new double[] {0.75, 1.0, 1.0, 0.42857142857142855}, within(1e-12));
    assertThat(values(new BetweennessCentrality().compute(g).normalised(), "0", "1", "2", "3"))
        .containsExactly(new double[] {0, 2.0 / 3, 2.0 / 3, 0}, within(1e-12));
  }

  @Test
  void disconnectedClosenessWassermanFaustAndHarmonic() {
    WeightedGraph g = WeightedGraph.undirected().edge("0", "1", 1).edge("1", "2", 1).edge("3", "4", 1).node("5")
        .build();
    String[] ids = {"0", "1", "2", "3", "4", "5"};
    assertThat(values(new ClosenessCentrality().compute(g), ids))
        .containsExactly(new double[] {0.26666666666666666, 0.4, 0.26666666666666666, 0.2, 0.2, 0}, within(1e-12));
    Scores h = new ClosenessCentrality(EdgeCost.UNIT, ClosenessCentrality.Variant.HARMONIC,
        ClosenessCentrality.Direction.OUT).compute(g);
    assertThat(values(h, ids)).containsExactly(new double[] {0.3, 0.4, 0.3, 0.2, 0.2, 0}, within(1e-12));
  }

  @Test
  void directedClosenessOutAndIn() {
    WeightedGraph d = WeightedGraph.directed().edge("0", "1", 1).edge("1", "2", 1).edge("2", "0", 1).edge("0", "3", 1)
        .build();
    assertThat(values(new ClosenessCentrality().compute(d), "0", "1", "2", "3"))
        .containsExactly(new double[] {0.75, 0.5, 0.6, 0}, within(1e-12));
    Scores in = new ClosenessCentrality(EdgeCost.INVERSE_WEIGHT, ClosenessCentrality.Variant.WASSERMAN_FAUST,
        ClosenessCentrality.Direction.IN).compute(d);
    assertThat(values(in, "0", "1", "2", "3"))
        .containsExactly(new double[] {4.0 / 9, 4.0 / 9, 4.0 / 9, 0.5}, within(1e-12));
  }

  @Test
  void pageRankDirectedWithDanglingNodesMatchesNetworkx() {
    WeightedGraph d = WeightedGraph.directed().edge("0", "1", 2).edge("0", "2", 1).edge("1", "2", 3).edge("2", "0", 1)
        .edge("2", "3", 0.5).edge("3", "4", 2).edge("1", "5", 1).build();
    Scores pr = new PageRank().compute(d);
    assertThat(values(pr, "0", "1", "2", "3", "4", "5")).containsExactly(new double[] {
        0.193873812395, 0.173691717523, 0.229489273932, 0.128851851447, 0.17335396423, 0.100739380473}, within(1e-9));
    assertThat(java.util.Arrays.stream(pr.values()).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void pageRankUndirectedWithIsolateMatchesNetworkx() {
    WeightedGraph u = WeightedGraph.undirected().edge("0", "1", 2).edge("0", "2", 1).edge("1", "2", 3)
        .edge("2", "3", 0.5).edge("3", "4", 2).node("5").build();
    assertThat(values(new PageRank().compute(u), "0", "1", "2", "3", "4", "5")).containsExactly(new double[] {
        0.157971068144, 0.250087978149, 0.231961457545, 0.17959944582, 0.15125383675, 0.029126213592}, within(1e-9));
  }

  @Test
  void weightedEigenvectorMatchesNetworkx() {
    WeightedGraph u = WeightedGraph.undirected().edge("0", "1", 2).edge("0", "2", 1).edge("1", "2", 3)
        .edge("2", "3", 0.5).edge("3", "4", 2).build();
    assertThat(values(new EigenvectorCentrality().compute(u).unitNorm(), "0", "1", "2", "3", "4"))
        .containsExactly(new double[] {0.458584472902, 0.652219841901, 0.594557074553, 0.0936296908, 0.04522084855},
            within(1e-9));
  }

  /** Property: on random graphs our Brandes equals JGraphT's wherever path lengths are exact (unit costs). */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void betweennessEqualsJGraphTOnHopCounts(long seed) {
    Random rnd = new Random(seed);
    boolean directed = seed % 2 == 0;
    WeightedGraph g = randomGraph(rnd, directed, 5 + rnd.nextInt(40), rnd.nextDouble() * 0.3);
    Scores ours = new BetweennessCentrality(EdgeCost.UNIT).compute(g).raw();
    Graph<String, DefaultWeightedEdge> jg = g.binarised().toJGraphT();
    var theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(jg, false).getScores();
    for (String id : g.ids()) {
      assertThat(ours.get(id)).as(id).isCloseTo(theirs.get(id), within(1e-9));
    }
  }

  /** Property: with integer lengths (exact sums) weighted Brandes equals JGraphT's, directed and undirected. */
  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33, 34, 35, 36})
  void weightedBetweennessEqualsJGraphTOnIntegerLengths(long seed) {
    Random rnd = new Random(seed);
    WeightedGraph g = randomGraph(rnd, seed % 2 == 0, 5 + rnd.nextInt(40), 0.05 + rnd.nextDouble() * 0.3);
    Scores ours = new BetweennessCentrality(EdgeCost.WEIGHT_IS_LENGTH).compute(g).raw();
    var theirs = new org.jgrapht.alg.scoring.BetweennessCentrality<>(g.toJGraphT(), false).getScores();
    for (String id : g.ids()) {
      assertThat(ours.get(id)).as(id).isCloseTo(theirs.get(id), within(1e-9));
    }
    Scores closeness = new ClosenessCentrality(EdgeCost.WEIGHT_IS_LENGTH, ClosenessCentrality.Variant.HARMONIC,
        ClosenessCentrality.Direction.OUT).compute(g);
    var harmonic = new org.jgrapht.alg.scoring.HarmonicCentrality<>(g.toJGraphT(), false, true).getScores();
    for (String id : g.ids()) {
      assertThat(closeness.get(id)).as(id).isCloseTo(harmonic.get(id), within(1e-9));
    }
  }

  /** Property: PageRank equals an independent power iteration, sums to 1, is positive. */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16})
  void pageRankEqualsIndependentPowerIteration(long seed) {
    Random rnd = new Random(seed);
    WeightedGraph g = randomGraph(rnd, seed % 2 == 0, 3 + rnd.nextInt(30), rnd.nextDouble() * 0.3);
    Scores pr = new PageRank().compute(g);
    int n = g.nodeCount();
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1.0 / n);
    for (int it = 0; it < 5000; it++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int u = 0; u < n; u++) {
        double s = g.outStrength(u);
        if (s == 0) {
          dangling += x[u];
          continue;
        }
        int[] nb = g.outNeighbours(u);
        double[] w = g.outWeights(u);
        for (int k = 0; k < nb.length; k++) {
          next[nb[k]] += 0.85 * x[u] * w[k] / s;
        }
      }
      for (int v = 0; v < n; v++) {
        next[v] += (0.15 + 0.85 * dangling) / n;
      }
      x = next;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      assertThat(pr.valueAt(i)).isCloseTo(x[i], within(1e-9)).isPositive();
      sum += pr.valueAt(i);
    }
    assertThat(sum).isCloseTo(1, within(1e-9));
    var jgrapht = new org.jgrapht.alg.scoring.PageRank<>(g.toJGraphT(), 0.85, 100_000, 1e-13).getScores();
    for (String id : g.ids()) {
      assertThat(pr.get(id)).as(id).isCloseTo(jgrapht.get(id), within(1e-10));
    }
  }

  static WeightedGraph randomGraph(Random rnd, boolean directed, int n, double p) {
    WeightedGraph.Builder b = WeightedGraph.builder(directed);
    for (int i = 0; i < n; i++) {
      b.node("v" + i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = directed ? 0 : i + 1; j < n; j++) {
        if (i != j && rnd.nextDouble() < p) {
          b.edge("v" + i, "v" + j, 1 + rnd.nextInt(5));
        }
      }
    }
    return b.build();
  }

  @Test
  void clusterAsNodeAndEiIndex() {
    WeightedGraph g = SocialNetworkWorkedExampleTest.example();
    ClusterTies.Result r = ClusterTies.of(g, "K", List.of("0", "1", "2", "9"));
    assertThat(r.internalTies()).isEqualTo(3);
    assertThat(r.externalTies()).isEqualTo(1);
    assertThat(r.eiIndex()).isCloseTo(-0.5, within(1e-12));
    assertThat(r.missingMembers()).extracting(e -> e.id()).containsExactly("9");
    assertThat(r.contracted().nodeCount()).isEqualTo(3);
    assertThat(r.contracted().weight("K", "3")).isEqualTo(1);
    assertThat(r.members().get(0).eiIndex()).isCloseTo(-1.0 / 3, within(1e-12));
  }
}
