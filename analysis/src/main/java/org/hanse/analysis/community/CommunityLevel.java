package org.hanse.analysis.community;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.network.WeightedGraph;

/**
 * One level of the Louvain/Leiden hierarchy: nodes (communities of the level below) with their strengths (the
 * weight inside a merged node counts as a self-loop, twice, so strengths are preserved), sizes (number of original
 * nodes) and adjacency lists without self-loops.
 */
final class CommunityLevel {
  final int n;
  final int[][] neighbours;
  final double[][] weights;
  final double[] strength;
  final double[] size;

  CommunityLevel(int[][] neighbours, double[][] weights, double[] strength, double[] size) {
    this.n = neighbours.length;
    this.neighbours = neighbours;
    this.weights = weights;
    this.strength = strength;
    this.size = size;
  }

  static CommunityLevel of(WeightedGraph g) {
    int n = g.nodeCount();
    int[][] nb = new int[n][];
    double[][] w = new double[n][];
    double[] s = new double[n];
    double[] size = new double[n];
    for (int i = 0; i < n; i++) {
      nb[i] = g.outNeighbours(i);
      w[i] = g.outWeights(i);
      s[i] = g.outStrength(i);
      size[i] = 1;
    }
    return new CommunityLevel(nb, w, s, size);
  }

  /** Merges each community into one node; internal weight becomes the strength of a self-loop (not listed). */
  CommunityLevel aggregate(int[] comm, int count) {
    List<java.util.Map<Integer, Double>> adj = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      adj.add(new java.util.HashMap<>());
    }
    double[] s = new double[count];
    double[] sz = new double[count];
    for (int i = 0; i < n; i++) {
      int ci = comm[i];
      s[ci] += strength[i];
      sz[ci] += size[i];
      for (int k = 0; k < neighbours[i].length; k++) {
        int cj = comm[neighbours[i][k]];
        if (cj != ci) {
          adj.get(ci).merge(cj, weights[i][k], Double::sum);
        }
      }
    }
    int[][] nb = new int[count][];
    double[][] w = new double[count][];
    for (int c = 0; c < count; c++) {
      int[] keys = adj.get(c).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      nb[c] = keys;
      w[c] = new double[keys.length];
      for (int t = 0; t < keys.length; t++) {
        w[c][t] = adj.get(c).get(keys[t]);
      }
    }
    return new CommunityLevel(nb, w, s, sz);
  }
}
