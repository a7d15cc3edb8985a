package org.hanse.advise;

import java.util.Locale;
import org.hanse.model.Actor;
import org.hanse.model.Lang;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * The core diplomatic functions by which cities and clusters differ (concepts.md, "The four functions": political
 * exchange, finance, aviation hub, trade and commerce, international organisations, tourism and culture …), as far
 * as the typed ties of the data show them. Each tie counts for exactly one function:
 *
 * <ul>
 *   <li>{@link #POLITICAL_EXCHANGE}: hosted missions of foreign states ({@link TieType#DIPLOMATIC_MISSION}) and
 *       reported events between two cities ({@link TieType#EVENT_INTERACTION}: CAMEO-coded political events such as
 *       GDELT's, one tie per city pair, month and event class);</li>
 *   <li>{@link #INTERNATIONAL_ORGANISATIONS}: seats and offices of organisations ({@link TieType#ORGANISATION_SEAT});</li>
 *   <li>{@link #CITY_NETWORKS}: memberships of international city networks ({@link TieType#NETWORK_MEMBERSHIP});</li>
 *   <li>{@link #FINANCE}: offices of banking, finance and insurance firms ({@link TieType#FIRM_OFFICE} with a sector
 *       naming bank, financ or insur);</li>
 *   <li>{@link #BUSINESS_SERVICES}: offices of the other producer-services firms (accountancy, advertising, law,
 *       management consultancy): trade and commerce;</li>
 *   <li>{@link #AVIATION}: international and domestic air routes ({@link TieType#AIR_ROUTE});</li>
 *   <li>{@link #EVENTS}: hosted and co-hosted editions of event series (tourism, culture, sport);</li>
 *   <li>{@link #TWINNING}: sister-city ties (people-to-people exchange).</li>
 * </ul>
 *
 * The mapping is a Hanse design choice (methods.md §5 "core diplomatic functions [D]").
 */
public enum DiplomaticFunction {
  POLITICAL_EXCHANGE("political exchange", "国际政治交往"),
  INTERNATIONAL_ORGANISATIONS("international organisations", "国际组织集聚"),
  CITY_NETWORKS("city networks", "国际城市网络参与"),
  FINANCE("financial services", "金融服务"),
  BUSINESS_SERVICES("trade and business services", "商贸与生产性服务"),
  AVIATION("aviation hub", "航空枢纽"),
  EVENTS("events, tourism and culture", "国际活动与文旅"),
  TWINNING("people-to-people exchange", "友城交往");

  private final String labelEn;
  private final String labelZh;

  DiplomaticFunction(String labelEn, String labelZh) {
    this.labelEn = labelEn;
    this.labelZh = labelZh;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? labelZh : labelEn;
  }

  /** Lower-case key used in files and the API, e.g. {@code political_exchange}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DiplomaticFunction fromKey(String key) {
    return valueOf(key.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The function a tie serves.
   *
   * @param tie     the tie
   * @param partner the actor on the other end, or {@code null} for city-to-city ties or an unknown actor
   */
  public static DiplomaticFunction of(Tie tie, Actor partner) {
    return switch (tie.type()) {
      case DIPLOMATIC_MISSION, EVENT_INTERACTION -> POLITICAL_EXCHANGE;
      case ORGANISATION_SEAT -> INTERNATIONAL_ORGANISATIONS;
      case NETWORK_MEMBERSHIP -> CITY_NETWORKS;
      case FIRM_OFFICE -> isFinance(partner) ? FINANCE : BUSINESS_SERVICES;
      case AIR_ROUTE -> AVIATION;
      case EVENT_HOST, EVENT_COHOST -> EVENTS;
      case SISTER_CITY -> TWINNING;
    };
  }

  /** The function every tie of a type serves, when the type alone decides it (all types but firm offices). */
  public static DiplomaticFunction ofType(TieType type) {
    if (type == TieType.FIRM_OFFICE) {
      throw new IllegalArgumentException("firm offices serve finance or business services depending on the firm");
    }
    return of(new Tie("probe", type, "a", "b", null, null, 1, "", "probe"), null);
  }

  private static boolean isFinance(Actor firm) {
    if (firm == null) {
      return false;
    }
    String s = firm.sector().toLowerCase(Locale.ROOT);
    return s.contains("bank") || s.contains("financ") || s.contains("insur");
  }
}
