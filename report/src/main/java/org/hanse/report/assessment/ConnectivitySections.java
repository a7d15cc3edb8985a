package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.assessment.NetworkPosition;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.svg.Charts;

/**
 * World-city connectivity (GaWC interlocking network model on firm offices, methods.md §1), its diplomacy
 * adaptation (§1.6) and the members' position in the city-to-city networks (E–I index, degree, PageRank), as the
 * assessment computed them ({@code ClusterAssessment.networkPosition}).
 */
final class ConnectivitySections {
  private final ReportContext cx;

  ConnectivitySections(ReportContext cx) {
    this.cx = cx;
  }

  ReportSection section() {
    ReportSection.Builder s = new ReportSection.Builder("connectivity", cx.t("section.connectivity"));
    s.paragraph(cx.t("connectivity.intro"));
    s.subsection(interlock("world-city-network", "wcn", TieType.FIRM_OFFICE, Method.GNC));
    s.subsection(interlock("diplomatic-connectivity", "dipl", null, Method.DIPLOMATIC_GNC));
    s.subsection(position());
    return s.build();
  }

  private ReportSection interlock(String id, String key, TieType firmLayer, Method method) {
    String title = cx.t("section." + key);
    ReportSection.Builder s = new ReportSection.Builder(id, title);
    s.paragraph(cx.t(key + ".intro"));
    cx.used(Method.GNC, title);
    cx.used(Method.GNC_SPLIT, title);
    if (method != Method.GNC) {
      cx.used(method, title);
    }
    // the values are the assessment's (one pipeline): this section only renders them
    NetworkPosition.Interlock in = cx.assessment.networkPosition().interlock().stream()
        .filter(i -> i.layer().equals(firmLayer != null ? "firms" : "diplomacy")).findFirst().orElseThrow();
    if (in.rankedCities() == 0) {
      String why = in.undecided().orElse(cx.t(key + ".nodata"));
      s.notice(NoticeKind.MISSING_DATA, why.startsWith("the data hold no") ? cx.t(key + ".nodata")
          : cx.t("interlock.invalid", why));
      cx.missing(title + ": " + why);
      return s.build();
    }
    for (String m : cx.members) {
      for (Tie t : cx.dataset.tiesOf(m)) {
        if (firmLayer != null ? t.type() == firmLayer : ServiceValueMatrices.diplomacyCoding().containsKey(t.type())) {
          cx.source(t.sourceId(), title);
        }
      }
    }
    ReportTable.Builder t = new ReportTable.Builder(id, cx.t("table." + key))
        .column(Column.text(cx.t("col.city")))
        .column(Column.integer(cx.t("col.gnc"), ""))
        .column(Column.decimal(cx.t("col.gnc.prop"), "%", 1))
        .column(Column.integer(cx.t("col.rank"), ""))
        .column(Column.integer(cx.t("col.gnc.ext"), ""))
        .column(Column.decimal(cx.t("col.ext.share"), "%", 1));
    List<Charts.Bar> bars = new ArrayList<>();
    for (NetworkPosition.InterlockMember sm : in.members()) {
      String m = sm.cityId();
      if (!sm.covered()) {
        t.row(cx.cityName(m), null, null, null, null, null);
        bars.add(new Charts.Bar(cx.cityName(m), Double.NaN, cx.cluster.isCentral(m)));
        continue;
      }
      double p = sm.proportional().getAsDouble();
      t.row(cx.cityName(m), sm.gnc().getAsLong(), 100 * p, (long) sm.rank().getAsInt(), sm.external().getAsLong(),
          sm.externalShare().isPresent() ? 100 * sm.externalShare().getAsDouble() : null);
      bars.add(new Charts.Bar(cx.cityName(m), 100 * p, cx.cluster.isCentral(m)));
    }
    int covered = in.covered();
    String prov = cx.provenance(in.provenance());
    t.provenance(prov);
    if (covered == 0) {
      s.notice(NoticeKind.MISSING_DATA, cx.t(key + ".uncovered"));
      cx.missing(cx.t(key + ".uncovered"));
      s.table(t.build());
      return s.build();
    }
    s.add(new Block.KeyFigures(List.of(
        new Block.KeyFigure(cx.t("kf.covered"), covered + " / " + cx.members.size(), prov),
        new Block.KeyFigure(cx.t("kf.external.connectivity"),
            Texts.number(in.externalConnectivity().getAsLong(), 0), prov),
        new Block.KeyFigure(cx.t("kf.internal.connectivity"),
            Texts.number(in.internalConnectivity().getAsLong(), 0), prov),
        new Block.KeyFigure(cx.t("kf.reference.city"), cx.cityName(in.referenceCityId().orElseThrow()) + " = 100%",
            prov))));
    bars.sort((a, b) -> Double.compare(Double.isNaN(b.value()) ? -1 : b.value(),
        Double.isNaN(a.value()) ? -1 : a.value()));
    s.add(new Block.Chart(id + "-bars", cx.t(key + ".chart"),
        Charts.bars(cx.t(key + ".chart"), bars, 1, cx.t("col.gnc.prop") + " (%)", cx.t("not.covered")), prov));
    s.table(t.build());
    if (covered < cx.members.size()) {
      String text = cx.t("interlock.missing", cx.members.size() - covered, cx.members.size());
      s.notice(NoticeKind.MISSING_DATA, text);
      cx.missing(title + ": " + text);
    }
    if (firmLayer != null) {
      s.notice(NoticeKind.CAVEAT, cx.t("wcn.caveat"));
    }
    NetworkPosition.InterlockMember best = in.members().stream().filter(NetworkPosition.InterlockMember::covered)
        .max((a, b) -> Long.compare(a.gnc().getAsLong(), b.gnc().getAsLong())).orElseThrow();
    cx.findings.add(cx.t("finding." + key, cx.cityName(best.cityId()), best.rank().getAsInt(), in.rankedCities(),
        Texts.percent(best.proportional().getAsDouble())));
    return s.build();
  }

  private ReportSection position() {
    String title = cx.t("section.position");
    ReportSection.Builder s = new ReportSection.Builder("network-position", title);
    s.paragraph(cx.t("position.intro"));
    cx.used(Method.EI_INDEX, title);
    cx.used(Method.DEGREE, title);
    cx.used(Method.PAGERANK, title);
    List<NetworkPosition.Layer> layerList = cx.assessment.networkPosition().layers();
    ReportTable.Builder layers = new ReportTable.Builder("network-position-layers", cx.t("table.position.layers"))
        .column(Column.text(cx.t("col.layer")))
        .column(Column.integer(cx.t("col.nodes"), ""))
        .column(Column.integer(cx.t("col.internal.ties"), cx.t("unit.pairs")))
        .column(Column.integer(cx.t("col.external.ties"), cx.t("unit.pairs")))
        .column(Column.decimal(cx.t("col.ei"), "", 3))
        .column(Column.decimal(cx.t("col.ei.weighted"), "", 3));
    ReportTable.Builder members = new ReportTable.Builder("network-position-members", cx.t("table.position.members"))
        .column(Column.text(cx.t("col.city")));
    for (NetworkPosition.Layer l : layerList) {
      members.column(Column.integer(cx.t("col.degree", l.type().label(cx.lang)), cx.t("unit.partners")))
          .column(Column.integer(cx.t("col.pagerank.rank", l.type().label(cx.lang)), ""));
    }
    List<String> provs = new ArrayList<>();
    for (NetworkPosition.Layer l : layerList) {
      if (l.undecided().isPresent()) {
        layers.row(l.type().label(cx.lang), (long) l.nodes(), 0L, 0L, null, null);
        cx.missing(cx.t("position.nolayer", l.type().label(cx.lang)));
        continue;
      }
      layers.row(l.type().label(cx.lang), (long) l.nodes(), (long) l.internalTies(), (long) l.externalTies(),
          finite(l.eiIndex()), finite(l.weightedEiIndex()));
      provs.add(cx.provenance(l.provenance()));
      for (NetworkPosition.LayerMember lm : l.members()) {
        if (lm.degree().isPresent()) {
          for (Tie t : cx.dataset.tiesOf(lm.cityId())) {
            if (t.type() == l.type()) {
              cx.source(t.sourceId(), title);
            }
          }
        }
      }
    }
    for (int k = 0; k < cx.members.size(); k++) {
      List<Object> row = new ArrayList<>();
      row.add(cx.cityName(cx.members.get(k)));
      for (NetworkPosition.Layer l : layerList) {
        NetworkPosition.LayerMember lm = l.members().get(k);
        row.add(lm.degree().isPresent() ? (Object) (long) lm.degree().getAsInt() : null);
        row.add(lm.pageRankRank().isPresent() ? (Object) (long) lm.pageRankRank().getAsInt() : null);
      }
      members.row(row.toArray());
    }
    String prov = String.join("; ", provs);
    layers.provenance(prov);
    members.provenance(prov);
    s.table(layers.build());
    s.table(members.build());
    s.notice(NoticeKind.CAVEAT, cx.t("position.caveat"));
    return s.build();
  }

  private static Double finite(java.util.OptionalDouble v) {
    return v.isPresent() && Double.isFinite(v.getAsDouble()) ? v.getAsDouble() : null;
  }
}
