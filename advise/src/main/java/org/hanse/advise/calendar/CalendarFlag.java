package org.hanse.advise.calendar;

import java.util.List;

/**
 * A duplication or conflict between two entries of a cluster's calendar.
 *
 * @param rule        which rule raised it
 * @param first       the earlier entry
 * @param second      the later entry
 * @param daysApart   days between their starts
 * @param explanation one sentence saying what collides and what to do
 */
public record CalendarFlag(Rule rule, CalendarEntry first, CalendarEntry second, long daysApart, String explanation) {
  /** The coordination rules. */
  public enum Rule {
    /** Two member cities approach the same foreign partner within the window. */
    SAME_PARTNER("same partner", "重复对接同一伙伴"),
    /** Two member cities bid for the same event series within the window. */
    SAME_EVENT_SERIES("competing bids", "竞争申办同一活动"),
    /** Two delegations to or from the same country overlap in time. */
    OVERLAPPING_DELEGATIONS("overlapping delegations", "代表团时间重叠");

    private final String labelEn;
    private final String labelZh;

    Rule(String en, String zh) {
      this.labelEn = en;
      this.labelZh = zh;
    }

    public String label(org.hanse.model.Lang lang) {
      return lang == org.hanse.model.Lang.ZH ? labelZh : labelEn;
    }
  }

  public List<CalendarEntry> entries() {
    return List.of(first, second);
  }
}
