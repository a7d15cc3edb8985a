package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.ClusterTies;
import org.hanse.analysis.network.DegreeCentrality;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.ClusterConnectivity;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.model.Cluster;
import org.hanse.model.TieType;

/**
 * Computes the {@link NetworkPosition} of each cluster. The whole-network measures (GNC of every city, each
 * layer's PageRank and degree) do not depend on the cluster and are computed once per run; the cluster-specific
 * parts (internal/external split, E–I index) once per cluster.
 */
final class NetworkPositionAnalysis {
  /** The city-to-city layers whose position is reported: the two with a partner city at the other end. */
  static final List<TieType> CITY_LAYERS = List.of(TieType.SISTER_CITY, TieType.AIR_ROUTE);

  private final Facts facts;
  private Optional<ServiceValueMatrix> diplomacy;
  private String diplomacyProblem;
  private ConnectivityResult diplomacyGnc;
  private MultiplexNetwork network;
  private final Map<TieType, Scores> degrees = new EnumMap<>(TieType.class);
  private final Map<TieType, Scores> pageRanks = new EnumMap<>(TieType.class);

  NetworkPositionAnalysis(Facts facts) {
    this.facts = facts;
  }

  synchronized NetworkPosition of(Cluster c) {
    List<NetworkPosition.Interlock> interlock = new ArrayList<>();
    interlock.add(interlock(c, "firms", facts.firmMatrix(), facts.firmGnc().orElse(null),
        "the data hold no firm office"));
    interlock.add(interlock(c, "diplomacy", diplomacyMatrix(), diplomacyGnc,
        diplomacyProblem != null ? diplomacyProblem
            : "the data hold no organisation seat, city-network membership or diplomatic mission"));
    List<NetworkPosition.Layer> layers = new ArrayList<>();
    for (TieType t : CITY_LAYERS) {
      layers.add(layer(c, t));
    }
    return new NetworkPosition(interlock, layers);
  }

  private Optional<ServiceValueMatrix> diplomacyMatrix() {
    if (diplomacy == null) {
      try {
        ServiceValueMatrix v = ServiceValueMatrices.diplomaticAffiliations(facts.dataset, null);
        diplomacy = v.rowCount() == 0 ? Optional.empty() : Optional.of(v);
      } catch (IllegalArgumentException e) {
        // a tie weight off the documented scale: say which, instead of guessing a service value
        diplomacy = Optional.empty();
        diplomacyProblem = e.getMessage();
      }
      diplomacy.ifPresent(v -> diplomacyGnc = GlobalNetworkConnectivity.of(v));
    }
    return diplomacy;
  }

  private NetworkPosition.Interlock interlock(Cluster c, String layer, Optional<ServiceValueMatrix> matrix,
      ConnectivityResult gnc, String noData) {
    List<NetworkPosition.InterlockMember> members = new ArrayList<>();
    if (matrix.isEmpty() || gnc == null) {
      for (String m : c.memberIds()) {
        members.add(uncovered(m));
      }
      return new NetworkPosition.Interlock(layer, members, 0, 0, OptionalLong.empty(), OptionalLong.empty(),
          Optional.empty(), Optional.of(noData), Provenance.of("GaWC global network connectivity (GNC)",
              GlobalNetworkConnectivity.CITATION).withData(noData));
    }
    ClusterConnectivity.Result split = ClusterConnectivity.of(matrix.get(), c.id(), c.memberIds());
    for (String m : c.memberIds()) {
      ClusterConnectivity.Member sm = split.members().stream().filter(x -> x.cityId().equals(m)).findFirst()
          .orElse(null);
      if (sm == null) {
        members.add(uncovered(m));
      } else {
        members.add(new NetworkPosition.InterlockMember(m, OptionalLong.of(sm.total()),
            OptionalDouble.of(gnc.proportional(m)), OptionalInt.of(gnc.rank(m)), OptionalLong.of(sm.internal()),
            OptionalLong.of(sm.external()),
            sm.total() == 0 ? OptionalDouble.empty() : OptionalDouble.of(sm.externalShare())));
      }
    }
    int covered = split.members().size();
    Provenance p = gnc.provenance().withNotes(split.provenance().notes())
        .withParameter("split", split.provenance().method() + " (" + split.provenance().citation() + ")");
    if (!split.missingMembers().isEmpty()) {
      p = p.withNote(split.missingMembers().size() + " of " + c.memberIds().size() + " members not covered by the "
          + layer + " layer: no connectivity value (not 0)");
    }
    Optional<String> top = gnc.ranking().isEmpty() ? Optional.empty()
        : Optional.of(gnc.ranking().get(0).cityId());
    return new NetworkPosition.Interlock(layer, members, covered, gnc.cityIds().size(),
        covered == 0 ? OptionalLong.empty() : OptionalLong.of(split.internalConnectivity()),
        covered == 0 ? OptionalLong.empty() : OptionalLong.of(split.externalConnectivity()), top,
        covered == 0 ? Optional.of("no member is covered by the " + layer + " layer") : Optional.empty(), p);
  }

  private static NetworkPosition.InterlockMember uncovered(String m) {
    return new NetworkPosition.InterlockMember(m, OptionalLong.empty(), OptionalDouble.empty(), OptionalInt.empty(),
        OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.empty());
  }

  private NetworkPosition.Layer layer(Cluster c, TieType type) {
    if (network == null) {
      network = MultiplexNetwork.builder(facts.dataset).layers(CITY_LAYERS)
          .tieWeighting(MultiplexNetwork.TieWeighting.WEIGHT_SUM).build();
    }
    WeightedGraph g = network.layer(type);
    List<NetworkPosition.LayerMember> members = new ArrayList<>();
    if (g.edgeCount() == 0) {
      for (String m : c.memberIds()) {
        members.add(new NetworkPosition.LayerMember(m, OptionalInt.empty(), OptionalDouble.empty(),
            OptionalInt.empty()));
      }
      String why = "the data hold no " + type.key() + " tie";
      return new NetworkPosition.Layer(type, g.nodeCount(), 0, 0, OptionalDouble.empty(), OptionalDouble.empty(),
          members, Optional.of(why), network.provenance().withNote(why));
    }
    Scores deg = degrees.computeIfAbsent(type, t -> DegreeCentrality.degree(g, DegreeCentrality.Direction.ALL));
    Scores pr = pageRanks.computeIfAbsent(type, t -> new PageRank().compute(g));
    ClusterTies.Result ct = ClusterTies.of(g, "cluster:" + c.id(), c.memberIds());
    for (String m : c.memberIds()) {
      if (g.contains(m)) {
        members.add(new NetworkPosition.LayerMember(m, OptionalInt.of((int) deg.get(m)),
            OptionalDouble.of(pr.get(m)), OptionalInt.of(pr.rank(m))));
      } else {
        members.add(new NetworkPosition.LayerMember(m, OptionalInt.empty(), OptionalDouble.empty(),
            OptionalInt.empty()));
      }
    }
    Provenance p = Provenance.of("cluster as a node: E–I index; degree and PageRank of the members",
            ClusterTies.CITATION + "; " + DegreeCentrality.CITATION + "; " + PageRank.CITATION)
        .withData(network.provenance().data() + "; layer " + type.key() + ", " + g.nodeCount() + " cities, "
            + g.edgeCount() + " city pairs")
        .withParameter("tie weighting", "sum of tie weights per city pair")
        .withNotes(ct.provenance().notes()).withNotes(pr.provenance().notes());
    for (Map.Entry<String, String> e : pr.provenance().parameters().entrySet()) {
      p = p.withParameter("PageRank " + e.getKey(), e.getValue());
    }
    return new NetworkPosition.Layer(type, g.nodeCount(), ct.internalTies(), ct.externalTies(),
        finite(ct.eiIndex()), finite(ct.weightedEiIndex()), members, Optional.empty(), p);
  }

  private static OptionalDouble finite(double v) {
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }
}
