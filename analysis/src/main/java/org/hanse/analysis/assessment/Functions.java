package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.hanse.model.Cluster;
import org.hanse.model.Indicator;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * The function profile (concepts: the four functions). Each function names its indicators; member cities are
 * scored by entropy–TOPSIS within their cluster, clusters (members summed) across all clusters.
 */
final class Functions {
  private Functions() {}

  /** The indicators of one function and how to read them. */
  private record Spec(String key, String nameEn, String nameZh, List<IndicatorInfo> indicators,
      List<String> missing) {}

  private static List<Spec> specs(Facts f) {
    String gdpData = f.gdp.map(d -> "city indicator " + d.code() + " (" + f.source(d.sourceId()) + "), latest year")
        .orElse("no city GDP indicator in the data");
    return List.of(
        new Spec("governance", "Capacity to take part in global governance", "参与全球治理能力", List.of(
            info(f, "io.seats", "International organisation seats", "国际组织驻地", TieType.ORGANISATION_SEAT),
            info(f, "missions", "Foreign missions hosted", "外国使领馆", TieType.DIPLOMATIC_MISSION),
            info(f, "memberships", "City-network memberships", "国际城市网络成员资格", TieType.NETWORK_MEMBERSHIP)),
            List.of("membership of UCLG, ICLEI, Metropolis and other city networks (no open member lists)",
                "offices (not headquarters) of international organisations")),
        new Spec("competitiveness", "Competitiveness in trade and technology", "全球贸易与科技竞争力", List.of(
            new IndicatorInfo("gnc.firms", "Firm-network connectivity (GNC)", "企业网络连通度", "interlock",
                "GaWC global network connectivity N_a from firm_office ties: " + f.sourcesOf(TieType.FIRM_OFFICE)),
            new IndicatorInfo("gdp", "GDP", "地区生产总值", f.gdp.map(d -> d.unit()).orElse(""), gdpData)),
            List.of("technology and innovation: patents, R&D spending, high-tech firms (no open city data)",
                "foreign trade and foreign direct investment by city (no open city data)")),
        new Spec("exchange", "Two-way flows of people and culture", "人文双向交流", List.of(
            info(f, "sister.cities", "Foreign sister cities", "国际友好城市", TieType.SISTER_CITY),
            info(f, "air.destinations", "Foreign air destinations", "国际通航城市", TieType.AIR_ROUTE),
            new IndicatorInfo("events.hosted", "International events hosted", "主办与承办国际活动", "editions",
                "event_host and event_cohost ties: " + f.sourcesOf(TieType.EVENT_HOST))),
            List.of("inbound tourists, international students and residents by city (no open city data)",
                "cultural events other than Olympic Games, World Expos and FIFA World Cups")),
        new Spec("demonstration", "Demonstration effect", "示范效应", List.of(
            new IndicatorInfo("events.joint", "Events co-hosted with another member", "成员城市联合承办活动",
                "editions", "event_cohost ties for an edition another member co-hosts too: "
                    + f.sourcesOf(TieType.EVENT_COHOST)),
            info(f, "events.cohosted", "Events co-hosted", "联合承办活动", TieType.EVENT_COHOST)),
            List.of("policy pilots and demonstration zones (no data)",
                "joint forums and common positions in city networks (no data)")));
  }

  private static IndicatorInfo info(Facts f, String code, String en, String zh, TieType type) {
    return new IndicatorInfo(code, en, zh, "ties", "international " + type.key() + " ties: " + f.sourcesOf(type));
  }

  /** Function scores for every cluster, keyed by cluster id. */
  static Map<String, List<FunctionScore>> of(Facts f) {
    List<Spec> specs = specs(f);
    List<Composite> clusterLevel = new ArrayList<>();
    for (Spec s : specs) {
      CompositeRunner r = runner(f, s);
      for (Cluster c : f.clusters) {
        r.subject(c.id());
        for (IndicatorInfo i : s.indicators()) {
          clusterValue(f, r, c, i.code());
        }
      }
      clusterLevel.add(r.run("members summed per cluster, " + f.clusters.size() + " clusters",
          f.options.minCoverage()));
    }
    Map<String, List<FunctionScore>> out = new LinkedHashMap<>();
    for (Cluster c : f.clusters) {
      List<FunctionScore> list = new ArrayList<>();
      for (int k = 0; k < specs.size(); k++) {
        Spec s = specs.get(k);
        CompositeRunner r = runner(f, s);
        for (String m : c.memberIds()) {
          r.subject(m);
          for (IndicatorInfo i : s.indicators()) {
            memberValue(f, r, c, m, i.code());
          }
        }
        list.add(new FunctionScore(s.key(), s.nameEn(), s.nameZh(), clusterLevel.get(k),
            r.run("member cities of " + c.id(), f.options.minCoverage()), s.missing()));
      }
      out.put(c.id(), list);
    }
    return out;
  }

  private static CompositeRunner runner(Facts f, Spec s) {
    CompositeRunner r = new CompositeRunner();
    s.indicators().forEach(r::indicator);
    // Only this function's own indicators can be left out of its score: a reason given for an indicator the
    // function never uses would list it as dropped from a score it was never part of.
    Set<String> own = new HashSet<>();
    for (IndicatorInfo i : s.indicators()) {
      own.add(i.code());
      Optional<TieType> t = typeOf(i.code());
      if (t.isPresent() && !f.present.contains(t.get())) {
        r.leaveOut(i.code(), "the data hold no " + t.get().label(Lang.EN) + " tie at all");
      }
    }
    if (own.contains("gdp") && f.gdp.isEmpty()) {
      r.leaveOut("gdp", "the data hold no city GDP indicator");
    }
    if (own.contains("gnc.firms") && f.firmGnc().isEmpty()) {
      r.leaveOut("gnc.firms", "the data hold no firm office at all");
    }
    if (own.contains("events.hosted") && !f.present.contains(TieType.EVENT_HOST)
        && !f.present.contains(TieType.EVENT_COHOST)) {
      r.leaveOut("events.hosted", "the data hold no hosted event at all");
    }
    if (own.contains("events.joint") && !f.present.contains(TieType.EVENT_COHOST)) {
      r.leaveOut("events.joint", "the data hold no co-hosted event at all");
    }
    return r;
  }

  private static Optional<TieType> typeOf(String code) {
    return Optional.ofNullable(switch (code) {
      case "io.seats" -> TieType.ORGANISATION_SEAT;
      case "missions" -> TieType.DIPLOMATIC_MISSION;
      case "memberships" -> TieType.NETWORK_MEMBERSHIP;
      case "sister.cities" -> TieType.SISTER_CITY;
      case "air.destinations" -> TieType.AIR_ROUTE;
      case "events.cohosted" -> TieType.EVENT_COHOST;
      default -> null;
    });
  }

  /**
   * Why an indicator has no reading for any subject because the data hold none of its ties at all, or empty. A
   * count of 0 would claim that the cluster has no such tie, when nobody recorded any (as {@link Drivers#tieCount}).
   */
  private static Optional<String> absentLayer(Facts f, String code) {
    Optional<TieType> t = typeOf(code);
    if (t.isPresent() && !f.present.contains(t.get())) {
      return Optional.of("no " + t.get().key() + " data");
    }
    if (code.equals("events.hosted") && !f.present.contains(TieType.EVENT_HOST)
        && !f.present.contains(TieType.EVENT_COHOST)) {
      return Optional.of("no event_host or event_cohost data");
    }
    if (code.equals("events.joint") && !f.present.contains(TieType.EVENT_COHOST)) {
      return Optional.of("no event_cohost data");
    }
    return Optional.empty();
  }

  private static void clusterValue(Facts f, CompositeRunner r, Cluster c, String code) {
    Optional<String> absent = absentLayer(f, code);
    if (absent.isPresent()) {
      r.missing(c.id(), code, absent.get());
      return;
    }
    TieProfile p = f.profiles.get(c.id());
    Optional<TieType> t = typeOf(code);
    if (t.isPresent()) {
      if (code.equals("air.destinations")) {
        r.value(c.id(), code, p.of(TieType.AIR_ROUTE).internationalPartners(), "distinct foreign cities");
      } else if (code.equals("events.cohosted")) {
        TieProfile.TypeCount x = p.of(TieType.EVENT_COHOST);
        r.value(c.id(), code, x.international() + x.inside().orElse(0), "");
      } else {
        r.value(c.id(), code, p.of(t.get()).international(), "");
      }
      return;
    }
    switch (code) {
      case "events.hosted" -> {
        TieProfile.TypeCount co = p.of(TieType.EVENT_COHOST);
        r.value(c.id(), code, p.of(TieType.EVENT_HOST).international() + co.international() + co.inside().orElse(0),
            "");
      }
      case "events.joint" -> r.value(c.id(), code, p.of(TieType.EVENT_COHOST).inside().orElse(0), "");
      case "gnc.firms" -> {
        Optional<Facts.ClusterGnc> g = f.clusterFirmGnc(c);
        if (g.isEmpty()) {
          r.missing(c.id(), code, "no member is in the firm-office survey");
        } else {
          r.value(c.id(), code, g.get().mean(), g.get().note());
        }
      }
      case "gdp" -> {
        double sum = 0;
        List<String> unknown = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (String m : c.memberIds()) {
          Optional<Indicator> g = f.gdpOf(m);
          if (g.isPresent()) {
            sum += g.get().value();
            years.add(g.get().year());
          } else {
            unknown.add(m);
          }
        }
        if (!unknown.isEmpty()) {
          r.missing(c.id(), code, "GDP unknown for " + unknown.size() + " of " + c.memberIds().size()
              + " members: no cluster total");
        } else {
          r.value(c.id(), code, sum, "Σ of members, years " + years.stream().distinct().sorted().toList());
        }
      }
      default -> throw new IllegalStateException("no rule for indicator " + code);
    }
  }

  private static void memberValue(Facts f, CompositeRunner r, Cluster c, String m, String code) {
    Optional<String> absent = absentLayer(f, code);
    if (absent.isPresent()) {
      r.missing(m, code, absent.get());
      return;
    }
    TieProfile.MemberTies mine = f.memberTies(c, m);
    Optional<TieType> t = typeOf(code);
    if (t.isPresent()) {
      int v = mine.of(t.get());
      if (code.equals("events.cohosted")) {
        v += f.jointCohosting(c, m);
      }
      r.value(m, code, v, "");
      return;
    }
    switch (code) {
      case "events.hosted" -> r.value(m, code, mine.of(TieType.EVENT_HOST) + mine.of(TieType.EVENT_COHOST)
          + f.jointCohosting(c, m), "");
      case "events.joint" -> r.value(m, code, f.jointCohosting(c, m), "");
      case "gnc.firms" -> {
        OptionalLong n = f.firmGnc().isPresent() ? f.firmGnc().get().find(m) : OptionalLong.empty();
        if (n.isPresent()) {
          r.value(m, code, n.getAsLong(), "");
        } else {
          r.missing(m, code, "not in the firm-office survey (not surveyed, not 0)");
        }
      }
      case "gdp" -> {
        Optional<Indicator> g = f.gdpOf(m);
        if (g.isPresent()) {
          r.value(m, code, g.get().value(), String.valueOf(g.get().year()));
        } else {
          r.missing(m, code, "no GDP value for this city");
        }
      }
      default -> throw new IllegalStateException("no rule for indicator " + code);
    }
  }
}
