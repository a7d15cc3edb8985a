package org.hanse.advise.handover;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hanse.model.Lang;

/**
 * A member city ranked to take over part of a function.
 *
 * @param rank        1 = best placed
 * @param cityId      the member
 * @param nameEn      English name
 * @param nameZh      Chinese name
 * @param closeness   TOPSIS relative closeness C ∈ [0, 1] over the criteria (entropy weights)
 * @param criteria    the raw value of each criterion (imputed values are listed in the provenance)
 * @param reasons     the criteria in which it ranks in the better half of the members, best first, as text
 * @param effect      concentration of the function among members if {@code share} of the centre's ties moved here
 * @param overall     concentration of all international ties among members under the same move
 */
public record HandoverCandidate(int rank, String cityId, String nameEn, String nameZh, double closeness,
    Map<HandoverCriterion, Double> criteria, List<Reason> reasons, ConcentrationEffect effect,
    ConcentrationEffect overall) {

  public HandoverCandidate {
    criteria = Collections.unmodifiableMap(new EnumMap<>(criteria));
    reasons = List.copyOf(reasons);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }

  /**
   * One reason: a criterion, the member's value and its rank among the candidates (1 = best in the criterion's
   * direction).
   */
  public record Reason(HandoverCriterion criterion, double value, int rank, int of) {
    public String text(Lang lang) {
      String v = criterion == HandoverCriterion.POPULATION ? String.format(java.util.Locale.ROOT, "%,.0f", value)
          : criterion == HandoverCriterion.COMPLEMENTARITY ? String.format(java.util.Locale.ROOT, "%.2f", value)
          : String.format(java.util.Locale.ROOT, "%.0f", value);
      return lang == Lang.ZH
          ? criterion.label(lang) + " " + v + "（" + of + " 个候选中第 " + rank + "）"
          : criterion.label(lang) + " " + v + " (rank " + rank + " of " + of + ")";
    }
  }
}
