package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A weighted two-mode (city × actor) relation, e.g. cities × city networks or cities × sending countries, stored
 * sparsely in both orientations, with its weighted one-mode projection onto the cities.
 *
 * <p>Projection weightings ({@link Weighting}):
 * <ul>
 *   <li>{@code PRODUCT}: {@code w_ab = Σ_j w_aj w_bj}, the weighted one-mode projection R = W Wᵀ of the GaWC
 *       interlocking network model (methods.md §1.1);</li>
 *   <li>{@code SHARED_COUNT}: the number of actors a and b share (binary co-affiliation);</li>
 *   <li>{@code NEWMAN}: {@code Σ_j 1/(k_j − 1)} over shared actors, k_j = number of cities of actor j (Newman 2001,
 *       "Scientific collaboration networks II", Phys. Rev. E 64:016132): large affiliations count less per pair.</li>
 * </ul>
 *
 * <p>The projection is computed row by row with a dense scratch vector: for city a every city b &gt; a that shares
 * an actor accumulates its contribution, so the cost is Σ_j k_j² / 2 additions, no hashing and no n × n matrix.
 */
public final class BipartiteLayer {
  private final List<String> rowIds;
  private final List<String> columnIds;
  private final int[] rowStart;
  private final int[] rowColumn;
  private final double[] rowWeight;
  private final int[][] columnRows;
  private final double[][] columnWeights;
  private final Map<String, Integer> rowIndex = new HashMap<>();

  private BipartiteLayer(List<String> rowIds, List<String> columnIds, List<Map<Integer, Double>> cells) {
    this.rowIds = List.copyOf(rowIds);
    this.columnIds = List.copyOf(columnIds);
    int n = rowIds.size();
    for (int i = 0; i < n; i++) {
      rowIndex.put(rowIds.get(i), i);
    }
    rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + cells.get(i).size();
    }
    rowColumn = new int[rowStart[n]];
    rowWeight = new double[rowStart[n]];
    int[] count = new int[columnIds.size()];
    for (int i = 0; i < n; i++) {
      int[] cols = cells.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      for (int t = 0; t < cols.length; t++) {
        rowColumn[rowStart[i] + t] = cols[t];
        rowWeight[rowStart[i] + t] = cells.get(i).get(cols[t]);
        count[cols[t]]++;
      }
    }
    columnRows = new int[columnIds.size()][];
    columnWeights = new double[columnIds.size()][];
    for (int j = 0; j < count.length; j++) {
      columnRows[j] = new int[count[j]];
      columnWeights[j] = new double[count[j]];
    }
    int[] fill = new int[count.length];
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int j = rowColumn[k];
        columnRows[j][fill[j]] = i;
        columnWeights[j][fill[j]++] = rowWeight[k];
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** City ids (rows), including cities without any tie in this layer. */
  public List<String> rowIds() {
    return rowIds;
  }

  /** Actor ids (columns). */
  public List<String> columnIds() {
    return columnIds;
  }

  /** Number of non-zero cells. */
  public int cellCount() {
    return rowColumn.length;
  }

  /** Weight of (city, actor); 0 when there is no tie. */
  public double weight(String rowId, String columnId) {
    Integer i = rowIndex.get(rowId);
    int j = columnIds.indexOf(columnId);
    if (i == null || j < 0) {
      return 0;
    }
    int k = Arrays.binarySearch(rowColumn, rowStart[i], rowStart[i + 1], j);
    return k >= 0 ? rowWeight[k] : 0;
  }

  /** Number of cities tied to an actor (its degree k_j). */
  public int columnDegree(int column) {
    return columnRows[column].length;
  }

  /** The two-mode relation as an undirected graph on cities and actors (actor ids must differ from city ids). */
  public WeightedGraph toTwoModeGraph() {
    WeightedGraph.Builder b = WeightedGraph.undirected();
    rowIds.forEach(b::node);
    columnIds.forEach(b::node);
    for (int i = 0; i < rowIds.size(); i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        b.edge(rowIds.get(i), columnIds.get(rowColumn[k]), rowWeight[k]);
      }
    }
    return b.build();
  }

  /** The weighted one-mode projection onto the cities; every row is a node, the diagonal is excluded. */
  public WeightedGraph project(Weighting weighting) {
    Objects.requireNonNull(weighting, "weighting");
    int n = rowIds.size();
    WeightedGraph.Builder b = WeightedGraph.undirected();
    rowIds.forEach(b::node);
    double[] acc = new double[n];
    int[] touched = new int[n];
    boolean[] seen = new boolean[n];
    for (int a = 0; a < n; a++) {
      int count = 0;
      for (int k = rowStart[a]; k < rowStart[a + 1]; k++) {
        int j = rowColumn[k];
        double waj = rowWeight[k];
        int[] rows = columnRows[j];
        double[] ws = columnWeights[j];
        double newman = rows.length > 1 ? 1.0 / (rows.length - 1) : 0;
        for (int t = rows.length - 1; t >= 0 && rows[t] > a; t--) {
          int c = rows[t];
          double contribution = switch (weighting) {
            case PRODUCT -> waj * ws[t];
            case SHARED_COUNT -> 1;
            case NEWMAN -> newman;
          };
          if (!seen[c]) {
            seen[c] = true;
            touched[count++] = c;
          }
          acc[c] += contribution;
        }
      }
      Arrays.sort(touched, 0, count);
      for (int t = 0; t < count; t++) {
        int c = touched[t];
        b.edge(rowIds.get(a), rowIds.get(c), acc[c]);
        acc[c] = 0;
        seen[c] = false;
      }
    }
    return b.build();
  }

  /** How shared actors become a city–city weight. */
  public enum Weighting {
    PRODUCT,
    SHARED_COUNT,
    NEWMAN
  }

  /**
   * Builds a {@link BipartiteLayer}. Several weights for the same (city, actor) cell are combined by the rule given
   * to {@link #weight(String, String, double, java.util.function.DoubleBinaryOperator)} (sum by default).
   */
  public static final class Builder {
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<Map<Integer, Double>> cells = new ArrayList<>();

    public Builder row(String id) {
      rows.computeIfAbsent(Objects.requireNonNull(id, "row id"), k -> {
        cells.add(new HashMap<>());
        return rows.size();
      });
      return this;
    }

    public Builder column(String id) {
      columns.computeIfAbsent(Objects.requireNonNull(id, "column id"), k -> columns.size());
      return this;
    }

    /** Adds a weight to a cell (summing with earlier weights of the cell). */
    public Builder weight(String rowId, String columnId, double w) {
      return weight(rowId, columnId, w, Double::sum);
    }

    /** Sets a cell, combining with an earlier weight of the same cell by {@code combine}. */
    public Builder weight(String rowId, String columnId, double w, java.util.function.DoubleBinaryOperator combine) {
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weight of (" + rowId + ", " + columnId + ") must be positive: " + w);
      }
      row(rowId);
      column(columnId);
      cells.get(rows.get(rowId)).merge(columns.get(columnId), w, (x, y) -> combine.applyAsDouble(x, y));
      return this;
    }

    public BipartiteLayer build() {
      return new BipartiteLayer(new ArrayList<>(rows.keySet()), new ArrayList<>(columns.keySet()), cells);
    }
  }
}
