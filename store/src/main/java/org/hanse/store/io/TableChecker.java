package org.hanse.store.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.ingest.format.Column;
import org.hanse.ingest.format.FileFormat;
import org.hanse.ingest.format.Problem;

/**
 * Checks a {@link RawTable} against a {@link FileFormat}: columns are matched by name (any order; optional ones may
 * be left out), every cell against its column's type and whether it is required. The same rules apply whether the
 * table came from CSV, XLSX or JSON.
 */
public final class TableChecker {
  private TableChecker() {}

  public static List<CheckedRow> check(RawTable t, FileFormat format, List<Problem> problems) {
    if (t.headerRow() == 0 && t.rows().isEmpty()) {
      // A JSON array names its columns through its records: an empty one ({"ties": []}) is nothing to import,
      // not a table without columns.
      return new ArrayList<>();
    }
    Map<String, Integer> position = new HashMap<>();
    Set<String> known = new HashSet<>(format.header());
    boolean headerOk = true;
    for (int c = 0; c < t.header().size(); c++) {
      String name = t.header().get(c);
      if (name.isEmpty()) {
        final int col = c;
        if (t.rows().stream().anyMatch(r -> col < r.cells().size() && !r.cells().get(col).isEmpty())) {
          problems.add(new Problem(t.source(), t.headerRow(), "", "", "column " + (c + 1)
              + " has values but no name in the header"));
          headerOk = false;
        }
        continue;
      }
      if (position.put(name, c) != null) {
        problems.add(new Problem(t.source(), t.headerRow(), name, "", "column appears twice in the header"));
        headerOk = false;
      } else if (!known.contains(name)) {
        problems.add(new Problem(t.source(), t.headerRow(), name, "", "unknown column (expected columns: "
            + String.join(", ", format.header()) + ")"));
        headerOk = false;
      }
    }
    for (Column col : format.columns()) {
      if (col.required() && !position.containsKey(col.name())) {
        problems.add(new Problem(t.source(), t.headerRow(), col.name(), "", "required column is missing"
            + (t.headerRow() > 0 ? " from the header" : "")));
        headerOk = false;
      }
    }
    List<CheckedRow> out = new ArrayList<>(t.rows().size());
    if (!headerOk && t.headerRow() > 0) {
      return out;
    }
    int width = t.header().size();
    for (RawTable.Row r : t.rows()) {
      boolean valid = true;
      Map<String, String> cells = new HashMap<>();
      Set<String> bad = new HashSet<>(r.wrongTypes().keySet());
      if (r.fieldCount() != width) {
        problems.add(new Problem(t.source(), r.row(), "", "", "has " + r.fieldCount() + " fields but the header has "
            + width));
        valid = false;
      }
      for (Map.Entry<String, String> w : r.wrongTypes().entrySet()) {
        problems.add(new Problem(t.source(), r.row(), w.getKey(), "", "wrong type: expected text or a number, found "
            + w.getValue()));
        valid = false;
      }
      for (Column col : format.columns()) {
        Integer c = position.get(col.name());
        String v = c == null || c >= r.cells().size() ? "" : r.cells().get(c);
        cells.put(col.name(), v);
        if (r.wrongTypes().containsKey(col.name()) || r.fieldCount() != width) {
          continue;
        }
        if (v.isEmpty()) {
          if (col.required()) {
            problems.add(new Problem(t.source(), r.row(), col.name(), "", "empty required field: a value is required"));
            bad.add(col.name());
            valid = false;
          }
        } else {
          String rule = col.violation(v);
          if (rule != null) {
            String what = col.type().violation(v) != null ? "wrong type: " : "unknown value: ";
            problems.add(new Problem(t.source(), r.row(), col.name(), v, what + rule));
            bad.add(col.name());
            valid = false;
          }
        }
      }
      out.add(new CheckedRow(t.source(), r.row(), cells, valid, problems, bad, r.fieldCount() == width));
    }
    return out;
  }
}
