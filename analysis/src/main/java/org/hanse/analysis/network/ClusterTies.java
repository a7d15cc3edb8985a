package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;

/**
 * The city cluster as a node: its internal and external ties and the E–I index (Krackhardt &amp; Stern 1988,
 * "Informal networks and organizational crises", Social Psychology Quarterly 51(2):123-140):
 * {@code EI = (E − I) / (E + I)}, from −1 (all ties inside the cluster) to +1 (all ties outside). Computed on edge
 * counts and on edge weights, for the cluster and for each member; and the contracted graph in which the members
 * are merged into one node (ties from several members to the same outside city add up; internal ties disappear),
 * on which any centrality of this package measures the cluster as one actor.
 *
 * <p>Members absent from the graph are listed as missing, never treated as isolated nodes. Directed graphs count
 * a tie as external when either end is outside the cluster.
 */
public final class ClusterTies {
  /** Citation carried in every result. */
  public static final String CITATION = "Krackhardt & Stern (1988) Social Psychology Quarterly 51(2):123-140"
      + " (E–I index); methods.md §2, §9";

  private ClusterTies() {}

  /**
   * @param g         the city graph
   * @param clusterId id for the merged node (must not be a node of g)
   * @param memberIds member cities
   */
  public static Result of(WeightedGraph g, String clusterId, Collection<String> memberIds) {
    if (g.contains(clusterId)) {
      throw new IllegalArgumentException("cluster id " + clusterId + " is already a node of the graph");
    }
    Set<String> members = new LinkedHashSet<>();
    List<Exclusion> missing = new ArrayList<>();
    for (String m : new LinkedHashSet<>(memberIds)) {
      if (g.contains(m)) {
        members.add(m);
      } else {
        missing.add(new Exclusion(m, "not a node of the graph"));
      }
    }
    boolean[] in = new boolean[g.nodeCount()];
    members.forEach(m -> in[g.requireIndex(m)] = true);
    double[] counts = new double[2]; // internal, external
    double[] weights = new double[2];
    double[][] perMember = new double[g.nodeCount()][4]; // int count, ext count, int weight, ext weight
    WeightedGraph.Builder contracted = WeightedGraph.builder(g.isDirected());
    for (String id : g.ids()) {
      contracted.node(in[g.requireIndex(id)] ? clusterId : id);
    }
    contracted.node(clusterId);
    g.forEachEdge((u, v, w) -> {
      if (!in[u] && !in[v]) {
        contracted.edge(g.id(u), g.id(v), w);
        return;
      }
      boolean internal = in[u] && in[v];
      int slot = internal ? 0 : 1;
      counts[slot]++;
      weights[slot] += w;
      for (int x : new int[] {u, v}) {
        if (in[x]) {
          perMember[x][slot]++;
          perMember[x][2 + slot] += w;
        }
      }
      if (!internal) {
        contracted.edge(in[u] ? clusterId : g.id(u), in[v] ? clusterId : g.id(v), w);
      }
    });
    List<Member> memberResults = new ArrayList<>();
    for (String m : members) {
      double[] x = perMember[g.requireIndex(m)];
      memberResults.add(new Member(m, (int) x[0], (int) x[1], x[2], x[3]));
    }
    Provenance p = Provenance.of("cluster as a node: internal vs external ties, E–I index", CITATION)
        .withParameter("cluster", clusterId)
        .withParameter("members in graph", members.size())
        .withData(g.nodeCount() + " nodes, " + g.edgeCount() + " edges");
    if (!missing.isEmpty()) {
      p = p.withNote(missing.size() + " member(s) not in the graph are left out");
    }
    return new Result(clusterId, (int) counts[0], (int) counts[1], weights[0], weights[1], memberResults,
        contracted.build(), missing, p);
  }

  static double ei(double external, double internal) {
    return external + internal == 0 ? Double.NaN : (external - internal) / (external + internal);
  }

  /**
   * Ties of one member.
   *
   * @param cityId         member
   * @param internalTies   ties to other members
   * @param externalTies   ties to non-members
   * @param internalWeight their weight
   * @param externalWeight their weight
   */
  public record Member(String cityId, int internalTies, int externalTies, double internalWeight,
      double externalWeight) {
    /** E–I index on tie counts; NaN for a member without ties (undefined, not 0). */
    public double eiIndex() {
      return ei(externalTies, internalTies);
    }

    /** E–I index on tie weights; NaN for a member without ties. */
    public double weightedEiIndex() {
      return ei(externalWeight, internalWeight);
    }
  }

  /**
   * The cluster's ties.
   *
   * @param clusterId       cluster (the merged node of {@code contracted})
   * @param internalTies    ties between members
   * @param externalTies    ties between a member and a non-member
   * @param internalWeight  their weight
   * @param externalWeight  their weight
   * @param members         per-member split (members present in the graph)
   * @param contracted      the graph with the members merged into one node
   * @param missingMembers  members that are not nodes of the graph
   * @param provenance      how it was computed
   */
  public record Result(String clusterId, int internalTies, int externalTies, double internalWeight,
      double externalWeight, List<Member> members, WeightedGraph contracted, List<Exclusion> missingMembers,
      Provenance provenance) {
    public Result {
      members = List.copyOf(members);
      missingMembers = List.copyOf(missingMembers);
    }

    /** E–I index on tie counts; NaN when the cluster has no tie at all. */
    public double eiIndex() {
      return ei(externalTies, internalTies);
    }

    /** E–I index on tie weights; NaN when the cluster has no tie at all. */
    public double weightedEiIndex() {
      return ei(externalWeight, internalWeight);
    }
  }
}
