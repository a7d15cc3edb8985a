package org.hanse.report.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.analysis.assessment.MissingItem;
import org.hanse.model.Source;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;

/** The methods appendix (every formula used) and the data appendix (every source used, and what was missing). */
final class Appendices {
  private Appendices() {}

  static ReportSection methods(ReportContext cx) {
    ReportSection.Builder s = new ReportSection.Builder("methods", cx.t("section.methods"));
    s.paragraph(cx.t("methods.intro"));
    ReportTable.Builder t = new ReportTable.Builder("methods", cx.t("table.methods"))
        .column(Column.text(cx.t("col.method")))
        .column(Column.text(cx.t("col.formula")))
        .column(Column.text(cx.t("col.citation")))
        .column(Column.text(cx.t("col.used.in")));
    for (Map.Entry<Method, Set<String>> e : cx.methodsUsed.entrySet()) {
      Method m = e.getKey();
      t.row(cx.t(m.messageKey()), m.formula(), m.citation(), String.join(cx.t("list.sep"), e.getValue()));
    }
    s.table(t.build());
    s.notice(NoticeKind.CAVEAT, cx.t("methods.conventions"));
    return s.build();
  }

  static ReportSection data(ReportContext cx) {
    ReportSection.Builder s = new ReportSection.Builder("data", cx.t("section.data"));
    s.paragraph(cx.t("data.intro", cx.dataset.label()));
    ReportTable.Builder t = new ReportTable.Builder("sources", cx.t("table.sources"))
        .column(Column.text(cx.t("col.source.id")))
        .column(Column.text(cx.t("col.source")))
        .column(Column.text(cx.t("col.licence")))
        .column(Column.text(cx.t("col.vintage")))
        .column(Column.text(cx.t("col.attribution")))
        .column(Column.text(cx.t("col.url")))
        .column(Column.text(cx.t("col.used.for")));
    for (Map.Entry<String, Set<String>> e : cx.sourcesUsed.entrySet()) {
      Source src = cx.dataset.sources().get(e.getKey());
      if (src == null) {
        t.row(e.getKey(), cx.t("missing.value"), "", "", "", "", String.join(cx.t("list.sep"), e.getValue()));
        continue;
      }
      t.row(src.id(), src.title(), orDash(src.licence()), orDash(src.vintage()), orDash(src.attribution()),
          orDash(src.url()), String.join(cx.t("list.sep"), e.getValue()));
    }
    if (t.rowCount() == 0) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("data.nosources"));
    } else {
      s.table(t.build());
    }
    s.paragraph(cx.t("data.missing.intro"));
    List<String> missing = cx.missing;
    List<MissingItem> gaps = cx.assessment.missing();
    if (missing.isEmpty() && gaps.isEmpty()) {
      s.paragraph(cx.t("data.missing.none"));
    }
    if (!missing.isEmpty()) {
      s.add(new Block.Bullets(missing));
    }
    if (!gaps.isEmpty()) {
      ReportTable.Builder g = new ReportTable.Builder("missing", cx.t("table.missing"))
          .column(Column.text(cx.t("col.part")))
          .column(Column.text(cx.t("col.subject")))
          .column(Column.text(cx.t("col.missing.what")))
          .column(Column.text(cx.t("col.missing.reason")));
      for (MissingItem m : gaps) {
        // the subject is a city, a cluster or an indicator; the texts are the analysis module's, in English
        String subject = cx.dataset.city(m.subject()).map(c -> c.name(cx.lang))
            .or(() -> cx.dataset.cluster(m.subject()).map(c -> c.name(cx.lang))).orElse(m.subject());
        g.row(cx.local().part(m.section()), subject, cx.local().text(m.what()), cx.local().text(m.reason()));
      }
      s.table(g.build());
    }
    return s.build();
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "—" : s;
  }
}
