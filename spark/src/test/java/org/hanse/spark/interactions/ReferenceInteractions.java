package org.hanse.spark.interactions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hanse.model.Geo;

/**
 * A straightforward single-threaded computation of city-pair interactions from GDELT lines, written from the
 * codebook's field positions (not from the job's code): the reference the Spark job must equal.
 */
final class ReferenceInteractions {
  record City(String id, double lat, double lon) {}

  /** Sums of one (pair, month, class). */
  static final class Cell {
    long events;
    long aToB;
    long mentions;
    double goldsteinSum;
    long goldsteinCount;
    double toneSum;
    long toneCount;
  }

  /** Field positions: SQLDATE, QuadClass, NumMentions, Goldstein, AvgTone, then type/lat/lon/fid × 3 geographies. */
  private static final int[] V2 = {1, 29, 31, 30, 34, 35, 40, 41, 42, 43, 48, 49, 50, 51, 56, 57, 58};
  private static final int[] V1 = {1, 29, 31, 30, 34, 35, 39, 40, 41, 42, 46, 47, 48, 49, 53, 54, 55};

  final Map<String, Cell> cells = new TreeMap<>();
  long malformed;
  long noCity;
  long sameCity;
  long paired;

  ReferenceInteractions(List<String> lines, List<City> cities, double radiusKm, Set<Integer> types, boolean fallback) {
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      int[] ix = f.length == 61 ? V2 : (f.length == 58 || f.length == 57) ? V1 : null;
      if (ix == null) {
        malformed++;
        continue;
      }
      String date = f[ix[0]].trim();
      String month = null;
      if (date.matches("\\d{8}")) {
        int y = Integer.parseInt(date.substring(0, 4));
        int m = Integer.parseInt(date.substring(4, 6));
        int d = Integer.parseInt(date.substring(6, 8));
        if (y >= 1800 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
          month = String.format("%04d-%02d", y, m);
        }
      }
      String cls = switch (f[ix[1]].trim()) {
        case "1" -> "verbal_cooperation";
        case "2" -> "material_cooperation";
        case "3" -> "verbal_conflict";
        case "4" -> "material_conflict";
        default -> null;
      };
      if (month == null || cls == null) {
        malformed++;
        continue;
      }
      String[] action = geo(f, ix, 13, types);
      String[] e1 = geo(f, ix, 5, types);
      String[] e2 = geo(f, ix, 9, types);
      if (fallback) {
        e1 = e1 != null ? e1 : action;
        e2 = e2 != null ? e2 : action;
      }
      String c1 = e1 == null ? null : nearest(cities, Double.parseDouble(e1[0]), Double.parseDouble(e1[1]), radiusKm);
      String c2 = e2 == null ? null : nearest(cities, Double.parseDouble(e2[0]), Double.parseDouble(e2[1]), radiusKm);
      if (c1 == null || c2 == null) {
        noCity++;
        continue;
      }
      if (c1.equals(c2)) {
        sameCity++;
        continue;
      }
      paired++;
      String a = c1.compareTo(c2) < 0 ? c1 : c2;
      String b = c1.compareTo(c2) < 0 ? c2 : c1;
      Cell c = cells.computeIfAbsent(a + "|" + b + "|" + month + "|" + cls, k -> new Cell());
      c.events++;
      if (c1.equals(a)) {
        c.aToB++;
      }
      Long mentions = parseLong(f[ix[2]]);
      if (mentions != null) {
        c.mentions += mentions;
      }
      Double g = parseDouble(f[ix[3]]);
      if (g != null) {
        c.goldsteinSum += g;
        c.goldsteinCount++;
      }
      Double t = parseDouble(f[ix[4]]);
      if (t != null) {
        c.toneSum += t;
        c.toneCount++;
      }
    }
  }

  /** {lat, lon} of a city-level geography at offset k of the position table, or null. */
  private static String[] geo(String[] f, int[] ix, int k, Set<Integer> types) {
    Integer type = parseInt(f[ix[k]]);
    Double lat = parseDouble(f[ix[k + 1]]);
    Double lon = parseDouble(f[ix[k + 2]]);
    if (type == null || !types.contains(type) || lat == null || lon == null
        || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      return null;
    }
    return new String[] {f[ix[k + 1]].trim(), f[ix[k + 2]].trim()};
  }

  static String nearest(List<City> cities, double lat, double lon, double radiusKm) {
    String best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (City c : cities) {
      double d = Geo.haversineKm(lat, lon, c.lat(), c.lon());
      if (d <= radiusKm && (d < bestD || (d == bestD && c.id().compareTo(best) < 0))) {
        best = c.id();
        bestD = d;
      }
    }
    return best;
  }

  private static Double parseDouble(String s) {
    try {
      return s.isBlank() ? null : Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long parseLong(String s) {
    try {
      return s.isBlank() ? null : Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer parseInt(String s) {
    try {
      return s.isBlank() ? null : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
