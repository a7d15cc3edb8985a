package org.hanse.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.ServiceValueMatrix;

/**
 * Seeded synthetic inputs for the benchmarks: documented as synthetic, never mixed with real data.
 *
 * <p>City networks grow by preferential attachment (Barabási &amp; Albert 1999, Science 286:509-512), so that the
 * degree distribution is as skewed as in real air-route and sister-city networks, which is what makes betweenness
 * expensive; tie strengths are integers 1–10. City × actor tables place each actor in a preferentially chosen set
 * of cities with service values 1–5, like GaWC firm tables.
 */
public final class SyntheticNetworks {
  private SyntheticNetworks() {}

  /** An undirected weighted graph on {@code n} nodes with about {@code n × edgesPerNode} edges. */
  public static WeightedGraph preferentialAttachment(int n, int edgesPerNode, long seed) {
    Random rnd = new Random(seed);
    WeightedGraph.Builder b = WeightedGraph.undirected();
    List<Integer> endpoints = new ArrayList<>();
    int core = edgesPerNode + 1;
    for (int i = 0; i < n; i++) {
      b.node(id(i));
    }
    for (int i = 0; i < core; i++) {
      for (int j = i + 1; j < core; j++) {
        b.edge(id(i), id(j), 1 + rnd.nextInt(10));
        endpoints.add(i);
        endpoints.add(j);
      }
    }
    for (int i = core; i < n; i++) {
      Set<Integer> targets = new HashSet<>();
      while (targets.size() < edgesPerNode) {
        targets.add(endpoints.get(rnd.nextInt(endpoints.size())));
      }
      for (int t : targets.stream().sorted().toList()) {
        b.edge(id(i), id(t), 1 + rnd.nextInt(10));
        endpoints.add(i);
        endpoints.add(t);
      }
    }
    return b.build();
  }

  /**
   * A city × actor service-value matrix with {@code cities × actors} cells of which about {@code density} are
   * non-zero; actors choose cities with probability proportional to a Zipf-like city size, as firms favour large
   * cities.
   */
  public static ServiceValueMatrix cityActorTable(int cities, int actors, double density, long seed) {
    Random rnd = new Random(seed);
    double[] cumulative = new double[cities];
    double sum = 0;
    for (int c = 0; c < cities; c++) {
      sum += 1.0 / Math.pow(c + 1, 0.7);
      cumulative[c] = sum;
    }
    ServiceValueMatrix.Builder b = ServiceValueMatrix.builder(5);
    for (int c = 0; c < cities; c++) {
      b.row(id(c));
    }
    int perActor = Math.max(1, (int) Math.round(density * cities));
    for (int a = 0; a < actors; a++) {
      String actor = "a" + a;
      b.column(actor, "sector-" + (a % 6));
      Set<Integer> chosen = new HashSet<>();
      while (chosen.size() < perActor) {
        double u = rnd.nextDouble() * sum;
        int lo = java.util.Arrays.binarySearch(cumulative, u);
        chosen.add(lo >= 0 ? lo : -lo - 1 >= cities ? cities - 1 : -lo - 1);
      }
      for (int c : chosen.stream().sorted().toList()) {
        b.value(id(c), actor, 1 + rnd.nextInt(5));
      }
    }
    return b.build();
  }

  /** Node ids sort like their numbers, so that outputs of different tools line up. */
  public static String id(int i) {
    return String.format("n%07d", i);
  }
}
