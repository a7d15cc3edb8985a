package org.hanse.spark.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.hanse.model.Geo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CityGridTest {
  /**
   * For random cities (over-sampling the poles and the antimeridian) and random points within the radius, the
   * point's cell is always among the cells the city covers: the grid join never loses a match.
   */
  @ParameterizedTest
  @ValueSource(doubles = {0.5, 7, 25, 100, 700})
  void everyPointWithinTheRadiusFallsInACellTheCityCovers(double radiusKm) {
    CityGrid grid = new CityGrid(radiusKm);
    Random rnd = new Random(Double.doubleToLongBits(radiusKm));
    int checked = 0;
    for (int i = 0; i < 4000; i++) {
      double lat = switch (i % 4) {
        case 0 -> 90 - rnd.nextDouble() * 3;
        case 1 -> -90 + rnd.nextDouble() * 3;
        default -> rnd.nextDouble() * 180 - 90;
      };
      double lon = i % 3 == 0 ? (rnd.nextBoolean() ? 180 - rnd.nextDouble() : -180 + rnd.nextDouble())
          : rnd.nextDouble() * 360 - 180;
      long[] covered = grid.cellsCovering(lat, lon);
      Arrays.sort(covered);
      for (int k = 0; k < 5; k++) {
        double pLat = Math.max(-90, Math.min(90, lat + (rnd.nextDouble() * 2 - 1) * radiusKm / 111.0 * 1.2));
        // East-west spread of the radius at this latitude (all longitudes near a pole).
        double spread = Math.min(180, radiusKm / (111.0 * Math.max(Math.cos(Math.toRadians(pLat)), 1e-3)) * 1.2);
        double pLon = lon + (rnd.nextDouble() * 2 - 1) * spread;
        pLon = ((pLon + 540) % 360) - 180;
        if (Geo.haversineKm(lat, lon, pLat, pLon) <= radiusKm) {
          assertThat(Arrays.binarySearch(covered, grid.cellOf(pLat, pLon)))
              .as("point (%s, %s) within %s km of (%s, %s)", pLat, pLon, radiusKm, lat, lon).isNotNegative();
          checked++;
        }
      }
    }
    assertThat(checked).as("enough points inside the radius were tried").isGreaterThan(200);
  }

  @ParameterizedTest
  @ValueSource(doubles = {10, 25})
  void aMidLatitudeCityCoversAHandfulOfCellsNotTheWholeGrid(double radiusKm) {
    CityGrid grid = new CityGrid(radiusKm);
    assertThat(grid.cellsCovering(31.2, 121.5).length).isBetween(4, 16);
    assertThat(grid.cellOf(10, 180)).isEqualTo(grid.cellOf(10, -180));
  }
}
