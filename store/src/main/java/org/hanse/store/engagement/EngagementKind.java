package org.hanse.store.engagement;

import java.util.List;
import java.util.Locale;

/** What a foreign-affairs office records beyond the bundled ties, with the statuses each kind can be in. */
public enum EngagementKind {
  /** A foreign delegation visits the member city. */
  VISIT_INCOMING("incoming visit", "来访", true,
      List.of(EngagementStatus.PLANNED, EngagementStatus.COMPLETED, EngagementStatus.CANCELLED)),
  /** A delegation of the member city visits abroad. */
  VISIT_OUTGOING("outgoing visit", "出访", true,
      List.of(EngagementStatus.PLANNED, EngagementStatus.COMPLETED, EngagementStatus.CANCELLED)),
  /** A binding agreement (e.g. a twinning or cooperation agreement). */
  AGREEMENT("agreement", "协议", false,
      List.of(EngagementStatus.NEGOTIATING, EngagementStatus.SIGNED, EngagementStatus.EXPIRED,
          EngagementStatus.TERMINATED)),
  /** A memorandum of understanding. */
  MOU("memorandum of understanding", "谅解备忘录", false,
      List.of(EngagementStatus.NEGOTIATING, EngagementStatus.SIGNED, EngagementStatus.EXPIRED,
          EngagementStatus.TERMINATED)),
  /** A bid to host an international event. */
  EVENT_BID("event bid", "申办活动", false,
      List.of(EngagementStatus.PREPARING, EngagementStatus.SUBMITTED, EngagementStatus.WON, EngagementStatus.LOST,
          EngagementStatus.WITHDRAWN)),
  /** An international event the city hosts or takes part in. */
  EVENT("event", "国际活动", false,
      List.of(EngagementStatus.PLANNED, EngagementStatus.HELD, EngagementStatus.CANCELLED)),
  /** A student exchange programme. */
  EXCHANGE_STUDENTS("student exchange", "学生交流项目", false,
      List.of(EngagementStatus.PLANNED, EngagementStatus.RUNNING, EngagementStatus.COMPLETED,
          EngagementStatus.CANCELLED)),
  /** An exchange or secondment programme for officials. */
  EXCHANGE_OFFICIALS("officials exchange", "干部交流项目", false,
      List.of(EngagementStatus.PLANNED, EngagementStatus.RUNNING, EngagementStatus.COMPLETED,
          EngagementStatus.CANCELLED));

  private final String labelEn;
  private final String labelZh;
  private final boolean visit;
  private final List<EngagementStatus> statuses;

  EngagementKind(String labelEn, String labelZh, boolean visit, List<EngagementStatus> statuses) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
    this.visit = visit;
    this.statuses = statuses;
  }

  public String labelEn() {
    return labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  /** Visits have a delegation level; other kinds do not. */
  public boolean isVisit() {
    return visit;
  }

  /** The statuses an engagement of this kind may have. */
  public List<EngagementStatus> statuses() {
    return statuses;
  }

  /** The lower-case key used in files, e.g. {@code visit_incoming}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EngagementKind fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }
}
