package org.hanse.analysis.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hanse.analysis.Provenance;

/**
 * The inner structure of a cluster: the central city's radiation, the concentration of international resources
 * among the members, the degree of coordinated opening-up and homogeneous competition between members.
 *
 * @param radiation     gravity shares, hinterlands, breaking points, tie shares of the central cities
 * @param concentration Gini, Theil, HHI and primacy of the members' international ties (and primacy of population)
 * @param coordination  coupling coordination of the members' opening scores
 * @param homogeneity   member pairs with the most overlapping foreign partners and function profiles
 */
public record InnerStructure(Radiation radiation, Concentration concentration, Coordination coordination,
    Homogeneity homogeneity) {

  /**
   * The radiation (辐射影响) of each central city.
   *
   * @param centres    one entry per central city
   * @param hinterland which central city each member belongs to by field strength (only with two or more centres)
   * @param gravity    provenance of the gravity linkages (masses, units, exponent)
   * @param provenance provenance of the field strength and breaking points
   */
  public record Radiation(List<Centre> centres, List<Hinterland> hinterland, Provenance gravity,
      Provenance provenance) {
    public Radiation {
      centres = List.copyOf(centres);
      hinterland = List.copyOf(hinterland);
    }
  }

  /**
   * @param cityId         the central city
   * @param gravityShare   its share of all gravity linkage among the members (Σ_j R_cj / Σ_{i<j} R_ij); empty when
   *                       it has no population
   * @param outLinkageShare its share of all out-directed linkage (Σ_j R_c→j / Σ R_i→j)
   * @param tieShare       its share of the cluster's international ties
   * @param breakingPoints the breaking point towards every other member with a population
   */
  public record Centre(String cityId, OptionalDouble gravityShare, OptionalDouble outLinkageShare,
      OptionalDouble tieShare, List<BreakingPointTo> breakingPoints) {
    public Centre {
      breakingPoints = List.copyOf(breakingPoints);
    }
  }

  /**
   * @param memberId     the other member
   * @param distanceKm   great-circle distance centre–member
   * @param fromCentreKm distance of the breaking point from the centre
   */
  public record BreakingPointTo(String memberId, double distanceKm, double fromCentreKm) {
    /** Share of the way to the member that lies in the centre's sphere. */
    public double reach() {
      return fromCentreKm / distanceKm;
    }
  }

  /**
   * @param memberId    a member
   * @param centreId    the central city of largest field strength there
   * @param tiedCentres other centres with the same strength
   */
  public record Hinterland(String memberId, String centreId, List<String> tiedCentres) {
    public Hinterland {
      tiedCentres = List.copyOf(tiedCentres);
    }
  }

  /**
   * Concentration and polarisation (资源过度集中、两极分化) of international ties among the members.
   *
   * @param resource        what is measured ("international ties")
   * @param values          member → value
   * @param gini            Gini coefficient; empty when undefined
   * @param giniCorrected   with the small-sample correction n/(n−1)
   * @param theil           Theil T
   * @param hhi             Herfindahl–Hirschman index (0–1)
   * @param hhiNormalised   (H − 1/n)/(1 − 1/n)
   * @param largestShare    CR1, share of the largest member
   * @param largest         the largest member
   * @param primacyS2       two-city primacy of international ties
   * @param primacyS4       four-city primacy
   * @param primacyS11      eleven-city primacy
   * @param populationS2    two-city primacy of population (members with a known population)
   * @param populationS4    four-city primacy of population
   * @param populationLargest the most populous member
   * @param provenance      methods and data
   */
  public record Concentration(String resource, Map<String, Double> values, OptionalDouble gini,
      OptionalDouble giniCorrected, OptionalDouble theil, OptionalDouble hhi, OptionalDouble hhiNormalised,
      OptionalDouble largestShare, String largest, OptionalDouble primacyS2, OptionalDouble primacyS4,
      OptionalDouble primacyS11, OptionalDouble populationS2, OptionalDouble populationS4, String populationLargest,
      Provenance provenance) {
    public Concentration {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /**
   * Coordinated opening-up (协同开放): the coupling coordination degree of the members' opening scores.
   *
   * @param opening        member → opening score U_i ∈ [0.01, 1] (entropy-weighted index of international ties)
   * @param weights        indicator → entropy weight of the opening score
   * @param coupling       corrected coupling degree C (Wang et al. 2021)
   * @param comprehensive  T = mean of U
   * @param degree         D = √(C T)
   * @param couplingClassEn class of C (English); {@code couplingClassZh} in Chinese
   * @param couplingClassZh class of C (Chinese)
   * @param levelEn        level of D (English)
   * @param levelZh        level of D (Chinese)
   * @param traditionalCoupling traditional C, for comparison
   * @param traditionalDegree   traditional D
   * @param undecided      why there is no result; empty otherwise
   * @param provenance     methods and data
   */
  public record Coordination(Map<String, Double> opening, Map<String, Double> weights, OptionalDouble coupling,
      OptionalDouble comprehensive, OptionalDouble degree, String couplingClassEn, String couplingClassZh,
      String levelEn, String levelZh, OptionalDouble traditionalCoupling, OptionalDouble traditionalDegree,
      String undecided, Provenance provenance) {
    public Coordination {
      opening = Collections.unmodifiableMap(new LinkedHashMap<>(opening));
      weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
      undecided = undecided == null ? "" : undecided;
    }
  }

  /**
   * Homogeneous competition (同质化竞争): member pairs ranked by the overlap of their foreign partners.
   *
   * @param pairs         the most overlapping pairs, most overlapping first
   * @param pairsCompared number of member pairs compared
   * @param homogeneous   number of pairs over both thresholds
   * @param provenance    methods, thresholds and data
   */
  public record Homogeneity(List<Pair> pairs, int pairsCompared, int homogeneous, Provenance provenance) {
    public Homogeneity {
      pairs = List.copyOf(pairs);
    }
  }

  /**
   * @param a                    a member
   * @param b                    another member
   * @param sharedPartners       foreign partners both have
   * @param partnerOverlap       Jaccard overlap of their foreign partner sets
   * @param profileSimilarity    structural similarity (cosine) of their international ties by type; empty when a
   *                             member has none
   * @param homogeneous          both at or over the thresholds
   */
  public record Pair(String a, String b, int sharedPartners, double partnerOverlap, OptionalDouble profileSimilarity,
      boolean homogeneous) {}
}
