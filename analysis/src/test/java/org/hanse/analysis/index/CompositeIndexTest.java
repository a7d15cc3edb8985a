package org.hanse.analysis.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Scores;
import org.hanse.model.Lang;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The worked examples of methods.md §4 and invariants of the composite indices. */
class CompositeIndexTest {
  private static final double TOL = 1e-4;
  private static final List<String> CITIES = List.of("c1", "c2", "c3", "c4");

  static IndicatorTable example() {
    return IndicatorTable.of(new LabelledMatrix(CITIES, List.of("x1", "x2", "x3"),
            new double[][] {{120, 30, 8}, {80, 45, 5}, {60, 20, 12}, {100, 25, 6}}),
        List.of(IndicatorDirection.POSITIVE, IndicatorDirection.POSITIVE, IndicatorDirection.NEGATIVE));
  }

  static double[] values(Scores s) {
    return CITIES.stream().mapToDouble(s::get).toArray();
  }

  @Test
  void normalisationEntropyAndScore() {
    LabelledMatrix z = Normalisation.minMax(example(), Normalisation.Shift.NONE).z();
    assertThat(z.row(0)).containsExactly(new double[] {1, 0.4, 0.5714}, within(TOL));
    assertThat(z.row(1)).containsExactly(new double[] {0.3333, 1, 1}, within(TOL));
    assertThat(z.row(2)).containsExactly(new double[] {0, 0, 0}, within(TOL));
    assertThat(z.row(3)).containsExactly(new double[] {0.6667, 0.2, 0.8571}, within(TOL));
    LabelledMatrix zs = Normalisation.minMax(example(), Normalisation.Shift.TRANSLATE).z();
    Weights w = EntropyWeights.compute(zs);
    assertThat(w.diagnostics().get("e")).containsExactly(new double[] {0.7503, 0.6776, 0.7906}, within(TOL));
    assertThat(w.diagnostics().get("d")).containsExactly(new double[] {0.2497, 0.3224, 0.2094}, within(TOL));
    assertThat(w.values()).containsExactly(new double[] {0.3196, 0.4125, 0.2679}, within(TOL));
    assertThat(values(w.score(zs))).containsExactly(new double[] {0.6477, 0.7970, 0.0100, 0.5352}, within(TOL));
  }

  @Test
  void topsisBothConventions() {
    LabelledMatrix zs = Normalisation.minMax(example(), Normalisation.Shift.TRANSLATE).z();
    Weights w = EntropyWeights.compute(zs);
    Topsis.Result t = Topsis.onNormalised(zs, w);
    assertThat(values(t.dPlus())).containsExactly(new double[] {0.2728, 0.2130, 0.5866, 0.3489}, within(TOL));
    assertThat(values(t.dMinus())).containsExactly(new double[] {0.3909, 0.5033, 0, 0.3239}, within(TOL));
    assertThat(values(t.closeness())).containsExactly(new double[] {0.5889, 0.7026, 0, 0.4815}, within(TOL));
    Topsis.Result classical = Topsis.classical(example(), w);
    assertThat(values(classical.closeness())).containsExactly(new double[] {0.5579, 0.7465, 0, 0.4761}, within(TOL));
  }

  @Test
  void criticAndCvWeights() {
    LabelledMatrix z = Normalisation.minMax(example(), Normalisation.Shift.NONE).z();
    Weights c = CriticWeights.compute(z);
    assertThat(c.diagnostics().get("sd")).containsExactly(new double[] {0.4303, 0.4320, 0.4422}, within(TOL));
    assertThat(c.diagnostics().get("C")).containsExactly(new double[] {0.6118, 0.4894, 0.3510}, within(TOL));
    assertThat(c.values()).containsExactly(new double[] {0.4213, 0.3370, 0.2417}, within(TOL));
    Weights v = CoefficientOfVariationWeights.compute(example().raw());
    assertThat(v.diagnostics().get("V")).containsExactly(new double[] {0.2485, 0.3118, 0.3459}, within(TOL));
    assertThat(v.values()).containsExactly(new double[] {0.2742, 0.3441, 0.3817}, within(TOL));
  }

  @Test
  void combinedWeights() {
    Weights a = EntropyWeights.compute(Normalisation.minMax(example(), Normalisation.Shift.TRANSLATE).z());
    Weights b = CoefficientOfVariationWeights.compute(example().raw());
    Weights lin = Weights.linearCombination(a, b, 0.5);
    assertThat(lin.values()).containsExactly(new double[] {(0.3196 + 0.2742) / 2, (0.4125 + 0.3441) / 2,
        (0.2679 + 0.3817) / 2}, within(TOL));
    Weights geo = Weights.geometricCombination(a, b);
    assertThat(java.util.Arrays.stream(geo.values()).sum()).isCloseTo(1, within(1e-12));
    assertThat(geo.weight("x1")).isCloseTo(Math.sqrt(a.weight("x1") * b.weight("x1"))
        / (Math.sqrt(a.weight("x1") * b.weight("x1")) + Math.sqrt(a.weight("x2") * b.weight("x2"))
        + Math.sqrt(a.weight("x3") * b.weight("x3"))), within(1e-12));
  }

  @Test
  void couplingCoordinationWorkedExample() {
    CouplingCoordination.Result t = CouplingCoordination.compute(new double[] {0.6, 0.3},
        CouplingCoordination.Formula.TRADITIONAL);
    assertThat(t.coupling()).isCloseTo(0.9428, within(TOL));
    assertThat(t.comprehensive()).isCloseTo(0.45, within(1e-12));
    assertThat(t.coordination()).isCloseTo(0.6514, within(TOL));
    assertThat(t.level()).isEqualTo(CoordinationLevel.PRIMARY_COORDINATION);
    assertThat(t.level().label(Lang.ZH)).isEqualTo("初级协调");
    assertThat(t.couplingClass()).isEqualTo(CouplingClass.HIGH_LEVEL);
    CouplingCoordination.Result c = CouplingCoordination.compute(new double[] {0.6, 0.3},
        CouplingCoordination.Formula.CORRECTED);
    assertThat(c.coupling()).isCloseTo(0.5916, within(TOL));
    assertThat(c.coordination()).isCloseTo(0.5160, within(TOL));
    assertThat(c.level().label(Lang.ZH)).isEqualTo("勉强协调");
    assertThat(c.couplingClass()).isEqualTo(CouplingClass.RUNNING_IN);
    CouplingCoordination.Result t3 = CouplingCoordination.compute(new double[] {0.6, 0.3, 0.45},
        CouplingCoordination.Formula.TRADITIONAL);
    assertThat(t3.coupling()).isCloseTo(0.9615, within(TOL));
    assertThat(t3.coordination()).isCloseTo(0.6578, within(TOL));
    CouplingCoordination.Result c3 = CouplingCoordination.compute(new double[] {0.6, 0.3, 0.45},
        CouplingCoordination.Formula.CORRECTED);
    assertThat(c3.coupling()).isCloseTo(0.6999, within(TOL));
    assertThat(c3.coordination()).isCloseTo(0.5612, within(TOL));
    assertThat(c3.provenance().notes()).anyMatch(n -> n.contains("re-check"));
  }

  @Test
  void couplingEdgeCases() {
    for (CouplingCoordination.Formula f : CouplingCoordination.Formula.values()) {
      assertThat(CouplingCoordination.compute(new double[] {0.5, 0}, f).coupling()).isZero();
      CouplingCoordination.Result zero = CouplingCoordination.compute(new double[] {0, 0}, f);
      assertThat(zero.coupling()).isZero();
      assertThat(zero.provenance().notes()).anyMatch(n -> n.contains("undefined"));
      assertThat(CouplingCoordination.compute(new double[] {0.4, 0.4, 0.4}, f).coupling()).isCloseTo(1,
          within(1e-12));
    }
    assertThatThrownBy(() -> CouplingCoordination.compute(new double[] {0.5, Double.NaN},
        CouplingCoordination.Formula.TRADITIONAL)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> CouplingCoordination.compute(new double[] {0.5, 3},
        CouplingCoordination.Formula.TRADITIONAL)).hasMessageContaining("[0, 1]");
  }

  @Test
  void levelsUseLeftOpenIntervals() {
    assertThat(CoordinationLevel.of(0.50)).isEqualTo(CoordinationLevel.VERGE_OF_DISORDER);
    assertThat(CoordinationLevel.of(0.5001)).isEqualTo(CoordinationLevel.BARELY_COORDINATED);
    assertThat(CoordinationLevel.of(0)).isEqualTo(CoordinationLevel.EXTREME_DISORDER);
    assertThat(CoordinationLevel.of(0.1)).isEqualTo(CoordinationLevel.EXTREME_DISORDER);
    assertThat(CoordinationLevel.of(0.1 + 0.2)).isEqualTo(CoordinationLevel.MODERATE_DISORDER);
    assertThat(CoordinationLevel.of(1)).isEqualTo(CoordinationLevel.HIGH_QUALITY_COORDINATION);
    assertThat(CoordinationLevel.of(0.95).label(Lang.ZH)).isEqualTo("优质协调");
    assertThat(CouplingClass.of(0.3)).isEqualTo(CouplingClass.LOW_LEVEL);
    assertThat(CouplingClass.of(0.3001)).isEqualTo(CouplingClass.ANTAGONISM);
    assertThat(CouplingClass.of(0.8)).isEqualTo(CouplingClass.RUNNING_IN);
  }

  @Test
  void missingValuesAreDroppedOrImputedExplicitly() {
    IndicatorTable.Builder b = IndicatorTable.builder().indicator("gdp", IndicatorDirection.POSITIVE)
        .indicator("pollution", IndicatorDirection.NEGATIVE)
        .group("a", "K").group("b", "K").group("c", "L")
        .value("a", "gdp", 10).value("a", "pollution", 3)
        .value("b", "gdp", 20)
        .value("c", "gdp", 5);
    IndicatorTable dropped = b.build(IndicatorTable.MissingRule.DROP_CITY);
    assertThat(dropped.raw().rowIds()).containsExactly("a");
    assertThat(dropped.excluded()).extracting(e -> e.id()).containsExactly("b", "c");
    IndicatorTable imputed = b.build(IndicatorTable.MissingRule.GROUP_MEAN);
    assertThat(imputed.raw().rowIds()).containsExactly("a", "b");
    assertThat(imputed.raw().get("b", "pollution")).isEqualTo(3);
    assertThat(imputed.imputations()).hasSize(1).allMatch(s -> s.contains("b pollution"));
    assertThat(imputed.excluded()).extracting(e -> e.id()).containsExactly("c");
  }

  @Test
  void constantColumnsAreHandledNotDividedByZero() {
    IndicatorTable t = IndicatorTable.of(new LabelledMatrix(List.of("a", "b", "c"), List.of("k", "v"),
        new double[][] {{5, 1}, {5, 2}, {5, 4}}), List.of(IndicatorDirection.POSITIVE, IndicatorDirection.POSITIVE));
    Normalisation.Result z = Normalisation.minMax(t, Normalisation.Shift.NONE);
    assertThat(z.z().column(0)).containsExactly(1, 1, 1);
    assertThat(z.provenance().notes()).anyMatch(n -> n.contains("constant"));
    Weights c = CriticWeights.compute(z.z());
    assertThat(c.indicators()).containsExactly("v");
    assertThat(c.excluded()).extracting(e -> e.id()).containsExactly("k");
  }

  @Test
  void moderateIndicator() {
    IndicatorTable t = IndicatorTable.builder().moderate("ratio", 1.0).value("a", "ratio", 1.0)
        .value("b", "ratio", 1.5).value("c", "ratio", 0.0).build(IndicatorTable.MissingRule.DROP_CITY);
    assertThat(Normalisation.minMax(t, Normalisation.Shift.NONE).z().column(0)).containsExactly(1, 0.5, 0);
  }

  /** Properties: entropy, CRITIC and CV weights sum to 1; TOPSIS closeness ∈ [0, 1]; D ∈ [0, 1]. */
  @RepeatedTest(25)
  void randomInvariants(RepetitionInfo info) {
    Random rnd = new Random(100 + info.getCurrentRepetition());
    int m = 3 + rnd.nextInt(30);
    int k = 1 + rnd.nextInt(8);
    double[][] x = new double[m][k];
    List<String> rows = new java.util.ArrayList<>();
    List<String> cols = new java.util.ArrayList<>();
    List<IndicatorDirection> dirs = new java.util.ArrayList<>();
    for (int j = 0; j < k; j++) {
      cols.add("x" + j);
      dirs.add(rnd.nextBoolean() ? IndicatorDirection.POSITIVE : IndicatorDirection.NEGATIVE);
    }
    for (int i = 0; i < m; i++) {
      rows.add("c" + i);
      for (int j = 0; j < k; j++) {
        x[i][j] = 1 + rnd.nextDouble() * 100;
      }
    }
    IndicatorTable t = IndicatorTable.of(new LabelledMatrix(rows, cols, x), dirs);
    LabelledMatrix zs = Normalisation.minMax(t, Normalisation.Shift.TRANSLATE).z();
    Weights e = EntropyWeights.compute(zs);
    assertThat(java.util.Arrays.stream(e.values()).sum()).isCloseTo(1, within(1e-12));
    assertThat(java.util.Arrays.stream(e.values()).allMatch(w -> w >= 0)).isTrue();
    Weights c = CriticWeights.compute(Normalisation.minMax(t, Normalisation.Shift.NONE).z());
    assertThat(java.util.Arrays.stream(c.values()).sum()).isCloseTo(1, within(1e-12));
    Weights v = CoefficientOfVariationWeights.compute(t.raw());
    assertThat(java.util.Arrays.stream(v.values()).sum()).isCloseTo(1, within(1e-12));
    for (Topsis.Result r : List.of(Topsis.onNormalised(zs, e), Topsis.classical(t, c))) {
      assertThat(java.util.Arrays.stream(r.closeness().values()).allMatch(cl -> cl >= 0 && cl <= 1)).isTrue();
    }
    double[] u = new double[2 + rnd.nextInt(5)];
    for (int i = 0; i < u.length; i++) {
      u[i] = rnd.nextDouble();
    }
    for (CouplingCoordination.Formula f : CouplingCoordination.Formula.values()) {
      CouplingCoordination.Result r = CouplingCoordination.compute(u, f);
      assertThat(r.coupling()).isBetween(0.0, 1.0);
      assertThat(r.coordination()).isBetween(0.0, 1.0);
    }
  }
}
