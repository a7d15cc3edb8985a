package org.hanse.analysis.wcn;

import org.hanse.analysis.Provenance;
import org.hanse.analysis.network.WeightedGraph;

/**
 * City-dyad measures of the interlocking network model, computed on demand from the sparse service-value matrix
 * (methods.md §1.1, §1.2):
 *
 * <ul>
 *   <li>city-dyad connectivity {@code r_ab = Σ_j v_aj v_bj} (r_aa := 0), by merging two sorted rows in
 *       O(nnz_a + nnz_b);
 *   <li>proportional dyad {@code p_ab = r_ab / (m · v_max²)} and "service corporate distance" {@code d_ab = 1 − p_ab}
 *       (Taylor 2001 eq. 12-13; GaWC Data Set 7 page: "divided by the maximum possible interlock link aggregate …
 *       subtracting the proportional city interlinks from unity");
 *   <li>directional share {@code s_{a→b} = r_ab / N_a} (row-stochastic; methods.md §1.2.2, a Hanse design choice);
 *   <li>the full projection R = V Vᵀ with zeroed diagonal, as a sparse list of positive dyads, only when asked
 *       ({@link #projection()}).
 * </ul>
 */
public final class DyadConnectivity {
  private final ServiceValueMatrix v;
  private volatile ConnectivityResult gnc;

  public DyadConnectivity(ServiceValueMatrix v) {
    this.v = v;
  }

  public ServiceValueMatrix matrix() {
    return v;
  }

  /** r_ab = Σ_j v_aj v_bj; 0 for a = b (the diagonal is excluded, methods.md §0). */
  public long connectivity(String a, String b) {
    return connectivity(v.requireRow(a), v.requireRow(b));
  }

  /** r_ab by row positions. */
  public long connectivity(int a, int b) {
    if (a == b) {
      return 0;
    }
    int ka = v.rowStart(a);
    int ea = v.rowStart(a + 1);
    int kb = v.rowStart(b);
    int eb = v.rowStart(b + 1);
    long sum = 0;
    while (ka < ea && kb < eb) {
      int ca = v.cellColumn(ka);
      int cb = v.cellColumn(kb);
      if (ca == cb) {
        sum += (long) v.cellValue(ka++) * v.cellValue(kb++);
      } else if (ca < cb) {
        ka++;
      } else {
        kb++;
      }
    }
    return sum;
  }

  /** p_ab = r_ab / (m · v_max²), the share of the maximum possible interlock (Taylor 2001, eq. 12). */
  public double proportional(String a, String b) {
    long denominator = (long) v.columnCount() * v.maxServiceValue() * v.maxServiceValue();
    return denominator == 0 ? 0 : (double) connectivity(a, b) / denominator;
  }

  /** d_ab = 1 − p_ab, Taylor's "service corporate distance" (2001, eq. 13). */
  public double distance(String a, String b) {
    return 1 - proportional(a, b);
  }

  /**
   * s_{a→b} = r_ab / N_a: how much of a's connectivity runs to b (methods.md §1.2.2, design choice). Throws when
   * N_a = 0, where the share is undefined.
   */
  public double directionalShare(String a, String b) {
    long na = gnc().connectivity(a);
    if (na == 0) {
      throw new ArithmeticException("directional share from " + a + " is undefined: its connectivity N_a is 0");
    }
    return (double) connectivity(a, b) / na;
  }

  /**
   * Taylor's asymmetric link read as {@code a_{a→b} = r_ab / (v_max² · |F_a|)}, F_a = firms present in a.
   *
   * <p><strong>Unverified</strong>: methods.md §1.2.1 records this as a faithful reading of the GaWC Data Set 7
   * description ("uses totals specific to each link … only firms located in a city are used to compute the new
   * totals"); the exact denominator of Taylor (2001) eq. 15 was not checked. Do not label it "Taylor eq. 15".
   * Throws when a has no firm.
   */
  public double asymmetricLinkUnverified(String a, String b) {
    int ra = v.requireRow(a);
    int firms = v.rowNonZeroCount(ra);
    if (firms == 0) {
      throw new ArithmeticException("asymmetric link from " + a + " is undefined: the city has no firm");
    }
    return (double) connectivity(ra, v.requireRow(b)) / ((long) v.maxServiceValue() * v.maxServiceValue() * firms);
  }

  /** GNC of every row (computed once, in O(nnz)). */
  public ConnectivityResult gnc() {
    ConnectivityResult r = gnc;
    if (r == null) {
      r = GlobalNetworkConnectivity.of(v);
      gnc = r;
    }
    return r;
  }

  /**
   * The weighted one-mode projection R = V Vᵀ (zero diagonal) as a sparse list of the dyads with r_ab &gt; 0.
   * Built row by row with a dense scratch vector (no hashing, no n × n matrix): the cost is Σ_j k_j² / 2 with k_j
   * the number of cities of firm j, plus, per city, either sorting the cities it met or, when it met many of the
   * cities after it, one pass over them; memory is the number of positive dyads (twice that while the result is
   * assembled).
   */
  public CityDyads projection() {
    int n = v.rowCount();
    int[][] rows = v.columnRows();
    int[][] vals = v.columnValues();
    // For city a, every city b > a sharing a firm accumulates v_aj v_bj in acc[b]; products of positive service
    // values are positive, so acc[b] == 0 means b has not been met yet.
    long[] acc = new long[n];
    int[] touched = new int[n];
    DyadBlocks out = new DyadBlocks();
    for (int a = 0; a < n; a++) {
      int count = 0;
      for (int k = v.rowStart(a); k < v.rowStart(a + 1); k++) {
        int j = v.cellColumn(k);
        long vaj = v.cellValue(k);
        int[] r = rows[j];
        int[] x = vals[j];
        for (int t = r.length - 1; t >= 0 && r[t] > a; t--) {
          int b = r[t];
          if (acc[b] == 0) {
            touched[count++] = b;
          }
          acc[b] += vaj * x[t];
        }
      }
      if (count == 0) {
        continue;
      }
      if ((long) count * 8 >= n - a - 1) {
        // met a large share of the cities after a: one ordered pass is cheaper than sorting
        for (int b = a + 1; b < n; b++) {
          if (acc[b] != 0) {
            out.add(a, b, acc[b]);
            acc[b] = 0;
          }
        }
      } else {
        java.util.Arrays.sort(touched, 0, count);
        for (int t = 0; t < count; t++) {
          int b = touched[t];
          out.add(a, b, acc[b]);
          acc[b] = 0;
        }
      }
    }
    Provenance p = Provenance.of("GaWC city-dyad connectivity r_ab (weighted one-mode projection)",
            GlobalNetworkConnectivity.CITATION)
        .withParameter("formula", "r_ab = Σ_j v_aj v_bj, r_aa = 0")
        .withData(v.description());
    return new CityDyads(v.rowIds(), out.first(), out.second(), out.weights(), p);
  }

  /** Dyads collected in fixed-size blocks (no copying while growing), joined once at the end. */
  private static final class DyadBlocks {
    private static final int BLOCK = 1 << 20;
    private final java.util.List<int[]> firstBlocks = new java.util.ArrayList<>();
    private final java.util.List<int[]> secondBlocks = new java.util.ArrayList<>();
    private final java.util.List<long[]> weightBlocks = new java.util.ArrayList<>();
    private int[] first = new int[0];
    private int[] second = new int[0];
    private long[] weight = new long[0];
    private int fill;
    private long size;

    void add(int a, int b, long w) {
      if (fill == first.length) {
        if (size + BLOCK > Integer.MAX_VALUE - 8) {
          throw new IllegalStateException("the projection has more than " + size
              + " positive dyads; use GNC or the dyads of chosen cities instead");
        }
        int length = (int) Math.min(BLOCK, Math.max(1024, size));
        first = new int[length];
        second = new int[length];
        weight = new long[length];
        firstBlocks.add(first);
        secondBlocks.add(second);
        weightBlocks.add(weight);
        fill = 0;
      }
      first[fill] = a;
      second[fill] = b;
      weight[fill++] = w;
      size++;
    }

    int[] first() {
      int[] all = new int[(int) size];
      int at = 0;
      for (int[] block : firstBlocks) {
        int length = (int) Math.min(block.length, size - at);
        System.arraycopy(block, 0, all, at, length);
        at += length;
      }
      return all;
    }

    int[] second() {
      int[] all = new int[(int) size];
      int at = 0;
      for (int[] block : secondBlocks) {
        int length = (int) Math.min(block.length, size - at);
        System.arraycopy(block, 0, all, at, length);
        at += length;
      }
      return all;
    }

    long[] weights() {
      long[] all = new long[(int) size];
      int at = 0;
      for (long[] block : weightBlocks) {
        int length = (int) Math.min(block.length, size - at);
        System.arraycopy(block, 0, all, at, length);
        at += length;
      }
      return all;
    }
  }

  /**
   * The projection as an undirected weighted graph with every covered city as a node (isolated ones included) and
   * an edge of weight r_ab for every positive dyad.
   */
  public WeightedGraph projectionGraph() {
    return projection().toGraph();
  }
}
