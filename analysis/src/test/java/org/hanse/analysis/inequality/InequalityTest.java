package org.hanse.analysis.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.analysis.LabelledMatrix;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The worked example of methods.md §5 and invariants of the inequality measures. */
class InequalityTest {
  private static final double TOL = 1e-4;
  private static final List<String> IDS = List.of("a", "b", "c", "d", "e");
  private static final double[] Y = {10, 20, 30, 40, 100};

  @Test
  void giniAndCorrection() {
    Gini.Result g = Gini.of(IDS, Y);
    assertThat(g.gini().getAsDouble()).isCloseTo(0.4000, within(TOL));
    assertThat(g.corrected().getAsDouble()).isCloseTo(0.5000, within(TOL));
  }

  @Test
  void theilDecomposition() {
    assertThat(Theil.of(IDS, Y)).isCloseTo(0.2764, within(TOL));
    Theil.Decomposition d = Theil.decompose(IDS, Y, List.of("g1", "g1", "g1", "g2", "g2"));
    assertThat(d.total()).isCloseTo(0.2764, within(TOL));
    assertThat(d.within()).isCloseTo(0.0926, within(TOL));
    assertThat(d.between()).isCloseTo(0.1838, within(TOL));
    assertThat(d.withinShare() + d.betweenShare()).isCloseTo(1, within(1e-12));
  }

  @Test
  void herfindahlAndCv() {
    Concentration.Herfindahl h = Concentration.herfindahl(IDS, Y);
    assertThat(h.index()).isCloseTo(0.3250, within(TOL));
    assertThat(h.points()).isCloseTo(3250, within(1e-6));
    assertThat(h.normalised()).isCloseTo(0.1562, within(TOL));
    assertThat(h.concentrationRatio(1)).isCloseTo(0.5, within(1e-12));
    assertThat(h.concentrationRatio(2)).isCloseTo(0.7, within(1e-12));
    assertThat(Concentration.coefficientOfVariation(IDS, Y, false)).isCloseTo(0.7906, within(TOL));
    assertThat(Concentration.coefficientOfVariation(IDS, Y, true)).isCloseTo(0.8839, within(TOL));
  }

  @Test
  void locationQuotientsKrugmanSimilarity() {
    LabelledMatrix e = new LabelledMatrix(List.of("city1", "city2"), List.of("s1", "s2", "s3"),
        new double[][] {{50, 30, 20}, {10, 60, 30}});
    LabelledMatrix lq = Specialisation.locationQuotients(e).values();
    assertThat(lq.row(0)).containsExactly(new double[] {1.6667, 0.6667, 0.8000}, within(TOL));
    assertThat(lq.row(1)).containsExactly(new double[] {0.3333, 1.3333, 1.2000}, within(TOL));
    assertThat(Specialisation.krugman(e, "city1", "city2")).isCloseTo(0.8000, within(TOL));
    assertThat(Specialisation.structuralSimilarity(e, "city1", "city2")).isCloseTo(0.6936, within(TOL));
    assertThat(Specialisation.krugmanMatrix(e).values().get("city2", "city1")).isCloseTo(0.8, within(TOL));
    assertThat(Specialisation.structuralSimilarityMatrix(e).values().get("city1", "city1")).isCloseTo(1,
        within(1e-12));
  }

  @Test
  void groupLocationQuotientAgainstReference() {
    LabelledMatrix e = new LabelledMatrix(List.of("m1", "m2", "x"), List.of("political", "finance", "culture"),
        new double[][] {{4, 0, 1}, {2, 2, 1}, {1, 8, 1}});
    Specialisation.MatrixResult r = Specialisation.groupLocationQuotients(e, "K", List.of("m1", "m2", "zz"),
        List.of("m1", "m2", "x"));
    // group shares 6/10, 2/10, 2/10; reference 7/20, 10/20, 3/20
    assertThat(r.values().row(0)).containsExactly(new double[] {0.6 / 0.35, 0.2 / 0.5, 0.2 / 0.15}, within(1e-12));
    assertThat(r.excluded()).extracting(x -> x.id()).containsExactly("zz");
  }

  @Test
  void zeroRowsAndZeroSectorsAreListedNotZero() {
    LabelledMatrix e = new LabelledMatrix(List.of("a", "b", "z"), List.of("s1", "s2"),
        new double[][] {{1, 0}, {3, 0}, {0, 0}});
    Specialisation.MatrixResult r = Specialisation.locationQuotients(e);
    assertThat(r.values().rowIds()).containsExactly("a", "b");
    assertThat(r.values().columnIds()).containsExactly("s1");
    assertThat(r.excluded()).extracting(x -> x.id()).containsExactly("z", "s2");
  }

  @Test
  void undefinedCasesAreNotZero() {
    assertThat(Gini.of(List.of("a"), new double[] {5}).gini()).isEmpty();
    assertThat(Gini.of(List.of("a", "b"), new double[] {0, 0}).gini()).isEmpty();
    assertThatThrownBy(() -> Gini.of(List.of("a", "b"), new double[] {1, Double.NaN})).hasMessageContaining("NaN");
    assertThatThrownBy(() -> Theil.of(List.of("a", "b"), new double[] {0, 0})).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void weightedGiniWithEqualWeightsEqualsGini() {
    double[] w = {2, 2, 2, 2, 2};
    assertThat(Gini.weighted(IDS, Y, w).gini().getAsDouble()).isCloseTo(0.4, within(1e-12));
    // a city counted twice by weight equals duplicating it
    double g = Gini.weighted(List.of("a", "b"), new double[] {1, 3}, new double[] {2, 1}).gini().getAsDouble();
    assertThat(g).isCloseTo(Gini.of(List.of("a", "a2", "b"), new double[] {1, 1, 3}).gini().getAsDouble(),
        within(1e-12));
    assertThat(Concentration.weightedCoefficientOfVariation(IDS, Y, w))
        .isCloseTo(Concentration.coefficientOfVariation(IDS, Y, false), within(1e-12));
  }

  /** Properties: Gini ∈ [0,1) equal to the pairwise definition; 0 for equal shares; Theil adds up. */
  @RepeatedTest(25)
  void randomInvariants(RepetitionInfo info) {
    Random rnd = new Random(info.getCurrentRepetition());
    int n = 2 + rnd.nextInt(60);
    double[] y = new double[n];
    List<String> ids = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      y[i] = rnd.nextDouble() < 0.1 ? 0 : rnd.nextDouble() * 1000;
      ids.add("c" + i);
      groups.add("g" + rnd.nextInt(4));
    }
    y[0] = 1 + rnd.nextDouble(); // total > 0
    double g = Gini.of(ids, y).gini().getAsDouble();
    double mu = 0;
    for (double v : y) {
      mu += v / n;
    }
    double pairwise = 0;
    for (double a : y) {
      for (double b : y) {
        pairwise += Math.abs(a - b);
      }
    }
    pairwise /= 2.0 * n * n * mu;
    assertThat(g).isBetween(0.0, 1.0).isLessThan(1.0).isCloseTo(pairwise, within(1e-12));
    assertThat(Gini.of(ids, y).corrected().getAsDouble()).isBetween(0.0, 1.0);
    Theil.Decomposition d = Theil.decompose(ids, y, groups);
    assertThat(d.within() + d.between()).isCloseTo(d.total(), within(1e-12));
    assertThat(d.within()).isGreaterThanOrEqualTo(-1e-15);
    assertThat(d.between()).isGreaterThanOrEqualTo(-1e-15);
    double[] equal = new double[n];
    java.util.Arrays.fill(equal, 1 + rnd.nextDouble() * 10);
    assertThat(Gini.of(ids, equal).gini().getAsDouble()).isCloseTo(0, within(1e-12));
    assertThat(Theil.of(ids, equal)).isCloseTo(0, within(1e-12));
    assertThat(Concentration.herfindahl(ids, equal).normalised()).isCloseTo(0, within(1e-12));
  }
}
