package org.hanse.analysis.linkprediction;

import org.hanse.analysis.network.WeightedGraph;

/**
 * The local (common-neighbour based) similarity indices of methods.md §6, with Γ(x) the neighbours of x and k_x
 * its degree:
 *
 * <ul>
 *   <li>{@link #COMMON_NEIGHBOURS} {@code |Γ(x) ∩ Γ(y)|} (Newman 2001, Phys. Rev. E 64:025102);</li>
 *   <li>{@link #JACCARD} {@code |Γ(x) ∩ Γ(y)| / |Γ(x) ∪ Γ(y)|}, 0 when the union is empty (Jaccard 1901);</li>
 *   <li>{@link #ADAMIC_ADAR} {@code Σ_{z∈Γx∩Γy} 1/ln k_z} (Adamic &amp; Adar 2003, Social Networks 25(3):211-230;
 *       k_z ≥ 2 always holds for a common neighbour);</li>
 *   <li>{@link #RESOURCE_ALLOCATION} {@code Σ_{z∈Γx∩Γy} 1/k_z} (Zhou, Lü &amp; Zhang 2009, EPJ B 71:623-630);</li>
 *   <li>{@link #PREFERENTIAL_ATTACHMENT} {@code k_x · k_y} (Barabási &amp; Albert 1999; Liben-Nowell &amp;
 *       Kleinberg 2007).</li>
 * </ul>
 *
 * The weighted variants of Lü &amp; Zhou (2010, "Role of weak ties in link prediction of complex networks", EPL
 * 89:18001) replace each common neighbour's count by {@code w_xz + w_zy} and k_z by the strength s_z
 * ({@code 1/ln(1 + s_z)} for Adamic–Adar, as in the paper); preferential attachment uses {@code s_x · s_y} and
 * Jaccard stays binary.
 */
public enum NeighbourhoodIndex implements LinkPredictor {
  COMMON_NEIGHBOURS("common neighbours", "Newman (2001) Phys. Rev. E 64:025102; methods.md §6"),
  JACCARD("Jaccard", "Jaccard (1901); Liben-Nowell & Kleinberg (2007) JASIST 58(7):1019-1031; methods.md §6"),
  ADAMIC_ADAR("Adamic-Adar", "Adamic & Adar (2003) Social Networks 25(3):211-230; methods.md §6"),
  RESOURCE_ALLOCATION("resource allocation", "Zhou, Lü & Zhang (2009) EPJ B 71:623-630; methods.md §6"),
  PREFERENTIAL_ATTACHMENT("preferential attachment", "Liben-Nowell & Kleinberg (2007) JASIST 58(7):1019-1031;"
      + " methods.md §6");

  private final String label;
  private final String citation;

  NeighbourhoodIndex(String label, String citation) {
    this.label = label;
    this.citation = citation;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String citation() {
    return citation;
  }

  @Override
  public PairScorer fit(WeightedGraph g) {
    return fit(g, false);
  }

  /** The binary index, or the weighted variant of Lü &amp; Zhou (2010). */
  public PairScorer fit(WeightedGraph g, boolean weighted) {
    LinkPredictor.requireUndirected(g);
    int n = g.nodeCount();
    int[][] nb = new int[n][];
    double[][] w = new double[n][];
    double[] degree = new double[n];
    double[] strength = new double[n];
    for (int i = 0; i < n; i++) {
      nb[i] = g.outNeighbours(i);
      w[i] = g.outWeights(i);
      degree[i] = nb[i].length;
      strength[i] = g.outStrength(i);
    }
    if (this == PREFERENTIAL_ATTACHMENT) {
      return weighted ? (x, y) -> strength[x] * strength[y] : (x, y) -> degree[x] * degree[y];
    }
    return (x, y) -> {
      int[] a = nb[x];
      int[] b = nb[y];
      int p = 0;
      int q = 0;
      double s = 0;
      int common = 0;
      while (p < a.length && q < b.length) {
        if (a[p] == b[q]) {
          int z = a[p];
          double count = weighted ? w[x][p] + w[y][q] : 1;
          switch (this) {
            case COMMON_NEIGHBOURS, JACCARD -> s += count;
            case ADAMIC_ADAR -> s += count / (weighted ? Math.log(1 + strength[z]) : Math.log(degree[z]));
            case RESOURCE_ALLOCATION -> s += count / (weighted ? strength[z] : degree[z]);
            default -> throw new IllegalStateException();
          }
          common++;
          p++;
          q++;
        } else if (a[p] < b[q]) {
          p++;
        } else {
          q++;
        }
      }
      if (this == JACCARD) {
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
      }
      return s;
    };
  }
}
