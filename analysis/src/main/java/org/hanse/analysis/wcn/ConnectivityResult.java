package org.hanse.analysis.wcn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Ranks;
import org.hanse.analysis.Scores;

/**
 * Global network connectivity of every city covered by a service-value matrix (methods.md §1.1): the integer
 * connectivity N_a, the total network connectivity T = Σ_a N_a, the proportional connectivity
 * P_a = N_a / max_b N_b (the number GaWC publishes, London = 1.00 in 2000) and the share N_a / T.
 *
 * <p>A city with an all-zero row stays in the result with N_a = 0 and ranks last (§1.3). A city that is not a row
 * of the matrix was not covered by the data: {@link #find(String)} returns empty for it, never 0.
 */
public final class ConnectivityResult {
  private final List<String> cityIds;
  private final long[] connectivity;
  private final Map<String, Integer> index;
  private final long total;
  private final long max;
  private final Provenance provenance;
  private volatile int[] ranks;

  /**
   * @param cityIds      covered cities
   * @param connectivity N_a in the order of {@code cityIds}; the result keeps this array, so the caller must not
   *                     change it afterwards
   * @param index        city id → position in {@code cityIds}, read only (the matrix's own row index, so that
   *                     a result costs no hashing of every city id: GNC stays O(nnz) plus an array pass over the
   *                     cities)
   */
  ConnectivityResult(List<String> cityIds, long[] connectivity, Map<String, Integer> index, Provenance provenance) {
    if (cityIds.size() != connectivity.length || index.size() != connectivity.length) {
      throw new IllegalArgumentException(cityIds.size() + " cities, " + connectivity.length + " values and "
          + index.size() + " index entries");
    }
    this.cityIds = List.copyOf(cityIds);
    this.connectivity = connectivity;
    this.index = index;
    long t = 0;
    long m = 0;
    for (long c : connectivity) {
      t += c;
      m = Math.max(m, c);
    }
    this.total = t;
    this.max = m;
    this.provenance = provenance;
  }

  ConnectivityResult withProvenance(Provenance p) {
    return new ConnectivityResult(cityIds, connectivity, index, p);
  }

  /** Covered cities, in the row order of the matrix. */
  public List<String> cityIds() {
    return cityIds;
  }

  /** N_a of a covered city; throws for a city that is not covered. */
  public long connectivity(String cityId) {
    Integer i = index.get(cityId);
    if (i == null) {
      throw new NoSuchElementException("city " + cityId + " is not covered by the service-value matrix");
    }
    return connectivity[i];
  }

  /** N_a, or empty when the city is not covered by the data. */
  public OptionalLong find(String cityId) {
    Integer i = index.get(cityId);
    return i == null ? OptionalLong.empty() : OptionalLong.of(connectivity[i]);
  }

  /** N_a in the order of {@link #cityIds()}. */
  public long[] connectivities() {
    return connectivity.clone();
  }

  /** T = Σ_a N_a = 2 Σ_{a<b} r_ab. */
  public long totalConnectivity() {
    return total;
  }

  /** max_a N_a (0 when every row is empty). */
  public long maxConnectivity() {
    return max;
  }

  /** P_a = N_a / max_b N_b; 0 for all cities when every N is 0 (no interlock at all). */
  public double proportional(String cityId) {
    return max == 0 ? 0 : (double) connectivity(cityId) / max;
  }

  /** N_a / T; 0 for all cities when T = 0. */
  public double share(String cityId) {
    return total == 0 ? 0 : (double) connectivity(cityId) / total;
  }

  /** Cities whose rows are all zero (covered, connectivity 0, §1.3). */
  public List<String> isolatedCities() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < connectivity.length; i++) {
      if (connectivity[i] == 0) {
        out.add(cityIds.get(i));
      }
    }
    return out;
  }

  /** Competition rank by N_a, 1 = most connected; equal N share a rank. */
  public int rank(String cityId) {
    int i = index.getOrDefault(cityId, -1);
    if (i < 0) {
      throw new NoSuchElementException("city " + cityId + " is not covered by the service-value matrix");
    }
    int[] r = ranks;
    if (r == null) {
      r = Ranks.competitionDescending(asDoubles(), cityIds);
      ranks = r;
    }
    return r[i];
  }

  /** Cities by decreasing N_a, ties by id. */
  public List<Entry> ranking() {
    double[] d = asDoubles();
    int[] order = Ranks.orderDescending(d, cityIds);
    int[] rank = Ranks.competitionDescending(d, cityIds);
    List<Entry> out = new ArrayList<>();
    for (int i : order) {
      out.add(new Entry(cityIds.get(i), connectivity[i], max == 0 ? 0 : (double) connectivity[i] / max,
          total == 0 ? 0 : (double) connectivity[i] / total, rank[i]));
    }
    return out;
  }

  /** The proportional connectivities P_a as general scores. */
  public Scores proportionalScores() {
    double[] p = new double[connectivity.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = max == 0 ? 0 : (double) connectivity[i] / max;
    }
    return new Scores("proportional GNC", cityIds, p, List.<Exclusion>of(),
        provenance.withParameter("scaling", "P_a = N_a / max_b N_b"));
  }

  /** The integer connectivities N_a as general scores. */
  public Scores connectivityScores() {
    return new Scores("GNC", cityIds, asDoubles(), List.<Exclusion>of(), provenance);
  }

  private double[] asDoubles() {
    double[] d = new double[connectivity.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = connectivity[i];
    }
    return d;
  }

  public Provenance provenance() {
    return provenance;
  }

  /**
   * One city of the ranking.
   *
   * @param cityId       city
   * @param connectivity N_a
   * @param proportional P_a = N_a / max N
   * @param share        N_a / T
   * @param rank         competition rank
   */
  public record Entry(String cityId, long connectivity, double proportional, double share, int rank) {}
}
