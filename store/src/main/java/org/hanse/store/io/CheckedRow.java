package org.hanse.store.io;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final Set<String> badColumns;
  private final boolean aligned;
  private boolean valid;

  /**
   * @param badColumns columns whose cells failed their checks
   * @param aligned    false when the row's fields could not be matched to the header (a ragged row), so no cell can
   *                   be trusted
   */
  CheckedRow(String source, int row, Map<String, String> cells, boolean valid, List<Problem> problems,
      Set<String> badColumns, boolean aligned) {
    this.source = source;
    this.row = row;
    this.cells = cells;
    this.valid = valid;
    this.problems = problems;
    this.badColumns = new HashSet<>(badColumns);
    this.aligned = aligned;
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

  /**
   * Whether the cell holds a value that passed its checks: on a row with problems elsewhere, such cells are still
   * checked against the knowledge base, so that one run reports all of the row's problems.
   */
  public boolean parsed(String column) {
    return aligned && has(column) && !badColumns.contains(column);
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
    badColumns.add(column);
    valid = false;
  }
}
