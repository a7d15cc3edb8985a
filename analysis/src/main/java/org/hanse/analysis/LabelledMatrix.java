package org.hanse.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A dense matrix with row ids (cities, clusters) and column ids (indicators, sectors, functions); every cell is a
 * finite observed value. Missing observations cannot be stored: a caller drops or imputes them first and passes the
 * {@link Exclusion}s on (see {@code org.hanse.analysis.index.IndicatorTable} for the builder that does this).
 */
public final class LabelledMatrix {
  private final List<String> rowIds;
  private final List<String> columnIds;
  private final double[][] values;
  private final Map<String, Integer> rowIndex = new HashMap<>();
  private final Map<String, Integer> columnIndex = new HashMap<>();

  /**
   * @param rowIds    row ids, no duplicates
   * @param columnIds column ids, no duplicates
   * @param values    {@code values[row][column]}; every cell finite (NaN is rejected, never read as 0)
   */
  public LabelledMatrix(List<String> rowIds, List<String> columnIds, double[][] values) {
    this.rowIds = List.copyOf(rowIds);
    this.columnIds = List.copyOf(columnIds);
    if (values.length != rowIds.size()) {
      throw new IllegalArgumentException(rowIds.size() + " row ids but " + values.length + " rows");
    }
    this.values = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != columnIds.size()) {
        throw new IllegalArgumentException(
            "row " + rowIds.get(i) + " has " + values[i].length + " cells, expected " + columnIds.size());
      }
      for (int j = 0; j < values[i].length; j++) {
        if (!Double.isFinite(values[i][j])) {
          throw new IllegalArgumentException("cell (" + rowIds.get(i) + ", " + columnIds.get(j) + ") is "
              + values[i][j] + ": missing values must be dropped or imputed explicitly, never stored");
        }
      }
      this.values[i] = values[i].clone();
    }
    for (int i = 0; i < rowIds.size(); i++) {
      if (rowIndex.put(rowIds.get(i), i) != null) {
        throw new IllegalArgumentException("row id listed twice: " + rowIds.get(i));
      }
    }
    for (int j = 0; j < columnIds.size(); j++) {
      if (columnIndex.put(columnIds.get(j), j) != null) {
        throw new IllegalArgumentException("column id listed twice: " + columnIds.get(j));
      }
    }
  }

  public List<String> rowIds() {
    return rowIds;
  }

  public List<String> columnIds() {
    return columnIds;
  }

  public int rows() {
    return rowIds.size();
  }

  public int columns() {
    return columnIds.size();
  }

  public double get(int row, int column) {
    return values[row][column];
  }

  public double get(String rowId, String columnId) {
    return values[rowIndexOf(rowId)][columnIndexOf(columnId)];
  }

  public int rowIndexOf(String rowId) {
    Integer i = rowIndex.get(Objects.requireNonNull(rowId));
    if (i == null) {
      throw new NoSuchElementException("no row " + rowId);
    }
    return i;
  }

  public int columnIndexOf(String columnId) {
    Integer j = columnIndex.get(Objects.requireNonNull(columnId));
    if (j == null) {
      throw new NoSuchElementException("no column " + columnId);
    }
    return j;
  }

  public boolean hasRow(String rowId) {
    return rowIndex.containsKey(rowId);
  }

  /** A copy of one row. */
  public double[] row(int row) {
    return values[row].clone();
  }

  /** A copy of one column. */
  public double[] column(int column) {
    double[] c = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      c[i] = values[i][column];
    }
    return c;
  }

  /** A copy of all cells. */
  public double[][] toArray() {
    double[][] c = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      c[i] = values[i].clone();
    }
    return c;
  }
}
