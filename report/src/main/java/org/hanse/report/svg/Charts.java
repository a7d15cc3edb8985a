package org.hanse.report.svg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The report's charts as inline SVG: radar (function profile), horizontal bars (scorecards, rankings), the Lorenz
 * curve (concentration) and a map of the member cities from their coordinates. Charts draw the numbers they are
 * given; they compute nothing but positions. A missing value (NaN) is drawn as missing, never as zero.
 */
public final class Charts {
  /** Colours of series, in order (colour-blind-safe palette after Okabe & Ito). */
  public static final List<String> PALETTE =
      List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000");
  static final String INK = "#222222";
  static final String GRID = "#BBBBBB";
  static final String MUTED = "#777777";

  private Charts() {}

  /** One series of a radar chart: a name and one value per axis in [0, 1] (NaN = no data). */
  public record Series(String name, double[] values) {
    public Series {
      Objects.requireNonNull(name, "name");
      values = values.clone();
    }
  }

  /**
   * A radar (spider) chart. Values are drawn on a 0–1 scale; axes with a missing value in every series are marked
   * with {@code missingLabel}. Points with missing values are left out of a series' polygon.
   *
   * @param title        accessible title
   * @param axes         axis labels, at least 3
   * @param series       one or more series with one value per axis
   * @param ringLabels   labels of the four rings at 0.25, 0.5, 0.75 and 1
   * @param missingLabel label suffix for an axis without data, e.g. "n/a"
   */
  public static String radar(String title, List<String> axes, List<Series> series, List<String> ringLabels,
      String missingLabel) {
    if (ringLabels.size() != 4) {
      throw new IllegalArgumentException("a radar chart has 4 rings, got " + ringLabels.size() + " labels");
    }
    int n = axes.size();
    if (n < 3) {
      throw new IllegalArgumentException("a radar chart needs at least 3 axes, got " + n);
    }
    for (Series s : series) {
      if (s.values().length != n) {
        throw new IllegalArgumentException("series " + s.name() + " has " + s.values().length + " values for " + n
            + " axes");
      }
      for (double v : s.values()) {
        if (!Double.isNaN(v) && (v < -1e-9 || v > 1 + 1e-9)) {
          throw new IllegalArgumentException("radar values must be in [0, 1]: " + v);
        }
      }
    }
    double w = 560;
    double legendHeight = 18.0 * series.size() + 8;
    double h = 420 + legendHeight;
    double cx = w / 2;
    double cy = 210;
    double r = 140;
    Svg svg = new Svg(w, h, title);
    for (int ring = 1; ring <= 4; ring++) {
      double rr = r * ring / 4.0;
      double[] xy = new double[2 * n];
      for (int i = 0; i < n; i++) {
        xy[2 * i] = cx + rr * Math.sin(angle(i, n));
        xy[2 * i + 1] = cy - rr * Math.cos(angle(i, n));
      }
      svg.polygon(xy, "none", 0, GRID, 0.6);
      svg.text(cx + 3, cy - rr - 2, ringLabels.get(ring - 1), 8, "start", MUTED);
    }
    for (int i = 0; i < n; i++) {
      double a = angle(i, n);
      double x = cx + r * Math.sin(a);
      double y = cy - r * Math.cos(a);
      svg.line(cx, cy, x, y, GRID, 0.6);
      final int axis = i;
      boolean anyData = series.stream().anyMatch(s -> !Double.isNaN(s.values()[axis]));
      String label = anyData ? axes.get(i) : axes.get(i) + " (" + missingLabel + ")";
      double lx = cx + (r + 14) * Math.sin(a);
      double ly = cy - (r + 14) * Math.cos(a) + 4;
      String anchor = Math.abs(Math.sin(a)) < 0.2 ? "middle" : (Math.sin(a) > 0 ? "start" : "end");
      List<String> lines = wrap(label, 16);
      for (int k = 0; k < lines.size(); k++) {
        svg.text(lx, ly + k * 12 - (Math.cos(a) > 0.5 ? (lines.size() - 1) * 12 : 0), lines.get(k), 10.5, anchor,
            anyData ? INK : MUTED);
      }
    }
    for (int s = 0; s < series.size(); s++) {
      String colour = PALETTE.get(s % PALETTE.size());
      double[] v = series.get(s).values();
      List<Double> pts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(v[i])) {
          pts.add(cx + r * v[i] * Math.sin(angle(i, n)));
          pts.add(cy - r * v[i] * Math.cos(angle(i, n)));
        }
      }
      double[] xy = pts.stream().mapToDouble(Double::doubleValue).toArray();
      if (xy.length >= 6) {
        svg.polygon(xy, colour, 0.18, colour, 1.8);
      } else if (xy.length == 4) {
        svg.polyline(xy, colour, 1.8);
      }
      for (int i = 0; i < xy.length; i += 2) {
        svg.circle(xy[i], xy[i + 1], 2.6, colour, null, null);
      }
      double ly = 420 + 18.0 * s;
      svg.rect(24, ly - 9, 12, 10, colour, null);
      svg.text(42, ly, series.get(s).name(), 11, "start", INK);
    }
    return svg.toSvg();
  }

  private static double angle(int i, int n) {
    return 2 * Math.PI * i / n;
  }

  /** One bar: label, value (NaN = no data) and whether to highlight it (e.g. a member of the cluster). */
  public record Bar(String label, double value, boolean highlight) {
    public Bar {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * Horizontal bars from 0 (values must be ≥ 0) or, when some are negative, from the minimum. Bars without a value
   * show {@code missingLabel} instead of a bar.
   *
   * @param title        accessible title
   * @param bars         the bars, drawn top to bottom in the order given
   * @param decimals     decimals of the value labels
   * @param axisLabel    label under the axis (quantity and unit), may be empty
   * @param missingLabel text for a bar without a value
   */
  public static String bars(String title, List<Bar> bars, int decimals, String axisLabel, String missingLabel) {
    double labelWidth = 170;
    double valueWidth = 70;
    double w = 640;
    double rowH = 20;
    double top = 10;
    double h = top + rowH * Math.max(1, bars.size()) + 36;
    Svg svg = new Svg(w, h, title);
    double max = 0;
    double min = 0;
    for (Bar b : bars) {
      if (!Double.isNaN(b.value())) {
        max = Math.max(max, b.value());
        min = Math.min(min, b.value());
      }
    }
    double span = max - min == 0 ? 1 : max - min;
    double plotW = w - labelWidth - valueWidth - 10;
    double zeroX = labelWidth + plotW * (-min / span);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * rowH;
      svg.text(labelWidth - 6, y + rowH * 0.68, shorten(b.label(), 24), 10.5, "end", INK);
      if (Double.isNaN(b.value())) {
        svg.text(zeroX + 4, y + rowH * 0.68, missingLabel, 10, "start", MUTED);
        continue;
      }
      double x1 = labelWidth + plotW * ((Math.min(0, b.value()) - min) / span);
      double bw = plotW * Math.abs(b.value()) / span;
      svg.rect(x1, y + 3, bw, rowH - 6, b.highlight() ? PALETTE.get(1) : PALETTE.get(0), null);
      svg.text(Math.max(x1 + bw, zeroX) + 4, y + rowH * 0.68, format(b.value(), decimals), 10, "start", INK);
    }
    double axisY = top + rowH * Math.max(1, bars.size()) + 2;
    svg.line(labelWidth, axisY, labelWidth + plotW, axisY, GRID, 0.8);
    svg.line(zeroX, top, zeroX, axisY, GRID, 0.8);
    for (int t = 0; t <= 4; t++) {
      double v = min + span * t / 4;
      double x = labelWidth + plotW * t / 4;
      svg.line(x, axisY, x, axisY + 3, GRID, 0.8);
      svg.text(x, axisY + 13, format(v, decimals), 9, "middle", MUTED);
    }
    if (!axisLabel.isEmpty()) {
      svg.text(labelWidth + plotW / 2, axisY + 28, axisLabel, 10, "middle", INK);
    }
    return svg.toSvg();
  }

  /**
   * The Lorenz curve of non-negative values: cumulative share of the units (sorted ascending) against cumulative
   * share of the total, with the line of equality. Needs at least two values and a positive total.
   *
   * @param title   accessible title
   * @param values  the values (e.g. international ties of each member city)
   * @param xLabel  label of the horizontal axis (cumulative share of cities)
   * @param yLabel  label of the vertical axis (cumulative share of the quantity)
   * @param caption a line printed under the plot (e.g. the Gini coefficient with its provenance), may be empty
   */
  public static String lorenz(String title, double[] values, String xLabel, String yLabel, String caption) {
    double[] y = values.clone();
    double total = 0;
    for (double v : y) {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("Lorenz values must be finite and ≥ 0: " + v);
      }
      total += v;
    }
    if (y.length < 2 || total == 0) {
      throw new IllegalArgumentException("a Lorenz curve needs at least 2 values with a positive total");
    }
    Arrays.sort(y);
    double[] curve = lorenzPoints(y, total);
    double w = 420;
    double h = 400;
    double left = 56;
    double top = 16;
    double size = 300;
    Svg svg = new Svg(w, h, title);
    svg.rect(left, top, size, size, "none", GRID);
    for (int t = 0; t <= 4; t++) {
      double f = t / 4.0;
      svg.line(left + size * f, top + size, left + size * f, top + size + 4, GRID, 0.8);
      svg.text(left + size * f, top + size + 15, format(f, 2), 9, "middle", MUTED);
      svg.line(left - 4, top + size * (1 - f), left, top + size * (1 - f), GRID, 0.8);
      svg.text(left - 6, top + size * (1 - f) + 3, format(f, 2), 9, "end", MUTED);
    }
    svg.dashedLine(left, top + size, left + size, top, MUTED, 1);
    double[] xy = new double[curve.length];
    for (int i = 0; i < curve.length; i += 2) {
      xy[i] = left + size * curve[i];
      xy[i + 1] = top + size * (1 - curve[i + 1]);
    }
    double[] area = Arrays.copyOf(xy, xy.length + 2);
    area[xy.length] = left + size;
    area[xy.length + 1] = top + size;
    svg.polygon(area, PALETTE.get(0), 0.12, "none", 0);
    svg.polyline(xy, PALETTE.get(0), 2);
    for (int i = 2; i < xy.length; i += 2) {
      svg.circle(xy[i], xy[i + 1], 2.2, PALETTE.get(0), null, null);
    }
    svg.text(left + size / 2, top + size + 32, xLabel, 10.5, "middle", INK);
    svg.verticalText(14, top + size / 2, yLabel, 10.5, INK);
    if (!caption.isEmpty()) {
      svg.text(left, top + size + 52, caption, 10, "start", INK);
    }
    return svg.toSvg();
  }

  /** Points (x0, y0, x1, y1, …) of the Lorenz curve of ascending values, starting at (0, 0). */
  static double[] lorenzPoints(double[] ascending, double total) {
    int n = ascending.length;
    double[] p = new double[2 * (n + 1)];
    double cum = 0;
    for (int i = 0; i < n; i++) {
      cum += ascending[i];
      p[2 * (i + 1)] = (i + 1) / (double) n;
      p[2 * (i + 1) + 1] = cum / total;
    }
    return p;
  }

  /** A place on the map. */
  public record Place(String label, double latitude, double longitude, boolean central, String tooltip) {
    public Place {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * A map of places from their WGS84 coordinates: an equirectangular projection scaled by the cosine of the mean
   * latitude (true distances near the centre of a region of a few hundred km), a graticule, a scale bar and labels.
   * Central places are drawn larger and in the accent colour.
   *
   * @param title      accessible title
   * @param places     at least one place
   * @param scaleLabel unit label of the scale bar, e.g. "km"
   * @param legend     legend entries: [0] central city, [1] member city
   */
  public static String map(String title, List<Place> places, String scaleLabel, List<String> legend) {
    if (places.isEmpty()) {
      throw new IllegalArgumentException("a map needs at least one place");
    }
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    for (Place p : places) {
      minLat = Math.min(minLat, p.latitude());
      maxLat = Math.max(maxLat, p.latitude());
      minLon = Math.min(minLon, p.longitude());
      maxLon = Math.max(maxLon, p.longitude());
    }
    double midLat = (minLat + maxLat) / 2;
    double k = Math.cos(Math.toRadians(midLat));
    double spanX = Math.max((maxLon - minLon) * k, 0.5);
    double spanY = Math.max(maxLat - minLat, 0.5);
    double w = 640;
    double h = 440;
    double pad = 50;
    double scale = Math.min((w - 2 * pad) / spanX, (h - 2 * pad - 30) / spanY);
    double cxDeg = (minLon + maxLon) / 2;
    double cyDeg = midLat;
    Svg svg = new Svg(w, h, title);
    svg.rect(0, 0, w, h, "#F7FAFC", GRID);
    double lonMin = cxDeg - (w / 2) / (scale * k);
    double lonMax = cxDeg + (w / 2) / (scale * k);
    double latMin = cyDeg - (h / 2 - 15) / scale;
    double latMax = cyDeg + (h / 2 + 15) / scale;
    double step = niceStep(Math.max(lonMax - lonMin, latMax - latMin) / 6);
    for (double lon = Math.ceil(lonMin / step) * step; lon <= lonMax; lon += step) {
      double x = w / 2 + (lon - cxDeg) * k * scale;
      svg.line(x, 0, x, h, "#DDE3EA", 0.6);
      svg.text(x + 2, h - 4, degrees(lon, step, "E", "W"), 8, "start", MUTED);
    }
    for (double lat = Math.ceil(latMin / step) * step; lat <= latMax; lat += step) {
      double y = h / 2 - 15 - (lat - cyDeg) * scale;
      svg.line(0, y, w, y, "#DDE3EA", 0.6);
      svg.text(2, y - 2, degrees(lat, step, "N", "S"), 8, "start", MUTED);
    }
    List<Place> ordered = new ArrayList<>(places);
    ordered.sort((a, b) -> Boolean.compare(a.central(), b.central()));
    for (Place p : ordered) {
      double x = w / 2 + (p.longitude() - cxDeg) * k * scale;
      double y = h / 2 - 15 - (p.latitude() - cyDeg) * scale;
      if (p.central()) {
        svg.circle(x, y, 7, PALETTE.get(1), "#FFFFFF", p.tooltip());
        svg.boldText(x + 9, y - 6, p.label(), 11.5, "start", INK);
      } else {
        svg.circle(x, y, 4.2, PALETTE.get(0), "#FFFFFF", p.tooltip());
        svg.text(x + 6, y - 4, p.label(), 10, "start", INK);
      }
    }
    double kmPerPx = 111.32 / scale;
    double barKm = niceStep(kmPerPx * 120);
    double barPx = barKm / kmPerPx;
    double by = h - 22;
    svg.rect(w - 30 - barPx, by, barPx, 4, INK, null);
    svg.text(w - 30 - barPx / 2, by - 4, format(barKm, 0) + " " + scaleLabel, 9.5, "middle", INK);
    svg.circle(20, 18, 6, PALETTE.get(1), "#FFFFFF", null);
    svg.text(30, 22, legend.isEmpty() ? "" : legend.get(0), 10, "start", INK);
    svg.circle(20, 36, 4.2, PALETTE.get(0), "#FFFFFF", null);
    svg.text(30, 40, legend.size() < 2 ? "" : legend.get(1), 10, "start", INK);
    return svg.toSvg();
  }

  private static String degrees(double v, double step, String pos, String neg) {
    int decimals = step >= 1 ? 0 : (step >= 0.1 ? 1 : 2);
    return format(Math.abs(v), decimals) + "°" + (v >= 0 ? pos : neg);
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    if (!(raw > 0)) {
      return 1;
    }
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  /** A number with fixed decimals and thousands separators (ROOT locale). */
  public static String format(double v, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  static List<String> wrap(String s, int max) {
    List<String> lines = new ArrayList<>();
    String rest = s;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf(' ', max);
      if (cut <= 0) {
        cut = max;
      }
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    lines.add(rest);
    return lines;
  }
}
