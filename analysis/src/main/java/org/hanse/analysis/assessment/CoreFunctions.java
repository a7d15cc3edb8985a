package org.hanse.analysis.assessment;

import java.util.List;
import java.util.OptionalDouble;
import org.hanse.analysis.Provenance;
import org.hanse.model.Lang;

/**
 * The core diplomatic functions of a cluster, derived (never typed in) from location quotients of function counts
 * against all clusters, with sector connectivity as further evidence (methods.md §5, §9; mapping in
 * docs/metrics.md).
 *
 * @param functions  one entry per function of {@link CoreFunction}, in that order
 * @param provenance method, parameters and data
 */
public record CoreFunctions(List<Entry> functions, Provenance provenance) {
  public CoreFunctions {
    functions = List.copyOf(functions);
  }

  /** Whether the data make a function core, not core, or cannot decide. */
  public enum Status {
    CORE,
    NOT_CORE,
    UNDECIDED
  }

  /**
   * A member city that carries a function.
   *
   * @param cityId city
   * @param count  its function count
   * @param lq     its own location quotient against all member cities of all clusters; empty when undefined
   */
  public record MainCity(String cityId, double count, OptionalDouble lq) {}

  /**
   * One function for one cluster.
   *
   * @param function       which function
   * @param status         core, not core or undecided
   * @param lq             the cluster's location quotient; empty when undecided for lack of data
   * @param clusterCount   the cluster's function count (e_Cs)
   * @param clusterTotal   the cluster's count over all functions (e_C)
   * @param referenceCount the function count of all clusters (E_s)
   * @param referenceTotal the count of all clusters over all functions (E)
   * @param mainCities     members with the largest counts (up to three)
   * @param evidence       the indicator, the numbers behind the LQ, the sector connectivity, the reason for the
   *                       status, one line each
   */
  public record Entry(CoreFunction function, Status status, OptionalDouble lq, double clusterCount,
      double clusterTotal, double referenceCount, double referenceTotal, List<MainCity> mainCities,
      List<String> evidence) {
    public Entry {
      mainCities = List.copyOf(mainCities);
      evidence = List.copyOf(evidence);
    }

    public String name(Lang lang) {
      return function.label(lang);
    }
  }

  /** The core functions, in function order. */
  public List<Entry> core() {
    return functions.stream().filter(e -> e.status() == Status.CORE).toList();
  }

  /** The functions the data cannot decide. */
  public List<Entry> undecided() {
    return functions.stream().filter(e -> e.status() == Status.UNDECIDED).toList();
  }

  public Entry of(CoreFunction f) {
    return functions.stream().filter(e -> e.function() == f).findFirst().orElseThrow();
  }
}
