package org.hanse.analysis.wcn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;

/**
 * External versus internal connectivity of a city cluster in the interlocking network model (methods.md §1.6):
 * for a member a, {@code N_a^int = Σ_{i∈cluster, i≠a} r_ai} and {@code N_a^ext = Σ_{i∉cluster} r_ai}, so that
 * {@code N_a = N_a^int + N_a^ext}.
 *
 * <p>Computed in O(nnz) like GNC: with the cluster column totals {@code S_j^C = Σ_{i∈C} v_ij},
 * {@code N_a^int = Σ_j v_aj (S_j^C − v_aj)} (the same algebraic identity as §1.1 restricted to the cluster) and
 * {@code N_a^ext = N_a − N_a^int}. The cluster's external connectivity is {@code Σ_{a∈C} N_a^ext}; its internal
 * connectivity is {@code Σ_{a<b∈C} r_ab = ½ Σ_a N_a^int}.
 *
 * <p>Members that are not rows of the matrix were not covered by the data: they are listed in
 * {@link Result#missingMembers()} and contribute nothing (they are not counted as 0-connectivity cities).
 */
public final class ClusterConnectivity {
  private ClusterConnectivity() {}

  /**
   * @param v         the service-value matrix
   * @param clusterId id of the cluster, for the provenance
   * @param memberIds member city ids
   */
  public static Result of(ServiceValueMatrix v, String clusterId, Collection<String> memberIds) {
    Set<String> members = new LinkedHashSet<>(memberIds);
    List<String> covered = new ArrayList<>();
    List<Exclusion> missing = new ArrayList<>();
    for (String m : members) {
      if (v.covers(m)) {
        covered.add(m);
      } else {
        missing.add(new Exclusion(m, "not covered by the service-value matrix (" + v.description() + ")"));
      }
    }
    long[] clusterTotal = new long[v.columnCount()];
    int[] rows = covered.stream().mapToInt(v::requireRow).toArray();
    for (int a : rows) {
      for (int k = v.rowStart(a); k < v.rowStart(a + 1); k++) {
        clusterTotal[v.cellColumn(k)] += v.cellValue(k);
      }
    }
    List<Member> out = new ArrayList<>();
    long external = 0;
    long internalTwice = 0;
    for (int t = 0; t < rows.length; t++) {
      int a = rows[t];
      long total = 0;
      long internal = 0;
      for (int k = v.rowStart(a); k < v.rowStart(a + 1); k++) {
        long vaj = v.cellValue(k);
        int j = v.cellColumn(k);
        total += vaj * (v.columnTotal(j) - vaj);
        internal += vaj * (clusterTotal[j] - vaj);
      }
      out.add(new Member(covered.get(t), total, internal, total - internal));
      external += total - internal;
      internalTwice += internal;
    }
    Provenance p = Provenance.of("cluster external vs internal interlock connectivity",
            GlobalNetworkConnectivity.CITATION + "; external connectivity N_a^ext = Σ_{i∉cluster} r_ai, methods.md §1.6")
        .withParameter("cluster", clusterId)
        .withParameter("members", members.size())
        .withParameter("covered members", covered.size())
        .withData(v.description());
    if (!missing.isEmpty()) {
      p = p.withNote(missing.size() + " member(s) not covered by the data are left out, not counted as 0");
    }
    return new Result(clusterId, out, external, internalTwice / 2, missing, p);
  }

  /**
   * One member's connectivity split.
   *
   * @param cityId   member city
   * @param total    N_a
   * @param internal N_a^int, interlock with the other members
   * @param external N_a^ext, interlock with cities outside the cluster
   */
  public record Member(String cityId, long total, long internal, long external) {
    /** Share of the member's connectivity that runs outside the cluster; 0 when N_a = 0. */
    public double externalShare() {
      return total == 0 ? 0 : (double) external / total;
    }
  }

  /**
   * The split for the whole cluster.
   *
   * @param clusterId            cluster
   * @param members              covered members, in the order given
   * @param externalConnectivity Σ_a N_a^ext
   * @param internalConnectivity Σ_{a<b} r_ab among covered members
   * @param missingMembers       members not covered by the data
   * @param provenance           how it was computed
   */
  public record Result(
      String clusterId,
      List<Member> members,
      long externalConnectivity,
      long internalConnectivity,
      List<Exclusion> missingMembers,
      Provenance provenance) {
    public Result {
      members = List.copyOf(members);
      missingMembers = List.copyOf(missingMembers);
    }
  }
}
