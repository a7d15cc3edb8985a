package org.hanse.report.html;

import java.util.List;
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

  private PlainHtmlReport(Lang lang) {
    this.lang = lang;
  }

  public static String render(Assessment a, Lang lang) {
    PlainHtmlReport r = new PlainHtmlReport(lang);
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
    for (ClusterAssessment c : a.clusters()) {
      cluster(c);
    }
    if (!a.notes().isEmpty()) {
      raw("<h2>").text(l("Notes", "说明")).raw("</h2>\n<ul>");
      a.notes().forEach(n -> raw("<li>").text(n).raw("</li>"));
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
              : Numbers.integer(m.population().value()) + " (" + m.population().year() + ")")
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
    TieProfile.CentralShare s = p.centralCombined();
    raw("<p>").text(l("Central city's share of the cluster's international ties: ", "中心城市在城市群国际联系中的占比："))
        .text(String.join(", ", s.cityIds().stream().map(id -> c.member(id).map(m -> m.name(lang)).orElse(id))
            .toList()))
        .text(" " + Numbers.integer(s.ties()) + " / " + Numbers.integer(s.clusterTies()) + " = "
            + Numbers.percent(s.share()))
        .raw("</p>\n");
    provenance(p.provenance());
  }

  private void cell(String s) {
    raw("<td class=\"n\">").text(s).raw("</td>");
  }

  private void provenance(Provenance p) {
    raw("<details><summary>").text(l("How this was computed", "计算方法与数据")).raw("</summary>\n<p class=\"note\">")
        .text(p.method());
    if (!p.citation().isEmpty()) {
      raw(" — ").text(p.citation());
    }
    raw("<br>").text(l("Data: ", "数据：") + p.data()).raw("</p>\n");
    if (!p.parameters().isEmpty()) {
      raw("<ul class=\"note\">");
      p.parameters().forEach((k, v) -> raw("<li>").text(k + ": " + v).raw("</li>"));
      raw("</ul>\n");
    }
    if (!p.notes().isEmpty()) {
      raw("<ul class=\"note\">");
      p.notes().forEach(n -> raw("<li>").text(n).raw("</li>"));
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
          .text(c.member(m.subject()).map(x -> x.name(lang)).orElse(m.subject())).raw("</td><td>").text(m.what())
          .raw("</td><td>").text(m.reason()).raw("</td></tr>\n");
    }
    raw("</table>\n");
  }
}
