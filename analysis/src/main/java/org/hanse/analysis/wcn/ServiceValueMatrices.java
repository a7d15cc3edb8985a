package org.hanse.analysis.wcn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.model.Actor;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Builds service-value matrices from a {@link Dataset} snapshot: GaWC firm offices, and the diplomacy adaptation of
 * methods.md §1.6 in which international affiliations play the role of firms.
 *
 * <h2>Diplomacy adaptation: documented service values</h2>
 * The ordinal scale follows §1.6 (5 secretariat/HQ, 4 board/regional office, 3 active member/working-group lead,
 * 2 member, 1 observer, 0 none). {@link #diplomacyCoding()} reads them from the tie weights, which the data model
 * defines on that scale:
 * <ul>
 *   <li>{@link TieType#ORGANISATION_SEAT}: one column per organisation; 5 = headquarters, 4 = office (the tie
 *       weight, {@code TieType} javadoc);</li>
 *   <li>{@link TieType#NETWORK_MEMBERSHIP}: one column per city network; the weight is the §1.6 service value
 *       (2 plain member, 3 active member or working-group lead, 4 board, 5 secretariat);</li>
 *   <li>{@link TieType#DIPLOMATIC_MISSION}: one column per <em>sending country</em>; the tie weight is the mission
 *       rank (3 embassy, 2 consulate general, 1 consulate, 0.5 honorary consulate or agency), mapped by
 *       {@link ServiceValueRule#missionRank()} to 5, 4, 3 and 2 (the embassy as the sending state's
 *       "headquarters" in the host country).</li>
 * </ul>
 * A city with several ties to one column (an embassy and a consulate of the same country) keeps the largest value,
 * as §1.3 requires one v per (city, affiliation) before the product. A weight off the expected scale is refused with
 * the offending tie named; callers with other codings pass their own {@link ServiceValueRule}.
 *
 * <p>Rows are the cities with at least one selected tie, in the dataset's city order: only they are covered by the
 * data. A city without any selected tie is not a row, so its connectivity is reported missing, not 0 — except the
 * cities a firm survey names as surveyed ({@link #SURVEYED_INDICATOR}), which are rows of zeros.
 */
public final class ServiceValueMatrices {
  /** Top of the ordinal scale used by GaWC DS11 and by the diplomacy adaptation. */
  public static final int MAX_SERVICE_VALUE = 5;

  private ServiceValueMatrices() {}

  /**
   * The GaWC firm × city matrix from {@link TieType#FIRM_OFFICE} ties; the tie weight is the GaWC service value 1-5
   * and the column sector is the firm's sector.
   *
   * @param year only ties that hold in this year ({@link Tie#holdsIn}); {@code null} = every tie
   */
  public static ServiceValueMatrix firmOffices(Dataset dataset, Integer year) {
    return build(dataset, year, Map.of(TieType.FIRM_OFFICE, ServiceValueRule.tieWeight(MAX_SERVICE_VALUE)), false,
        surveyed(dataset, year));
  }

  /**
   * City indicator naming the cities a firm survey covered (value 1), with or without offices: GaWC DS11 surveyed
   * 315 cities, two of them (Lucknow, Pyongyang) without any office of the 100 firms. Their rows are all zero, so
   * their GNC is 0 and they rank last (methods.md §1.3), instead of being left out as if not surveyed.
   */
  public static final String SURVEYED_INDICATOR = "gawc.ds11.surveyed";

  /** Cities the firm survey covered in {@code year} (null: any year), from {@link #SURVEYED_INDICATOR}. */
  private static Set<String> surveyed(Dataset dataset, Integer year) {
    Set<String> out = new HashSet<>();
    if (!dataset.indicatorDefinitions().containsKey(SURVEYED_INDICATOR)) {
      return out;
    }
    for (String c : dataset.cities().keySet()) {
      for (var i : dataset.series(c, SURVEYED_INDICATOR)) {
        if (i.value() == 1 && (year == null || i.year() <= year)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The diplomacy adaptation with {@link #diplomacyCoding()}. */
  public static ServiceValueMatrix diplomaticAffiliations(Dataset dataset, Integer year) {
    return diplomaticAffiliations(dataset, year, diplomacyCoding());
  }

  /**
   * The diplomacy adaptation of §1.6 with a chosen coding: one column per partner actor (organisation, city
   * network, sending country …) of the tie types in the coding; the column sector is the actor kind
   * ({@code organisation}, {@code city_network}, {@code country}), so that sector GNC gives connectivity by
   * affiliation kind.
   *
   * @param coding tie type → rule; city-to-city tie types are refused (they have no actor column)
   */
  public static ServiceValueMatrix diplomaticAffiliations(
      Dataset dataset, Integer year, Map<TieType, ServiceValueRule> coding) {
    return build(dataset, year, coding, true, Set.of());
  }

  /** The default coding of the diplomacy adaptation (see the class comment). */
  public static Map<TieType, ServiceValueRule> diplomacyCoding() {
    Map<TieType, ServiceValueRule> m = new EnumMap<>(TieType.class);
    m.put(TieType.ORGANISATION_SEAT, ServiceValueRule.tieWeight(MAX_SERVICE_VALUE));
    m.put(TieType.NETWORK_MEMBERSHIP, ServiceValueRule.tieWeight(MAX_SERVICE_VALUE));
    m.put(TieType.DIPLOMATIC_MISSION, ServiceValueRule.missionRank());
    return Collections.unmodifiableMap(m);
  }

  private static ServiceValueMatrix build(Dataset dataset, Integer year, Map<TieType, ServiceValueRule> coding,
      boolean sectorIsKind, Set<String> zeroRows) {
    for (TieType t : coding.keySet()) {
      if (t.isCityToCity()) {
        throw new IllegalArgumentException(t.key() + " ties link two cities and cannot be a firm column");
      }
    }
    List<Tie> selected = new ArrayList<>();
    Set<String> cities = new HashSet<>();
    for (Map.Entry<TieType, ServiceValueRule> e : coding.entrySet()) {
      for (Tie t : dataset.tiesOfType(e.getKey())) {
        if (year == null || t.holdsIn(year)) {
          selected.add(t);
          cities.add(t.cityId());
        }
      }
    }
    ServiceValueMatrix.Builder b = ServiceValueMatrix.builder(MAX_SERVICE_VALUE);
    int zero = 0;
    for (String c : dataset.cities().keySet()) {
      if (cities.contains(c)) {
        b.row(c);
      } else if (zeroRows.contains(c)) {
        b.row(c);
        zero++;
      }
    }
    // Columns in the dataset's actor order, so the matrix does not depend on tie order.
    Set<String> partners = new HashSet<>();
    selected.forEach(t -> partners.add(t.partnerId()));
    for (Actor a : dataset.actors().values()) {
      if (partners.contains(a.id())) {
        b.column(a.id(), sectorIsKind ? a.kind().key() : a.sector());
      }
    }
    Map<TieType, Integer> counts = new LinkedHashMap<>();
    for (Tie t : selected) {
      int value = coding.get(t.type()).serviceValue(t);
      b.value(t.cityId(), t.partnerId(), value);
      counts.merge(t.type(), 1, Integer::sum);
    }
    String description = dataset.label() + "; ties " + counts + (year == null ? ", all years" : ", holding in " + year)
        + "; " + (cities.size() + zero) + " cities x " + partners.size() + " columns"
        + (zero == 0 ? "" : " (" + zero + " surveyed cities without any value, kept with connectivity 0)");
    return b.description(description).build();
  }
}
