package org.hanse.report.text;

import static org.hanse.report.text.Numbers.NA;

import java.util.List;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.MemberCity;
import org.hanse.analysis.assessment.MissingItem;
import org.hanse.analysis.assessment.SourceNote;
import org.hanse.analysis.assessment.TieProfile;
import org.hanse.model.Lang;
import org.hanse.report.text.TextTable.Align;

/**
 * The assessment as text for a terminal: one block per cluster with aligned tables (East Asian wide characters
 * counted as two columns), undefined values as {@code n/a}, the gaps listed at the end of each block, and the
 * sources with their attribution at the end.
 */
public final class AssessmentText {
  private static final String NL = System.lineSeparator();

  private final Lang lang;
  private final StringBuilder out = new StringBuilder();
  /** The analysis texts (reasons, notes) in the language. */
  private org.hanse.analysis.text.Localizer loc;
  private ClusterAssessment current;

  private AssessmentText(Lang lang) {
    this.lang = lang;
  }

  public static String render(Assessment a, Lang lang) {
    AssessmentText t = new AssessmentText(lang);
    t.loc = org.hanse.analysis.text.Localizer.of(lang, a);
    t.assessment(a);
    return t.out.toString();
  }

  private String l(String en, String zh) {
    return lang == Lang.ZH ? zh : en;
  }

  private void heading(String text, char underline) {
    out.append(text).append(NL).append(String.valueOf(underline).repeat(DisplayWidth.of(text))).append(NL);
  }

  private void assessment(Assessment a) {
    heading(l("Hanse assessment of city clusters", "Hanse 城市群外交评估") + " — " + a.datasetLabel(), '=');
    out.append(NL);
    for (ClusterAssessment c : a.clusters()) {
      cluster(c);
    }
    SectionsText.coreFunctionsOverview(a, lang, out);
    if (!a.notes().isEmpty()) {
      heading(l("Notes", "说明"), '-');
      a.notes().forEach(n -> out.append("  • ").append(loc.text(n)).append(NL));
      out.append(NL);
    }
    heading(l("Sources", "数据来源"), '-');
    for (SourceNote s : a.sources()) {
      out.append("  [").append(s.id()).append("] ").append(s.title());
      if (!s.licence().isEmpty()) {
        out.append(" (").append(s.licence()).append(')');
      }
      if (!s.vintage().isEmpty()) {
        out.append(", ").append(s.vintage());
      }
      out.append(NL);
      if (!s.attribution().isEmpty()) {
        out.append("      ").append(s.attribution()).append(NL);
      }
    }
  }

  private void cluster(ClusterAssessment c) {
    current = c;
    String title = c.nameEn() + (c.nameZh().isEmpty() ? "" : " " + c.nameZh()) + " [" + c.id() + "]";
    heading(title, '=');
    if (!c.definition().isEmpty()) {
      out.append(l("Defined by: ", "界定文件：")).append(c.definition()).append(NL);
    }
    out.append(NL);
    members(c);
    ties(c);
    SectionsText.render(c, lang, out);
    PositionText.render(c, lang, out);
    missing(c.missing());
    out.append(NL);
  }

  private void members(ClusterAssessment c) {
    heading(l("Member cities", "成员城市") + " (" + c.members().size() + ")", '-');
    TextTable t = new TextTable()
        .column(l("city", "城市"), Align.LEFT, 28)
        .column(l("Chinese", "中文名"), Align.LEFT, 16)
        .column(l("country", "国家/地区"), Align.LEFT)
        .column(l("role", "角色"), Align.LEFT)
        .column(l("population", "人口"), Align.RIGHT)
        .column(l("year", "年份"), Align.RIGHT)
        .column(l("intl ties", "国际联系"), Align.RIGHT);
    for (MemberCity m : c.members()) {
      int intl = c.ties().perMember().stream().filter(x -> x.cityId().equals(m.id())).findFirst()
          .map(TieProfile.MemberTies::total).orElse(0);
      t.row(m.nameEn(), m.nameZh(), m.country(), m.central() ? l("central", "中心城市") : l("member", "成员"),
          m.population() == null ? NA : Numbers.integer(m.population().value()),
          m.population() == null ? "" : m.population().year() == null ? l("year not given", "年份不详")
              : String.valueOf(m.population().year()), Numbers.integer(intl));
    }
    out.append(t.render(2)).append(NL);
  }

  private void ties(ClusterAssessment c) {
    TieProfile p = c.ties();
    heading(l("Ties by type, inside and outside the cluster", "按类型的联系：城市群内部与外部"), '-');
    TextTable t = new TextTable()
        .column(l("tie type", "联系类型"), Align.LEFT)
        .column(l("inside", "内部"), Align.RIGHT)
        .column(l("outside", "外部"), Align.RIGHT)
        .column(l("domestic", "国内"), Align.RIGHT)
        .column(l("international", "国际"), Align.RIGHT)
        .column(l("intl weight", "国际权重"), Align.RIGHT)
        .column(l("partners", "伙伴数"), Align.RIGHT)
        .column(l("central share", "中心城市占比"), Align.RIGHT);
    for (TieProfile.TypeCount r : p.byType()) {
      if (p.hasNoData(r.type())) {
        // No tie of this type anywhere in the data: a 0 would claim the cluster has none.
        String na = Numbers.NA;
        t.row(r.type().label(lang), r.inside().isPresent() ? na : "—", na, r.cityToCity() ? na : "—", na, na, na, na);
        continue;
      }
      t.row(r.type().label(lang), r.inside().isPresent() ? Numbers.integer(r.inside().getAsInt()) : "—",
          Numbers.integer(r.outside()), r.cityToCity() ? Numbers.integer(r.domestic()) : "—",
          Numbers.integer(r.international()), Numbers.weight(r.internationalWeight()),
          Numbers.integer(r.internationalPartners()), Numbers.percent(p.centralCombined().byType().get(r.type())));
    }
    out.append(t.render(2));
    out.append("  ").append(l("inside: between members (or an edition co-hosted with another member); "
        + "— : not applicable (the partner is a foreign actor)",
        "内部：成员城市之间（或与其他成员共同承办同一届活动）；— ：不适用（伙伴为外国行为体）")).append(NL);
    for (TieProfile.TypeCount r : p.byType()) {
      if (p.hasNoData(r.type())) {
        out.append("  ").append(l("n/a for " + r.type().label(lang) + ": missing, the data hold no tie of this type"
            + " at all (not 0)", r.type().label(lang) + " 为 n/a：缺失，数据中没有此类联系（不是 0）")).append(NL);
      }
    }
    TieProfile.CentralShare s = p.centralCombined();
    out.append(NL).append("  ").append(l("Central city's share of the cluster's international ties: ",
        "中心城市在城市群国际联系中的占比："));
    out.append(String.join(", ", names(c, s.cityIds()))).append(" ")
        .append(Numbers.integer(s.ties())).append(" / ").append(Numbers.integer(s.clusterTies()))
        .append(" = ").append(Numbers.percent(s.share())).append(NL);
    if (p.centralCities().size() > 1) {
      for (TieProfile.CentralShare one : p.centralCities()) {
        out.append("    ").append(names(c, one.cityIds()).get(0)).append(": ")
            .append(Numbers.integer(one.ties())).append(" = ").append(Numbers.percent(one.share())).append(NL);
      }
    }
    out.append(NL);
  }

  private List<String> names(ClusterAssessment c, List<String> ids) {
    return ids.stream().map(id -> c.member(id).map(m -> m.name(lang)).orElse(id)).toList();
  }

  private String subjectName(String id) {
    return current == null ? id : current.member(id).map(m -> m.name(lang) + " (" + id + ")").orElse(id);
  }

  private void missing(List<MissingItem> missing) {
    heading(l("Missing data", "缺失数据") + " (" + missing.size() + ")", '-');
    if (missing.isEmpty()) {
      out.append("  ").append(l("none", "无")).append(NL);
      return;
    }
    TextTable t = new TextTable()
        .column(l("section", "部分"), Align.LEFT)
        .column(l("subject", "对象"), Align.LEFT, 28)
        .column(l("missing", "缺失"), Align.LEFT, 60)
        .column(l("what was done", "处理"), Align.LEFT, 90);
    for (MissingItem m : missing) {
      t.row(m.section(), subjectName(m.subject()), loc.text(m.what()), loc.text(m.reason()));
    }
    out.append(t.render(2));
  }

}
