package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.svg.Charts;

/**
 * The function profile (radar of location quotients of the cluster's international ties by type against all
 * clusters of the dataset, methods.md §5) and the core functions derived from it, with their evidence.
 */
final class FunctionProfile {
  private final ReportContext cx;
  private final LabelledMatrix matrix;
  private final List<String> reference;
  private final Specialisation.MatrixResult clusterLq;
  private final String failure;

  private FunctionProfile(ReportContext cx, LabelledMatrix matrix, List<String> reference,
      Specialisation.MatrixResult clusterLq, String failure) {
    this.cx = cx;
    this.matrix = matrix;
    this.reference = reference;
    this.clusterLq = clusterLq;
    this.failure = failure;
  }

  static FunctionProfile of(ReportContext cx) {
    LabelledMatrix e = ClusterReportBuilder.tieTypeMatrix(cx.dataset);
    List<String> ref = ClusterReportBuilder.allClusterMembers(cx.dataset);
    try {
      return new FunctionProfile(cx, e, ref,
          Specialisation.groupLocationQuotients(e, cx.cluster.id(), cx.members, ref), null);
    } catch (ArithmeticException ex) {
      return new FunctionProfile(cx, e, ref, null, ex.getMessage());
    }
  }

  ReportSection profileSection() {
    ReportSection.Builder s = new ReportSection.Builder("function-profile", cx.t("section.functions"));
    s.paragraph(cx.t("functions.intro", cx.dataset.clusters().size()));
    cx.used(Method.LOCATION_QUOTIENT, cx.t("section.functions"));
    if (clusterLq == null) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("functions.none", failure));
      cx.missing(cx.t("functions.none", failure));
      return s.build();
    }
    LabelledMatrix lq = clusterLq.values();
    double[] own = new double[matrix.columns()];
    double[] all = new double[matrix.columns()];
    for (String m : cx.members) {
      if (matrix.hasRow(m)) {
        double[] r = matrix.row(matrix.rowIndexOf(m));
        for (int c = 0; c < own.length; c++) {
          own[c] += r[c];
        }
      }
    }
    for (String m : reference) {
      double[] r = matrix.row(matrix.rowIndexOf(m));
      for (int c = 0; c < all.length; c++) {
        all[c] += r[c];
      }
    }
    double ownTotal = sum(own);
    double allTotal = sum(all);
    List<String> axes = new ArrayList<>();
    double[] radar = new double[TieType.values().length];
    ReportTable.Builder t = new ReportTable.Builder("function-profile", cx.t("table.functions"))
        .column(Column.text(cx.t("col.function")))
        .column(Column.text(cx.t("col.tietype")))
        .column(Column.integer(cx.t("col.cluster.ties"), cx.t("unit.ties")))
        .column(Column.decimal(cx.t("col.share.cluster"), "%", 1))
        .column(Column.decimal(cx.t("col.share.reference"), "%", 1))
        .column(Column.decimal(cx.t("col.lq"), "", 2));
    int i = 0;
    for (TieType type : TieType.values()) {
      int c = type.ordinal();
      axes.add(cx.t("function." + type.key()));
      Double q = lq.columnIds().contains(type.key()) ? lq.get(cx.cluster.id(), type.key()) : null;
      radar[i++] = q == null ? Double.NaN : Math.min(q, 2) / 2;
      t.row(cx.t("function." + type.key()), type.label(cx.lang), (long) own[c], 100 * own[c] / ownTotal,
          allTotal > 0 ? 100 * all[c] / allTotal : null, q);
      if (q == null) {
        cx.missing(cx.t("missing.function", type.label(cx.lang)));
      }
    }
    String prov = cx.provenance(clusterLq.provenance()) + "; "
        + cx.provenance(Method.LOCATION_QUOTIENT, cx.t("functions.data", cx.dataLabel(), reference.size()));
    t.provenance(prov);
    s.add(new Block.Chart("function-radar", cx.t("functions.chart", cx.cluster.name(cx.lang)),
        Charts.radar(cx.t("functions.chart", cx.cluster.name(cx.lang)), axes,
            List.of(new Charts.Series(cx.cluster.name(cx.lang), radar)),
            List.of("LQ 0.5", "LQ 1", "LQ 1.5", "LQ ≥ 2"), cx.t("missing.value")),
        prov));
    s.table(t.build());
    s.notice(NoticeKind.CAVEAT, cx.t("functions.caveat"));
    return s.build();
  }

  ReportSection coreSection() {
    ReportSection.Builder s = new ReportSection.Builder("core-functions", cx.t("section.core"));
    if (clusterLq == null) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("functions.none", failure));
      return s.build();
    }
    s.paragraph(cx.t("core.intro"));
    LabelledMatrix lq = clusterLq.values();
    Specialisation.MatrixResult cityLq = Specialisation.locationQuotients(matrix);
    ReportTable.Builder t = new ReportTable.Builder("core-functions", cx.t("table.core"))
        .column(Column.text(cx.t("col.function")))
        .column(Column.decimal(cx.t("col.lq"), "", 2))
        .column(Column.integer(cx.t("col.cluster.ties"), cx.t("unit.ties")))
        .column(Column.text(cx.t("col.leading.member")))
        .column(Column.decimal(cx.t("col.leading.share"), "%", 1))
        .column(Column.text(cx.t("col.top.partners")))
        .column(Column.text(cx.t("col.handover")));
    List<String> coreNames = new ArrayList<>();
    for (TieType type : TieType.values()) {
      if (!lq.columnIds().contains(type.key())) {
        continue;
      }
      double q = lq.get(cx.cluster.id(), type.key());
      if (q < 1) {
        continue;
      }
      Map<String, Integer> byMember = new HashMap<>();
      Map<String, Integer> byPartner = new HashMap<>();
      List<Tie> ties = new ArrayList<>();
      for (String m : cx.members) {
        for (Tie tie : cx.internationalTies(m)) {
          if (tie.type() == type) {
            byMember.merge(m, 1, Integer::sum);
            byPartner.merge(cx.partnerName(tie, m), 1, Integer::sum);
            ties.add(tie);
          }
        }
      }
      cx.sources(ties, cx.t("usage.functions"));
      int total = ties.size();
      var lead = ClusterReportBuilder.topCounts(byMember, 1);
      List<String> partners = new ArrayList<>();
      for (var e : ClusterReportBuilder.topCounts(byPartner, 3)) {
        partners.add(e.getKey() + " (" + e.getValue() + ")");
      }
      List<String> handover = handOverCandidates(cityLq.values(), type);
      t.row(cx.t("function." + type.key()), q, (long) total,
          lead.isEmpty() ? cx.t("missing.value") : cx.cityName(lead.get(0).getKey()),
          lead.isEmpty() || total == 0 ? null : 100.0 * lead.get(0).getValue() / total,
          String.join(cx.t("list.sep"), partners),
          handover.isEmpty() ? "—" : String.join(cx.t("list.sep"), handover));
      coreNames.add(cx.t("function." + type.key()) + " (LQ " + Texts.number(q, 2) + ")");
    }
    cx.used(Method.LOCATION_QUOTIENT, cx.t("section.core"));
    cx.used(Method.SHARE, cx.t("section.core"));
    if (t.rowCount() == 0) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("core.none"));
      return s.build();
    }
    t.provenance(cx.provenance(clusterLq.provenance()) + "; " + cx.provenance(cityLq.provenance()));
    s.table(t.build());
    s.notice(NoticeKind.CAVEAT, cx.t("core.handover.note"));
    cx.findings.add(cx.t("finding.core", String.join(cx.t("list.sep"), coreNames)));
    return s.build();
  }

  /** Members with LQ_is ≥ 1 in a function where no central city has LQ ≥ 1 (methods.md §5, 承接). */
  private List<String> handOverCandidates(LabelledMatrix cityLq, TieType type) {
    List<String> out = new ArrayList<>();
    if (!cityLq.columnIds().contains(type.key())) {
      return out;
    }
    boolean centreStrong = false;
    for (String c : cx.cluster.centralIds()) {
      if (cityLq.hasRow(c) && cityLq.get(c, type.key()) >= 1) {
        centreStrong = true;
      }
    }
    if (centreStrong) {
      return out;
    }
    for (String m : cx.members) {
      if (!cx.cluster.isCentral(m) && cityLq.hasRow(m) && cityLq.get(m, type.key()) >= 1) {
        out.add(cx.cityName(m) + " (LQ " + Texts.number(cityLq.get(m, type.key()), 2) + ")");
      }
    }
    return out;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
