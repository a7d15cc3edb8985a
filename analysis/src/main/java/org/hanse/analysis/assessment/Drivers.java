package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Indicator;
import org.hanse.model.TieType;

/**
 * The drivers scorecard (concepts: the four drivers). Each driver names its indicators; clusters are compared by
 * entropy–TOPSIS ({@link CompositeRunner}). The indicators and the rules that derive them are listed in
 * docs/metrics.md ("Drivers").
 */
final class Drivers {
  /** Title markers of a plan issued by a national government (PRC 规划 / 纲要, Japan 計画). */
  static final List<String> NATIONAL_PLAN_MARKERS = List.of("规划", "纲要", "計画");

  private Drivers() {}

  static List<Driver> of(Facts f) {
    return List.of(agendas(f), strategy(f), divisionOfLabour(f), governance(f));
  }

  static void tieCount(Facts f, CompositeRunner r, String code, TieType type) {
    if (!f.present.contains(type)) {
      r.leaveOut(code, "the data hold no " + type.label(org.hanse.model.Lang.EN) + " tie at all");
    }
    for (Cluster c : f.clusters) {
      if (f.present.contains(type)) {
        TieProfile.TypeCount t = f.profiles.get(c.id()).of(type);
        r.value(c.id(), code, t.international(), t.internationalPartners() + " distinct partners");
      } else {
        r.missing(c.id(), code, "no " + type.key() + " data");
      }
    }
  }

  private static Driver agendas(Facts f) {
    CompositeRunner r = new CompositeRunner()
        .indicator(new IndicatorInfo("memberships", "City-network memberships", "国际城市网络成员资格", "ties",
            "network_membership ties of members: " + f.sourcesOf(TieType.NETWORK_MEMBERSHIP)))
        .indicator(new IndicatorInfo("io.seats", "International organisation seats", "国际组织驻地", "ties",
            "organisation_seat ties of members: " + f.sourcesOf(TieType.ORGANISATION_SEAT)));
    tieCount(f, r, "memberships", TieType.NETWORK_MEMBERSHIP);
    tieCount(f, r, "io.seats", TieType.ORGANISATION_SEAT);
    return new Driver("agendas", "Global agendas and city networks", "全球议程与城市网络",
        r.run("ties of the members of " + f.clusters.size() + " clusters", f.options.minCoverage()),
        List.of("membership of UCLG, ICLEI, Metropolis, WHO Healthy Cities, UNESCO Creative Cities and other city"
            + " networks (no open member lists in the bundled data)",
            "participation in multilateral agendas (2030 Agenda voluntary local reviews, climate pledges)"));
  }

  private static Driver strategy(Facts f) {
    CompositeRunner r = new CompositeRunner()
        .indicator(new IndicatorInfo("designation", "Designated by a national plan", "国家规划认定", "yes = 1",
            "the cluster's defining document; 1 when its title is that of a national government plan (markers "
                + String.join(", ", NATIONAL_PLAN_MARKERS) + ")"));
    for (Cluster c : f.clusters) {
      String def = c.definition();
      Optional<String> marker = NATIONAL_PLAN_MARKERS.stream().filter(def::contains).findFirst();
      if (marker.isPresent()) {
        r.value(c.id(), "designation", 1, "defining document: " + def);
      } else {
        r.missing(c.id(), "designation", def.isEmpty() ? "no defining document recorded"
            : "the defining document is not a national government plan by its title (" + def
                + "); a national designation is not recorded in the data");
      }
    }
    return new Driver("strategy", "National strategy and policy designation", "国家战略与政策认定",
        r.run("cluster definitions of " + f.clusters.size() + " clusters", f.options.minCoverage()),
        List.of("national strategic designations beyond the defining plan (pilot free-trade zones, national central"
            + " cities, comprehensive reform pilots)", "policy documents and pilots per member city"));
  }

  private static Driver divisionOfLabour(Facts f) {
    CompositeRunner r = new CompositeRunner()
        .indicator(new IndicatorInfo("gnc.firms", "Firm-network connectivity (GNC)", "企业网络连通度", "interlock",
            "mean GaWC global network connectivity N_a of the members in the survey (coverage stated): "
                + f.sourcesOf(TieType.FIRM_OFFICE)))
        .indicator(new IndicatorInfo("air.routes", "International air routes", "国际航线", "routes",
            "weight of members' air_route ties to foreign cities: " + f.sourcesOf(TieType.AIR_ROUTE)))
        .indicator(new IndicatorInfo("air.destinations", "Foreign air destinations", "国际通航城市", "cities",
            "distinct foreign cities reached by members' air routes: " + f.sourcesOf(TieType.AIR_ROUTE)));
    if (f.firmGnc().isEmpty()) {
      r.leaveOut("gnc.firms", "the data hold no firm office at all");
    }
    for (Cluster c : f.clusters) {
      if (f.firmGnc().isPresent()) {
        // mean over the surveyed members, not their sum: see Facts.clusterFirmGnc
        Optional<Facts.ClusterGnc> g = f.clusterFirmGnc(c);
        if (g.isEmpty()) {
          r.missing(c.id(), "gnc.firms", "no member is in the firm-office survey");
        } else {
          r.value(c.id(), "gnc.firms", g.get().mean(), g.get().note());
        }
      } else {
        r.missing(c.id(), "gnc.firms", "no firm data");
      }
      if (f.present.contains(TieType.AIR_ROUTE)) {
        TieProfile.TypeCount air = f.profiles.get(c.id()).of(TieType.AIR_ROUTE);
        r.value(c.id(), "air.routes", air.internationalWeight(), air.international() + " city pairs");
        r.value(c.id(), "air.destinations", air.internationalPartners(), "");
      } else {
        r.missing(c.id(), "air.routes", "no air-route data");
        r.missing(c.id(), "air.destinations", "no air-route data");
      }
    }
    if (!f.present.contains(TieType.AIR_ROUTE)) {
      r.leaveOut("air.routes", "the data hold no air route at all");
      r.leaveOut("air.destinations", "the data hold no air route at all");
    }
    return new Driver("division-of-labour", "Place in the global division of labour", "全球产业分工地位",
        r.run("firm offices and air routes of the members of " + f.clusters.size() + " clusters",
            f.options.minCoverage()),
        List.of("foreign direct investment and foreign trade by city (no open city-level data)",
            "headquarters of multinational manufacturing firms", "shipping (container port) connectivity"));
  }

  private static Driver governance(Facts f) {
    CompositeRunner r = new CompositeRunner()
        .indicator(new IndicatorInfo("population", "Population of the members", "成员城市人口", "persons",
            "Σ of the members' populations (each city's stored population, with its year and source)"))
        .indicator(new IndicatorInfo("population.largest", "Population of the largest member", "最大成员城市人口",
            "persons", "largest stored population among the members"))
        .indicator(new IndicatorInfo("density.country", "Population density of the country", "所在国人口密度",
            "people per km²", "World Bank " + Facts.COUNTRY_DENSITY + " of the members' countries, latest year,"
                + " weighted by the members' populations (country level: no city areas in the data)"))
        .indicator(new IndicatorInfo("urban.share.country", "Urban share of the country's population",
            "所在国城镇人口比例", "%", "World Bank " + Facts.COUNTRY_URBAN_SHARE
                + " of the members' countries, latest year, weighted by the members' populations"));
    for (Cluster c : f.clusters) {
      long sum = 0;
      long largest = 0;
      List<String> unknown = new ArrayList<>();
      for (String m : c.memberIds()) {
        City city = f.dataset.city(m).orElseThrow();
        if (city.population() == null) {
          unknown.add(city.nameEn());
        } else {
          sum += city.population().value();
          largest = Math.max(largest, city.population().value());
        }
      }
      int known = c.memberIds().size() - unknown.size();
      if (known < f.options.minCoverage() * c.memberIds().size() || known == 0) {
        r.missing(c.id(), "population", "population known for only " + known + " of " + c.memberIds().size()
            + " members");
        r.missing(c.id(), "population.largest", "population known for only " + known + " members");
      } else {
        r.value(c.id(), "population", sum, unknown.isEmpty() ? "all members"
            : "sum over " + known + " members; unknown: " + String.join(", ", unknown));
        r.value(c.id(), "population.largest", largest, "");
      }
      country(f, r, c, "density.country", Facts.COUNTRY_DENSITY);
      country(f, r, c, "urban.share.country", Facts.COUNTRY_URBAN_SHARE);
    }
    return new Driver("governance", "Pressure of urban governance", "城市治理压力",
        r.run("member populations and World Bank country indicators of " + f.clusters.size() + " clusters",
            f.options.minCoverage()),
        List.of("population density of member cities (no city areas in the data)",
            "governance complexity: number of administrative units, cross-border commuting"));
  }

  /**
   * A country indicator for a cluster: the population-weighted mean Σ P_m x_c(m) / Σ P_m of the member cities'
   * country values, over the members with a population. Weighted by population because the value should describe
   * the country conditions of the cluster's people: a cluster spanning several countries or territories (the Greater
   * Bay Area: mainland China, Hong Kong, Macao) would otherwise take the value of whichever country its first
   * central city lies in (Hong Kong's density, 7,000 per km², for a cluster whose people live mostly in mainland
   * Guangdong). Missing when the members with a population fall below the minimum coverage or a member's country
   * has no value (no partial weighting).
   */
  private static void country(Facts f, CompositeRunner r, Cluster c, String code, String wbCode) {
    Map<String, Indicator> byCountry = new TreeMap<>();
    Map<String, Long> people = new TreeMap<>();
    List<String> noValue = new ArrayList<>();
    int known = 0;
    for (String m : c.memberIds()) {
      City city = f.dataset.city(m).orElseThrow();
      if (city.population() == null) {
        continue;
      }
      known++;
      Optional<Indicator> v = f.countryIndicator(city.country(), wbCode);
      if (v.isEmpty()) {
        noValue.add(city.country());
        continue;
      }
      byCountry.put(city.country(), v.get());
      people.merge(city.country(), city.population().value(), Long::sum);
    }
    if (known == 0 || known < f.options.minCoverage() * c.memberIds().size()) {
      r.missing(c.id(), code, "population known for only " + known + " of " + c.memberIds().size()
          + " members: no population weights");
      return;
    }
    if (!noValue.isEmpty()) {
      r.missing(c.id(), code, "no " + wbCode + " value for "
          + String.join(", ", noValue.stream().distinct().toList()));
      return;
    }
    double weighted = 0;
    long total = 0;
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Indicator> e : byCountry.entrySet()) {
      long p = people.get(e.getKey());
      weighted += p * e.getValue().value();
      total += p;
      parts.add(e.getKey() + " " + e.getValue().year());
    }
    r.value(c.id(), code, weighted / total, byCountry.size() == 1 ? parts.get(0)
        : "population-weighted over " + known + " members: " + String.join(", ", parts));
  }

}
