package org.hanse.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned by terminal columns ({@link DisplayWidth}), so that Chinese names line up with Latin
 * ones. Columns are left- or right-aligned; a column may be given a maximum width, beyond which cells are cut with
 * an ellipsis.
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
      r.add(DisplayWidth.truncate(s, maxWidths.get(i)));
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
      line(b, pad, r, width);
    }
    return b.toString();
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
