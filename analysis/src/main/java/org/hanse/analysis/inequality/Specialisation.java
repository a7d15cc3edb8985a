package org.hanse.analysis.inequality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;

/**
 * Specialisation and structural similarity on a city × sector (or city × function) matrix of non-negative
 * amounts e_is (employment, counts of consulates, IO offices, events …), methods.md §5:
 *
 * <ul>
 *   <li>location quotient (区位熵) {@code LQ_is = (e_is / e_i) / (E_s / E)}: LQ &gt; 1 ⇒ i is specialised in s;
 *       and the cluster LQ, members summed, against a reference set (the core diplomatic functions of a cluster
 *       are those with LQ ≥ 1, a Hanse design choice);</li>
 *   <li>Krugman specialisation (dissimilarity) index (Krugman 1991, Geography and Trade)
 *       {@code K_ab = Σ_s |s_as − s_bs|} on sector shares: 0 identical … 2 completely different;</li>
 *   <li>structural similarity coefficient (产业结构相似系数, UNIDO 1979)
 *       {@code S_ab = Σ_s x_as x_bs / √(Σ_s x_as² · Σ_s x_bs²)} (cosine): near 1 ⇒ homogeneous structure.</li>
 * </ul>
 *
 * Rows whose total is 0 have no shares: they are excluded and listed. Sectors whose total is 0 have no LQ and are
 * excluded from LQ results and listed.
 */
public final class Specialisation {
  /** Citation carried in every result. */
  public static final String CITATION = "location quotient (Florence 1939; methods.md §5); Krugman (1991) Geography"
      + " and Trade; UNIDO (1979) structural similarity coefficient";

  private Specialisation() {}

  /** A matrix result (LQ, K or S) with what was excluded. */
  public record MatrixResult(LabelledMatrix values, List<Exclusion> excluded, Provenance provenance) {
    public MatrixResult {
      excluded = List.copyOf(excluded);
    }
  }

  /** LQ of every (row, sector) with positive row and sector totals. */
  public static MatrixResult locationQuotients(LabelledMatrix e) {
    requireNonNegative(e);
    List<Exclusion> excluded = new ArrayList<>();
    double[] rowTotal = new double[e.rows()];
    double[] colTotal = new double[e.columns()];
    double grand = 0;
    for (int i = 0; i < e.rows(); i++) {
      for (int s = 0; s < e.columns(); s++) {
        rowTotal[i] += e.get(i, s);
        colTotal[s] += e.get(i, s);
        grand += e.get(i, s);
      }
    }
    List<Integer> rows = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    for (int i = 0; i < e.rows(); i++) {
      if (rowTotal[i] > 0) {
        rows.add(i);
      } else {
        excluded.add(new Exclusion(e.rowIds().get(i), "row total is 0: no sector shares"));
      }
    }
    for (int s = 0; s < e.columns(); s++) {
      if (colTotal[s] > 0) {
        cols.add(s);
      } else {
        excluded.add(new Exclusion(e.columnIds().get(s), "sector total is 0: no location quotient"));
      }
    }
    double[][] lq = new double[rows.size()][cols.size()];
    for (int a = 0; a < rows.size(); a++) {
      for (int b = 0; b < cols.size(); b++) {
        int i = rows.get(a);
        int s = cols.get(b);
        lq[a][b] = (e.get(i, s) / rowTotal[i]) / (colTotal[s] / grand);
      }
    }
    Provenance p = Provenance.of("location quotient", CITATION)
        .withParameter("formula", "LQ_is = (e_is/e_i)/(E_s/E)")
        .withData(e.rows() + " rows x " + e.columns() + " sectors");
    return new MatrixResult(new LabelledMatrix(rows.stream().map(e.rowIds()::get).toList(),
        cols.stream().map(e.columnIds()::get).toList(), lq), excluded, p);
  }

  /**
   * The LQ of a group of rows (a cluster, members summed) against a reference set of rows (e.g. all clusters or a
   * world sample), one value per sector: {@code LQ_Cs = (Σ_{i∈C} e_is / Σ_{i∈C} e_i) / (Σ_{i∈R} e_is / Σ_{i∈R} e_i)}.
   * Members or reference rows missing from the matrix are listed; sectors absent from the reference are excluded.
   *
   * @return a one-row matrix with the group id as row id
   */
  public static MatrixResult groupLocationQuotients(LabelledMatrix e, String groupId, Collection<String> members,
      Collection<String> reference) {
    requireNonNegative(e);
    List<Exclusion> excluded = new ArrayList<>();
    double[] group = sumRows(e, members, excluded, "member");
    double[] ref = sumRows(e, reference, excluded, "reference row");
    double groupTotal = Values.sum(group);
    double refTotal = Values.sum(ref);
    if (groupTotal == 0 || refTotal == 0) {
      throw new ArithmeticException("group or reference total is 0: no location quotients");
    }
    List<String> cols = new ArrayList<>();
    List<Double> lq = new ArrayList<>();
    for (int s = 0; s < e.columns(); s++) {
      if (ref[s] == 0) {
        excluded.add(new Exclusion(e.columnIds().get(s), "sector total of the reference is 0"));
        continue;
      }
      cols.add(e.columnIds().get(s));
      lq.add((group[s] / groupTotal) / (ref[s] / refTotal));
    }
    Provenance p = Provenance.of("group location quotient", CITATION)
        .withParameter("group", groupId)
        .withParameter("reference rows", reference.size())
        .withData(e.rows() + " rows x " + e.columns() + " sectors");
    return new MatrixResult(new LabelledMatrix(List.of(groupId), cols,
        new double[][] {lq.stream().mapToDouble(Double::doubleValue).toArray()}), excluded, p);
  }

  private static double[] sumRows(LabelledMatrix e, Collection<String> ids, List<Exclusion> excluded, String what) {
    double[] s = new double[e.columns()];
    Set<String> unique = new LinkedHashSet<>(ids);
    for (String id : unique) {
      if (!e.hasRow(id)) {
        excluded.add(new Exclusion(id, what + " has no row in the matrix"));
        continue;
      }
      int i = e.rowIndexOf(id);
      for (int c = 0; c < s.length; c++) {
        s[c] += e.get(i, c);
      }
    }
    return s;
  }

  /** K_ab = Σ_s |s_as − s_bs| for two rows; throws when a row total is 0. */
  public static double krugman(LabelledMatrix e, String a, String b) {
    requireNonNegative(e);
    double[] sa = shares(e, a);
    double[] sb = shares(e, b);
    double k = 0;
    for (int s = 0; s < sa.length; s++) {
      k += Math.abs(sa[s] - sb[s]);
    }
    return k;
  }

  /** S_ab = cosine of the two rows; throws when a row is all zero. */
  public static double structuralSimilarity(LabelledMatrix e, String a, String b) {
    requireNonNegative(e);
    int i = e.rowIndexOf(a);
    int j = e.rowIndexOf(b);
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int s = 0; s < e.columns(); s++) {
      dot += e.get(i, s) * e.get(j, s);
      na += e.get(i, s) * e.get(i, s);
      nb += e.get(j, s) * e.get(j, s);
    }
    if (na == 0 || nb == 0) {
      throw new ArithmeticException("structural similarity is undefined for an all-zero row");
    }
    return dot / Math.sqrt(na * nb);
  }

  /** K for every pair of rows with a positive total (rows × rows, diagonal 0). */
  public static MatrixResult krugmanMatrix(LabelledMatrix e) {
    return pairwise(e, true);
  }

  /** S for every pair of rows with a positive total (rows × rows, diagonal 1). */
  public static MatrixResult structuralSimilarityMatrix(LabelledMatrix e) {
    return pairwise(e, false);
  }

  private static MatrixResult pairwise(LabelledMatrix e, boolean krugman) {
    requireNonNegative(e);
    List<Exclusion> excluded = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < e.rows(); i++) {
      double t = 0;
      for (int s = 0; s < e.columns(); s++) {
        t += e.get(i, s);
      }
      if (t > 0) {
        kept.add(e.rowIds().get(i));
      } else {
        excluded.add(new Exclusion(e.rowIds().get(i), "row total is 0"));
      }
    }
    double[][] m = new double[kept.size()][kept.size()];
    for (int a = 0; a < kept.size(); a++) {
      for (int b = 0; b < kept.size(); b++) {
        m[a][b] = krugman ? krugman(e, kept.get(a), kept.get(b)) : structuralSimilarity(e, kept.get(a), kept.get(b));
      }
    }
    Provenance p = Provenance.of(krugman ? "Krugman specialisation index" : "structural similarity coefficient",
        CITATION).withData(e.rows() + " rows x " + e.columns() + " sectors");
    return new MatrixResult(new LabelledMatrix(kept, kept, m), excluded, p);
  }

  private static double[] shares(LabelledMatrix e, String id) {
    double[] r = e.row(e.rowIndexOf(id));
    double t = Values.sum(r);
    if (t == 0) {
      throw new ArithmeticException("row " + id + " has total 0: no sector shares");
    }
    for (int s = 0; s < r.length; s++) {
      r[s] /= t;
    }
    return r;
  }

  private static void requireNonNegative(LabelledMatrix e) {
    for (int i = 0; i < e.rows(); i++) {
      for (int s = 0; s < e.columns(); s++) {
        if (e.get(i, s) < 0) {
          throw new IllegalArgumentException("negative amount at (" + e.rowIds().get(i) + ", "
              + e.columnIds().get(s) + ")");
        }
      }
    }
  }
}
