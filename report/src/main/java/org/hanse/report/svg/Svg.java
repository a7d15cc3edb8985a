package org.hanse.report.svg;

import java.util.Locale;

/**
 * A small writer of SVG 1.1 markup: elements are appended in order, attribute values and text are escaped, numbers
 * are written with at most two decimals in the ROOT locale. The result is well-formed XML, so the same chart can be
 * inlined in an HTML page and in the XHTML that is turned into a PDF (where it is drawn as vectors).
 */
public final class Svg {
  /** Font stack of chart text: the PDF renderer registers "CJK"; browsers fall back to their sans-serif fonts. */
  public static final String FONT = "CJK, 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif";

  private final StringBuilder out = new StringBuilder();
  private final double width;
  private final double height;

  /**
   * @param width  width in user units (also the intrinsic width in px)
   * @param height height in user units
   * @param title  accessible title of the chart (shown as a tooltip in browsers)
   */
  public Svg(double width, double height, String title) {
    this.width = width;
    this.height = height;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(height)).append("\" font-family=\"").append(escape(FONT)).append("\" role=\"img\">");
    out.append("<title>").append(escape(title)).append("</title>");
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  /** A number in SVG syntax: at most two decimals, no exponent, no locale. */
  public static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite coordinate: " + v);
    }
    double r = Math.round(v * 100) / 100.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
  }

  /** Escapes text and attribute values for XML. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  public Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append("\"/>");
    return this;
  }

  public Svg dashedLine(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append("\" stroke-dasharray=\"4 3\"/>");
    return this;
  }

  public Svg rect(double x, double y, double w, double h, String fill, String stroke) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"")
        .append(fill).append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
    }
    out.append("/>");
    return this;
  }

  public Svg circle(double cx, double cy, double r, String fill, String stroke, String tooltip) {
    out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
        .append("\" fill=\"").append(fill).append('"');
    if (stroke != null) {
      out.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1.2\"");
    }
    if (tooltip != null) {
      out.append("><title>").append(escape(tooltip)).append("</title></circle>");
    } else {
      out.append("/>");
    }
    return this;
  }

  /** A closed polygon through the points {x0, y0, x1, y1, …}. */
  public Svg polygon(double[] xy, String fill, double fillOpacity, String stroke, double strokeWidth) {
    out.append("<polygon points=\"").append(points(xy)).append("\" fill=\"").append(fill).append("\" fill-opacity=\"")
        .append(num(fillOpacity)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append("\"/>");
    return this;
  }

  /** An open polyline through the points {x0, y0, x1, y1, …}. */
  public Svg polyline(double[] xy, String stroke, double strokeWidth) {
    out.append("<polyline points=\"").append(points(xy)).append("\" fill=\"none\" stroke=\"").append(stroke)
        .append("\" stroke-width=\"").append(num(strokeWidth)).append("\"/>");
    return this;
  }

  /**
   * Text.
   *
   * @param anchor {@code start}, {@code middle} or {@code end}
   */
  public Svg text(double x, double y, String text, double size, String anchor, String fill) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
        .append(num(size)).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(fill).append("\">")
        .append(escape(text)).append("</text>");
    return this;
  }

  /** Bold text. */
  public Svg boldText(double x, double y, String text, double size, String anchor, String fill) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
        .append(num(size)).append("\" font-weight=\"bold\" text-anchor=\"").append(anchor).append("\" fill=\"")
        .append(fill).append("\">").append(escape(text)).append("</text>");
    return this;
  }

  /** Text turned 90° counter-clockwise about its anchor (centred), e.g. the label of a vertical axis. */
  public Svg verticalText(double x, double y, String text, double size, String fill) {
    out.append("<text transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\" x=\"")
        .append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
        .append("\" text-anchor=\"middle\" fill=\"").append(fill).append("\">").append(escape(text))
        .append("</text>");
    return this;
  }

  private static String points(double[] xy) {
    if (xy.length % 2 != 0) {
      throw new IllegalArgumentException("odd number of coordinates");
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < xy.length; i += 2) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(num(xy[i])).append(',').append(num(xy[i + 1]));
    }
    return b.toString();
  }

  /** The finished SVG element. */
  public String toSvg() {
    return out + "</svg>";
  }

  @Override
  public String toString() {
    return toSvg();
  }
}
