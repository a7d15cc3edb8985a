package org.hanse.analysis.assessment;

import java.util.List;
import java.util.Set;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * The core diplomatic functions by which clusters differ (concepts.md), each with the function count it is measured
 * by. A function without any measure in the data is always undecided. The mapping is documented in docs/metrics.md.
 */
public enum CoreFunction {
  POLITICAL_EXCHANGE("international political exchange", "国际政治交往",
      "foreign missions hosted (diplomatic_mission ties)", Set.of(TieType.DIPLOMATIC_MISSION), List.of(), false),
  FINANCIAL_SERVICES("financial services", "金融服务",
      "offices of banking/finance and insurance firms (firm_office ties, GaWC sectors)", Set.of(),
      List.of("banking/finance", "insurance"), false),
  AVIATION_SHIPPING_HUB("aviation/shipping hub", "航空航运枢纽",
      "air routes to foreign cities (air_route ties); shipping has no data", Set.of(TieType.AIR_ROUTE), List.of(),
      false),
  TRADE_AND_COMMERCE("trade and commerce", "国际商贸",
      "offices of business-service firms serving trade: accountancy, advertising, law, management consultancy"
          + " (firm_office ties; a proxy, no trade data by city)", Set.of(),
      List.of("accountancy", "advertising", "law", "management consultancy"), false),
  INDUSTRIAL_PRODUCTION("industrial production", "产业制造", "no indicator in the data (manufacturing output,"
      + " industrial firms)", Set.of(), List.of(), false),
  TECHNOLOGY_AND_INNOVATION("technology and innovation", "科技创新", "no indicator in the data (patents, R&D,"
      + " technology firms)", Set.of(), List.of(), false),
  TOURISM_AND_CULTURE("tourism and culture", "旅游文化",
      "sister cities and international events hosted or co-hosted (sister_city, event_host, event_cohost ties)",
      Set.of(TieType.SISTER_CITY, TieType.EVENT_HOST, TieType.EVENT_COHOST), List.of(), false),
  IO_AND_EXCHANGE_CENTRE("international organisations and exchange centre", "国际组织与交流中心",
      "international organisation seats and city-network memberships (organisation_seat, network_membership ties)",
      Set.of(TieType.ORGANISATION_SEAT, TieType.NETWORK_MEMBERSHIP), List.of(), false),
  INSTITUTIONAL_DEMONSTRATION("institutional demonstration", "制度示范",
      "events co-hosted jointly by two or more members (event_cohost ties); policy pilots have no data", Set.of(),
      List.of(), true);

  private final String en;
  private final String zh;
  private final String measure;
  private final Set<TieType> types;
  private final List<String> firmSectors;
  private final boolean jointCohosting;

  CoreFunction(String en, String zh, String measure, Set<TieType> types, List<String> firmSectors,
      boolean jointCohosting) {
    this.en = en;
    this.zh = zh;
    this.measure = measure;
    this.types = types;
    this.firmSectors = firmSectors;
    this.jointCohosting = jointCohosting;
  }

  /** The English name, lower-case, as in the functions table. */
  public String key() {
    return en;
  }

  public String label(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }

  /** How the function is counted. */
  public String measure() {
    return measure;
  }

  /** International ties of these types count (empty for firm-sector and joint-co-hosting functions). */
  public Set<TieType> tieTypes() {
    return types;
  }

  /** GaWC sectors whose firm offices count (empty unless firm-based). */
  public List<String> firmSectors() {
    return firmSectors;
  }

  /** Counts co-hosting shared by two or more members. */
  public boolean jointCohosting() {
    return jointCohosting;
  }

  /** True when the function has no measure at all. */
  public boolean hasNoMeasure() {
    return types.isEmpty() && firmSectors.isEmpty() && !jointCohosting;
  }
}
