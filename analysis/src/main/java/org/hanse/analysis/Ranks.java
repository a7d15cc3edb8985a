package org.hanse.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking conventions of methods.md §0: competition ranking ("1, 2, 2, 4") for display, average ranks for rank
 * statistics (Zipf, Spearman), and a stable order with the id as secondary key so outputs are deterministic.
 */
public final class Ranks {
  private Ranks() {}

  /**
   * Positions sorted by value, largest first; equal values are ordered by id (then by position), so the order is
   * deterministic.
   */
  public static int[] orderDescending(double[] values, List<String> ids) {
    Integer[] idx = new Integer[values.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Comparator<Integer> byValue = (a, b) -> Double.compare(values[b], values[a]);
    Arrays.sort(idx, byValue.thenComparing(i -> ids.get(i)).thenComparingInt(i -> i));
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Competition ranks ("1, 2, 2, 4"), rank 1 = largest value. {@code result[i]} is the rank of position i.
   */
  public static int[] competitionDescending(double[] values, List<String> ids) {
    int[] order = orderDescending(values, ids);
    int[] rank = new int[values.length];
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (k > 0 && values[order[k - 1]] == values[i]) {
        rank[i] = rank[order[k - 1]];
      } else {
        rank[i] = k + 1;
      }
    }
    return rank;
  }

  /**
   * Average ranks (fractional ranking), rank 1 = largest value: tied values share the mean of the positions they
   * occupy, as rank statistics require (methods.md §0, §3 rank-size).
   */
  public static double[] averageDescending(double[] values) {
    int n = values.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(values[b], values[a]));
    double[] rank = new double[n];
    int k = 0;
    while (k < n) {
      int end = k;
      while (end + 1 < n && values[idx[end + 1]] == values[idx[k]]) {
        end++;
      }
      double mean = (k + 1 + end + 1) / 2.0;
      for (int t = k; t <= end; t++) {
        rank[idx[t]] = mean;
      }
      k = end + 1;
    }
    return rank;
  }
}
