package org.hanse.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.hanse.analysis.assessment.Composite;
import org.hanse.analysis.assessment.CoreFunctions;
import org.hanse.analysis.assessment.Driver;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.assessment.IndicatorReading;
import org.hanse.analysis.assessment.InnerStructure;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.MemberCity;
import org.hanse.analysis.assessment.MissingItem;
import org.hanse.analysis.assessment.SourceNote;
import org.hanse.analysis.assessment.TieProfile;
import org.hanse.model.Lang;
import org.hanse.report.text.Numbers;

/**
 * A first, plain HTML rendering of the assessment: one self-contained page (no scripts, no external files) with a
 * section per cluster, the same tables as the text rendering, each measure's provenance and the missing data, and
 * the sources with their attribution. The rich report is a separate rendering.
 */
public final class PlainHtmlReport {
  private final Lang lang;
  private final StringBuilder h = new StringBuilder();
  /** The analysis texts (reasons, notes, evidence) in the language. */
  private org.hanse.analysis.text.Localizer loc;

  private PlainHtmlReport(Lang lang) {
    this.lang = lang;
  }

  public static String render(Assessment a, Lang lang) {
    PlainHtmlReport r = new PlainHtmlReport(lang);
    r.loc = org.hanse.analysis.text.Localizer.of(lang, a);
    r.page(a);
    return r.h.toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private String l(String en, String zh) {
    return lang == Lang.ZH ? zh : en;
  }

  private PlainHtmlReport text(String s) {
    h.append(esc(s));
    return this;
  }

  private PlainHtmlReport raw(String s) {
    h.append(s);
    return this;
  }

  private void page(Assessment a) {
    raw("<!DOCTYPE html>\n<html lang=\"").raw(lang == Lang.ZH ? "zh-CN" : "en").raw("\">\n<head>\n")
        .raw("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>").text(l("Hanse assessment of city clusters", "Hanse 城市群外交评估")).raw("</title>\n")
        .raw("<style>\n")
        .raw("body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em auto;")
        .raw("max-width:72em;padding:0 1em;color:#222;line-height:1.4}\n")
        .raw("table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #ccc;padding:.2em .5em;")
        .raw("vertical-align:top}th{background:#f2f2f2;text-align:left}td.n{text-align:right;")
        .raw("font-variant-numeric:tabular-nums}\n")
        .raw("details{margin:.3em 0 1em}summary{cursor:pointer;color:#555}.note{color:#555;font-size:.9em}\n")
        .raw("nav a{margin-right:1em}\n</style>\n</head>\n<body>\n");
    raw("<h1>").text(l("Hanse assessment of city clusters", "Hanse 城市群外交评估")).raw("</h1>\n");
    raw("<p class=\"note\">").text(l("Data: ", "数据：") + a.datasetLabel()).raw("</p>\n");
    raw("<nav>");
    for (ClusterAssessment c : a.clusters()) {
      raw("<a href=\"#").text(c.id()).raw("\">").text(c.name(lang)).raw("</a>");
    }
    raw("</nav>\n");
    overview(a);
    for (ClusterAssessment c : a.clusters()) {
      cluster(c);
    }
    if (!a.notes().isEmpty()) {
      raw("<h2>").text(l("Notes", "说明")).raw("</h2>\n<ul>");
      a.notes().forEach(n -> raw("<li>").text(loc.text(n)).raw("</li>"));
      raw("</ul>\n");
    }
    raw("<h2>").text(l("Parameters", "参数")).raw("</h2>\n<table>");
    a.parameters().forEach((k, v) -> raw("<tr><th>").text(k).raw("</th><td>").text(v).raw("</td></tr>"));
    raw("</table>\n");
    raw("<h2>").text(l("Sources", "数据来源")).raw("</h2>\n<ul>\n");
    for (SourceNote s : a.sources()) {
      raw("<li><b>").text(s.title()).raw("</b>");
      if (!s.licence().isEmpty()) {
        raw(" (").text(s.licence()).raw(")");
      }
      if (!s.vintage().isEmpty()) {
        raw(", ").text(s.vintage());
      }
      if (!s.url().isEmpty()) {
        raw(" <a href=\"").text(s.url()).raw("\">").text(s.url()).raw("</a>");
      }
      if (!s.attribution().isEmpty()) {
        raw("<br><span class=\"note\">").text(s.attribution()).raw("</span>");
      }
      raw("</li>\n");
    }
    raw("</ul>\n</body>\n</html>\n");
  }

  private void cluster(ClusterAssessment c) {
    raw("<section id=\"").text(c.id()).raw("\">\n<h2>").text(c.nameEn());
    if (!c.nameZh().isEmpty()) {
      raw(" ").text(c.nameZh());
    }
    raw(" <small>[").text(c.id()).raw("]</small></h2>\n");
    if (!c.definition().isEmpty()) {
      raw("<p>").text(l("Defined by: ", "界定文件：")).text(c.definition());
      if (!c.definitionUrl().isEmpty()) {
        raw(" <a href=\"").text(c.definitionUrl()).raw("\">").text(l("source", "原文")).raw("</a>");
      }
      raw("</p>\n");
    }
    members(c);
    ties(c);
    drivers(c);
    functions(c);
    coreFunctions(c);
    inner(c);
    missing(c);
    raw("</section>\n");
  }

  private void members(ClusterAssessment c) {
    raw("<h3>").text(l("Member cities", "成员城市")).raw(" (" + c.members().size() + ")</h3>\n<table>\n<tr>");
    for (String head : List.of(l("city", "城市"), l("Chinese", "中文名"), l("country", "国家/地区"), l("role", "角色"),
        l("population (year)", "人口（年份）"), l("international ties", "国际联系"))) {
      raw("<th>").text(head).raw("</th>");
    }
    raw("</tr>\n");
    for (MemberCity m : c.members()) {
      int intl = c.ties().perMember().stream().filter(x -> x.cityId().equals(m.id())).findFirst()
          .map(TieProfile.MemberTies::total).orElse(0);
      raw("<tr><td>").text(m.nameEn()).raw("</td><td>").text(m.nameZh()).raw("</td><td>").text(m.country())
          .raw("</td><td>").text(m.central() ? l("central", "中心城市") : l("member", "成员")).raw("</td><td class=\"n\">")
          .text(m.population() == null ? Numbers.NA
              : Numbers.integer(m.population().value()) + " (" + (m.population().year() == null
                  ? l("year not given", "年份不详") : m.population().year()) + ")")
          .raw("</td><td class=\"n\">").text(Numbers.integer(intl)).raw("</td></tr>\n");
    }
    raw("</table>\n");
  }

  private void ties(ClusterAssessment c) {
    TieProfile p = c.ties();
    raw("<h3>").text(l("Ties by type, inside and outside the cluster", "按类型的联系：城市群内部与外部")).raw("</h3>\n");
    raw("<table>\n<tr>");
    for (String head : List.of(l("tie type", "联系类型"), l("inside", "内部"), l("outside", "外部"),
        l("domestic", "国内"), l("international", "国际"), l("international weight", "国际权重"),
        l("partners", "伙伴数"), l("central city's share", "中心城市占比"))) {
      raw("<th>").text(head).raw("</th>");
    }
    raw("</tr>\n");
    for (TieProfile.TypeCount r : p.byType()) {
      raw("<tr><td>").text(r.type().label(lang)).raw("</td>");
      if (p.hasNoData(r.type())) {
        // No tie of this type anywhere in the data: missing, not 0.
        for (int i = 0; i < 7; i++) {
          cell(i == 0 && !r.inside().isPresent() || i == 2 && !r.cityToCity() ? "—" : Numbers.NA);
        }
        raw("</tr>\n");
        continue;
      }
      cell(r.inside().isPresent() ? Numbers.integer(r.inside().getAsInt()) : "—");
      cell(Numbers.integer(r.outside()));
      cell(r.cityToCity() ? Numbers.integer(r.domestic()) : "—");
      cell(Numbers.integer(r.international()));
      cell(Numbers.weight(r.internationalWeight()));
      cell(Numbers.integer(r.internationalPartners()));
      cell(Numbers.percent(p.centralCombined().byType().get(r.type())));
      raw("</tr>\n");
    }
    raw("</table>\n");
    for (TieProfile.TypeCount r : p.byType()) {
      if (p.hasNoData(r.type())) {
        raw("<p>").text(l("n/a for " + r.type().label(lang) + ": missing, the data hold no tie of this type at all"
            + " (not 0)", r.type().label(lang) + " 为 n/a：缺失，数据中没有此类联系（不是 0）")).raw("</p>\n");
      }
    }
    TieProfile.CentralShare s = p.centralCombined();
    raw("<p>").text(l("Central city's share of the cluster's international ties: ", "中心城市在城市群国际联系中的占比："))
        .text(String.join(", ", s.cityIds().stream().map(id -> c.member(id).map(m -> m.name(lang)).orElse(id))
            .toList()))
        .text(" " + Numbers.integer(s.ties()) + " / " + Numbers.integer(s.clusterTies()) + " = "
            + Numbers.percent(s.share()))
        .raw("</p>\n");
    provenance(p.provenance());
  }

  private void head(String... heads) {
    raw("<table>\n<tr>");
    for (String h : heads) {
      raw("<th>").text(h).raw("</th>");
    }
    raw("</tr>\n");
  }

  private void row(List<String> cells, int firstNumeric) {
    raw("<tr>");
    for (int i = 0; i < cells.size(); i++) {
      raw(i >= firstNumeric ? "<td class=\"n\">" : "<td>").text(cells.get(i)).raw("</td>");
    }
    raw("</tr>\n");
  }

  private static String sc(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : Numbers.NA;
  }

  private String name(ClusterAssessment c, String id) {
    return c.member(id).map(m -> m.name(lang)).orElse(id);
  }

  private void overview(Assessment a) {
    raw("<h2>").text(l("Cluster — main cities — core functions", "城市群 — 主要城市 — 核心外交功能")).raw("</h2>\n");
    head(l("cluster", "城市群"), l("central cities", "中心城市"), l("core functions (LQ)", "核心功能（区位熵）"),
        l("cannot decide", "无法判定"));
    for (ClusterAssessment c : a.clusters()) {
      row(List.of(c.name(lang), String.join(", ", c.centralCities().stream().map(m -> m.name(lang)).toList()),
          c.coreFunctions().core().isEmpty() ? l("none", "无") : String.join(", ", c.coreFunctions().core().stream()
              .map(e -> e.name(lang) + String.format(Locale.ROOT, " (%.2f)", e.lq().getAsDouble())).toList()),
          String.join(", ", c.coreFunctions().undecided().stream().map(e -> e.name(lang)).toList())), 99);
    }
    raw("</table>\n");
  }

  private void drivers(ClusterAssessment c) {
    raw("<h3>").text(l("Drivers scorecard", "动力机制评分")).raw("</h3>\n");
    head(l("driver", "动力"), l("indicators of this cluster", "本城市群指标"), l("score", "得分"), l("rank", "排名"));
    for (Driver d : c.drivers()) {
      Composite.Subject s = d.composite().subject(c.id()).orElseThrow();
      row(List.of(d.name(lang), readings(d.composite(), s), sc(s.score()),
          s.rank().isPresent() ? s.rank().getAsInt() + "/" + d.composite().scored() : "—"), 2);
    }
    raw("</table>\n<ul class=\"note\">");
    for (Driver d : c.drivers()) {
      d.composite().undecided().ifPresent(u -> raw("<li>").text(d.name(lang) + ": " + l("not scored — ", "未评分 — ")
          + loc.text(u)).raw("</li>"));
      d.composite().leftOut().forEach((code, why) -> raw("<li>").text(d.name(lang) + ", " + code + ": " + loc.text(why))
          .raw("</li>"));
      d.missingIndicators().forEach(m -> raw("<li>").text(d.name(lang) + l(" — not in the data: ", " — 数据中缺少：") + loc.text(m))
          .raw("</li>"));
    }
    raw("</ul>\n");
    if (!c.drivers().isEmpty()) {
      provenance(c.drivers().get(0).composite().provenance());
    }
  }

  private String readings(Composite comp, Composite.Subject s) {
    List<String> parts = new ArrayList<>();
    for (IndicatorReading r : s.readings()) {
      String n = comp.indicators().stream().filter(i -> i.code().equals(r.code())).findFirst()
          .map(i -> i.name(lang)).orElse(r.code());
      parts.add(n + " " + (r.value().isPresent() ? Numbers.weight(r.value().getAsDouble()) : Numbers.NA));
    }
    return String.join("; ", parts);
  }

  private void functions(ClusterAssessment c) {
    raw("<h3>").text(l("Function profile (entropy–TOPSIS)", "功能画像（熵权-TOPSIS）")).raw("</h3>\n");
    head(l("function", "功能"), l("indicators of this cluster", "本城市群指标"), l("cluster score", "城市群得分"),
        l("rank", "排名"));
    for (FunctionScore f : c.functions()) {
      Composite.Subject s = f.clusters().subject(c.id()).orElseThrow();
      row(List.of(f.name(lang), readings(f.clusters(), s), sc(s.score()),
          s.rank().isPresent() ? s.rank().getAsInt() + "/" + f.clusters().scored() : "—"), 2);
    }
    raw("</table>\n");
    List<String> heads = new ArrayList<>();
    heads.add(l("member city", "成员城市"));
    c.functions().forEach(f -> heads.add(f.name(lang)));
    head(heads.toArray(String[]::new));
    for (MemberCity m : c.members()) {
      List<String> cells = new ArrayList<>();
      cells.add(m.name(lang));
      for (FunctionScore f : c.functions()) {
        cells.add(f.members().subject(m.id()).map(s -> sc(s.score())).orElse(Numbers.NA));
      }
      row(cells, 1);
    }
    raw("</table>\n<ul class=\"note\">");
    for (FunctionScore f : c.functions()) {
      f.members().undecided().ifPresent(u -> raw("<li>").text(f.name(lang) + l(" (members): not scored — ",
          "（成员城市）：未评分 — ") + loc.text(u)).raw("</li>"));
      f.members().leftOut().forEach((code, why) -> raw("<li>").text(f.name(lang) + ", " + code + ": " + loc.text(why))
          .raw("</li>"));
      f.missingIndicators().forEach(x -> raw("<li>").text(f.name(lang) + l(" — not in the data: ", " — 数据中缺少：") + loc.text(x))
          .raw("</li>"));
    }
    raw("</ul>\n");
  }

  private void coreFunctions(ClusterAssessment c) {
    raw("<h3>").text(l("Core diplomatic functions", "核心外交功能")).raw("</h3>\n");
    head(l("function", "功能"), l("status", "判定"), "LQ", l("evidence", "证据"));
    for (CoreFunctions.Entry e : c.coreFunctions().functions()) {
      raw("<tr><td>").text(e.name(lang)).raw("</td><td>").text(switch (e.status()) {
        case CORE -> l("core", "核心");
        case NOT_CORE -> l("not core", "非核心");
        case UNDECIDED -> l("undecided", "无法判定");
      }).raw("</td><td class=\"n\">").text(e.lq().isPresent()
          ? String.format(Locale.ROOT, "%.2f", e.lq().getAsDouble()) : Numbers.NA).raw("</td><td><ul>");
      e.evidence().forEach(x -> raw("<li>").text(loc.text(x)).raw("</li>"));
      raw("</ul></td></tr>\n");
    }
    raw("</table>\n");
    provenance(c.coreFunctions().provenance());
  }

  private void inner(ClusterAssessment c) {
    InnerStructure s = c.innerStructure();
    raw("<h3>").text(l("Inner structure", "内部结构")).raw("</h3>\n");
    head(l("central city", "中心城市"), l("gravity share", "引力联系占比"), l("out-linkage share", "外向联系占比"),
        l("international tie share", "国际联系占比"));
    for (InnerStructure.Centre ce : s.radiation().centres()) {
      row(List.of(name(c, ce.cityId()), Numbers.percent(ce.gravityShare()), Numbers.percent(ce.outLinkageShare()),
          Numbers.percent(ce.tieShare())), 1);
    }
    raw("</table>\n");
    if (!s.radiation().hinterland().isEmpty()) {
      raw("<p>").text(l("Hinterlands by field strength: ", "场强腹地：") + String.join("; ", s.radiation().hinterland()
          .stream().map(h -> name(c, h.memberId()) + " → " + name(c, h.centreId())).toList())).raw("</p>\n");
    }
    provenance(s.radiation().gravity());
    InnerStructure.Concentration k = s.concentration();
    raw("<p>").text(l("Concentration of international ties: ", "国际联系集中度：") + "Gini* "
        + Numbers.decimal(k.giniCorrected()) + ", Theil " + Numbers.decimal(k.theil()) + ", HHI "
        + Numbers.decimal(k.hhi()) + ", S2 " + Numbers.decimal(k.primacyS2()) + ", S4 " + Numbers.decimal(k.primacyS4())
        + l("; population primacy S2 ", "；人口首位度 S2 ") + Numbers.decimal(k.populationS2())).raw("</p>\n");
    provenance(k.provenance());
    InnerStructure.Coordination co = s.coordination();
    raw("<p>").text(l("Coordinated opening-up: ", "协同开放：") + (co.undecided().isEmpty()
        ? "C " + Numbers.decimal(co.coupling()) + ", T " + Numbers.decimal(co.comprehensive()) + ", D "
            + Numbers.decimal(co.degree()) + " — " + (lang == Lang.ZH ? co.levelZh() : co.levelEn())
        : Numbers.NA + " — " + loc.text(co.undecided()))).raw("</p>\n");
    provenance(co.provenance());
    InnerStructure.Homogeneity h = s.homogeneity();
    raw("<p>").text(l("Homogeneous competition: ", "同质化竞争：") + h.homogeneous() + " / " + h.pairsCompared()
        + l(" member pairs over both thresholds", " 对成员城市超过两项阈值")).raw("</p>\n");
    head(l("pair", "城市对"), l("shared partners", "共同伙伴"), l("partner overlap", "伙伴重叠"),
        l("profile similarity", "结构相似"));
    for (InnerStructure.Pair p : h.pairs()) {
      row(List.of(name(c, p.a()) + " – " + name(c, p.b()), String.valueOf(p.sharedPartners()),
          Numbers.decimal(p.partnerOverlap(), 3), p.profileSimilarity().isPresent()
              ? Numbers.decimal(p.profileSimilarity().getAsDouble(), 3) : Numbers.NA), 1);
    }
    raw("</table>\n");
    provenance(h.provenance());
  }

  private void cell(String s) {
    raw("<td class=\"n\">").text(s).raw("</td>");
  }

  private void provenance(Provenance p) {
    raw("<details><summary>").text(l("How this was computed", "计算方法与数据")).raw("</summary>\n<p class=\"note\">")
        .text(loc.text(p.method()));
    if (!p.citation().isEmpty()) {
      raw(" — ").text(p.citation());
    }
    raw("<br>").text(l("Data: ", "数据：") + loc.text(p.data())).raw("</p>\n");
    if (!p.parameters().isEmpty()) {
      raw("<ul class=\"note\">");
      p.parameters().forEach((k, v) -> raw("<li>").text(k + ": " + v).raw("</li>"));
      raw("</ul>\n");
    }
    if (!p.notes().isEmpty()) {
      raw("<ul class=\"note\">");
      p.notes().forEach(n -> raw("<li>").text(loc.text(n)).raw("</li>"));
      raw("</ul>\n");
    }
    raw("</details>\n");
  }

  private void missing(ClusterAssessment c) {
    raw("<h3>").text(l("Missing data", "缺失数据")).raw(" (" + c.missing().size() + ")</h3>\n");
    if (c.missing().isEmpty()) {
      raw("<p>").text(l("none", "无")).raw("</p>\n");
      return;
    }
    raw("<table>\n<tr>");
    for (String head : List.of(l("section", "部分"), l("subject", "对象"), l("missing", "缺失"),
        l("what was done", "处理"))) {
      raw("<th>").text(head).raw("</th>");
    }
    raw("</tr>\n");
    for (MissingItem m : c.missing()) {
      raw("<tr><td>").text(m.section()).raw("</td><td>")
          .text(c.member(m.subject()).map(x -> x.name(lang)).orElse(m.subject())).raw("</td><td>").text(loc.text(m.what()))
          .raw("</td><td>").text(loc.text(m.reason())).raw("</td></tr>\n");
    }
    raw("</table>\n");
  }
}
