package org.hanse.analysis.network;

import java.util.ArrayDeque;
import java.util.Arrays;

/** Weakly connected components (edge directions ignored), by breadth-first search. */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Component number of every node, numbered 0, 1, … in order of their smallest node index. */
  public static int[] labels(WeightedGraph g) {
    int n = g.nodeCount();
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int next = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (label[s] >= 0) {
        continue;
      }
      label[s] = next;
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        for (int k = g.outStart(v); k < g.outStart(v + 1); k++) {
          int w = g.outTargetAt(k);
          if (label[w] < 0) {
            label[w] = next;
            queue.add(w);
          }
        }
        if (g.isDirected()) {
          for (int k = g.inStart(v); k < g.inStart(v + 1); k++) {
            int w = g.inSourceAt(k);
            if (label[w] < 0) {
              label[w] = next;
              queue.add(w);
            }
          }
        }
      }
      next++;
    }
    return label;
  }

  /** Number of weakly connected components. */
  public static int count(WeightedGraph g) {
    int max = -1;
    for (int l : labels(g)) {
      max = Math.max(max, l);
    }
    return max + 1;
  }
}
