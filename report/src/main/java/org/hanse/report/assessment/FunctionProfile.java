package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.inequality.Specialisation;
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

  /** The section, starting with the blocks the assessment gives (the scores of the four functions). */
  ReportSection profileSection(List<Block> assessed) {
    ReportSection.Builder s = new ReportSection.Builder("function-profile", cx.t("section.functions"));
    assessed.forEach(s::add);
    cx.used(Method.ENTROPY_TOPSIS, cx.t("section.functions"));
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
      if (all[c] == 0) {
        // No cluster has ties of this type: the data are missing, not zero.
        t.row(cx.t("function." + type.key()), type.label(cx.lang), null, null, null, null);
      } else {
        t.row(cx.t("function." + type.key()), type.label(cx.lang), (long) own[c], 100 * own[c] / ownTotal,
            allTotal > 0 ? 100 * all[c] / allTotal : null, q);
      }
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

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
