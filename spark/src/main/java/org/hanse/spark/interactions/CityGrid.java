package org.hanse.spark.interactions;

import java.io.Serializable;
import org.hanse.model.Geo;

/**
 * A latitude/longitude grid that turns "nearest city within r km" into an equi-join: every city is copied into each
 * grid cell that its disc of radius r touches, every point falls in exactly one cell, and only the cities of that
 * cell are candidates. Cells are at least the radius in degrees of latitude ({@code r / R} radians) on each side
 * (180° and 360° divided into whole numbers of cells), so a mid-latitude city occupies a few cells and each point
 * meets a handful of candidates, not every city.
 *
 * <p>The cells a disc touches are found from its exact latitude band {@code φ ± δ} and longitude half-width
 * {@code asin(sin δ / cos φ)} (δ = r / R, the angular radius; the longitude extent of a spherical cap), widened by
 * a small margin; a cap that reaches a pole takes every longitude cell of its band. The candidate set is thus a
 * superset of the cities within r, and the exact haversine distance ({@link Geo#haversineKm}) decides.
 */
public final class CityGrid implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Widening of the covered box, in degrees, against rounding at cell borders. */
  private static final double MARGIN_DEG = 1e-6;

  private final double radiusKm;
  private final double latCellDeg;
  private final double lonCellDeg;
  private final int latCells;
  private final int lonCells;

  public CityGrid(double radiusKm) {
    if (!(radiusKm > 0) || radiusKm > 2000) {
      throw new IllegalArgumentException("radius must be in (0, 2000] km: " + radiusKm);
    }
    this.radiusKm = radiusKm;
    double radiusDeg = Math.toDegrees(radiusKm / Geo.EARTH_RADIUS_KM);
    // Whole numbers of cells span 180° and 360°, so that wrapping a column index by lonCells moves exactly 360°
    // and longitude 180 falls in the same cell as −180. Cells are thus at least the radius wide.
    this.latCells = Math.max(1, (int) Math.floor(180 / radiusDeg));
    this.lonCells = Math.max(1, (int) Math.floor(360 / radiusDeg));
    this.latCellDeg = 180.0 / latCells;
    this.lonCellDeg = 360.0 / lonCells;
  }

  public double radiusKm() {
    return radiusKm;
  }

  /** Number of cells in the grid (latitude bands × longitude columns). */
  public long cellCount() {
    return (long) latCells * lonCells;
  }

  /** The cell of a point; longitude 180 and −180 share a cell column. */
  public long cellOf(double lat, double lon) {
    return key(latIndex(lat), lonIndex(lon));
  }

  /** Every cell that the disc of radius r around the point touches. */
  public long[] cellsCovering(double lat, double lon) {
    double deltaDeg = Math.toDegrees(radiusKm / Geo.EARTH_RADIUS_KM) + MARGIN_DEG;
    int latLo = latIndex(Math.max(-90, lat - deltaDeg));
    int latHi = latIndex(Math.min(90, lat + deltaDeg));
    double delta = radiusKm / Geo.EARTH_RADIUS_KM;
    double s = Math.sin(delta) / Math.cos(Math.toRadians(lat));
    boolean allLongitudes = lat + deltaDeg >= 90 || lat - deltaDeg <= -90 || !(s < 1);
    int lonLo;
    int lonHi;
    if (allLongitudes) {
      lonLo = 0;
      lonHi = lonCells - 1;
    } else {
      double halfWidth = Math.toDegrees(Math.asin(s)) + MARGIN_DEG;
      lonLo = (int) Math.floor((lon - halfWidth + 180) / lonCellDeg);
      lonHi = (int) Math.floor((lon + halfWidth + 180) / lonCellDeg);
      if (lonHi - lonLo + 1 >= lonCells) {
        lonLo = 0;
        lonHi = lonCells - 1;
      }
    }
    int width = lonHi - lonLo + 1;
    long[] out = new long[(latHi - latLo + 1) * width];
    int k = 0;
    for (int a = latLo; a <= latHi; a++) {
      for (int b = lonLo; b <= lonHi; b++) {
        out[k++] = key(a, Math.floorMod(b, lonCells));
      }
    }
    return out;
  }

  private int latIndex(double lat) {
    return Math.min(latCells - 1, Math.max(0, (int) Math.floor((lat + 90) / latCellDeg)));
  }

  private int lonIndex(double lon) {
    return Math.floorMod((int) Math.floor((lon + 180) / lonCellDeg), lonCells);
  }

  private long key(int latIndex, int lonIndex) {
    return (long) latIndex * lonCells + lonIndex;
  }
}
