package org.hanse.analysis.wcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.analysis.network.WeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked example of methods.md §1.4 and invariants of the interlocking network model. */
class InterlockingNetworkModelTest {
  private static final double TOL = 1e-4; // the worked examples are quoted to 4 d.p.

  static ServiceValueMatrix example() {
    return ServiceValueMatrix.fromDense(
        List.of("A", "B", "C", "D"),
        List.of("F1", "F2", "F3"),
        List.of("law", "finance", "finance"),
        new int[][] {{5, 2, 0}, {2, 3, 2}, {0, 2, 0}, {0, 0, 3}},
        5);
  }

  @Test
  void workedExampleDyadsAndGnc() {
    ServiceValueMatrix v = example();
    DyadConnectivity d = new DyadConnectivity(v);
    assertThat(d.connectivity("A", "B")).isEqualTo(16);
    assertThat(d.connectivity("A", "C")).isEqualTo(4);
    assertThat(d.connectivity("A", "D")).isZero();
    assertThat(d.connectivity("B", "C")).isEqualTo(6);
    assertThat(d.connectivity("B", "D")).isEqualTo(6);
    assertThat(d.connectivity("C", "D")).isZero();
    assertThat(d.connectivity("A", "A")).isZero();

    ConnectivityResult gnc = GlobalNetworkConnectivity.of(v);
    assertThat(gnc.connectivities()).containsExactly(20, 28, 10, 6);
    assertThat(gnc.totalConnectivity()).isEqualTo(64);
    assertThat(gnc.proportional("A")).isCloseTo(0.7143, within(TOL));
    assertThat(gnc.proportional("B")).isEqualTo(1.0);
    assertThat(gnc.proportional("C")).isCloseTo(0.3571, within(TOL));
    assertThat(gnc.proportional("D")).isCloseTo(0.2143, within(TOL));
    assertThat(gnc.ranking()).extracting(ConnectivityResult.Entry::cityId).containsExactly("B", "A", "C", "D");
    assertThat(gnc.find("Z")).isEmpty();

    assertThat(d.proportional("A", "B")).isCloseTo(0.2133, within(TOL));
    assertThat(d.distance("A", "B")).isCloseTo(0.7867, within(TOL));
    assertThat(d.directionalShare("A", "B")).isCloseTo(0.8000, within(TOL));
    assertThat(d.directionalShare("B", "A")).isCloseTo(0.5714, within(TOL));
  }

  @Test
  void workedExampleHeadquarterLinkage() {
    WeightedGraph g = HeadquarterLinkage.of(example()).graph();
    assertThat(g.isDirected()).isTrue();
    assertThat(g.weight("A", "B")).isEqualTo(2);
    assertThat(g.weight("B", "A")).isEqualTo(2);
    assertThat(g.weight("B", "C")).isEqualTo(2);
    assertThat(g.weight("D", "B")).isEqualTo(2);
    assertThat(g.edgeCount()).isEqualTo(4);
    assertThat(List.of("A", "B", "C", "D")).extracting(c -> g.outStrength(g.requireIndex(c)))
        .containsExactly(2.0, 4.0, 0.0, 2.0);
  }

  @Test
  void projectionIsSparseAndMatchesDyads() {
    CityDyads p = new DyadConnectivity(example()).projection();
    assertThat(p.size()).isEqualTo(4); // AB, AC, BC, BD
    assertThat(p.totalConnectivity()).isEqualTo(64);
    WeightedGraph g = p.toGraph();
    assertThat(g.nodeCount()).isEqualTo(4);
    assertThat(g.weight("B", "D")).isEqualTo(6);
    assertThat(g.hasEdge(0, 3)).isFalse();
  }

  @Test
  void nealMeasuresOnTheBinaryProjectionOfTheWorkedExample() {
    WeightedGraph binary = new DyadConnectivity(example()).projection().toBinaryGraph();
    var r = new org.hanse.analysis.network.AlterBasedCentrality(true).compute(binary);
    assertThat(List.of("A", "B", "C", "D")).extracting(c -> r.centrality().get(c)).containsExactly(5.0, 5.0, 5.0, 3.0);
    assertThat(r.power().get("A")).isCloseTo(0.8333, within(TOL));
    assertThat(r.power().get("B")).isCloseTo(2.0, within(TOL));
    assertThat(r.power().get("D")).isCloseTo(0.3333, within(TOL));
  }

  @Test
  void sectorConnectivityRestrictsFirms() {
    ConnectivityResult fin = GlobalNetworkConnectivity.ofSector(example(), "finance");
    // finance firms F2, F3: r_AB = 6, r_AC = 4, r_BC = 6, r_BD = 6
    assertThat(fin.connectivity("A")).isEqualTo(10);
    assertThat(fin.connectivity("B")).isEqualTo(18);
    assertThat(fin.connectivity("D")).isEqualTo(6);
    assertThat(GlobalNetworkConnectivity.bySector(example())).containsOnlyKeys("law", "finance");
    assertThatThrownBy(() -> GlobalNetworkConnectivity.ofSector(example(), "shipping"))
        .hasMessageContaining("shipping");
  }

  @Test
  void clusterExternalAndInternal() {
    ClusterConnectivity.Result r = ClusterConnectivity.of(example(), "ab", List.of("A", "B", "X"));
    assertThat(r.members()).hasSize(2);
    ClusterConnectivity.Member a = r.members().get(0);
    assertThat(a.internal()).isEqualTo(16);
    assertThat(a.external()).isEqualTo(4);
    ClusterConnectivity.Member b = r.members().get(1);
    assertThat(b.internal()).isEqualTo(16);
    assertThat(b.external()).isEqualTo(12);
    assertThat(r.internalConnectivity()).isEqualTo(16);
    assertThat(r.externalConnectivity()).isEqualTo(16);
    assertThat(r.missingMembers()).extracting(e -> e.id()).containsExactly("X");
  }

  @Test
  void zeroRowIsKeptAndRanksLast() {
    ServiceValueMatrix v = ServiceValueMatrix.builder(5).row("Z").value("A", "F", 3).value("B", "F", 2).build();
    ConnectivityResult r = GlobalNetworkConnectivity.of(v);
    assertThat(r.connectivity("Z")).isZero();
    assertThat(r.rank("Z")).isEqualTo(3);
    assertThat(r.isolatedCities()).containsExactly("Z");
  }

  @Test
  void firmInOneCityAddsNothing() {
    ServiceValueMatrix v = ServiceValueMatrix.builder(5).value("A", "F", 5).value("B", "G", 4).build();
    assertThat(GlobalNetworkConnectivity.of(v).connectivities()).containsExactly(0, 0);
    assertThat(new DyadConnectivity(v).projection().size()).isZero();
  }

  @Test
  void serviceValuesOutsideScaleAreRefused() {
    assertThatThrownBy(() -> ServiceValueMatrix.builder(3).value("A", "F", 4)).hasMessageContaining("0..3");
  }

  @Test
  void repeatedCellKeepsMaximum() {
    ServiceValueMatrix v = ServiceValueMatrix.builder(5).value("A", "F", 2).value("A", "F", 4).value("A", "F", 1)
        .build();
    assertThat(v.value("A", "F")).isEqualTo(4);
  }

  /**
   * The projection of a table with tens of thousands of positive dyads (several storage blocks, rows that meet few
   * and rows that meet most of the later cities) lists exactly the pairs with r_ab &gt; 0, each with r_ab.
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.02, 0.3})
  void largeProjectionListsEveryPositiveDyad(double density) {
    Random rnd = new Random(99);
    int n = 400;
    int m = 60;
    ServiceValueMatrix.Builder builder = ServiceValueMatrix.builder(5);
    for (int i = 0; i < n; i++) {
      builder.row("c" + i);
      for (int j = 0; j < m; j++) {
        if (rnd.nextDouble() < density) {
          builder.value("c" + i, "f" + j, 1 + rnd.nextInt(5));
        }
      }
    }
    ServiceValueMatrix v = builder.build();
    DyadConnectivity d = new DyadConnectivity(v);
    CityDyads p = d.projection();
    int t = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        long r = d.connectivity(a, b);
        if (r > 0) {
          assertThat(p.firstCity(t)).isEqualTo("c" + a);
          assertThat(p.secondCity(t)).isEqualTo("c" + b);
          assertThat(p.connectivity(t++)).isEqualTo(r);
        }
      }
    }
    assertThat(p.size()).isEqualTo(t);
    assertThat(p.totalConnectivity()).isEqualTo(GlobalNetworkConnectivity.of(v).totalConnectivity());
  }

  /** Property: the O(nnz) shortcut equals the naive projection Σ_{i≠a} r_ai on random sparse matrices. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void shortcutEqualsNaiveProjection(long seed) {
    Random rnd = new Random(seed);
    int n = 2 + rnd.nextInt(40);
    int m = 1 + rnd.nextInt(30);
    double density = rnd.nextDouble();
    int[][] dense = new int[n][m];
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add("c" + i);
      for (int j = 0; j < m; j++) {
        dense[i][j] = rnd.nextDouble() < density ? 1 + rnd.nextInt(5) : 0;
      }
    }
    for (int j = 0; j < m; j++) {
      cols.add("f" + j);
    }
    ServiceValueMatrix v = ServiceValueMatrix.fromDense(rows, cols, null, dense, 5);
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(v);
    DyadConnectivity d = new DyadConnectivity(v);
    long total = 0;
    int positiveDyads = 0;
    for (int a = 0; a < n; a++) {
      long naive = 0;
      for (int b = 0; b < n; b++) {
        if (a == b) {
          continue;
        }
        long r = 0;
        for (int j = 0; j < m; j++) {
          r += (long) dense[a][j] * dense[b][j];
        }
        naive += r;
        positiveDyads += a < b && r > 0 ? 1 : 0;
        assertThat(d.connectivity(a, b)).isEqualTo(r);
      }
      assertThat(gnc.connectivity("c" + a)).isEqualTo(naive);
      assertThat(gnc.find("c" + a)).hasValue(naive);
      total += naive;
    }
    assertThat(gnc.find("not covered")).isEmpty();
    assertThat(gnc.totalConnectivity()).isEqualTo(total);
    CityDyads p = d.projection();
    assertThat(p.totalConnectivity()).isEqualTo(total);
    // Every positive dyad once, sorted by (a, b), whether or not the dyad arrays had to grow.
    assertThat(p.size()).isEqualTo(positiveDyads);
    for (int t = 0; t < p.size(); t++) {
      assertThat(p.connectivity(t)).isEqualTo(d.connectivity(p.firstCity(t), p.secondCity(t))).isPositive();
      int first = v.rowIndex(p.firstCity(t)).getAsInt();
      int second = v.rowIndex(p.secondCity(t)).getAsInt();
      assertThat(first).isLessThan(second);
      if (t > 0) {
        int prevFirst = v.rowIndex(p.firstCity(t - 1)).getAsInt();
        int prevSecond = v.rowIndex(p.secondCity(t - 1)).getAsInt();
        assertThat(prevFirst < first || prevFirst == first && prevSecond < second).isTrue();
      }
    }
    // Cluster split adds up for a random cluster.
    List<String> members = rows.subList(0, 1 + rnd.nextInt(n));
    ClusterConnectivity.Result c = ClusterConnectivity.of(v, "k", members);
    for (ClusterConnectivity.Member mem : c.members()) {
      assertThat(mem.internal() + mem.external()).isEqualTo(gnc.connectivity(mem.cityId()));
      long ext = 0;
      for (String other : rows) {
        if (!members.contains(other)) {
          ext += d.connectivity(mem.cityId(), other);
        }
      }
      assertThat(mem.external()).isEqualTo(ext);
    }
  }
}
