package org.hanse.analysis.spatial;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.model.City;

/**
 * Modified gravity model of inter-city linkage (methods.md §3; Zipf 1946 P1P2/D lineage, the form used in Chinese
 * urban-agglomeration studies): {@code R_ij = k · √(P_i G_i) · √(P_j G_j) / D_ij^b}, P = population, G = GDP,
 * D = distance, b = 2 by default. Directional variant (e.g. Yu &amp; Ma 2018, Scientia Geographica Sinica
 * 38(11):1875): {@code k_ij = G_i / (G_i + G_j)}, {@code R_{i→j} = k_ij · R_ij(k = 1)}, so that
 * {@code R_{i→j} + R_{j→i} = R_ij(k = 1)}. Derived: total linkage {@code R_i = Σ_j R_ij}, linkage share (经济隶属度)
 * {@code F_ij = R_ij / Σ_k R_ik}, central-city radiation shares.
 *
 * <p>D_ij = 0 between two different cities is refused (undefined, §3). P or G = 0 gives R = 0 (a valid
 * observation); a pair with G_i + G_j = 0 has no direction and both directional values are 0. Units must be the
 * same across years: the provenance records the ones given.
 */
public final class GravityModel {
  /** Citation carried in every result. */
  public static final String CITATION = "Zipf (1946) P1P2/D hypothesis; modified gravity with k_ij = G_i/(G_i+G_j)"
      + " (Yu & Ma 2018, Scientia Geographica Sinica 38(11):1875); methods.md §3";

  private final double k;
  private final double b;

  /** k = 1, b = 2. */
  public GravityModel() {
    this(1, 2);
  }

  /**
   * @param k gravitational constant
   * @param b distance-decay exponent (2 by default; can be estimated from flow data)
   */
  public GravityModel(double k, double b) {
    if (!(k > 0) || !(b >= 0)) {
      throw new IllegalArgumentException("need k > 0 and b ≥ 0: k=" + k + ", b=" + b);
    }
    this.k = k;
    this.b = b;
  }

  /** Great-circle distances in km between the cities, in list order (haversine, {@link City#distanceKm}). */
  public static double[][] greatCircleDistances(List<City> cities) {
    int n = cities.size();
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[i][j] = d[j][i] = cities.get(i).distanceKm(cities.get(j));
      }
    }
    return d;
  }

  /**
   * @param ids        cities
   * @param population P (e.g. resident population, 10k persons)
   * @param gdp        G (e.g. GDP, 100m CNY)
   * @param distance   symmetric D (e.g. km); the diagonal is ignored
   * @param units      description of the units, for the provenance (e.g. "P 10k persons, G 100m CNY, D km")
   */
  public Result compute(List<String> ids, double[] population, double[] gdp, double[][] distance, String units) {
    int n = ids.size();
    Inputs.requireNonNegative(ids, population, "population");
    Inputs.requireNonNegative(ids, gdp, "GDP");
    if (distance.length != n) {
      throw new IllegalArgumentException("distance matrix has " + distance.length + " rows, expected " + n);
    }
    List<String> zero = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        double d = distance[i][j];
        if (!(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("distance " + ids.get(i) + "–" + ids.get(j) + " is not a finite"
              + " non-negative number: " + d);
        }
        if (d != distance[j][i]) {
          throw new IllegalArgumentException("distance matrix is not symmetric at " + ids.get(i) + "–" + ids.get(j));
        }
        if (d == 0 && i < j) {
          zero.add(ids.get(i) + "–" + ids.get(j));
        }
      }
    }
    if (!zero.isEmpty()) {
      throw new IllegalArgumentException("gravity is undefined for distance 0 between different cities: " + zero);
    }
    double[] mass = new double[n];
    for (int i = 0; i < n; i++) {
      mass[i] = Math.sqrt(population[i] * gdp[i]);
    }
    double[][] r = new double[n][n];
    double[][] directional = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double base = mass[i] * mass[j] / Math.pow(distance[i][j], b);
        r[i][j] = r[j][i] = k * base;
        double g = gdp[i] + gdp[j];
        directional[i][j] = g > 0 ? gdp[i] / g * base : 0;
        directional[j][i] = g > 0 ? gdp[j] / g * base : 0;
      }
    }
    Provenance p = Provenance.of("modified gravity linkage", CITATION)
        .withParameter("k", k)
        .withParameter("b", b)
        .withParameter("formula", "R_ij = k √(P_i G_i) √(P_j G_j) / D_ij^b; R_i→j = G_i/(G_i+G_j) · R_ij(k=1)")
        .withParameter("units", units)
        .withData(n + " cities");
    return new Result(ids, r, directional, p);
  }

  /** Gravity linkages of a set of cities. */
  public static final class Result {
    private final List<String> ids;
    private final double[][] symmetric;
    private final double[][] directional;
    private final Provenance provenance;

    Result(List<String> ids, double[][] symmetric, double[][] directional, Provenance provenance) {
      this.ids = List.copyOf(ids);
      this.symmetric = symmetric;
      this.directional = directional;
      this.provenance = provenance;
    }

    public List<String> ids() {
      return ids;
    }

    private int index(String id) {
      int i = ids.indexOf(id);
      if (i < 0) {
        throw new java.util.NoSuchElementException("city " + id + " is not in the gravity model");
      }
      return i;
    }

    /** R_ij (with the model's k). */
    public double linkage(String i, String j) {
      return symmetric[index(i)][index(j)];
    }

    /** R_{i→j} = k_ij · R_ij(k = 1). */
    public double directional(String i, String j) {
      return directional[index(i)][index(j)];
    }

    /** R_i = Σ_j R_ij for every city. */
    public Scores totalLinkage() {
      double[] t = new double[ids.size()];
      for (int i = 0; i < t.length; i++) {
        for (double v : symmetric[i]) {
          t[i] += v;
        }
      }
      return new Scores("total gravity linkage", ids, t, List.<Exclusion>of(), provenance);
    }

    /** F_ij = R_ij / Σ_k R_ik; throws when city i has no linkage at all. */
    public double linkageShare(String i, String j) {
      int a = index(i);
      double total = 0;
      for (double v : symmetric[a]) {
        total += v;
      }
      if (total == 0) {
        throw new ArithmeticException("linkage share of " + i + " is undefined: its total linkage is 0");
      }
      return symmetric[a][index(j)] / total;
    }

    /** The central city's share of all linkage in the set: Σ_j R_cj / Σ_{i<j} R_ij (0 when there is none). */
    public double centralShareOfAllLinkage(String central) {
      int c = index(central);
      double mine = 0;
      double all = 0;
      for (int i = 0; i < ids.size(); i++) {
        mine += symmetric[c][i];
        for (int j = i + 1; j < ids.size(); j++) {
          all += symmetric[i][j];
        }
      }
      return all == 0 ? 0 : mine / all;
    }

    /** The central city's share of all out-directed linkage: Σ_j R_{c→j} / Σ_{i≠j} R_{i→j}. */
    public double centralShareOfOutLinkage(String central) {
      int c = index(central);
      double mine = 0;
      double all = 0;
      for (int i = 0; i < ids.size(); i++) {
        mine += directional[c][i];
        for (int j = 0; j < ids.size(); j++) {
          all += directional[i][j];
        }
      }
      return all == 0 ? 0 : mine / all;
    }

    /**
     * The directed network of R_{i→j}, keeping for each i the ties with R_{i→j} ≥ the mean of i's row over the
     * other cities (the most common rule, §3); weights are R_{i→j}.
     */
    public WeightedGraph networkAboveRowMean() {
      WeightedGraph.Builder g = WeightedGraph.directed();
      ids.forEach(g::node);
      int n = ids.size();
      for (int i = 0; i < n; i++) {
        double mean = 0;
        for (int j = 0; j < n; j++) {
          mean += i == j ? 0 : directional[i][j];
        }
        mean = n > 1 ? mean / (n - 1) : 0;
        for (int j = 0; j < n; j++) {
          if (i != j && directional[i][j] > 0 && directional[i][j] >= mean) {
            g.edge(ids.get(i), ids.get(j), directional[i][j]);
          }
        }
      }
      return g.build();
    }

    /** The undirected network of all positive R_ij. */
    public WeightedGraph network() {
      WeightedGraph.Builder g = WeightedGraph.undirected();
      ids.forEach(g::node);
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          if (symmetric[i][j] > 0) {
            g.edge(ids.get(i), ids.get(j), symmetric[i][j]);
          }
        }
      }
      return g.build();
    }

    public Provenance provenance() {
      return provenance;
    }
  }
}
