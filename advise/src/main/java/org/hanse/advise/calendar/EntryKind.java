package org.hanse.advise.calendar;

/** What a calendar entry is; mirrors the kinds of engagement a foreign-affairs office records. */
public enum EntryKind {
  VISIT_INCOMING("incoming visit", "来访", true),
  VISIT_OUTGOING("outgoing visit", "出访", true),
  AGREEMENT("agreement", "协议", false),
  MOU("memorandum of understanding", "谅解备忘录", false),
  EVENT_BID("event bid", "申办活动", false),
  EVENT("event", "国际活动", false),
  EXCHANGE("exchange programme", "交流项目", false);

  private final String labelEn;
  private final String labelZh;
  private final boolean visit;

  EntryKind(String labelEn, String labelZh, boolean visit) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
    this.visit = visit;
  }

  public String label(org.hanse.model.Lang lang) {
    return lang == org.hanse.model.Lang.ZH ? labelZh : labelEn;
  }

  public boolean isVisit() {
    return visit;
  }

  /** Kinds in which a member city reaches out to a partner (bids and events are checked by series instead). */
  public boolean isApproach() {
    return this != EVENT_BID && this != EVENT;
  }
}
