package org.hanse.analysis.wcn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hanse.analysis.Provenance;

/**
 * Global network connectivity (GNC) of the GaWC interlocking network model, methods.md §1.1.
 *
 * <p>{@code N_a = Σ_{i≠a} r_ai} with the city-dyad connectivity {@code r_ab = Σ_j v_aj v_bj}. It is computed with
 * the algebraic shortcut {@code N_a = Σ_j v_aj (S_j − v_aj)}, {@code S_j = Σ_i v_ij}, in O(nnz) time and without
 * the n × n matrix, in exact {@code long} arithmetic (methods.md §0, §1.1 [M, algebraic identity]).
 *
 * <p>Sources: Taylor (2001) "Specification of the World City Network", Geographical Analysis 33(2):181-194 (GaWC
 * RB23); Taylor, Catalano & Walker (2002) "Measurement of the World City Network", Urban Studies 39(13):2367-2376
 * (GaWC RB43); sector (functional) connectivity after Taylor (2004) World City Network, ch. 4.
 */
public final class GlobalNetworkConnectivity {
  /** Citation carried in every result. */
  public static final String CITATION =
      "Taylor (2001) Geographical Analysis 33(2):181-194 (GaWC RB23); Taylor, Catalano & Walker (2002) Urban Studies"
          + " 39(13):2367-2376 (GaWC RB43); methods.md §1.1";

  private GlobalNetworkConnectivity() {}

  /** GNC of every row of the matrix. */
  public static ConnectivityResult of(ServiceValueMatrix v) {
    int n = v.rowCount();
    long[] gnc = new long[n];
    for (int a = 0; a < n; a++) {
      long sum = 0;
      for (int k = v.rowStart(a); k < v.rowStart(a + 1); k++) {
        int vaj = v.cellValue(k);
        sum += (long) vaj * (v.columnTotal(v.cellColumn(k)) - vaj);
      }
      gnc[a] = sum;
    }
    Provenance p = Provenance.of("GaWC global network connectivity (GNC)", CITATION)
        .withParameter("formula", "N_a = Σ_j v_aj (S_j − v_aj)")
        .withParameter("cities", n)
        .withParameter("firms", v.columnCount())
        .withParameter("non-zero cells", v.nonZeroCount())
        .withData(v.description());
    return new ConnectivityResult(v.rowIds(), gnc, v.rowIndexMap(), p);
  }

  /**
   * Functional connectivity: GNC computed on the firms of one sector only (Taylor 2004 ch. 4; methods.md §1.1).
   */
  public static ConnectivityResult ofSector(ServiceValueMatrix v, String sector) {
    ConnectivityResult r = of(v.restrictToSector(sector));
    return r.withProvenance(r.provenance().withParameter("sector", sector));
  }

  /** The functional connectivity profile: one result per sector, in column order of first appearance. */
  public static Map<String, ConnectivityResult> bySector(ServiceValueMatrix v) {
    Map<String, ConnectivityResult> out = new LinkedHashMap<>();
    for (String s : v.sectors()) {
      out.put(s, ofSector(v, s));
    }
    return out;
  }
}
