package org.hanse.analysis.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The worked example of methods.md §3 and invariants of the spatial methods. */
class SpatialInteractionTest {
  private static final double TOL = 1e-4;
  private static final List<String> ABC = List.of("A", "B", "C");

  static GravityModel.Result example() {
    double[][] d = {{0, 100, 200}, {100, 0, 150}, {200, 150, 0}};
    return new GravityModel().compute(ABC, new double[] {1000, 400, 100}, new double[] {3000, 800, 150}, d,
        "P 10k persons, G 100m CNY, D km");
  }

  @Test
  void gravityWorkedExample() {
    GravityModel.Result r = example();
    assertThat(r.linkage("A", "B")).isCloseTo(97.9796, within(TOL));
    assertThat(r.linkage("A", "C")).isCloseTo(5.3033, within(TOL));
    assertThat(r.linkage("B", "C")).isCloseTo(3.0792, within(TOL));
    assertThat(r.directional("A", "B")).isCloseTo(77.3523, within(TOL));
    assertThat(r.directional("B", "A")).isCloseTo(20.6273, within(TOL));
    assertThat(r.directional("A", "C")).isCloseTo(5.0508, within(TOL));
    assertThat(r.directional("C", "A")).isCloseTo(0.2525, within(TOL));
    assertThat(r.directional("B", "C")).isCloseTo(2.5930, within(TOL));
    assertThat(r.directional("C", "B")).isCloseTo(0.4862, within(TOL));
    assertThat(r.totalLinkage().get("A")).isCloseTo(97.9796 + 5.3033, within(TOL));
    assertThat(r.linkageShare("A", "B")).isCloseTo(97.9796 / (97.9796 + 5.3033), within(TOL));
    assertThat(r.centralShareOfAllLinkage("A")).isCloseTo((97.9796 + 5.3033) / (97.9796 + 5.3033 + 3.0792),
        within(TOL));
    assertThat(r.centralShareOfOutLinkage("A")).isCloseTo((77.3523 + 5.0508) / (97.9796 + 5.3033 + 3.0792),
        within(TOL));
    // row means: A keeps B only (77.35 ≥ 41.2), B keeps A, C keeps B (0.4862 ≥ 0.369)
    var net = r.networkAboveRowMean();
    assertThat(net.edgeCount()).isEqualTo(3);
    assertThat(net.weight("C", "B")).isCloseTo(0.4862, within(TOL));
  }

  @Test
  void gravityRefusesZeroDistanceAndNaN() {
    double[][] d = {{0, 0}, {0, 0}};
    assertThatThrownBy(() -> new GravityModel().compute(List.of("x", "y"), new double[] {1, 1}, new double[] {1, 1},
        d, "")).hasMessageContaining("distance 0");
    assertThatThrownBy(() -> new GravityModel().compute(List.of("x", "y"), new double[] {1, Double.NaN},
        new double[] {1, 1}, new double[][] {{0, 1}, {1, 0}}, "")).hasMessageContaining("NaN");
  }

  @Test
  void breakingPointAndFieldStrength() {
    assertThat(BreakingPoint.distanceFromA(100, 1000, 400)).isCloseTo(61.2574, within(TOL));
    assertThat(100 - BreakingPoint.distanceFromA(100, 1000, 400)).isCloseTo(38.7426, within(TOL));
    FieldStrength f = new FieldStrength();
    assertThat(f.strength(0.9, 50)).isCloseTo(3.6e-4, within(1e-12));
    assertThat(f.strength(0.5, 80)).isCloseTo(7.8125e-5, within(1e-12));
    FieldStrength.Result h = f.hinterlands(List.of("A", "B"), new double[] {0.9, 0.5}, List.of("p", "q"),
        new double[][] {{50, 80}, {80, 0}});
    assertThat(h.assignments().get(0).centreId()).isEqualTo("A");
    assertThat(h.hinterlandOf("B")).containsExactly("q");
  }

  @Test
  void fieldStrengthTiesAreReported() {
    FieldStrength.Result h = new FieldStrength().hinterlands(List.of("B", "A"), new double[] {1, 1}, List.of("p"),
        new double[][] {{10, 10}});
    assertThat(h.assignments().get(0).centreId()).isEqualTo("A");
    assertThat(h.assignments().get(0).tiedCentres()).containsExactly("B");
  }

  @Test
  void primacyAndZipfWorkedExample() {
    double[] sizes = {2400, 1100, 800, 600, 500, 420, 360, 300, 260, 230, 200};
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      ids.add("c" + (char) ('a' + i));
    }
    UrbanPrimacy.Result p = UrbanPrimacy.of(ids, sizes);
    assertThat(p.twoCity().getAsDouble()).isCloseTo(2.1818, within(TOL));
    assertThat(p.fourCity().getAsDouble()).isCloseTo(0.9600, within(TOL));
    assertThat(p.elevenCity().getAsDouble()).isCloseTo(1.0063, within(TOL));
    assertThat(p.primateCity()).isEqualTo("ca");
    RankSizeRule.Result z = RankSizeRule.fit(ids, sizes);
    assertThat(z.q()).isCloseTo(1.0018, within(TOL));
    assertThat(z.lnP1()).isCloseTo(7.7766, within(TOL));
    assertThat(z.rSquared()).isCloseTo(0.9959, within(TOL));
    assertThat(z.gabaixIbragimovB()).isCloseTo(1.2245, within(TOL));
    assertThat(z.gabaixIbragimovSe()).isCloseTo(1.2245 * Math.sqrt(2.0 / 11), within(TOL));
  }

  @Test
  void primacyNeedsEnoughCities() {
    UrbanPrimacy.Result p = UrbanPrimacy.of(List.of("a", "b", "c"), new double[] {3, 2, 1});
    assertThat(p.twoCity()).hasValue(1.5);
    assertThat(p.fourCity()).isEmpty();
    assertThat(p.elevenCity()).isEmpty();
  }

  @Test
  void zipfExcludesZeroSizesAndListsThem() {
    RankSizeRule.Result z = RankSizeRule.fit(List.of("a", "b", "c", "d"), new double[] {100, 50, 0, 33});
    assertThat(z.n()).isEqualTo(3);
    assertThat(z.excluded()).extracting(e -> e.id()).containsExactly("c");
  }

  /** Property: exact Zipf sizes give q = 1, R² = 1 and the Zipf primacy values of methods.md §3. */
  @ParameterizedTest
  @ValueSource(ints = {11, 20, 50})
  void exactZipfLaw(int n) {
    double[] sizes = new double[n];
    List<String> ids = new ArrayList<>();
    for (int r = 1; r <= n; r++) {
      sizes[r - 1] = 1e6 / r;
      ids.add("c" + r);
    }
    RankSizeRule.Result z = RankSizeRule.fit(ids, sizes);
    assertThat(z.q()).isCloseTo(1, within(1e-12));
    assertThat(z.rSquared()).isCloseTo(1, within(1e-12));
    UrbanPrimacy.Result p = UrbanPrimacy.of(ids, sizes);
    assertThat(p.twoCity().getAsDouble()).isCloseTo(2, within(1e-12));
    assertThat(p.fourCity().getAsDouble()).isCloseTo(0.9231, within(TOL));
    assertThat(p.elevenCity().getAsDouble()).isCloseTo(0.9902, within(TOL));
  }

  /** Property: directional linkages of each pair add up to the symmetric linkage (k = 1). */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void directionalLinkagesAddUp(long seed) {
    Random rnd = new Random(seed);
    int n = 3 + rnd.nextInt(10);
    List<String> ids = new ArrayList<>();
    double[] p = new double[n];
    double[] g = new double[n];
    double[][] xy = new double[n][2];
    for (int i = 0; i < n; i++) {
      ids.add("c" + i);
      p[i] = rnd.nextDouble() * 1000;
      g[i] = rnd.nextDouble() * 5000;
      xy[i] = new double[] {rnd.nextDouble() * 500 + i, rnd.nextDouble() * 500};
    }
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] = Math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]);
      }
    }
    GravityModel.Result r = new GravityModel(1, 1 + rnd.nextDouble()).compute(ids, p, g, d, "test units");
    for (String a : ids) {
      for (String b : ids) {
        if (!a.equals(b)) {
          assertThat(r.directional(a, b) + r.directional(b, a)).isCloseTo(r.linkage(a, b),
              within(1e-9 * Math.max(1, r.linkage(a, b))));
        }
      }
    }
  }
}
