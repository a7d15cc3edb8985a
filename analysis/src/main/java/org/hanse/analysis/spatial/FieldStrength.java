package org.hanse.analysis.spatial;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Provenance;

/**
 * Urban field strength (城市场强) and field-strength hinterlands (methods.md §3): {@code F_ik = Z_i / d_ik^a}, Z_i =
 * composite quality score of centre i (e.g. an entropy or TOPSIS index, §4), a = 2 by default. Each target (county,
 * grid cell, city) belongs to the centre with the largest F_ik: a weighted-Voronoi hinterland.
 *
 * <p>A target at distance 0 from a centre belongs to it (its field there is unbounded). Equal largest strengths
 * are resolved to the centre with the smallest id and reported in {@link Assignment#tiedCentres()}, never hidden.
 */
public final class FieldStrength {
  /** Citation carried in every result. */
  public static final String CITATION = "urban field strength F_ik = Z_i / d_ik^a (weighted-Voronoi hinterland);"
      + " methods.md §3";

  private final double exponent;

  /** a = 2. */
  public FieldStrength() {
    this(2);
  }

  public FieldStrength(double exponent) {
    if (!(exponent >= 0)) {
      throw new IllegalArgumentException("distance exponent must be ≥ 0: " + exponent);
    }
    this.exponent = exponent;
  }

  /** F = Z / d^a for one centre and one place; d must be positive. */
  public double strength(double quality, double distance) {
    if (!(distance > 0)) {
      throw new IllegalArgumentException("distance must be positive: " + distance);
    }
    if (!(quality >= 0)) {
      throw new IllegalArgumentException("quality score must be ≥ 0: " + quality);
    }
    return quality / Math.pow(distance, exponent);
  }

  /**
   * Assigns every target to the centre of largest field strength.
   *
   * @param centreIds centres
   * @param quality   Z of each centre (≥ 0, no NaN)
   * @param targetIds targets
   * @param distance  {@code distance[target][centre]}
   */
  public Result hinterlands(List<String> centreIds, double[] quality, List<String> targetIds, double[][] distance) {
    Inputs.requireNonNegative(centreIds, quality, "quality score");
    if (distance.length != targetIds.size()) {
      throw new IllegalArgumentException("distance has " + distance.length + " rows, expected " + targetIds.size());
    }
    List<Assignment> out = new ArrayList<>();
    for (int t = 0; t < targetIds.size(); t++) {
      if (distance[t].length != centreIds.size()) {
        throw new IllegalArgumentException("distance row of " + targetIds.get(t) + " has wrong length");
      }
      double[] f = new double[centreIds.size()];
      int best = -1;
      List<String> tied = new ArrayList<>();
      for (int c = 0; c < centreIds.size(); c++) {
        double d = distance[t][c];
        if (!(d >= 0) || Double.isInfinite(d)) {
          throw new IllegalArgumentException("distance " + targetIds.get(t) + "–" + centreIds.get(c) + " is " + d);
        }
        f[c] = d == 0 ? Double.POSITIVE_INFINITY : quality[c] / Math.pow(d, exponent);
      }
      for (int c = 0; c < f.length; c++) {
        if (best < 0 || f[c] > f[best]
            || (f[c] == f[best] && centreIds.get(c).compareTo(centreIds.get(best)) < 0)) {
          best = c;
        }
      }
      for (int c = 0; c < f.length; c++) {
        if (c != best && f[c] == f[best]) {
          tied.add(centreIds.get(c));
        }
      }
      out.add(new Assignment(targetIds.get(t), centreIds.get(best), f[best], f, tied));
    }
    Provenance p = Provenance.of("field-strength hinterlands", CITATION)
        .withParameter("exponent a", exponent)
        .withData(centreIds.size() + " centres, " + targetIds.size() + " targets");
    return new Result(centreIds, out, p);
  }

  /**
   * @param targetId    the place
   * @param centreId    the centre it belongs to
   * @param strength    that centre's field strength there (infinite at distance 0)
   * @param strengths   field strength of every centre, in centre order
   * @param tiedCentres other centres with the same largest strength
   */
  public record Assignment(String targetId, String centreId, double strength, double[] strengths,
      List<String> tiedCentres) {
    public Assignment {
      strengths = strengths.clone();
      tiedCentres = List.copyOf(tiedCentres);
    }
  }

  /**
   * @param centreIds   centres
   * @param assignments one per target
   * @param provenance  how it was computed
   */
  public record Result(List<String> centreIds, List<Assignment> assignments, Provenance provenance) {
    public Result {
      centreIds = List.copyOf(centreIds);
      assignments = List.copyOf(assignments);
    }

    /** The targets of one centre. */
    public List<String> hinterlandOf(String centreId) {
      return assignments.stream().filter(a -> a.centreId().equals(centreId)).map(Assignment::targetId).toList();
    }
  }
}
