package org.hanse.spark.synthetic;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * Builds one SYNTHETIC GDELT 2.0 event line from (seed, row number): a pure function, so that any partitioning of
 * the rows gives the same data. Random numbers come from SplitMix64 (Steele, Lea &amp; Flood 2014, "Fast splittable
 * pseudorandom number generators", OOPSLA) seeded with the seed and the row number.
 *
 * <p>Shape: the two actors' cities are drawn with index {@code ⌊n · u²⌋} (activity concentrated on the first
 * cities); each actor location is a world city (type 4) within about 5 km of its city in 85 % of events, a
 * country-level centroid (type 1, never to be matched to a city) in 10 %, blank in 5 %; the action takes place at
 * one of the two actors' locations; QuadClass 1-4 with cooperation more frequent, and a CAMEO root code of that
 * class; Goldstein scale, mentions and tone at random in their ranges.
 */
final class SyntheticEvent implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int[] ROOT_FIRST = {1, 6, 9, 14};
  private static final int[] ROOT_COUNT = {5, 3, 5, 7};

  private final long seed;
  private final double[] lat;
  private final double[] lon;
  private final int firstYear;
  private final int months;

  SyntheticEvent(long seed, double[] lat, double[] lon, int firstYear, int months) {
    this.seed = seed;
    this.lat = lat;
    this.lon = lon;
    this.firstYear = firstYear;
    this.months = months;
  }

  /** SplitMix64 stream of one row. */
  private static final class Random {
    private long state;

    Random(long seed, long row) {
      state = seed * 0x9E3779B97F4A7C15L + row * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    }

    double next() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      return (z >>> 11) * 0x1.0p-53;
    }
  }

  String line(Long row) {
    Random r = new Random(seed, row);
    String[] f = new String[61];
    Arrays.fill(f, "");
    int n = lat.length;
    int c1 = (int) Math.min(n - 1, Math.floor(Math.pow(r.next(), 2) * n));
    int c2 = (int) Math.min(n - 1, Math.floor(Math.pow(r.next(), 2) * n));
    int monthIndex = (int) Math.floor(r.next() * months);
    int year = firstYear + monthIndex / 12;
    int month = monthIndex % 12 + 1;
    int day = 1 + (int) Math.floor(r.next() * 28);
    double uq = r.next();
    int quad = 1 + (int) Math.floor(uq * uq * 4);
    int root = ROOT_FIRST[quad - 1] + (int) Math.floor(r.next() * ROOT_COUNT[quad - 1]);
    String date = String.format(Locale.ROOT, "%04d%02d%02d", year, month, day);
    f[0] = Long.toString(1_000_000_000L + row);
    f[1] = date;
    f[2] = String.format(Locale.ROOT, "%04d%02d", year, month);
    f[3] = Integer.toString(year);
    f[4] = String.format(Locale.ROOT, "%.4f", year + (month - 1) / 12.0 + (day - 1) / 365.0);
    f[5] = "SYNGOV";
    f[6] = "SYNTHETIC ACTOR";
    f[15] = "SYNBUS";
    f[16] = "SYNTHETIC PARTNER";
    f[25] = "1";
    String rootCode = String.format(Locale.ROOT, "%02d", root);
    f[26] = rootCode + "0";
    f[27] = rootCode + "0";
    f[28] = rootCode;
    f[29] = Integer.toString(quad);
    f[30] = String.format(Locale.ROOT, "%.1f", r.next() * 20 - 10);
    double um = r.next();
    f[31] = Integer.toString(1 + (int) Math.floor(um * um * 50));
    f[32] = "1";
    f[33] = "1";
    f[34] = String.format(Locale.ROOT, "%.6f", r.next() * 20 - 10);
    geo(f, 35, c1, r);
    geo(f, 43, c2, r);
    System.arraycopy(f, r.next() < 0.5 ? 35 : 43, f, 51, 8);
    f[59] = date + "000000";
    f[60] = "synthetic://hanse/event/" + row;
    return String.join("\t", f);
  }

  /** The eight geography fields from position {@code at}: type, name, country, ADM1, ADM2, lat, long, feature id. */
  private void geo(String[] f, int at, int city, Random r) {
    double u = r.next();
    double ja = r.next();
    double jb = r.next();
    if (u < 0.85) {
      // Within about ±0.045° of latitude (5 km) and the same distance east-west.
      double la = Math.max(-90, Math.min(90, lat[city] + ja * 0.09 - 0.045));
      double lo = lon[city] + (jb * 0.09 - 0.045) / Math.max(Math.cos(Math.toRadians(lat[city])), 0.2);
      lo = lo > 180 ? lo - 360 : lo < -180 ? lo + 360 : lo;
      f[at] = "4";
      f[at + 1] = "Synthetic City " + city + ", Synthetica";
      f[at + 2] = "XX";
      f[at + 3] = "XX00";
      f[at + 4] = Integer.toString(city);
      f[at + 5] = String.format(Locale.ROOT, "%.4f", la);
      f[at + 6] = String.format(Locale.ROOT, "%.4f", lo);
      f[at + 7] = "-" + (100000 + city);
    } else if (u < 0.95) {
      // A country "centroid": half the city's latitude on the other hemisphere, the opposite meridian.
      f[at] = "1";
      f[at + 1] = "Synthetica";
      f[at + 2] = "XX";
      f[at + 5] = String.format(Locale.ROOT, "%.4f", -0.5 * lat[city]);
      f[at + 6] = String.format(Locale.ROOT, "%.4f", lon[city] > 0 ? lon[city] - 180 : lon[city] + 180);
      f[at + 7] = "XX";
    }
  }
}
