package org.hanse.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.hanse.analysis.network.WeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** methods.md §7 worked example (two triangles joined by 2-3) and invariants of Louvain. */
class CommunityTest {

  static WeightedGraph twoTriangles() {
    return WeightedGraph.undirected().edge("0", "1", 1).edge("1", "2", 1).edge("2", "0", 1).edge("2", "3", 1)
        .edge("3", "5", 1).edge("5", "4", 1).edge("4", "3", 1).build();
  }

  @Test
  void modularityOfTheWorkedExample() {
    WeightedGraph g = twoTriangles(); // node order 0,1,2,3,5,4
    int[] triangles = new int[6];
    for (int i = 0; i < 6; i++) {
      triangles[i] = Integer.parseInt(g.id(i)) < 3 ? 0 : 1;
    }
    assertThat(Modularity.of(g, triangles)).isCloseTo(0.3571, within(1e-4));
    assertThat(Modularity.of(g, new int[6])).isCloseTo(0, within(1e-12));
    assertThat(Modularity.of(g, new int[] {0, 1, 2, 3, 4, 5})).isCloseTo(-0.1735, within(1e-4));
  }

  @Test
  void louvainFindsTheTwoTriangles() {
    Partition p = new Louvain(1).compute(twoTriangles());
    assertThat(p.communities()).containsExactlyInAnyOrder(List.of("0", "1", "2"), List.of("3", "5", "4"));
    assertThat(p.quality()).isCloseTo(0.3571, within(1e-4));
    assertThat(p.provenance().parameters()).containsEntry("seed", "1");
  }

  @Test
  void cpmAtResolutionPointTwoFindsTheTwoTriangles() {
    // CWTS networkanalysis README: Leiden, CPM, resolution 0.2 → {0,1,2}, {3,4,5}
    Partition p = new Louvain(3, 0.2, Louvain.Quality.CPM).compute(twoTriangles());
    assertThat(p.communities()).containsExactlyInAnyOrder(List.of("0", "1", "2"), List.of("3", "5", "4"));
    assertThat(p.quality()).isCloseTo(2 * (3 - 0.2 * 3), within(1e-12));
  }

  @Test
  void leidenFindsTheTwoTrianglesWithModularityAndCpm() {
    Partition p = new Leiden(1).compute(twoTriangles());
    assertThat(p.communities()).containsExactlyInAnyOrder(List.of("0", "1", "2"), List.of("3", "5", "4"));
    assertThat(p.quality()).isCloseTo(0.3571, within(1e-4));
    // CWTS networkanalysis README: Leiden, CPM, resolution 0.2 → {0,1,2}, {3,4,5}
    Partition cpm = new Leiden(1, 0.2, Louvain.Quality.CPM).compute(twoTriangles());
    assertThat(cpm.communities()).containsExactlyInAnyOrder(List.of("0", "1", "2"), List.of("3", "5", "4"));
  }

  /** Properties of Leiden: seeded, connected communities, recovers planted communities, beats singletons. */
  @ParameterizedTest
  @ValueSource(longs = {41, 42, 43, 44, 45, 46})
  void leidenInvariants(long seed) {
    WeightedGraph g = plantedPartition(new Random(seed), 3, 15, 0.7, 0.02);
    Partition a = new Leiden(seed).compute(g);
    Partition b = new Leiden(seed).compute(g);
    assertThat(a.labels()).containsExactly(b.labels());
    assertThat(a.quality()).isCloseTo(Modularity.of(g, a.labels()), within(1e-12));
    for (List<String> community : a.communities()) {
      assertThat(org.hanse.analysis.network.ConnectedComponents.count(g.induced(community))).isEqualTo(1);
    }
    int[] truth = new int[g.nodeCount()];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = Integer.parseInt(g.id(i).substring(1)) / 15;
    }
    Partition planted = new Partition(g.ids(), truth, Modularity.of(g, truth), a.provenance());
    assertThat(Partition.normalisedMutualInformation(a, planted)).isGreaterThan(0.9);
    // on a sparser random graph Leiden is at least as good as a single Louvain run in most cases; check it is
    // never far below (both are heuristics)
    WeightedGraph h = plantedPartition(new Random(seed + 100), 5, 10, 0.3, 0.05);
    assertThat(new Leiden(seed).compute(h).quality())
        .isGreaterThan(new Louvain(seed).compute(h).quality() - 0.05);
  }

  @Test
  void stabilityOverSeeds() {
    Louvain.Stability s = Louvain.stability(twoTriangles(), new long[] {1, 2, 3, 4, 5}, 1.0,
        Louvain.Quality.MODULARITY);
    assertThat(s.runs()).isEqualTo(5);
    assertThat(s.meanNmi()).isCloseTo(1, within(1e-12));
    assertThat(s.best().quality()).isCloseTo(0.3571, within(1e-4));
  }

  @Test
  void directedGraphsMustBeSymmetrisedExplicitly() {
    WeightedGraph d = WeightedGraph.directed().edge("a", "b", 1).build();
    assertThatThrownBy(() -> new Louvain(1).compute(d)).hasMessageContaining("symmetrise");
  }

  @Test
  void directedModularityLeichtNewman() {
    // 0→1, 1→0, 2→3, 3→2, 1→2: m = 5; communities {0,1},{2,3}
    WeightedGraph d = WeightedGraph.directed().edge("0", "1", 1).edge("1", "0", 1).edge("2", "3", 1)
        .edge("3", "2", 1).edge("1", "2", 1).build();
    // Q = Σ_c [L_c/m − out_c in_c / m²] = (2/5 − 3·2/25) + (2/5 − 2·3/25) = 0.32
    assertThat(Modularity.of(d, new int[] {0, 0, 1, 1})).isCloseTo(0.32, within(1e-12));
  }

  /** Property: same seed ⇒ same communities; the quality reported is the modularity of the partition. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void sameSeedSamePartition(long seed) {
    WeightedGraph g = plantedPartition(new Random(seed), 4, 12, 0.5, 0.03);
    Partition a = new Louvain(seed).compute(g);
    Partition b = new Louvain(seed).compute(g);
    assertThat(a.labels()).containsExactly(b.labels());
    assertThat(a.quality()).isEqualTo(b.quality());
    assertThat(a.quality()).isCloseTo(Modularity.of(g, a.labels()), within(1e-12));
    int[] singletons = new int[g.nodeCount()];
    for (int i = 0; i < singletons.length; i++) {
      singletons[i] = i;
    }
    assertThat(a.quality()).isGreaterThan(Modularity.of(g, singletons));
    // every community is connected
    for (List<String> community : a.communities()) {
      WeightedGraph sub = g.induced(community);
      assertThat(org.hanse.analysis.network.ConnectedComponents.count(sub)).isEqualTo(1);
    }
  }

  /** Property: clear planted communities are recovered (NMI close to 1). */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25})
  void recoversPlantedCommunities(long seed) {
    WeightedGraph g = plantedPartition(new Random(seed), 3, 15, 0.7, 0.01);
    Partition found = Louvain.best(g, new long[] {1, 2, 3}, 1.0, Louvain.Quality.MODULARITY);
    int[] truth = new int[g.nodeCount()];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = Integer.parseInt(g.id(i).substring(1)) / 15;
    }
    Partition planted = new Partition(g.ids(), truth, Modularity.of(g, truth), found.provenance());
    assertThat(Partition.normalisedMutualInformation(found, planted)).isGreaterThan(0.9);
    assertThat(Partition.normalisedMutualInformation(found, found)).isCloseTo(1, within(1e-12));
  }

  static WeightedGraph plantedPartition(Random rnd, int groups, int size, double pIn, double pOut) {
    WeightedGraph.Builder b = WeightedGraph.undirected();
    int n = groups * size;
    for (int i = 0; i < n; i++) {
      b.node("v" + i);
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double p = i / size == j / size ? pIn : pOut;
        if (rnd.nextDouble() < p) {
          b.edge("v" + i, "v" + j, 1 + rnd.nextInt(3));
        }
      }
    }
    return b.build();
  }
}
