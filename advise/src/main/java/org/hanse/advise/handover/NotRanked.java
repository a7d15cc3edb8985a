package org.hanse.advise.handover;

import java.util.List;
import org.hanse.model.Lang;

/**
 * A member the hand-over ranking leaves out because a criterion has no value for it (population not recorded; no
 * international tie, hence no function profile to compare). It is not ranked rather than given a value it does not
 * have.
 *
 * @param cityId  the member
 * @param nameEn  English name
 * @param nameZh  Chinese name
 * @param missing the criteria without a value
 */
public record NotRanked(String cityId, String nameEn, String nameZh, List<HandoverCriterion> missing) {
  public NotRanked {
    missing = List.copyOf(missing);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
