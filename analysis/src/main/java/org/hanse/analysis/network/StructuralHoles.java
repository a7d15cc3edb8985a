package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;

/**
 * Burt's structural-hole measures on the ego network, for valued directed or undirected graphs (methods.md §2;
 * Burt 1992, Structural Holes, Harvard UP; Borgatti 1997, Connections 20(1):35-38; UCINET uses Burt's constraint
 * unchanged):
 *
 * <ul>
 *   <li>proportional tie strength {@code p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)};</li>
 *   <li>constraint {@code C_i = Σ_{j∈N(i)} (p_ij + Σ_{q≠i,j} p_iq p_qj)²} (may exceed 1);</li>
 *   <li>effective size {@code ES_i = Σ_{j∈N(i)} (1 − Σ_{q≠i,j} p_iq m_jq)},
 *       {@code m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj)} (equals {@code n_i − 2t_i/n_i} on binary undirected
 *       data); efficiency {@code ES_i / n_i}.</li>
 * </ul>
 *
 * N(i) are the nodes tied to i in either direction. Isolates have undefined measures and are listed as excluded.
 */
public final class StructuralHoles {
  /** Citation carried in every result. */
  public static final String CITATION = "Burt (1992) Structural Holes; Borgatti (1997) Connections 20(1):35-38;"
      + " methods.md §2";

  private StructuralHoles() {}

  public static Result compute(WeightedGraph g) {
    int n = g.nodeCount();
    // mutual weight a_ij + a_ji and its row sums and row maxima
    double[] total = new double[n];
    double[] max = new double[n];
    List<int[]> neighbours = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] nb = neighbourSet(g, i);
      neighbours.add(nb);
      for (int j : nb) {
        double m = mutual(g, i, j);
        total[i] += m;
        max[i] = Math.max(max[i], m);
      }
    }
    List<String> ids = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    double[] constraint = new double[n];
    double[] effective = new double[n];
    double[] efficiency = new double[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int[] nb = neighbours.get(i);
      if (nb.length == 0) {
        excluded.add(new Exclusion(g.id(i), "isolate: structural-hole measures are undefined"));
        continue;
      }
      double c = 0;
      double es = 0;
      for (int j : nb) {
        double pij = mutual(g, i, j) / total[i];
        double indirect = 0;
        double redundancy = 0;
        for (int q : nb) {
          if (q == j) {
            continue;
          }
          double piq = mutual(g, i, q) / total[i];
          double mjq = mutual(g, j, q);
          if (mjq > 0) {
            indirect += piq * mjq / total[q];
            redundancy += piq * mjq / max[j];
          }
        }
        c += (pij + indirect) * (pij + indirect);
        es += 1 - redundancy;
      }
      ids.add(g.id(i));
      constraint[kept] = c;
      effective[kept] = es;
      efficiency[kept] = es / nb.length;
      kept++;
    }
    Provenance p = Provenance.of("Burt structural holes (ego network)", CITATION)
        .withParameter("p_ij", "(a_ij + a_ji) / Σ_k (a_ik + a_ki)")
        .withData(n + " nodes, " + g.edgeCount() + " edges");
    if (!excluded.isEmpty()) {
      p = p.withNote(excluded.size() + " isolate(s) excluded: measures undefined");
    }
    return new Result(
        new Scores("Burt constraint", ids, java.util.Arrays.copyOf(constraint, kept), excluded, p),
        new Scores("effective size", ids, java.util.Arrays.copyOf(effective, kept), excluded, p),
        new Scores("efficiency", ids, java.util.Arrays.copyOf(efficiency, kept), excluded, p));
  }

  private static double mutual(WeightedGraph g, int i, int j) {
    return g.isDirected() ? g.weight(i, j) + g.weight(j, i) : 2 * g.weight(i, j);
  }

  private static int[] neighbourSet(WeightedGraph g, int i) {
    if (!g.isDirected()) {
      return g.outNeighbours(i);
    }
    java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
    for (int v : g.outNeighbours(i)) {
      s.add(v);
    }
    for (int v : g.inNeighbours(i)) {
      s.add(v);
    }
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @param constraint    C_i
   * @param effectiveSize ES_i
   * @param efficiency    ES_i / n_i
   */
  public record Result(Scores constraint, Scores effectiveSize, Scores efficiency) {}
}
