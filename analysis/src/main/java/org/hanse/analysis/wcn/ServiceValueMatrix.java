package org.hanse.analysis.wcn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The sparse city × firm service-value matrix V = [v_aj] of the GaWC interlocking network model (methods.md §1;
 * Taylor 2001, "Specification of the World City Network", Geographical Analysis 33(2):181-194 = GaWC RB23).
 *
 * <p>Rows are cities, columns are "firms": advanced-producer-services firms for GaWC data, or international
 * affiliations (organisations, city networks, sending countries) in the diplomacy adaptation of §1.6. Each column
 * may carry a sector (e.g. {@code banking/finance}) for functional connectivity. Values are ordinal service values
 * {@code 0..maxServiceValue} (GaWC DS11: 0 no office … 5 headquarters), stored as {@code int} so that every
 * connectivity sum is exact in {@code long} arithmetic (methods.md §0).
 *
 * <p>Storage is compressed sparse rows (each row's non-zero cells sorted by column) plus, built on first use,
 * compressed sparse columns; the n × n projection is never formed unless asked for. A row with no non-zero cell is
 * kept: such a city is covered by the survey and has connectivity 0 (§1.3); a city that is not a row at all was not
 * covered, and methods report it as missing rather than as 0.
 */
public final class ServiceValueMatrix {
  private final List<String> rowIds;
  private final List<String> columnIds;
  private final List<String> columnSectors;
  private final Map<String, Integer> rowIndex;
  private final Map<String, Integer> columnIndex;
  private final int[] rowStart;
  private final int[] cellColumn;
  private final int[] cellValue;
  private final long[] columnTotal;
  private final int maxServiceValue;
  private final String description;
  private volatile int[][] columnRows;
  private volatile int[][] columnValues;

  private ServiceValueMatrix(
      List<String> rowIds,
      List<String> columnIds,
      List<String> columnSectors,
      int[] rowStart,
      int[] cellColumn,
      int[] cellValue,
      int maxServiceValue,
      String description) {
    this.rowIds = List.copyOf(rowIds);
    this.columnIds = List.copyOf(columnIds);
    this.columnSectors = List.copyOf(columnSectors);
    this.rowStart = rowStart;
    this.cellColumn = cellColumn;
    this.cellValue = cellValue;
    this.maxServiceValue = maxServiceValue;
    this.description = description;
    this.rowIndex = Collections.unmodifiableMap(indexOf(this.rowIds, "row"));
    this.columnIndex = indexOf(this.columnIds, "column");
    this.columnTotal = new long[columnIds.size()];
    for (int k = 0; k < cellColumn.length; k++) {
      columnTotal[cellColumn[k]] += cellValue[k];
    }
  }

  private static Map<String, Integer> indexOf(List<String> ids, String what) {
    Map<String, Integer> m = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      if (m.put(Objects.requireNonNull(ids.get(i), what + " id"), i) != null) {
        throw new IllegalArgumentException(what + " id listed twice: " + ids.get(i));
      }
    }
    return m;
  }

  /** A builder for a matrix with the given top of the ordinal scale (5 for GaWC 0-5 data, 3 for the 1998 data). */
  public static Builder builder(int maxServiceValue) {
    return new Builder(maxServiceValue);
  }

  /**
   * A matrix from a dense array.
   *
   * @param rowIds          city ids
   * @param columnIds       firm (affiliation) ids
   * @param columnSectors   sector of each column, or {@code null} when no sectors are known
   * @param values          {@code values[city][firm]}, each in {@code 0..maxServiceValue}
   * @param maxServiceValue top of the ordinal scale
   */
  public static ServiceValueMatrix fromDense(
      List<String> rowIds, List<String> columnIds, List<String> columnSectors, int[][] values, int maxServiceValue) {
    Builder b = builder(maxServiceValue);
    for (int j = 0; j < columnIds.size(); j++) {
      b.column(columnIds.get(j), columnSectors == null ? "" : columnSectors.get(j));
    }
    if (values.length != rowIds.size()) {
      throw new IllegalArgumentException(rowIds.size() + " row ids but " + values.length + " rows");
    }
    for (int i = 0; i < rowIds.size(); i++) {
      b.row(rowIds.get(i));
      if (values[i].length != columnIds.size()) {
        throw new IllegalArgumentException("row " + rowIds.get(i) + " has " + values[i].length + " cells");
      }
      for (int j = 0; j < columnIds.size(); j++) {
        if (values[i][j] != 0) {
          b.value(rowIds.get(i), columnIds.get(j), values[i][j]);
        }
      }
    }
    return b.description("dense array " + rowIds.size() + " x " + columnIds.size()).build();
  }

  public List<String> rowIds() {
    return rowIds;
  }

  public List<String> columnIds() {
    return columnIds;
  }

  /** Sector of each column; an empty string where none is known. */
  public List<String> columnSectors() {
    return columnSectors;
  }

  /** The distinct non-empty sectors, in column order. */
  public List<String> sectors() {
    return columnSectors.stream().filter(s -> !s.isEmpty()).distinct().toList();
  }

  public int rowCount() {
    return rowIds.size();
  }

  public int columnCount() {
    return columnIds.size();
  }

  /** Number of non-zero cells (nnz). */
  public int nonZeroCount() {
    return cellColumn.length;
  }

  /** Top of the ordinal scale, v_max of methods.md §1.1. */
  public int maxServiceValue() {
    return maxServiceValue;
  }

  /** Where the matrix came from (dataset, tie types, year), for provenance. */
  public String description() {
    return description;
  }

  public OptionalInt rowIndex(String cityId) {
    Integer i = rowIndex.get(cityId);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  public OptionalInt columnIndex(String columnId) {
    Integer j = columnIndex.get(columnId);
    return j == null ? OptionalInt.empty() : OptionalInt.of(j);
  }

  /** Row id → row position, read only (shared with the results computed from this matrix). */
  Map<String, Integer> rowIndexMap() {
    return rowIndex;
  }

  /** True when the city is a row (covered by the data), whatever its values. */
  public boolean covers(String cityId) {
    return rowIndex.containsKey(cityId);
  }

  int requireRow(String cityId) {
    Integer i = rowIndex.get(cityId);
    if (i == null) {
      throw new NoSuchElementException("city " + cityId + " is not a row of the service-value matrix (" + description + ")");
    }
    return i;
  }

  /** v_aj by positions. */
  public int value(int row, int column) {
    int k = Arrays.binarySearch(cellColumn, rowStart[row], rowStart[row + 1], column);
    return k >= 0 ? cellValue[k] : 0;
  }

  /** v_aj by ids; both must exist. */
  public int value(String cityId, String columnId) {
    Integer j = columnIndex.get(columnId);
    if (j == null) {
      throw new NoSuchElementException("no column " + columnId);
    }
    return value(requireRow(cityId), j);
  }

  /** S_j = Σ_i v_ij, the column total. */
  public long columnTotal(int column) {
    return columnTotal[column];
  }

  /** Σ_a Σ_j v_aj, the total service value of the matrix. */
  public long totalServiceValue() {
    long t = 0;
    for (long s : columnTotal) {
      t += s;
    }
    return t;
  }

  /** Number of non-zero cells of a row. */
  public int rowNonZeroCount(int row) {
    return rowStart[row + 1] - rowStart[row];
  }

  /** Visits the non-zero cells of a row in column order. */
  public void forEachInRow(int row, CellVisitor visitor) {
    for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
      visitor.visit(row, cellColumn[k], cellValue[k]);
    }
  }

  /** Visits every non-zero cell, row by row. */
  public void forEachCell(CellVisitor visitor) {
    for (int i = 0; i < rowIds.size(); i++) {
      forEachInRow(i, visitor);
    }
  }

  /** Receives one non-zero cell. */
  @FunctionalInterface
  public interface CellVisitor {
    void visit(int row, int column, int value);
  }

  // Package-private raw access for the O(nnz) algorithms of this package.
  int rowStart(int row) {
    return rowStart[row];
  }

  int cellColumn(int k) {
    return cellColumn[k];
  }

  int cellValue(int k) {
    return cellValue[k];
  }

  /** Rows of each column with non-zero value, ascending (compressed sparse columns, built once). */
  int[][] columnRows() {
    buildColumns();
    return columnRows;
  }

  int[][] columnValues() {
    buildColumns();
    return columnValues;
  }

  private void buildColumns() {
    if (columnRows != null) {
      return;
    }
    synchronized (this) {
      if (columnRows != null) {
        return;
      }
      int m = columnIds.size();
      int[] count = new int[m];
      for (int c : cellColumn) {
        count[c]++;
      }
      int[][] rows = new int[m][];
      int[][] vals = new int[m][];
      for (int j = 0; j < m; j++) {
        rows[j] = new int[count[j]];
        vals[j] = new int[count[j]];
      }
      int[] fill = new int[m];
      for (int i = 0; i < rowIds.size(); i++) {
        for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
          int j = cellColumn[k];
          rows[j][fill[j]] = i;
          vals[j][fill[j]++] = cellValue[k];
        }
      }
      columnValues = vals;
      columnRows = rows;
    }
  }

  /**
   * The matrix restricted to the columns the predicate accepts (given the column index), rows unchanged. Used for
   * sector (functional) connectivity, methods.md §1.1.
   */
  public ServiceValueMatrix restrictColumns(java.util.function.IntPredicate keepColumn, String what) {
    Builder b = builder(maxServiceValue);
    int[] newIndex = new int[columnIds.size()];
    Arrays.fill(newIndex, -1);
    for (int j = 0; j < columnIds.size(); j++) {
      if (keepColumn.test(j)) {
        b.column(columnIds.get(j), columnSectors.get(j));
        newIndex[j] = 0;
      }
    }
    for (int i = 0; i < rowIds.size(); i++) {
      b.row(rowIds.get(i));
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        if (newIndex[cellColumn[k]] >= 0) {
          b.value(rowIds.get(i), columnIds.get(cellColumn[k]), cellValue[k]);
        }
      }
    }
    return b.description(description + ", " + what).build();
  }

  /** The matrix restricted to the columns of one sector. */
  public ServiceValueMatrix restrictToSector(String sector) {
    Objects.requireNonNull(sector, "sector");
    if (!columnSectors.contains(sector)) {
      throw new NoSuchElementException("no column has sector '" + sector + "'; sectors are " + sectors());
    }
    return restrictColumns(j -> columnSectors.get(j).equals(sector), "sector " + sector);
  }

  /** The matrix restricted to the given column ids (e.g. the firms common to two years, §1.3). */
  public ServiceValueMatrix restrictToColumns(Predicate<String> keepColumnId, String what) {
    return restrictColumns(j -> keepColumnId.test(columnIds.get(j)), what);
  }

  /**
   * Builds a {@link ServiceValueMatrix}. Rows and columns appear in the order they are first named. When the same
   * cell receives several values (e.g. a country with an embassy and a consulate in one city) they are combined by
   * the maximum: methods.md §1.3 requires aggregating multi-valued ties into one v per (city, firm) before the
   * product, and the maximum keeps v on the ordinal scale.
   */
  public static final class Builder {
    private final int maxServiceValue;
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<String> sectors = new ArrayList<>();
    private final List<Map<Integer, Integer>> cells = new ArrayList<>();
    private String description = "";

    private Builder(int maxServiceValue) {
      if (maxServiceValue < 1) {
        throw new IllegalArgumentException("maxServiceValue must be at least 1: " + maxServiceValue);
      }
      this.maxServiceValue = maxServiceValue;
    }

    /** Declares a covered city (a row), even if all its values are 0. */
    public Builder row(String cityId) {
      rows.computeIfAbsent(Objects.requireNonNull(cityId, "city id"), k -> {
        cells.add(new HashMap<>());
        return rows.size();
      });
      return this;
    }

    /** Declares a column with its sector (empty when unknown); a later call keeps the first sector. */
    public Builder column(String columnId, String sector) {
      columns.computeIfAbsent(Objects.requireNonNull(columnId, "column id"), k -> {
        sectors.add(sector == null ? "" : sector);
        return columns.size();
      });
      return this;
    }

    /** Sets v_aj, combining with an earlier value of the same cell by the maximum; 0 only declares the row. */
    public Builder value(String cityId, String columnId, int serviceValue) {
      if (serviceValue < 0 || serviceValue > maxServiceValue) {
        throw new IllegalArgumentException("service value of (" + cityId + ", " + columnId + ") must be in 0.."
            + maxServiceValue + ": " + serviceValue);
      }
      row(cityId);
      column(columnId, "");
      if (serviceValue > 0) {
        cells.get(rows.get(cityId)).merge(columns.get(columnId), serviceValue, Math::max);
      }
      return this;
    }

    public Builder description(String text) {
      this.description = text == null ? "" : text;
      return this;
    }

    public ServiceValueMatrix build() {
      int n = rows.size();
      int[] start = new int[n + 1];
      for (int i = 0; i < n; i++) {
        start[i + 1] = start[i] + cells.get(i).size();
      }
      int[] col = new int[start[n]];
      int[] val = new int[start[n]];
      for (int i = 0; i < n; i++) {
        int[] cs = cells.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (int t = 0; t < cs.length; t++) {
          col[start[i] + t] = cs[t];
          val[start[i] + t] = cells.get(i).get(cs[t]);
        }
      }
      return new ServiceValueMatrix(
          new ArrayList<>(rows.keySet()), new ArrayList<>(columns.keySet()), sectors, start, col, val,
          maxServiceValue, description);
    }
  }
}
