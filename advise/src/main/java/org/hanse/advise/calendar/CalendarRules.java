package org.hanse.advise.calendar;

/**
 * The windows of the coordination rules.
 *
 * @param samePartnerDays    two member cities approaching the same partner within this many days of each other
 *                           (start to start) are flagged
 * @param sameSeriesDays     two member cities bidding for the same event series within this many days are flagged
 */
public record CalendarRules(int samePartnerDays, int sameSeriesDays) {
  /** 90 days for approaches (one quarter, a typical planning horizon of a foreign-affairs office), 730 for bids
   * (bid cycles of international events run over about two years). */
  public static CalendarRules defaults() {
    return new CalendarRules(90, 730);
  }

  public CalendarRules {
    if (samePartnerDays < 0 || sameSeriesDays < 0) {
      throw new IllegalArgumentException("windows must not be negative");
    }
  }
}
