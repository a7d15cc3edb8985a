package org.hanse.store.write;

import java.util.Map;
import org.hanse.store.internal.RecordTable;

/**
 * A file row that is not written because some of its values are wrong, with the cells that did pass their checks.
 * The planner still checks those cells' references (unknown city, source, actor …) and the writer's scope, so that
 * one run reports every problem of the row, not the value errors first and the reference errors on the next run.
 *
 * @param table  the kind of record the row would have become
 * @param source the file (and sheet)
 * @param row    the row in that file
 * @param cells  the cells that passed their checks, by column name; cells with problems and empty cells are absent
 */
public record RejectedRow(RecordTable<?> table, String source, int row, Map<String, String> cells) {
  public RejectedRow {
    cells = Map.copyOf(cells);
  }

  String cell(String column) {
    return cells.getOrDefault(column, "");
  }

  boolean has(String column) {
    return cells.containsKey(column);
  }
}
