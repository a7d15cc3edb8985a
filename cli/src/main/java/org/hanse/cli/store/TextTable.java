package org.hanse.cli.store;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned columns for terminal lists; widths count code points, and CJK characters as two columns. */
final class TextTable {
  private TextTable() {}

  static String render(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    int[] width = new int[header.size()];
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], columns(r.get(i)));
      }
    }
    StringBuilder s = new StringBuilder();
    for (List<String> r : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i) == null ? "" : r.get(i);
        line.append(cell);
        if (i < r.size() - 1) {
          line.append(" ".repeat(width[i] - columns(cell) + 2));
        }
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    return s.toString();
  }

  private static int columns(String s) {
    if (s == null) {
      return 0;
    }
    return s.codePoints().map(cp -> Character.isIdeographic(cp) || (cp >= 0x3000 && cp <= 0x30FF)
        || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
  }
}
