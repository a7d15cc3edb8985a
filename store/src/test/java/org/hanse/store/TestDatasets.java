package org.hanse.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/** Datasets built in tests: a small hand-written one and seeded random ones of any size. */
public final class TestDatasets {
  private TestDatasets() {}

  public static final int LAST_YEAR = 2026;

  /** Two clusters, a few cities with Chinese names, one of each actor kind, ties of every type. */
  public static Dataset small() {
    Dataset.Builder b = Dataset.builder().label("test data").lastYear(LAST_YEAR);
    b.source(new Source("geo", "GeoNames cities", "CC BY 4.0", "2024", "GeoNames", "https://www.geonames.org"));
    b.source(new Source("sc", "Sister cities", "CC0", "2025", "", ""));
    b.city(new City("1796236", "Shanghai", "上海", "CN", "Shanghai", 31.22222, 121.45806,
        new Population(24_870_895, 2020, "geo")));
    b.city(new City("1799962", "Nanjing", "南京", "CN", "Jiangsu", 32.06167, 118.77778, null));
    b.city(new City("1808926", "Hangzhou", "杭州", "CN", "Zhejiang", 30.29365, 120.16142,
        new Population(11_936_010, 2020, "geo")));
    b.city(new City("2988507", "Paris", "巴黎", "FR", "Île-de-France", 48.85341, 2.3488, null));
    b.city(new City("x-south-pole-station", "Amundsen–Scott", "", "AQ", "", -90.0, -180.0, new Population(0, 2020, "geo")));
    b.cluster(new Cluster("yrd", "Yangtze River Delta", "长三角", List.of("1796236", "1799962", "1808926"),
        List.of("1796236"), "State Council 2019 plan", "https://example.org/yrd"));
    b.cluster(new Cluster("fr", "Paris region", "", List.of("2988507"), List.of("2988507"), "", ""));
    b.actor(new Actor("net-c40", ActorKind.CITY_NETWORK, "C40 Cities", "C40城市气候领导联盟", "", "climate", "sc"));
    b.actor(new Actor("org-unesco", ActorKind.ORGANISATION, "UNESCO", "联合国教科文组织", "FR", "UN system", "sc"));
    b.actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "sc"));
    b.actor(new Actor("event-expo", ActorKind.EVENT_SERIES, "World Expo", "世界博览会", "", "", "sc"));
    b.actor(new Actor("firm-1", ActorKind.FIRM, "HSBC", "汇丰", "GB", "banking/finance", "sc"));
    b.tie(new Tie("t1", TieType.SISTER_CITY, "1796236", "2988507", 1997, null, 1, "", "sc"));
    b.tie(new Tie("t2", TieType.NETWORK_MEMBERSHIP, "1796236", "net-c40", 2007, null, 3, "", "sc"));
    b.tie(new Tie("t3", TieType.ORGANISATION_SEAT, "2988507", "org-unesco", 1958, null, 5, "HQ", "sc"));
    b.tie(new Tie("t4", TieType.DIPLOMATIC_MISSION, "1796236", "country-FR", null, null, 2, "consulate", "sc"));
    b.tie(new Tie("t5", TieType.EVENT_HOST, "1796236", "event-expo", 2010, 2010, 1, "2010", "sc"));
    b.tie(new Tie("t6", TieType.EVENT_COHOST, "2988507", "event-expo", 1900, 1900, 0.5, "1900", "sc"));
    b.tie(new Tie("t7", TieType.AIR_ROUTE, "1796236", "1808926", null, null, 12, "", "sc"));
    b.tie(new Tie("t8", TieType.FIRM_OFFICE, "1808926", "firm-1", null, 2015, 2.5, "", "sc"));
    b.indicatorDefinition(new IndicatorDefinition("pop.city", IndicatorScope.CITY, "Population", "人口", "persons", "geo"));
    b.indicatorDefinition(new IndicatorDefinition("wb.gdp", IndicatorScope.COUNTRY, "GDP", "国内生产总值", "current US$", "geo"));
    b.indicator(new Indicator("1796236", "pop.city", 2010, 23_019_196, "persons", "geo"));
    b.indicator(new Indicator("1796236", "pop.city", 2020, 24_870_895, "persons", "geo"));
    b.indicator(new Indicator("CN", "wb.gdp", 2020, 1.4687673892882e13, "current US$", "geo"));
    b.indicator(new Indicator("FR", "wb.gdp", 2020, -0.1, "current US$", "geo"));
    return b.build();
  }

  /**
   * A random dataset: {@code cityCount} cities in three clusters, actors of every kind, about {@code tieCount} ties
   * and {@code indicatorCount} indicator values, with awkward values mixed in (nulls, extreme coordinates, quotes,
   * commas, line breaks, Chinese text, tiny and huge numbers).
   */
  public static Dataset random(long seed, int cityCount, int tieCount, int indicatorCount) {
    Random r = new Random(seed);
    Dataset.Builder b = Dataset.builder().label("random " + seed).lastYear(LAST_YEAR);
    b.source(new Source("s1", "Source \"one\", with comma", "CC0", "2020", "line\nbreak", ""));
    b.source(new Source("s2", "来源二", "ODbL 1.0", "", "", "https://example.org/?a=1&b=2"));
    List<String> cityIds = new ArrayList<>();
    for (int i = 0; i < cityCount; i++) {
      String id = r.nextBoolean() ? Integer.toString(1_000_000 + i) : "x-city-" + i;
      cityIds.add(id);
      Population p = r.nextInt(4) == 0 ? null : new Population(r.nextInt(40_000_000), 1950 + r.nextInt(70), "s1");
      b.city(new City(id, "City " + i + (r.nextInt(10) == 0 ? " \"quoted\", comma" : ""), r.nextBoolean() ? "城市" + i : "",
          randomCountry(r), r.nextBoolean() ? "" : "Region " + r.nextInt(30), latitude(r), longitude(r), p));
    }
    for (int k = 0; k < 3; k++) {
      List<String> members = new ArrayList<>();
      for (int i = k; i < cityCount; i += 3) {
        members.add(cityIds.get(i));
      }
      b.cluster(new Cluster("cl" + k, "Cluster " + k, "城市群" + k, members, List.of(members.get(0)), "doc " + k, ""));
    }
    List<List<String>> actorsByKind = new ArrayList<>();
    for (ActorKind kind : ActorKind.values()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String id = kind.key() + "-" + i;
        ids.add(id);
        b.actor(new Actor(id, kind, kind.key() + " " + i, r.nextBoolean() ? "行动者" + i : "", randomCountry(r),
            r.nextBoolean() ? "" : "sector " + r.nextInt(5), r.nextBoolean() ? "s1" : "s2"));
      }
      actorsByKind.add(ids);
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    int made = 0;
    for (int attempt = 0; made < tieCount && attempt < tieCount * 3; attempt++) {
      TieType type = TieType.values()[r.nextInt(TieType.values().length)];
      String city = cityIds.get(r.nextInt(cityCount));
      String partner;
      if (type.isCityToCity()) {
        String other = cityIds.get(r.nextInt(cityCount));
        if (other.equals(city)) {
          continue;
        }
        partner = city.compareTo(other) < 0 ? other : city;
        city = city.compareTo(other) < 0 ? city : other;
      } else {
        List<String> ids = actorsByKind.get(type.partnerKind().ordinal());
        partner = ids.get(r.nextInt(ids.size()));
      }
      Integer from = r.nextInt(3) == 0 ? null : 1850 + r.nextInt(170);
      Integer to = from == null || r.nextInt(3) != 0 ? null : from + r.nextInt(LAST_YEAR - from + 1);
      String detail = r.nextInt(5) == 0 ? "edition " + r.nextInt(100) : "";
      Tie t = new Tie("tie-" + made, type, city, partner, from, to, weight(r), detail, r.nextBoolean() ? "s1" : "s2");
      if (keys.add(t.naturalKey())) {
        b.tie(t);
        made++;
      }
    }
    b.indicatorDefinition(new IndicatorDefinition("c.pop", IndicatorScope.CITY, "Population", "人口", "persons", "s1"));
    b.indicatorDefinition(new IndicatorDefinition("n.gdp", IndicatorScope.COUNTRY, "GDP", "", "US$", "s2"));
    java.util.Set<String> obs = new java.util.HashSet<>();
    for (int attempt = 0; obs.size() < indicatorCount && attempt < indicatorCount * 3; attempt++) {
      boolean city = r.nextBoolean();
      String subject = city ? cityIds.get(r.nextInt(cityCount)) : randomCountry(r);
      String code = city ? "c.pop" : "n.gdp";
      int year = 1960 + r.nextInt(LAST_YEAR - 1960 + 1);
      if (obs.add(subject + "|" + code + "|" + year)) {
        double value = switch (r.nextInt(4)) {
          case 0 -> r.nextGaussian() * 1e-12;
          case 1 -> r.nextDouble() * 1e15;
          case 2 -> -r.nextInt(1000);
          default -> r.nextInt(10_000_000);
        };
        b.indicator(new Indicator(subject, code, year, value, city ? "persons" : "US$", city ? "s1" : "s2"));
      }
    }
    return b.build();
  }

  private static double weight(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> 1 + r.nextInt(5);
      case 1 -> Math.nextUp(0.0) + r.nextDouble() * 1e-3;
      default -> r.nextDouble() * 1e6 + Double.MIN_NORMAL;
    };
  }

  private static double latitude(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> -90;
      case 1 -> 90;
      default -> r.nextDouble() * 180 - 90;
    };
  }

  private static double longitude(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> -180;
      case 1 -> 180;
      default -> r.nextDouble() * 360 - 180;
    };
  }

  private static String randomCountry(Random r) {
    String[] cc = {"CN", "US", "GB", "FR", "DE", "JP", "NL", "BE", "HK", "MO"};
    return cc[r.nextInt(cc.length)];
  }
}
