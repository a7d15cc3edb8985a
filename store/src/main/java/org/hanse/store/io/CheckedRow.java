package org.hanse.store.io;

import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Problem;

/**
 * A row whose cells have passed (or failed) the column checks of its format. Later checks report through
 * {@link #reject}, so every problem of a row is found in one pass.
 */
public final class CheckedRow {
  private final String source;
  private final int row;
  private final Map<String, String> cells;
  private final List<Problem> problems;
  private boolean valid;

  CheckedRow(String source, int row, Map<String, String> cells, boolean valid, List<Problem> problems) {
    this.source = source;
    this.row = row;
    this.cells = cells;
    this.valid = valid;
    this.problems = problems;
  }

  public String source() {
    return source;
  }

  public int row() {
    return row;
  }

  public boolean valid() {
    return valid;
  }

  /** The cell's text; empty when the column is absent or the cell empty. */
  public String text(String column) {
    return cells.getOrDefault(column, "");
  }

  public boolean has(String column) {
    return !text(column).isEmpty();
  }

  public Long integer(String column) {
    String v = text(column);
    return v.isEmpty() ? null : Long.valueOf(v.startsWith("+") ? v.substring(1) : v);
  }

  public Integer year(String column) {
    String v = text(column);
    return v.isEmpty() ? null : Integer.valueOf(v);
  }

  public Double number(String column) {
    String v = text(column);
    return v.isEmpty() ? null : Double.valueOf(v);
  }

  /** Records a problem with a cell (or the row, when {@code column} is empty) and marks the row invalid. */
  public void reject(String column, String rule) {
    problems.add(new Problem(source, row, column, column.isEmpty() ? "" : text(column), rule));
    valid = false;
  }
}
