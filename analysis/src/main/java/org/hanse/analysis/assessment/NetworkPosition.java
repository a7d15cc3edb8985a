package org.hanse.analysis.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.hanse.analysis.Provenance;
import org.hanse.model.TieType;

/**
 * The cluster's position in the world-city networks: the GaWC interlocking connectivity of its members split into
 * the part inside the cluster and the part outside it (firm offices, and the diplomacy adaptation of methods.md
 * §1.6), and, for the city-to-city layers (sister cities, air routes), the cluster as a node: its internal and
 * external ties with the E–I index, and each member's degree and PageRank.
 *
 * @param interlock one entry per interlocking layer ({@code firms}, {@code diplomacy})
 * @param layers    one entry per city-to-city layer
 */
public record NetworkPosition(List<Interlock> interlock, List<Layer> layers) {
  public NetworkPosition {
    interlock = List.copyOf(interlock);
    layers = List.copyOf(layers);
  }

  /**
   * GNC of the members in one interlocking layer, split into internal and external connectivity.
   *
   * @param layer                {@code firms} or {@code diplomacy}
   * @param members              every member, covered or not, in member order
   * @param covered              members that are rows of the layer's service-value matrix
   * @param rankedCities         cities the layer ranks
   * @param internalConnectivity Σ_{a<b} r_ab among covered members; empty when no member is covered
   * @param externalConnectivity Σ_a N_a^ext; empty when no member is covered
   * @param referenceCityId      the city of largest GNC (proportional GNC = 1), empty without data
   * @param undecided            why there is no split (no data of the layer, no member covered), or empty
   * @param provenance           GNC and the internal/external split, with the data
   */
  public record Interlock(String layer, List<InterlockMember> members, int covered, int rankedCities,
      OptionalLong internalConnectivity, OptionalLong externalConnectivity, Optional<String> referenceCityId,
      Optional<String> undecided, Provenance provenance) {
    public Interlock {
      Objects.requireNonNull(layer, "layer");
      members = List.copyOf(members);
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  /**
   * One member in an interlocking layer; every value is empty when the member is not covered by the layer (not
   * surveyed or no affiliation), never 0.
   *
   * @param cityId        member
   * @param gnc           N_a
   * @param proportional  N_a / max N
   * @param rank          rank among the layer's cities (1 = largest)
   * @param internal      N_a^int, interlock with the other members
   * @param external      N_a^ext, interlock with cities outside the cluster
   * @param externalShare N_a^ext / N_a; empty when N_a = 0
   */
  public record InterlockMember(String cityId, OptionalLong gnc, OptionalDouble proportional, OptionalInt rank,
      OptionalLong internal, OptionalLong external, OptionalDouble externalShare) {
    public boolean covered() {
      return gnc.isPresent();
    }
  }

  /**
   * The cluster as a node of one city-to-city layer.
   *
   * @param type       the layer's tie type
   * @param nodes      cities in the layer
   * @param internalTies  ties between members
   * @param externalTies  ties between a member and a non-member
   * @param eiIndex       Krackhardt–Stern E–I index (E − I)/(E + I); empty without ties
   * @param weightedEiIndex the same on tie weights; empty without ties
   * @param members    each member's degree and PageRank in the layer
   * @param undecided  why the layer has no values (no tie of the type), or empty
   * @param provenance E–I index and PageRank, with the data
   */
  public record Layer(TieType type, int nodes, int internalTies, int externalTies, OptionalDouble eiIndex,
      OptionalDouble weightedEiIndex, List<LayerMember> members, Optional<String> undecided, Provenance provenance) {
    public Layer {
      Objects.requireNonNull(type, "type");
      members = List.copyOf(members);
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  /**
   * One member in a city-to-city layer; empty values when the member has no tie of the layer (not in the network).
   *
   * @param cityId   member
   * @param degree   distinct partner cities in the layer
   * @param pageRank PageRank score (sums to 1 over the layer's cities)
   * @param pageRankRank rank by PageRank among the layer's cities (1 = highest)
   */
  public record LayerMember(String cityId, OptionalInt degree, OptionalDouble pageRank, OptionalInt pageRankRank) {}
}
