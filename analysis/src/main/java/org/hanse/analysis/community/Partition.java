package org.hanse.analysis.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.hanse.analysis.Provenance;

/**
 * A partition of the nodes of a graph into communities, with the quality of the partition. Communities are
 * numbered 0, 1, … in the order of their first node in the graph, so equal partitions have equal labels.
 */
public final class Partition {
  private final List<String> ids;
  private final int[] labels;
  private final Map<String, Integer> index = new HashMap<>();
  private final double quality;
  private final Provenance provenance;

  /**
   * @param ids        node ids in graph order
   * @param labels     community of each node (relabelled canonically here)
   * @param quality    modularity Q (or CPM quality) of the partition
   * @param provenance how it was found
   */
  public Partition(List<String> ids, int[] labels, double quality, Provenance provenance) {
    if (ids.size() != labels.length) {
      throw new IllegalArgumentException(ids.size() + " ids but " + labels.length + " labels");
    }
    this.ids = List.copyOf(ids);
    this.labels = canonical(labels);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    this.quality = quality;
    this.provenance = provenance;
  }

  static int[] canonical(int[] labels) {
    Map<Integer, Integer> map = new HashMap<>();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = map.computeIfAbsent(labels[i], k -> map.size());
    }
    return out;
  }

  public List<String> ids() {
    return ids;
  }

  /** Canonical community label of each node, in graph order. */
  public int[] labels() {
    return labels.clone();
  }

  public int communityOf(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new NoSuchElementException("node " + id + " is not in the partition");
    }
    return labels[i];
  }

  public int communityCount() {
    int max = -1;
    for (int l : labels) {
      max = Math.max(max, l);
    }
    return max + 1;
  }

  /** The communities as lists of ids, each in graph order, communities in label order. */
  public List<List<String>> communities() {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < communityCount(); c++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < labels.length; i++) {
      out.get(labels[i]).add(ids.get(i));
    }
    return out.stream().map(List::copyOf).toList();
  }

  /** Modularity Q (or the CPM quality for CPM runs). */
  public double quality() {
    return quality;
  }

  public Provenance provenance() {
    return provenance;
  }

  /**
   * Normalised mutual information of two partitions of the same nodes, {@code NMI = 2 I(X;Y) / (H(X) + H(Y))}
   * (Danon et al. 2005, J. Stat. Mech. P09008); 1 for identical partitions; 1 when both are a single community.
   */
  public static double normalisedMutualInformation(Partition a, Partition b) {
    if (!a.ids.equals(b.ids)) {
      throw new IllegalArgumentException("partitions are of different node lists");
    }
    int n = a.labels.length;
    int ka = a.communityCount();
    int kb = b.communityCount();
    double[][] joint = new double[ka][kb];
    double[] pa = new double[ka];
    double[] pb = new double[kb];
    for (int i = 0; i < n; i++) {
      joint[a.labels[i]][b.labels[i]] += 1.0 / n;
      pa[a.labels[i]] += 1.0 / n;
      pb[b.labels[i]] += 1.0 / n;
    }
    double mi = 0;
    for (int x = 0; x < ka; x++) {
      for (int y = 0; y < kb; y++) {
        if (joint[x][y] > 0) {
          mi += joint[x][y] * Math.log(joint[x][y] / (pa[x] * pb[y]));
        }
      }
    }
    double ha = entropy(pa);
    double hb = entropy(pb);
    return ha + hb == 0 ? 1 : 2 * mi / (ha + hb);
  }

  private static double entropy(double[] p) {
    double h = 0;
    for (double v : p) {
      if (v > 0) {
        h -= v * Math.log(v);
      }
    }
    return h;
  }
}
