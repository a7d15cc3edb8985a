package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.hanse.analysis.Provenance;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * The ties of a cluster's member cities by type, inside and outside the cluster, and the central city's share of
 * the cluster's international ties.
 *
 * <p>Definitions (also in docs/metrics.md):
 * <ul>
 *   <li><b>inside</b>: a city-to-city tie (sister city, air route) between two members; an {@link
 *       TieType#EVENT_COHOST} tie for an edition that another member co-hosts too (a joint activity of the cluster).
 *       Other city–actor ties have no "inside": the partner is a foreign actor, so {@link TypeCount#inside()} is
 *       empty for them (not 0);</li>
 *   <li><b>outside</b>: every other tie of a member;</li>
 *   <li><b>international</b>: an outside tie whose partner is a city in another country (country codes as stored,
 *       so Hong Kong and Macao are their own) or a foreign actor (organisation, city network, firm, sending state,
 *       event series). Outside city-to-city ties within the country are <b>domestic</b>;</li>
 *   <li><b>central share</b>: the central city's international ties divided by the cluster's (the sum over
 *       members: an outside tie has exactly one member end, so nothing is counted twice). Computed on tie counts,
 *       overall and per type; undefined (empty) when the cluster has no international tie of that type.</li>
 * </ul>
 *
 * @param byType       one row per tie type, in {@link TieType} order
 * @param perMember    each member's international ties by type
 * @param centralCities the central city or cities, with their shares
 * @param centralCombined the central cities together (equal to the single entry when there is one)
 * @param provenance   method, parameters and data
 * @param typesWithoutData the tie types of which the dataset holds no tie at all (network memberships in the
 *                     bundled data): their counts are missing, not 0, and are shown so
 */
public record TieProfile(List<TypeCount> byType, List<MemberTies> perMember, List<CentralShare> centralCities,
    CentralShare centralCombined, Provenance provenance, Set<TieType> typesWithoutData) {

  public TieProfile {
    typesWithoutData = typesWithoutData.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(
        typesWithoutData));
    byType = List.copyOf(byType);
    perMember = List.copyOf(perMember);
    centralCities = List.copyOf(centralCities);
  }

  /** Counts of one tie type. */
  public record TypeCount(
      TieType type,
      boolean cityToCity,
      OptionalInt inside,
      int outside,
      int international,
      double insideWeight,
      double outsideWeight,
      double internationalWeight,
      int internationalPartners) {
    /** Outside ties within the country (city-to-city types only; 0 for actor types). */
    public int domestic() {
      return outside - international;
    }
  }

  /** One member's international ties by type. */
  public record MemberTies(String cityId, boolean central, Map<TieType, Integer> international, int total) {
    public MemberTies {
      international = Collections.unmodifiableMap(new EnumMap<>(international));
    }

    public int of(TieType type) {
      return international.getOrDefault(type, 0);
    }
  }

  /**
   * A central city's (or the central cities') share of the cluster's international ties.
   *
   * @param cityIds     the central city or cities
   * @param ties        their international ties
   * @param clusterTies the cluster's international ties
   * @param share       ties / clusterTies; empty when the cluster has none
   * @param byType      the same share per tie type; empty for a type the cluster has no international tie of
   */
  public record CentralShare(List<String> cityIds, int ties, int clusterTies, OptionalDouble share,
      Map<TieType, OptionalDouble> byType) {
    public CentralShare {
      cityIds = List.copyOf(cityIds);
      byType = Collections.unmodifiableMap(new EnumMap<>(byType));
    }
  }

  /**
   * True when the dataset holds no tie of this type anywhere: the type's counts and shares are then missing (no one
   * recorded such ties), not a finding that the cluster has none.
   */
  public boolean hasNoData(TieType type) {
    return typesWithoutData.contains(type);
  }

  /** The row of one type. */
  public TypeCount of(TieType type) {
    return byType.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
  }

  /** Total international ties of the cluster, all types. */
  public int international() {
    return byType.stream().mapToInt(TypeCount::international).sum();
  }

  /**
   * The inside / domestic / international rule of this class for one cluster, as a classifier of single ties, so
   * that other modules (the advice, the reports) count a member's international ties exactly as the assessment does
   * instead of re-implementing the rule.
   */
  public static final class Classifier {
    private final Dataset dataset;
    private final Set<String> members;
    private final Map<String, Integer> cohostEditions = new HashMap<>();

    private Classifier(Dataset dataset, Cluster cluster) {
      this.dataset = dataset;
      this.members = new HashSet<>(cluster.memberIds());
      // Event editions (actor + detail + year) co-hosted by members: an edition with two or more member co-hosts
      // is inside.
      for (String m : cluster.memberIds()) {
        for (Tie t : dataset.tiesOf(m)) {
          if (t.type() == TieType.EVENT_COHOST) {
            cohostEditions.merge(edition(t), 1, Integer::sum);
          }
        }
      }
    }

    /** True when the tie of the member is inside the cluster (see the class comment). */
    public boolean inside(String member, Tie t) {
      if (t.type().isCityToCity()) {
        return members.contains(t.otherEnd(member));
      }
      return t.type() == TieType.EVENT_COHOST && cohostEditions.getOrDefault(edition(t), 0) > 1;
    }

    /** True when the tie of the member counts as one of its international ties. */
    public boolean international(String member, Tie t) {
      if (inside(member, t)) {
        return false;
      }
      if (t.type().isCityToCity()) {
        City other = dataset.city(t.otherEnd(member)).orElseThrow();
        return !other.country().equals(dataset.city(member).orElseThrow().country());
      }
      return true;
    }

    /** The member's international ties, in the dataset's order. */
    public List<Tie> internationalTies(String member) {
      List<Tie> out = new ArrayList<>();
      for (Tie t : dataset.tiesOf(member)) {
        if (international(member, t)) {
          out.add(t);
        }
      }
      return out;
    }
  }

  /** The classifier of the cluster's ties (inside, domestic, international) used by {@link #of}. */
  public static Classifier classifier(Dataset dataset, Cluster cluster) {
    return new Classifier(dataset, cluster);
  }

  /** Builds the profile of one cluster. */
  public static TieProfile of(Dataset dataset, Cluster cluster) {
    Classifier rule = classifier(dataset, cluster);
    Map<TieType, long[]> counts = new EnumMap<>(TieType.class); // inside, outside, international
    Map<TieType, double[]> weights = new EnumMap<>(TieType.class);
    Map<TieType, Set<String>> partners = new EnumMap<>(TieType.class);
    for (TieType type : TieType.values()) {
      counts.put(type, new long[3]);
      weights.put(type, new double[3]);
      partners.put(type, new HashSet<>());
    }
    Set<String> seen = new HashSet<>();
    List<MemberTies> perMember = new ArrayList<>();
    for (String m : cluster.memberIds()) {
      Map<TieType, Integer> mine = new EnumMap<>(TieType.class);
      int total = 0;
      for (Tie t : dataset.tiesOf(m)) {
        TieType type = t.type();
        String partner = t.otherEnd(m);
        boolean inside = rule.inside(m, t);
        boolean international = rule.international(m, t);
        if (type.isCityToCity() && inside && !seen.add(t.id())) {
          continue; // an inside tie is met from both ends: count it once
        }
        int slot = inside ? 0 : 1;
        counts.get(type)[slot]++;
        weights.get(type)[slot] += t.weight();
        if (international) {
          counts.get(type)[2]++;
          weights.get(type)[2] += t.weight();
          partners.get(type).add(partner);
          mine.merge(type, 1, Integer::sum);
          total++;
        }
      }
      perMember.add(new MemberTies(m, cluster.isCentral(m), mine, total));
    }
    List<TypeCount> rows = new ArrayList<>();
    for (TieType type : TieType.values()) {
      long[] c = counts.get(type);
      double[] w = weights.get(type);
      boolean hasInside = type.isCityToCity() || type == TieType.EVENT_COHOST;
      rows.add(new TypeCount(type, type.isCityToCity(), hasInside ? OptionalInt.of((int) c[0]) : OptionalInt.empty(),
          (int) c[1], (int) c[2], w[0], w[1], w[2], partners.get(type).size()));
    }
    List<CentralShare> centrals = new ArrayList<>();
    for (String c : cluster.centralIds()) {
      centrals.add(share(List.of(c), perMember, rows));
    }
    CentralShare combined = share(cluster.centralIds(), perMember, rows);
    EnumSet<TieType> withoutData = EnumSet.allOf(TieType.class);
    dataset.ties().forEach(t -> withoutData.remove(t.type()));
    // A type the data hold no tie of is not known, not 0, in the data line too.
    Map<String, Object> typesUsed = new LinkedHashMap<>();
    rows.forEach(r -> typesUsed.put(r.type().key(), withoutData.contains(r.type()) ? "n/a"
        : r.outside() + r.inside().orElse(0)));
    Provenance p = Provenance.of("ties by type inside and outside the cluster; central city's share",
            "Hanse definitions, docs/metrics.md (ties)")
        .withParameter("inside", "city-to-city tie between two members, or co-hosting of an edition with another member")
        .withParameter("international", "outside tie to a city in another country or to a foreign actor")
        .withParameter("central share", "central city's international ties / cluster's international ties (counts)")
        .withData(dataset.label() + "; ties of " + cluster.memberIds().size() + " members by type " + typesUsed
            + (withoutData.isEmpty() ? "" : " (n/a: the data hold no tie of that type)"));
    for (TieType type : withoutData) {
      p = p.withNote("missing: the data hold no " + type.key() + " tie at all, so its counts are not known (not 0)");
    }
    return new TieProfile(rows, perMember, centrals, combined, p, withoutData);
  }

  private static String edition(Tie t) {
    return t.partnerId() + "\u0000" + t.detail() + "\u0000" + (t.fromYear() == null ? "" : t.fromYear());
  }

  private static CentralShare share(List<String> centralIds, List<MemberTies> perMember, List<TypeCount> rows) {
    int mine = 0;
    int all = 0;
    Map<TieType, OptionalDouble> byType = new EnumMap<>(TieType.class);
    for (MemberTies m : perMember) {
      all += m.total();
      if (centralIds.contains(m.cityId())) {
        mine += m.total();
      }
    }
    for (TypeCount r : rows) {
      int c = 0;
      for (MemberTies m : perMember) {
        if (centralIds.contains(m.cityId())) {
          c += m.of(r.type());
        }
      }
      byType.put(r.type(), r.international() == 0 ? OptionalDouble.empty()
          : OptionalDouble.of((double) c / r.international()));
    }
    return new CentralShare(centralIds, mine, all, all == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) mine / all), byType);
  }
}
