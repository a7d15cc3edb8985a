package org.hanse.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned by terminal columns ({@link DisplayWidth}), so that Chinese names line up with Latin
 * ones. Columns are left- or right-aligned; a column may be given a maximum width, beyond which cells are cut with
 * an ellipsis. A left-aligned last column (notes, reasons, evidence) is wrapped onto continuation lines so that no
 * line is wider than the terminal: {@code $COLUMNS}, else 120 columns.
 */
public final class TextTable {
  /** Alignment of a column. */
  public enum Align {
    LEFT,
    RIGHT
  }

  private final List<String> headers = new ArrayList<>();
  private final List<Align> aligns = new ArrayList<>();
  private final List<Integer> maxWidths = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private int lineWidth = terminalWidth();

  /** Narrowest the wrapped last column gets, however wide the other columns are. */
  static final int MIN_WRAP = 30;

  /** {@code $COLUMNS} when it is a number of at least 40, else 120. */
  static int terminalWidth() {
    String c = System.getenv("COLUMNS");
    try {
      int n = c == null ? 0 : Integer.parseInt(c.strip());
      return n >= 40 ? n : 120;
    } catch (NumberFormatException e) {
      return 120;
    }
  }

  /** Sets the line width the last column is wrapped to (default: {@link #terminalWidth()}). */
  public TextTable lineWidth(int width) {
    this.lineWidth = width;
    return this;
  }

  /** Adds a column. */
  public TextTable column(String header, Align align) {
    return column(header, align, Integer.MAX_VALUE);
  }

  /** Adds a column whose cells are cut to {@code maxWidth} columns. */
  public TextTable column(String header, Align align, int maxWidth) {
    headers.add(Objects.requireNonNull(header));
    aligns.add(align);
    maxWidths.add(maxWidth);
    return this;
  }

  /** Adds a row; it must have one cell per column ({@code null} is shown as empty). */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size()
          + " columns");
    }
    List<String> r = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      String s = cells[i] == null ? "" : cells[i].toString().replace('\n', ' ');
      // the last left-aligned column is wrapped at render time instead of cut
      boolean wrapped = i == cells.length - 1 && aligns.get(i) == Align.LEFT;
      r.add(wrapped ? s : DisplayWidth.truncate(s, maxWidths.get(i)));
    }
    rows.add(r);
    return this;
  }

  public int rowCount() {
    return rows.size();
  }

  /** The table with a header line and a rule, each line ending with a line break; indent = leading spaces. */
  public String render(int indent) {
    int n = headers.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = DisplayWidth.of(headers.get(i));
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], DisplayWidth.of(r.get(i)));
      }
    }
    int last = n - 1;
    int before = indent;
    for (int i = 0; i < last; i++) {
      before += width[i] + 2;
    }
    int room = Math.max(MIN_WRAP, lineWidth - before);
    boolean wrap = n > 0 && aligns.get(last) == Align.LEFT && width[last] > room;
    if (wrap) {
      width[last] = Math.max(room, DisplayWidth.of(headers.get(last)));
    }
    StringBuilder b = new StringBuilder();
    String pad = " ".repeat(indent);
    line(b, pad, headers, width);
    b.append(pad);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append("-".repeat(width[i]));
    }
    b.append(System.lineSeparator());
    for (List<String> r : rows) {
      if (!wrap || DisplayWidth.of(r.get(last)) <= room) {
        line(b, pad, r, width);
        continue;
      }
      List<String> parts = wrap(r.get(last), room);
      List<String> first = new ArrayList<>(r);
      first.set(last, parts.get(0));
      line(b, pad, first, width);
      for (String more : parts.subList(1, parts.size())) {
        b.append(" ".repeat(before)).append(more.stripTrailing()).append(System.lineSeparator());
      }
    }
    return b.toString();
  }

  /** Breaks text into lines of at most {@code width} columns, at spaces where possible (CJK text anywhere). */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : text.split(" ")) {
      int w = DisplayWidth.of(word);
      if (used > 0 && used + 1 + w <= width) {
        line.append(' ').append(word);
        used += 1 + w;
        continue;
      }
      if (used > 0) {
        out.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      // a word longer than the line (or unspaced Chinese) is cut by display columns
      int[] cps = word.codePoints().toArray();
      for (int cp : cps) {
        int cw = DisplayWidth.of(cp);
        if (used + cw > width && used > 0) {
          out.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        line.appendCodePoint(cp);
        used += cw;
      }
    }
    if (used > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  private void line(StringBuilder b, String pad, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder(pad);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        l.append("  ");
      }
      boolean last = i == cells.size() - 1;
      String c = cells.get(i);
      if (aligns.get(i) == Align.RIGHT) {
        l.append(DisplayWidth.padLeft(c, width[i]));
      } else {
        l.append(last ? c : DisplayWidth.padRight(c, width[i]));
      }
    }
    b.append(l.toString().stripTrailing()).append(System.lineSeparator());
  }
}
