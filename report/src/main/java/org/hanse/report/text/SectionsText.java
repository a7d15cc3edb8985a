package org.hanse.report.text;

import static org.hanse.report.text.Numbers.NA;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.Composite;
import org.hanse.analysis.assessment.CoreFunctions;
import org.hanse.analysis.assessment.Driver;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.assessment.IndicatorReading;
import org.hanse.analysis.assessment.InnerStructure;
import org.hanse.analysis.assessment.MemberCity;
import org.hanse.model.Lang;
import org.hanse.report.text.TextTable.Align;

/** Terminal text of the drivers, functions, core functions and inner structure of a cluster. */
final class SectionsText {
  private static final String NL = System.lineSeparator();

  private final ClusterAssessment c;
  private final Lang lang;
  /** The analysis texts (reasons, notes, evidence) in the language. */
  private final org.hanse.analysis.text.Localizer loc;
  private final StringBuilder out;

  private SectionsText(ClusterAssessment c, Lang lang, StringBuilder out) {
    this.c = c;
    this.lang = lang;
    this.loc = org.hanse.analysis.text.Localizer.of(lang, c);
    this.out = out;
  }

  static void render(ClusterAssessment c, Lang lang, StringBuilder out) {
    SectionsText t = new SectionsText(c, lang, out);
    t.drivers();
    t.functions();
    t.coreFunctions();
    t.inner();
  }

  private String l(String en, String zh) {
    return lang == Lang.ZH ? zh : en;
  }

  private void heading(String text) {
    out.append(text).append(NL).append("-".repeat(DisplayWidth.of(text))).append(NL);
  }

  private String city(String id) {
    return c.memberLabel(id, lang);
  }

  private static String score(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : NA;
  }

  static String value(IndicatorReading r) {
    if (r.value().isEmpty()) {
      return NA;
    }
    double v = r.value().getAsDouble();
    if (Math.abs(v) >= 1e9) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    return Numbers.weight(v);
  }

  private void drivers() {
    heading(l("Drivers scorecard (entropy–TOPSIS across the clusters)", "动力机制评分（熵权-TOPSIS，城市群间比较）"));
    TextTable t = new TextTable()
        .column(l("driver", "动力"), Align.LEFT)
        .column(l("score", "得分"), Align.RIGHT)
        .column(l("rank", "排名"), Align.RIGHT)
        .column(l("indicators (this cluster)", "指标（本城市群）"), Align.LEFT, 100);
    for (Driver d : c.drivers()) {
      Composite comp = d.composite();
      Composite.Subject s = comp.subject(c.id()).orElseThrow();
      t.row(d.name(lang), score(s.score()), s.rank().isPresent() ? s.rank().getAsInt() + "/" + comp.scored() : "—",
          readings(comp, s));
    }
    out.append(t.render(2));
    for (Driver d : c.drivers()) {
      d.composite().undecided().ifPresent(u -> out.append("  ").append(d.name(lang)).append(": ")
          .append(l("not scored — ", "未评分 — ")).append(loc.text(u)).append(NL));
      if (!d.composite().leftOut().isEmpty()) {
        d.composite().leftOut().forEach((code, why) -> out.append("  ").append(d.name(lang)).append(", ")
            .append(indicatorName(d.composite(), code)).append(": ").append(loc.text(why)).append(NL));
      }
    }
    out.append(NL);
  }

  private String readings(Composite comp, Composite.Subject s) {
    List<String> parts = new ArrayList<>();
    for (IndicatorReading r : s.readings()) {
      parts.add(indicatorName(comp, r.code()) + " " + value(r));
    }
    return String.join("; ", parts);
  }

  private String indicatorName(Composite comp, String code) {
    return comp.indicators().stream().filter(i -> i.code().equals(code)).findFirst().map(i -> i.name(lang))
        .orElse(code);
  }

  private void functions() {
    heading(l("Function profile (entropy–TOPSIS)", "功能画像（熵权-TOPSIS）"));
    TextTable t = new TextTable()
        .column(l("function", "功能"), Align.LEFT)
        .column(l("cluster score", "城市群得分"), Align.RIGHT)
        .column(l("rank", "排名"), Align.RIGHT)
        .column(l("indicators used (weight across clusters)", "所用指标（城市群间权重）"), Align.LEFT, 90);
    for (FunctionScore f : c.functions()) {
      Composite.Subject s = f.clusters().subject(c.id()).orElseThrow();
      List<String> used = new ArrayList<>();
      f.clusters().weights().forEach((code, w) -> used.add(indicatorName(f.clusters(), code)
          + String.format(Locale.ROOT, " %.2f", w)));
      t.row(f.name(lang), score(s.score()), s.rank().isPresent() ? s.rank().getAsInt() + "/" + f.clusters().scored()
          : "—", used.isEmpty() ? loc.text(f.clusters().undecided().orElse("")) : String.join(", ", used));
    }
    out.append(t.render(2)).append(NL);
    TextTable m = new TextTable().column(l("member city", "成员城市"), Align.LEFT, 24);
    for (FunctionScore f : c.functions()) {
      m.column(shortName(f), Align.RIGHT);
    }
    m.column(l("opening", "开放度"), Align.RIGHT);
    for (MemberCity mc : c.members()) {
      List<Object> row = new ArrayList<>();
      row.add(mc.name(lang));
      for (FunctionScore f : c.functions()) {
        row.add(score(f.members().subject(mc.id()).map(Composite.Subject::score).orElse(OptionalDouble.empty())));
      }
      Double u = c.innerStructure().coordination().opening().get(mc.id());
      row.add(u == null ? NA : String.format(Locale.ROOT, "%.3f", u));
      m.row(row.toArray());
    }
    out.append("  ").append(l("Member scores within the cluster (n/a: left out, see missing data):",
        "成员城市得分（城市群内部比较；n/a：因缺失数据未评分）")).append(NL);
    out.append(m.render(2));
    for (FunctionScore f : c.functions()) {
      Composite mem = f.members();
      List<String> used = new ArrayList<>();
      mem.weights().forEach((code, w) -> used.add(indicatorName(mem, code) + String.format(Locale.ROOT, " %.2f", w)));
      out.append("  ").append(f.name(lang)).append(": ")
          .append(used.isEmpty() ? l("not scored — ", "未评分 — ") + loc.text(mem.undecided().orElse(""))
              : l("weights ", "权重 ") + String.join(", ", used));
      if (!mem.leftOut().isEmpty()) {
        out.append(l("; left out: ", "；未用：")).append(String.join(", ", mem.leftOut().keySet().stream()
            .map(code -> indicatorName(mem, code)).toList()));
      }
      out.append(NL);
    }
    out.append(NL);
  }

  private String shortName(FunctionScore f) {
    return switch (f.key()) {
      case "governance" -> l("governance", "全球治理");
      case "competitiveness" -> l("trade/tech", "贸易科技");
      case "exchange" -> l("people/culture", "人文交流");
      case "demonstration" -> l("demonstration", "示范");
      default -> f.key();
    };
  }

  private void coreFunctions() {
    heading(l("Core diplomatic functions (location quotient against all clusters)",
        "核心外交功能（相对全部城市群的区位熵）"));
    TextTable t = new TextTable()
        .column(l("function", "功能"), Align.LEFT)
        .column(l("status", "判定"), Align.LEFT)
        .column("LQ", Align.RIGHT)
        .column(l("count", "数量"), Align.RIGHT)
        .column(l("main cities", "主要城市"), Align.LEFT, 60);
    for (CoreFunctions.Entry e : c.coreFunctions().functions()) {
      String status = switch (e.status()) {
        case CORE -> l("core", "核心");
        case NOT_CORE -> l("not core", "非核心");
        case UNDECIDED -> l("undecided", "无法判定");
      };
      List<String> main = new ArrayList<>();
      for (CoreFunctions.MainCity m : e.mainCities()) {
        main.add(city(m.cityId()) + " " + Numbers.weight(m.count()));
      }
      t.row(e.name(lang), status, e.lq().isPresent() ? String.format(Locale.ROOT, "%.2f", e.lq().getAsDouble()) : NA,
          e.status() == CoreFunctions.Status.UNDECIDED && e.lq().isEmpty() ? "—" : Numbers.weight(e.clusterCount()),
          String.join(", ", main));
    }
    out.append(t.render(2));
    for (CoreFunctions.Entry e : c.coreFunctions().undecided()) {
      out.append("  ").append(l("cannot decide ", "无法判定 ")).append(e.name(lang)).append(l(": ", "："))
          .append(loc.text(e.evidence().get(e.evidence().size() - 1).replaceFirst("^undecided: ", ""))).append(NL);
    }
    out.append(NL);
  }

  private void inner() {
    InnerStructure s = c.innerStructure();
    heading(l("Inner structure", "内部结构"));
    out.append("  ").append(l("Radiation of the central city (gravity linkage, tie shares):",
        "中心城市辐射（引力联系、国际联系占比）：")).append(NL);
    TextTable r = new TextTable()
        .column(l("central city", "中心城市"), Align.LEFT)
        .column(l("gravity share", "引力联系占比"), Align.RIGHT)
        .column(l("out-linkage share", "外向联系占比"), Align.RIGHT)
        .column(l("intl tie share", "国际联系占比"), Align.RIGHT)
        .column(l("median reach", "断裂点中位"), Align.RIGHT);
    for (InnerStructure.Centre ce : s.radiation().centres()) {
      double[] reach = ce.breakingPoints().stream().mapToDouble(InnerStructure.BreakingPointTo::reach).sorted()
          .toArray();
      String median = reach.length == 0 ? NA : Numbers.percent(reach.length % 2 == 1 ? reach[reach.length / 2]
          : (reach[reach.length / 2 - 1] + reach[reach.length / 2]) / 2);
      r.row(city(ce.cityId()), Numbers.percent(ce.gravityShare()), Numbers.percent(ce.outLinkageShare()),
          Numbers.percent(ce.tieShare()), median);
    }
    out.append(r.render(4));
    out.append("    ").append(l("median reach: share of the way to the other members that lies in the centre's sphere"
        + " (breaking points, population as mass)", "断裂点中位：中心城市到其他成员城市距离中位于其辐射范围内的比例（以人口为质量）"))
        .append(NL);
    if (!s.radiation().hinterland().isEmpty()) {
      out.append("    ").append(l("Hinterlands by field strength: ", "场强腹地：")).append(String.join("; ",
          s.radiation().hinterland().stream().map(h -> city(h.memberId()) + " → " + city(h.centreId())).toList()))
          .append(NL);
    }
    s.radiation().gravity().notes().forEach(n -> out.append("    ").append(loc.text(n)).append(NL));
    InnerStructure.Concentration k = s.concentration();
    out.append(NL).append("  ").append(l("Concentration of international ties among members: ",
        "国际联系在成员城市间的集中度：")).append("Gini* ").append(Numbers.decimal(k.giniCorrected()))
        .append(", Theil ").append(Numbers.decimal(k.theil())).append(", HHI ").append(Numbers.decimal(k.hhi()))
        .append(", ").append(l("largest ", "最大 ")).append(k.largest().isEmpty() ? NA : city(k.largest())).append(" ")
        .append(Numbers.percent(k.largestShare())).append(", S2 ").append(Numbers.decimal(k.primacyS2()))
        .append(", S4 ").append(Numbers.decimal(k.primacyS4())).append(NL);
    out.append("  ").append(l("Population primacy: ", "人口首位度：")).append("S2 ")
        .append(Numbers.decimal(k.populationS2())).append(", S4 ").append(Numbers.decimal(k.populationS4()))
        .append(NL);
    InnerStructure.Coordination co = s.coordination();
    out.append(NL).append("  ").append(l("Coordinated opening-up (coupling coordination of members' opening scores): ",
        "协同开放（成员城市开放度的耦合协调度）："));
    if (!co.undecided().isEmpty()) {
      out.append(NA).append(" — ").append(loc.text(co.undecided())).append(NL);
    } else {
      out.append("C ").append(Numbers.decimal(co.coupling())).append(" (").append(lang == Lang.ZH
              ? co.couplingClassZh() : co.couplingClassEn()).append("), T ").append(Numbers.decimal(co.comprehensive()))
          .append(", D ").append(Numbers.decimal(co.degree())).append(" — ")
          .append(lang == Lang.ZH ? co.levelZh() : co.levelEn() + " (" + co.levelZh() + ")")
          .append(l("; traditional C ", "；传统公式 C ")).append(Numbers.decimal(co.traditionalCoupling()))
          .append(NL);
    }
    InnerStructure.Homogeneity h = s.homogeneity();
    out.append(NL).append("  ").append(l("Homogeneous competition: ", "同质化竞争："))
        .append(h.homogeneous()).append(l(" of ", " / ")).append(h.pairsCompared())
        .append(l(" member pairs over both thresholds; most overlapping pairs:", " 对成员城市超过两项阈值；重叠最多的城市对："))
        .append(NL);
    TextTable p = new TextTable()
        .column(l("pair", "城市对"), Align.LEFT, 40)
        .column(l("shared partners", "共同伙伴"), Align.RIGHT)
        .column(l("partner overlap", "伙伴重叠"), Align.RIGHT)
        .column(l("profile similarity", "结构相似"), Align.RIGHT)
        .column(l("homogeneous", "同质"), Align.LEFT);
    for (InnerStructure.Pair pr : h.pairs()) {
      p.row(city(pr.a()) + " – " + city(pr.b()), pr.sharedPartners(), Numbers.decimal(pr.partnerOverlap(), 3),
          pr.profileSimilarity().isPresent() ? Numbers.decimal(pr.profileSimilarity().getAsDouble(), 3) : NA,
          pr.homogeneous() ? l("yes", "是") : l("no", "否"));
    }
    out.append(p.render(4)).append(NL);
  }

  /** The table "cluster — main cities — core functions" for all clusters. */
  static void coreFunctionsOverview(Assessment a, Lang lang, StringBuilder out) {
    String title = lang == Lang.ZH ? "城市群 — 主要城市 — 核心外交功能" : "Cluster — main cities — core functions";
    out.append(title).append(NL).append("=".repeat(DisplayWidth.of(title))).append(NL);
    TextTable t = new TextTable()
        .column(lang == Lang.ZH ? "城市群" : "cluster", Align.LEFT, 48)
        .column(lang == Lang.ZH ? "主要城市" : "main cities", Align.LEFT, 40)
        .column(lang == Lang.ZH ? "核心功能（LQ）" : "core functions (LQ)", Align.LEFT, 130)
        .column(lang == Lang.ZH ? "无法判定" : "undecided", Align.RIGHT);
    for (ClusterAssessment c : a.clusters()) {
      List<String> main = new ArrayList<>();
      for (CoreFunctions.Entry e : c.coreFunctions().core()) {
        for (CoreFunctions.MainCity m : e.mainCities()) {
          String n = c.member(m.cityId()).map(x -> x.name(lang)).orElse(m.cityId());
          if (!main.contains(n) && main.size() < 4) {
            main.add(n);
          }
        }
      }
      if (main.isEmpty()) {
        c.centralCities().forEach(m -> main.add(m.name(lang)));
      }
      List<String> core = c.coreFunctions().core().stream().map(e -> e.name(lang)
          + String.format(Locale.ROOT, " (%.2f)", e.lq().getAsDouble())).toList();
      t.row(c.name(lang), String.join(", ", main), core.isEmpty() ? (lang == Lang.ZH ? "无" : "none")
          : String.join(", ", core), c.coreFunctions().undecided().size());
    }
    out.append(t.render(2));
    out.append("  ").append(lang == Lang.ZH ? "证据（指标、区位熵、部门连通度）见 hanse functions。"
        : "Evidence (indicator, LQ, sector connectivity) for every entry: hanse functions.").append(NL).append(NL);
  }

}
