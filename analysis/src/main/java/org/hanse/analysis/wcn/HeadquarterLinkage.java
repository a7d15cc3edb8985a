package org.hanse.analysis.wcn;

import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.WeightedGraph;

/**
 * A directed "primary linkage" graph from the city × firm matrix, after Hennemann &amp; Derudder (2014) "An
 * alternative approach to the calculation and analysis of connectivity in the world city network", Environment
 * and Planning B 41 (methods.md §1.2.4).
 *
 * <p>Implementation sketch of methods.md: the headquarters of firm j is the city with the largest service value,
 * {@code HQ(j) = argmax_a v_aj}; when several cities share the largest value each of them is taken as a
 * headquarters. Each headquarters gets an edge to every other city b where the firm is present, weighted
 * {@code v_bj}; edges of several firms between the same pair add up. <strong>The exact tie and weighting rules of
 * the paper were not verified</strong>: the provenance says so.
 */
public final class HeadquarterLinkage {
  private HeadquarterLinkage() {}

  /** The directed graph; every row is a node. */
  public static Result of(ServiceValueMatrix v) {
    WeightedGraph.Builder b = WeightedGraph.directed();
    v.rowIds().forEach(b::node);
    int[][] rows = v.columnRows();
    int[][] vals = v.columnValues();
    for (int j = 0; j < rows.length; j++) {
      int max = 0;
      for (int x : vals[j]) {
        max = Math.max(max, x);
      }
      for (int h = 0; h < rows[j].length; h++) {
        if (vals[j][h] != max) {
          continue;
        }
        for (int t = 0; t < rows[j].length; t++) {
          if (t != h) {
            b.edge(v.rowIds().get(rows[j][h]), v.rowIds().get(rows[j][t]), vals[j][t]);
          }
        }
      }
    }
    Provenance p = Provenance.of("HQ primary-linkage directed graph (sketch)",
            "Hennemann & Derudder (2014) Environment and Planning B 41; methods.md §1.2.4")
        .withParameter("headquarters", "argmax_a v_aj, all tied cities")
        .withParameter("edge weight", "v_bj")
        .withNote("implementation sketch: the paper's exact tie and weighting rules were not verified")
        .withData(v.description());
    return new Result(b.build(), p);
  }

  /**
   * @param graph      directed graph HQ city → other city
   * @param provenance how it was built
   */
  public record Result(WeightedGraph graph, Provenance provenance) {}
}
