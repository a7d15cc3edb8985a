package org.hanse.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.DegreeCentrality.Direction;
import org.junit.jupiter.api.Test;

/** The worked example of methods.md §2 (undirected edges 0-1, 0-2, 0-3, 1-2, 3-4) and its directed companion. */
class SocialNetworkWorkedExampleTest {
  private static final double TOL = 1e-4;

  static WeightedGraph example() {
    return WeightedGraph.undirected().edge("0", "1", 1).edge("0", "2", 1).edge("0", "3", 1).edge("1", "2", 1)
        .edge("3", "4", 1).build();
  }

  static double[] values(Scores s) {
    return List.of("0", "1", "2", "3", "4").stream().mapToDouble(s::get).toArray();
  }

  @Test
  void degreeDensityCentralisation() {
    WeightedGraph g = example();
    assertThat(values(DegreeCentrality.degree(g, Direction.ALL))).containsExactly(3, 2, 2, 2, 1);
    assertThat(values(DegreeCentrality.normalisedDegree(g, Direction.ALL)))
        .containsExactly(new double[] {0.75, 0.5, 0.5, 0.5, 0.25}, within(1e-12));
    assertThat(DegreeCentrality.density(g)).isCloseTo(0.5, within(1e-12));
    assertThat(DegreeCentrality.freemanCentralisation(g)).isCloseTo(0.4167, within(TOL));
  }

  @Test
  void closeness() {
    assertThat(values(new ClosenessCentrality().compute(example())))
        .containsExactly(new double[] {0.8, 0.5714, 0.5714, 0.6667, 0.4444}, within(TOL));
  }

  @Test
  void betweenness() {
    BetweennessCentrality.Result b = new BetweennessCentrality().compute(example());
    assertThat(values(b.raw())).containsExactly(new double[] {4, 0, 0, 3, 0}, within(1e-12));
    assertThat(values(b.normalised())).containsExactly(new double[] {0.6667, 0, 0, 0.5, 0}, within(TOL));
  }

  @Test
  void eigenvector() {
    EigenvectorCentrality.Result e = new EigenvectorCentrality().compute(example());
    assertThat(values(e.unitNorm())).containsExactly(new double[] {0.6037, 0.4972, 0.4972, 0.3425, 0.1547},
        within(TOL));
    assertThat(values(e.ucinetPercent())).containsExactly(new double[] {85.38, 70.31, 70.31, 48.43, 21.87},
        within(0.005));
    assertThat(e.maxScaled().get("0")).isEqualTo(1.0);
  }

  @Test
  void burtConstraintAndEffectiveSize() {
    StructuralHoles.Result r = StructuralHoles.compute(example());
    assertThat(values(r.constraint())).containsExactly(new double[] {0.6111, 1.0069, 1.0069, 0.5, 1.0},
        within(TOL));
    assertThat(values(r.effectiveSize())).containsExactly(new double[] {2.3333, 1, 1, 2, 1}, within(TOL));
    assertThat(r.efficiency().get("0")).isCloseTo(2.3333 / 3, within(TOL));
  }

  @Test
  void continuousCoreness() {
    CorePeriphery.Result r = new CorePeriphery(7).compute(example());
    assertThat(values(r.coreness())).containsExactly(new double[] {0.8153, 0.3880, 0.3880, 0.1847, 0.0}, within(1e-3));
    assertThat(r.fit()).isCloseTo(0.6687, within(1e-3));
    assertThat(r.core(0.1)).containsExactlyInAnyOrder("0", "1", "2", "3");
  }

  @Test
  void categoricalCorePeripheryFindsAPlantedCore() {
    // a 4-clique core {a,b,c,d}, each periphery node tied to one core node only
    WeightedGraph.Builder b = WeightedGraph.undirected();
    String[] core = {"a", "b", "c", "d"};
    for (int i = 0; i < core.length; i++) {
      for (int j = i + 1; j < core.length; j++) {
        b.edge(core[i], core[j], 1);
      }
    }
    b.edge("p1", "a", 1).edge("p2", "b", 1).edge("p3", "c", 1).edge("p4", "d", 1).edge("p5", "a", 1);
    CategoricalCorePeriphery.Result r = new CategoricalCorePeriphery(3, 10).compute(b.build());
    assertThat(r.core()).containsExactlyInAnyOrder(core);
    assertThat(r.fit()).isCloseTo(1.0, within(1e-12)); // core-core all 1, periphery-periphery all 0
    CategoricalCorePeriphery.Result again = new CategoricalCorePeriphery(3, 10).compute(b.build());
    assertThat(again.core()).isEqualTo(r.core());
  }

  @Test
  void qapExact() {
    double[][] x = {{0, 1, 1, 1, 0}, {1, 0, 1, 0, 0}, {1, 1, 0, 0, 1}, {1, 0, 0, 0, 1}, {0, 0, 1, 1, 0}};
    double[][] y = new double[5][5];
    example().forEachEdge((u, v, w) -> {
      y[u][v] = 1;
      y[v][u] = 1;
    });
    QapCorrelation.Result r = new QapCorrelation(5000, 1).compute(List.of("0", "1", "2", "3", "4"), x, y);
    assertThat(r.correlation()).isCloseTo(0.8165, within(TOL));
    assertThat(r.exact()).isTrue();
    assertThat(r.permutations()).isEqualTo(120);
    assertThat(r.pOneSided()).isCloseTo(4.0 / 120, within(1e-12));
  }

  @Test
  void mrqapWithOnePredictorMatchesQapCorrelation() {
    double[][] x = {{0, 1, 1, 1, 0}, {1, 0, 1, 0, 0}, {1, 1, 0, 0, 1}, {1, 0, 0, 0, 1}, {0, 0, 1, 1, 0}};
    double[][] y = new double[5][5];
    example().forEachEdge((u, v, w) -> {
      y[u][v] = 1;
      y[v][u] = 1;
    });
    List<String> ids = List.of("0", "1", "2", "3", "4");
    MrqapRegression.Result r = new MrqapRegression(5000, 1).compute(ids, y, java.util.Collections.singletonList(x));
    // with one predictor, R² = r² and β = r of the QAP correlation (0.8165)
    assertThat(r.rSquared()).isCloseTo(0.8165 * 0.8165, within(1e-3));
    assertThat(r.standardised()[0]).isCloseTo(0.8165, within(TOL));
    assertThat(r.exact()).isTrue();
    assertThat(r.pValues()[1]).isBetween(0.0, 1.0);
    // Y-permutation two-sided p: at least the 4 permutations reproducing r_obs (p of the one-sided QAP test)
    assertThat(r.pValues()[1]).isGreaterThanOrEqualTo(4.0 / 120);
    MrqapRegression.Result again = new MrqapRegression(5000, 1).compute(ids, y, java.util.Collections.singletonList(x));
    assertThat(again.pValues()).containsExactly(r.pValues());
  }

  @Test
  void qapSampledIsSeeded() {
    double[][] x = new double[9][9];
    double[][] y = new double[9][9];
    java.util.Random rnd = new java.util.Random(3);
    for (int i = 0; i < 9; i++) {
      for (int j = 0; j < 9; j++) {
        if (i != j) {
          x[i][j] = rnd.nextInt(3);
          y[i][j] = x[i][j] + rnd.nextGaussian();
        }
      }
    }
    List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    QapCorrelation.Result a = new QapCorrelation(500, 11).compute(ids, x, y);
    QapCorrelation.Result b = new QapCorrelation(500, 11).compute(ids, x, y);
    assertThat(a.exact()).isFalse();
    assertThat(a.pOneSided()).isEqualTo(b.pOneSided());
    assertThat(a.pOneSided()).isLessThan(0.05); // y was built from x: the association is strong
  }

  @Test
  void directedCompanion() {
    WeightedGraph d = WeightedGraph.directed().edge("0", "1", 1).edge("1", "2", 1).edge("2", "0", 1).edge("0", "3", 1)
        .build();
    List<String> ids = List.of("0", "1", "2", "3");
    Scores out = DegreeCentrality.degree(d, Direction.OUT);
    Scores in = DegreeCentrality.degree(d, Direction.IN);
    assertThat(ids.stream().mapToDouble(out::get).toArray()).containsExactly(2, 1, 1, 0);
    assertThat(ids.stream().mapToDouble(in::get).toArray()).containsExactly(1, 1, 1, 1);
    assertThat(DegreeCentrality.density(d)).isCloseTo(0.3333, within(TOL));
    Scores b = new BetweennessCentrality().compute(d).normalised();
    assertThat(ids.stream().mapToDouble(b::get).toArray())
        .containsExactly(new double[] {0.5, 0.1667, 0.3333, 0}, within(TOL));
  }

  @Test
  void weightedStrength() {
    WeightedGraph w = WeightedGraph.undirected().edge("0", "1", 3).edge("0", "2", 1).edge("1", "2", 2).build();
    Scores s = DegreeCentrality.strength(w, Direction.ALL);
    assertThat(List.of("0", "1", "2").stream().mapToDouble(s::get).toArray()).containsExactly(4, 5, 3);
    Scores max = DegreeCentrality.normalisedStrength(w, Direction.ALL);
    assertThat(max.get("1")).isEqualTo(1.0);
    Scores possible = DegreeCentrality.strengthOverMaximumPossible(w, Direction.ALL);
    assertThat(possible.get("1")).isCloseTo(5.0 / (2 * 3), within(1e-12));
  }

  @Test
  void nealAlterBasedOnInterlockProjection() {
    // binary projection of the §1.4 example: A-B, A-C, B-C, B-D
    WeightedGraph g = WeightedGraph.undirected().edge("A", "B", 16).edge("A", "C", 4).edge("B", "C", 6)
        .edge("B", "D", 6).build();
    AlterBasedCentrality.Result r = new AlterBasedCentrality(true).compute(g);
    List<String> ids = List.of("A", "B", "C", "D");
    Scores degree = DegreeCentrality.degree(g, Direction.ALL);
    assertThat(ids.stream().mapToDouble(degree::get).toArray()).containsExactly(2, 3, 2, 1);
    assertThat(ids.stream().mapToDouble(r.centrality()::get).toArray()).containsExactly(5, 5, 5, 3);
    assertThat(ids.stream().mapToDouble(r.power()::get).toArray())
        .containsExactly(new double[] {0.8333, 2.0, 0.8333, 0.3333}, within(TOL));
  }

  @Test
  void freemanCentralisationIsOneForAStar() {
    WeightedGraph star = WeightedGraph.undirected().edge("c", "a", 1).edge("c", "b", 1).edge("c", "d", 1)
        .edge("c", "e", 1).build();
    assertThat(FreemanCentralisation.of(DegreeCentrality.normalisedDegree(star, Direction.ALL),
        FreemanCentralisation.Measure.DEGREE)).isCloseTo(1, within(1e-12));
    assertThat(FreemanCentralisation.of(new BetweennessCentrality().compute(star).normalised(),
        FreemanCentralisation.Measure.BETWEENNESS)).isCloseTo(1, within(1e-12));
    assertThat(FreemanCentralisation.of(new ClosenessCentrality().compute(star),
        FreemanCentralisation.Measure.CLOSENESS)).isCloseTo(1, within(1e-12));
    assertThat(FreemanCentralisation.of(DegreeCentrality.normalisedDegree(example(), Direction.ALL),
        FreemanCentralisation.Measure.DEGREE)).isCloseTo(0.4167, within(TOL));
  }

  @Test
  void bonacichPowerEqualsTheMatrixFormula() {
    WeightedGraph g = example();
    double lambda = SpectralRadius.of(g, false);
    for (double beta : new double[] {0.5 / lambda, -0.5 / lambda, 0}) {
      Scores s = new BonacichPower(beta, false).compute(g);
      int n = g.nodeCount();
      double[][] m = new double[n][n];
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        m[i][i] = 1;
        for (int j : g.outNeighbours(i)) {
          m[i][j] = -beta;
          a[i][j] = 1;
        }
      }
      var inv = new org.apache.commons.math3.linear.LUDecomposition(
          new org.apache.commons.math3.linear.Array2DRowRealMatrix(m)).getSolver().getInverse();
      double[] raw = inv.multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(a))
          .operate(new double[] {1, 1, 1, 1, 1});
      double ss = 0;
      for (double v : raw) {
        ss += v * v;
      }
      for (int i = 0; i < n; i++) {
        assertThat(s.valueAt(i)).isCloseTo(raw[i] * Math.sqrt(n / ss), within(1e-10));
      }
    }
    // β = 0 gives degree, scaled to Σ c² = n
    assertThat(new BonacichPower(0, false).compute(g).get("0") / new BonacichPower(0, false).compute(g).get("4"))
        .isCloseTo(3, within(1e-12));
    assertThatThrownBy(() -> new BonacichPower(1, false).compute(g)).hasMessageContaining("1/λ_max");
  }
}
