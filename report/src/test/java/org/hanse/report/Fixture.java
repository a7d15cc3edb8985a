package org.hanse.report;

import java.util.ArrayList;
import java.util.List;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * A small snapshot with the eight clusters of Hanse (real names and coordinates, three or four members each), a few
 * foreign partner cities and actors of every kind, and ties of every type. Some populations are deliberately
 * missing, and one cluster (great-lakes) has no firm office, so that the reports must say what is missing.
 */
public final class Fixture {
  private Fixture() {}

  private static final List<Tie> TIES = new ArrayList<>();
  private static int next;

  public static Dataset dataset() {
    TIES.clear();
    next = 0;
    Dataset.Builder b = Dataset.builder().label("report test data").lastYear(2025);
    b.source(new Source("geo", "GeoNames cities", "CC BY 4.0", "2024", "GeoNames (geonames.org)", "https://www.geonames.org"));
    b.source(new Source("gawc", "GaWC data set 11", "GaWC data protocol (non-commercial)", "2000",
        "Data from the GaWC Research Network (P.J. Taylor)", "https://www.lboro.ac.uk/gawc/"));
    b.source(new Source("twin", "Sister cities (Wikidata)", "CC0", "2025", "Wikidata contributors", ""));
    b.source(new Source("air", "OpenFlights routes", "ODbL 1.0", "June 2014", "OpenFlights.org", "https://openflights.org"));
    b.source(new Source("dipl", "Diplomatic missions", "CC0", "2025", "Wikidata contributors", ""));
    b.source(new Source("events", "Mega events", "CC BY-SA 4.0", "1851–2024", "Wikipedia contributors", ""));
    Object[][] cities = {
      {"1796236", "Shanghai", "上海", "CN", "Shanghai", 31.22, 121.46, 24_870_895L},
      {"1808926", "Hangzhou", "杭州", "CN", "Zhejiang", 30.29, 120.16, 11_936_010L},
      {"1799962", "Nanjing", "南京", "CN", "Jiangsu", 32.06, 118.78, 9_314_685L},
      {"1886760", "Suzhou", "苏州", "CN", "Jiangsu", 31.30, 120.60, null},
      {"1809858", "Guangzhou", "广州", "CN", "Guangdong", 23.12, 113.25, 18_676_605L},
      {"1795565", "Shenzhen", "深圳", "CN", "Guangdong", 22.54, 114.06, 17_494_398L},
      {"1819729", "Hong Kong", "香港", "HK", "", 22.28, 114.17, 7_413_070L},
      {"1821274", "Macau", "澳门", "MO", "", 22.20, 113.55, 682_800L},
      {"1816670", "Beijing", "北京", "CN", "Beijing", 39.91, 116.40, 21_893_095L},
      {"1792947", "Tianjin", "天津", "CN", "Tianjin", 39.14, 117.18, 13_866_009L},
      {"1808963", "Shijiazhuang", "石家庄", "CN", "Hebei", 38.04, 114.51, null},
      {"5128581", "New York", "纽约", "US", "New York", 40.71, -74.01, 8_804_190L},
      {"4930956", "Boston", "波士顿", "US", "Massachusetts", 42.36, -71.06, 675_647L},
      {"4560349", "Philadelphia", "费城", "US", "Pennsylvania", 39.95, -75.16, 1_603_797L},
      {"4140963", "Washington", "华盛顿", "US", "District of Columbia", 38.90, -77.04, 689_545L},
      {"4887398", "Chicago", "芝加哥", "US", "Illinois", 41.85, -87.65, 2_746_388L},
      {"4990729", "Detroit", "底特律", "US", "Michigan", 42.33, -83.05, 639_111L},
      {"6167865", "Toronto", "多伦多", "CA", "Ontario", 43.70, -79.42, 2_794_356L},
      {"2643743", "London", "伦敦", "GB", "England", 51.51, -0.13, 8_961_989L},
      {"2643123", "Manchester", "曼彻斯特", "GB", "England", 53.48, -2.24, 552_000L},
      {"2655603", "Birmingham", "伯明翰", "GB", "England", 52.48, -1.90, null},
      {"2644210", "Liverpool", "利物浦", "GB", "England", 53.41, -2.98, 486_100L},
      {"2759794", "Amsterdam", "阿姆斯特丹", "NL", "North Holland", 52.37, 4.89, 921_402L},
      {"2800866", "Brussels", "布鲁塞尔", "BE", "Brussels", 50.85, 4.35, 1_222_637L},
      {"2988507", "Paris", "巴黎", "FR", "Île-de-France", 48.85, 2.35, 2_102_650L},
      {"2886242", "Cologne", "科隆", "DE", "North Rhine-Westphalia", 50.93, 6.95, 1_083_498L},
      {"1850147", "Tokyo", "东京", "JP", "Tokyo", 35.69, 139.69, 14_047_594L},
      {"1853909", "Osaka", "大阪", "JP", "Osaka", 34.69, 135.50, 2_753_862L},
      {"1856057", "Nagoya", "名古屋", "JP", "Aichi", 35.18, 136.91, 2_332_176L},
      {"1848354", "Yokohama", "横滨", "JP", "Kanagawa", 35.44, 139.64, 3_777_491L},
      {"2950159", "Berlin", "柏林", "DE", "Berlin", 52.52, 13.41, 3_677_472L},
      {"1880252", "Singapore", "新加坡", "SG", "", 1.29, 103.85, 5_453_600L},
      {"2147714", "Sydney", "悉尼", "AU", "New South Wales", -33.87, 151.21, 5_312_163L},
    };
    for (Object[] c : cities) {
      Long pop = (Long) c[7];
      b.city(new City((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4], (Double) c[5],
          (Double) c[6], pop == null ? null : new Population(pop, 2020, "geo")));
    }
    b.cluster(new Cluster("yrd", "Yangtze River Delta", "长三角城市群",
        List.of("1796236", "1808926", "1799962", "1886760"), List.of("1796236"),
        "Yangtze River Delta Urban Agglomeration Development Plan (2016)", ""));
    b.cluster(new Cluster("gba", "Guangdong–Hong Kong–Macao Greater Bay Area", "粤港澳大湾区",
        List.of("1809858", "1795565", "1819729", "1821274"), List.of("1809858", "1795565", "1819729", "1821274"),
        "Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area (2019)", ""));
    b.cluster(new Cluster("jjj", "Beijing–Tianjin–Hebei", "京津冀城市群", List.of("1816670", "1792947", "1808963"),
        List.of("1816670"), "Outline of the Beijing-Tianjin-Hebei Coordinated Development Plan (2015)", ""));
    b.cluster(new Cluster("us-northeast", "US Northeast megalopolis", "美国东北部大西洋沿岸城市群",
        List.of("5128581", "4930956", "4560349", "4140963"), List.of("5128581"), "Gottmann (1961) Megalopolis", ""));
    b.cluster(new Cluster("great-lakes", "Great Lakes megaregion", "北美五大湖城市群",
        List.of("4887398", "4990729", "6167865"), List.of("4887398"), "", ""));
    b.cluster(new Cluster("uk", "London–Liverpool corridor", "英国伦敦—利物浦城市群",
        List.of("2643743", "2655603", "2643123", "2644210"), List.of("2643743"), "", ""));
    b.cluster(new Cluster("nw-europe", "North-West Europe", "欧洲西北部城市群",
        List.of("2759794", "2800866", "2988507", "2886242"), List.of("2988507", "2759794"), "", ""));
    b.cluster(new Cluster("japan-pacific", "Japan Pacific belt", "日本太平洋沿岸城市群",
        List.of("1850147", "1853909", "1856057", "1848354"), List.of("1850147"), "", ""));
    b.actor(new Actor("net-c40", ActorKind.CITY_NETWORK, "C40 Cities", "C40城市气候领导联盟", "", "climate", "twin"));
    b.actor(new Actor("net-iclei", ActorKind.CITY_NETWORK, "ICLEI", "宜可城", "", "sustainability", "twin"));
    b.actor(new Actor("net-metropolis", ActorKind.CITY_NETWORK, "Metropolis", "世界大都市协会", "", "", "twin"));
    b.actor(new Actor("org-un", ActorKind.ORGANISATION, "United Nations", "联合国", "", "UN system", "dipl"));
    b.actor(new Actor("org-ndb", ActorKind.ORGANISATION, "New Development Bank", "新开发银行", "", "finance", "dipl"));
    b.actor(new Actor("org-=cmd", ActorKind.ORGANISATION, "=HYPERLINK(\"x\")", "", "", "", "dipl"));
    b.actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "dipl"));
    b.actor(new Actor("country-US", ActorKind.COUNTRY, "United States", "美国", "US", "", "dipl"));
    b.actor(new Actor("country-CN", ActorKind.COUNTRY, "China", "中国", "CN", "", "dipl"));
    b.actor(new Actor("country-JP", ActorKind.COUNTRY, "Japan", "日本", "JP", "", "dipl"));
    b.actor(new Actor("event-expo", ActorKind.EVENT_SERIES, "World Expo", "世界博览会", "", "", "events"));
    b.actor(new Actor("event-olympics", ActorKind.EVENT_SERIES, "Olympic Games", "奥林匹克运动会", "", "", "events"));
    b.actor(new Actor("firm-hsbc", ActorKind.FIRM, "HSBC", "汇丰", "GB", "banking/finance", "gawc"));
    b.actor(new Actor("firm-kpmg", ActorKind.FIRM, "KPMG", "毕马威", "NL", "accountancy", "gawc"));
    b.actor(new Actor("firm-bakermckenzie", ActorKind.FIRM, "Baker McKenzie", "贝克·麦坚时", "US", "law", "gawc"));
    b.actor(new Actor("firm-wpp", ActorKind.FIRM, "WPP", "WPP集团", "GB", "advertising", "gawc"));
    // sister cities (canonical order: smaller id first)
    sister("1796236", "5128581", 1996);
    sister("1796236", "1853909", 1974);
    sister("1808926", "2759794", 1988);
    sister("1799962", "4930956", 1979);
    sister("1809858", "1853909", 1979);
    sister("1795565", "4930956", 2019);
    sister("1816670", "5128581", 1980);
    sister("1816670", "2988507", 1997);
    sister("1792947", "2147714", 1986);
    sister("2643743", "5128581", 2001);
    sister("2643743", "2950159", 2000);
    sister("1850147", "5128581", 1960);
    sister("1850147", "2988507", 1982);
    sister("1853909", "4887398", 1973);
    sister("2988507", "5128581", 1985);
    sister("1808926", "1886760", 2010); // domestic, inside the cluster
    // air routes
    route("1796236", "5128581", 3);
    route("1796236", "2643743", 2);
    route("1796236", "1850147", 6);
    route("1819729", "2643743", 4);
    route("1819729", "1850147", 5);
    route("1819729", "1880252", 8);
    route("1795565", "1880252", 2);
    route("1816670", "2950159", 1);
    route("1816670", "5128581", 2);
    route("2643743", "5128581", 9);
    route("1850147", "5128581", 4);
    route("4887398", "2643743", 3);
    route("6167865", "2643743", 2);
    route("2759794", "5128581", 3);
    route("2988507", "5128581", 5);
    route("1850147", "1880252", 3);
    route("1853909", "1880252", 1);
    // memberships, seats, missions, events, firms
    actorTie(TieType.NETWORK_MEMBERSHIP, "1796236", "net-c40", 2, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "1808926", "net-iclei", 2, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "1819729", "net-c40", 2, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "1816670", "net-metropolis", 3, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "5128581", "net-c40", 4, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "2643743", "net-c40", 5, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "2988507", "net-c40", 2, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "1850147", "net-c40", 2, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "4887398", "net-iclei", 2, "twin");
    actorTie(TieType.NETWORK_MEMBERSHIP, "2800866", "net-iclei", 2, "twin");
    actorTie(TieType.ORGANISATION_SEAT, "1796236", "org-ndb", 5, "dipl");
    actorTie(TieType.ORGANISATION_SEAT, "5128581", "org-un", 5, "dipl");
    actorTie(TieType.ORGANISATION_SEAT, "1816670", "org-un", 4, "dipl");
    actorTie(TieType.ORGANISATION_SEAT, "2800866", "org-un", 4, "dipl");
    actorTie(TieType.ORGANISATION_SEAT, "2800866", "org-=cmd", 4, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1796236", "country-FR", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1796236", "country-US", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1809858", "country-FR", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1819729", "country-US", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1816670", "country-FR", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1816670", "country-US", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "4140963", "country-FR", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "4140963", "country-CN", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "5128581", "country-CN", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "2643743", "country-CN", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "2988507", "country-CN", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1850147", "country-CN", 5, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "1853909", "country-CN", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "6167865", "country-CN", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "4887398", "country-JP", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "2886242", "country-JP", 3, "dipl");
    actorTie(TieType.DIPLOMATIC_MISSION, "2643123", "country-CN", 3, "dipl");
    event(TieType.EVENT_HOST, "1796236", "event-expo", 2010, "2010");
    event(TieType.EVENT_HOST, "1816670", "event-olympics", 2008, "2008 Summer");
    event(TieType.EVENT_HOST, "1853909", "event-expo", 2025, "2025");
    event(TieType.EVENT_HOST, "2643743", "event-olympics", 2012, "2012 Summer");
    event(TieType.EVENT_HOST, "2988507", "event-olympics", 2024, "2024 Summer");
    event(TieType.EVENT_HOST, "1850147", "event-olympics", 2021, "2020 Summer");
    event(TieType.EVENT_COHOST, "1809858", "event-olympics", 2008, "2008 Summer (sailing)");
    event(TieType.EVENT_HOST, "2800866", "event-expo", 1958, "1958");
    String[][] firms = {
      {"2643743", "firm-hsbc", "5"}, {"5128581", "firm-hsbc", "4"}, {"1819729", "firm-hsbc", "4"},
      {"1796236", "firm-hsbc", "3"}, {"1816670", "firm-hsbc", "2"}, {"1850147", "firm-hsbc", "3"},
      {"2988507", "firm-hsbc", "2"}, {"2759794", "firm-kpmg", "5"}, {"2643743", "firm-kpmg", "3"},
      {"5128581", "firm-kpmg", "3"}, {"1796236", "firm-kpmg", "2"}, {"1809858", "firm-kpmg", "1"},
      {"1850147", "firm-kpmg", "3"}, {"1853909", "firm-kpmg", "2"}, {"2800866", "firm-kpmg", "2"},
      {"4887398", "firm-bakermckenzie", "5"}, {"5128581", "firm-bakermckenzie", "3"},
      {"2643743", "firm-bakermckenzie", "3"}, {"1796236", "firm-bakermckenzie", "2"},
      {"1816670", "firm-bakermckenzie", "2"}, {"1819729", "firm-bakermckenzie", "3"},
      {"2643743", "firm-wpp", "5"}, {"5128581", "firm-wpp", "4"}, {"2643123", "firm-wpp", "2"},
      {"1850147", "firm-wpp", "3"}, {"4930956", "firm-wpp", "2"}, {"1795565", "firm-wpp", "1"},
    };
    for (String[] f : firms) {
      if (f[0].equals("4887398")) {
        continue; // great-lakes: no firm office recorded, the report must say so
      }
      actorTie(TieType.FIRM_OFFICE, f[0], f[1], Integer.parseInt(f[2]), "gawc");
    }
    TIES.forEach(b::tie);
    return b.build();
  }

  private static void sister(String a, String b, int year) {
    String x = a.compareTo(b) < 0 ? a : b;
    String y = a.compareTo(b) < 0 ? b : a;
    TIES.add(new Tie("t" + ++next, TieType.SISTER_CITY, x, y, year, null, 1, "", "twin"));
  }

  private static void route(String a, String b, int routes) {
    String x = a.compareTo(b) < 0 ? a : b;
    String y = a.compareTo(b) < 0 ? b : a;
    TIES.add(new Tie("t" + ++next, TieType.AIR_ROUTE, x, y, null, null, routes, "", "air"));
  }

  private static void actorTie(TieType type, String city, String actor, int weight, String source) {
    TIES.add(new Tie("t" + ++next, type, city, actor, 2000, null, weight, "", source));
  }

  private static void event(TieType type, String city, String actor, int year, String edition) {
    TIES.add(new Tie("t" + ++next, type, city, actor, year, year, 1, edition, "events"));
  }
}
