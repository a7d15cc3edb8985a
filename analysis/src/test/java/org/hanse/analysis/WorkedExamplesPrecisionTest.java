package org.hanse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.hanse.analysis.index.CoefficientOfVariationWeights;
import org.hanse.analysis.index.CouplingCoordination;
import org.hanse.analysis.index.CriticWeights;
import org.hanse.analysis.index.EntropyWeights;
import org.hanse.analysis.index.IndicatorDirection;
import org.hanse.analysis.index.IndicatorTable;
import org.hanse.analysis.index.Normalisation;
import org.hanse.analysis.index.Topsis;
import org.hanse.analysis.index.Weights;
import org.hanse.analysis.inequality.Concentration;
import org.hanse.analysis.inequality.Gini;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.analysis.inequality.Theil;
import org.hanse.analysis.spatial.GravityModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of methods.md §3–§5 against full-precision oracle values (test resource
 * {@code worked-examples.properties}, from the methods specification's reference script), at the 1e-9 relative
 * tolerance methods.md §0 asks for. The per-package tests check the same examples at the 4 printed decimals.
 */
class WorkedExamplesPrecisionTest {
  private static final double REL = 1e-9;
  private static final List<String> CITIES = List.of("c1", "c2", "c3", "c4");
  private static final Properties ORACLE = new Properties();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = WorkedExamplesPrecisionTest.class.getResourceAsStream("worked-examples.properties")) {
      ORACLE.load(in);
    }
  }

  private static void check(double actual, String key) {
    String v = ORACLE.getProperty(key);
    assertThat(v).as("oracle value " + key).isNotNull();
    double expected = Double.parseDouble(v);
    // relative to the value; an exact 0 is compared absolutely at the same size
    assertThat(Math.abs(actual - expected)).as(key + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(REL * Math.max(Math.abs(expected), 1e-300) + (expected == 0 ? REL : 0));
  }

  @Test
  void gravityWithTheKVariant() {
    double[][] d = {{0, 100, 200}, {100, 0, 150}, {200, 150, 0}};
    GravityModel.Result r = new GravityModel().compute(List.of("A", "B", "C"), new double[] {1000, 400, 100},
        new double[] {3000, 800, 150}, d, "P 10k persons, G 100m CNY, D km");
    String[][] pairs = {{"A", "B"}, {"A", "C"}, {"B", "C"}};
    for (String[] p : pairs) {
      check(r.linkage(p[0], p[1]), "gravity.R." + p[0] + p[1]);
      check(r.directional(p[0], p[1]), "gravity.dir." + p[0] + p[1]);
      check(r.directional(p[1], p[0]), "gravity.dir." + p[1] + p[0]);
      check(r.directional(p[0], p[1]) / r.linkage(p[0], p[1]), "gravity.k." + p[0] + p[1]);
    }
    // k_AB = G_A / (G_A + G_B) = 3000 / 3800 = 0.78947368…
    assertThat(r.directional("A", "B") / r.linkage("A", "B")).isCloseTo(15.0 / 19,
        org.assertj.core.api.Assertions.within(1e-15));
  }

  private static IndicatorTable example() {
    return IndicatorTable.of(new LabelledMatrix(CITIES, List.of("x1", "x2", "x3"),
            new double[][] {{120, 30, 8}, {80, 45, 5}, {60, 20, 12}, {100, 25, 6}}),
        List.of(IndicatorDirection.POSITIVE, IndicatorDirection.POSITIVE, IndicatorDirection.NEGATIVE));
  }

  @Test
  void compositeIndices() {
    LabelledMatrix z = Normalisation.minMax(example(), Normalisation.Shift.NONE).z();
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 3; j++) {
        check(z.row(i)[j], "z." + i + "." + j);
      }
    }
    LabelledMatrix zs = Normalisation.minMax(example(), Normalisation.Shift.TRANSLATE).z();
    Weights w = EntropyWeights.compute(zs);
    Scores score = w.score(zs);
    Topsis.Result t = Topsis.onNormalised(zs, w);
    Topsis.Result classical = Topsis.classical(example(), w);
    for (int j = 0; j < 3; j++) {
      check(w.diagnostics().get("e")[j], "entropy.e." + j);
      check(w.diagnostics().get("d")[j], "entropy.d." + j);
      check(w.values()[j], "entropy.w." + j);
    }
    for (int i = 0; i < 4; i++) {
      String c = CITIES.get(i);
      check(score.get(c), "entropy.score." + i);
      check(t.dPlus().get(c), "topsis.dplus." + i);
      check(t.dMinus().get(c), "topsis.dminus." + i);
      check(t.closeness().get(c), "topsis.c." + i);
      check(classical.closeness().get(c), "topsis.classical.c." + i);
    }
    Weights critic = CriticWeights.compute(z);
    Weights cv = CoefficientOfVariationWeights.compute(example().raw());
    for (int j = 0; j < 3; j++) {
      check(critic.diagnostics().get("sd")[j], "critic.sd." + j);
      check(critic.diagnostics().get("C")[j], "critic.C." + j);
      check(critic.values()[j], "critic.w." + j);
      check(cv.diagnostics().get("V")[j], "cv.V." + j);
      check(cv.values()[j], "cv.w." + j);
    }
  }

  @Test
  void couplingCoordination() {
    for (double[] u : new double[][] {{0.6, 0.3}, {0.6, 0.3, 0.45}}) {
      for (CouplingCoordination.Formula f : CouplingCoordination.Formula.values()) {
        CouplingCoordination.Result r = CouplingCoordination.compute(u, f);
        String key = "coupling." + (f == CouplingCoordination.Formula.TRADITIONAL ? "traditional" : "corrected") + "."
            + u.length;
        check(r.coupling(), key + ".C");
        check(r.coordination(), key + ".D");
      }
    }
  }

  @Test
  void inequalityAndSpecialisation() {
    List<String> ids = List.of("a", "b", "c", "d", "e");
    double[] y = {10, 20, 30, 40, 100};
    Gini.Result g = Gini.of(ids, y);
    check(g.gini().getAsDouble(), "gini");
    check(g.corrected().getAsDouble(), "gini.corrected");
    check(Theil.of(ids, y), "theil");
    Theil.Decomposition d = Theil.decompose(ids, y, List.of("g1", "g1", "g1", "g2", "g2"));
    check(d.within(), "theil.within");
    check(d.between(), "theil.between");
    Concentration.Herfindahl h = Concentration.herfindahl(ids, y);
    check(h.index(), "hhi");
    check(h.normalised(), "hhi.normalised");
    check(Concentration.coefficientOfVariation(ids, y, false), "cv.population");
    check(Concentration.coefficientOfVariation(ids, y, true), "cv.sample");
    LabelledMatrix e = new LabelledMatrix(List.of("city1", "city2"), List.of("s1", "s2", "s3"),
        new double[][] {{50, 30, 20}, {10, 60, 30}});
    LabelledMatrix lq = Specialisation.locationQuotients(e).values();
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        check(lq.row(i)[j], "lq." + i + "." + j);
      }
    }
    check(Specialisation.krugman(e, "city1", "city2"), "krugman");
    check(Specialisation.structuralSimilarity(e, "city1", "city2"), "similarity");
  }
}
