package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.List;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.ClusterTies;
import org.hanse.analysis.network.DegreeCentrality;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.ClusterConnectivity;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.svg.Charts;

/**
 * World-city connectivity (GaWC interlocking network model on firm offices, methods.md §1), its diplomacy
 * adaptation (§1.6) and the members' position in the city-to-city networks (E–I index, degree, PageRank).
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
    ServiceValueMatrix v;
    try {
      v = firmLayer != null ? ServiceValueMatrices.firmOffices(cx.dataset, null)
          : ServiceValueMatrices.diplomaticAffiliations(cx.dataset, null);
    } catch (IllegalArgumentException e) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("interlock.invalid", e.getMessage()));
      cx.missing(title + ": " + e.getMessage());
      return s.build();
    }
    if (v.rowCount() == 0) {
      s.notice(NoticeKind.MISSING_DATA, cx.t(key + ".nodata"));
      cx.missing(cx.t(key + ".nodata"));
      return s.build();
    }
    ConnectivityResult gnc = GlobalNetworkConnectivity.of(v);
    ClusterConnectivity.Result split = ClusterConnectivity.of(v, cx.cluster.id(), cx.members);
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
    int covered = 0;
    for (String m : cx.members) {
      ClusterConnectivity.Member sm = split.members().stream().filter(x -> x.cityId().equals(m)).findFirst()
          .orElse(null);
      if (sm == null) {
        t.row(cx.cityName(m), null, null, null, null, null);
        bars.add(new Charts.Bar(cx.cityName(m), Double.NaN, cx.cluster.isCentral(m)));
        continue;
      }
      covered++;
      double p = gnc.proportional(m);
      t.row(cx.cityName(m), sm.total(), 100 * p, (long) gnc.rank(m), sm.external(), 100 * sm.externalShare());
      bars.add(new Charts.Bar(cx.cityName(m), 100 * p, cx.cluster.isCentral(m)));
    }
    String prov = cx.provenance(gnc.provenance()) + "; " + cx.provenance(split.provenance());
    t.provenance(prov);
    if (covered == 0) {
      s.notice(NoticeKind.MISSING_DATA, cx.t(key + ".uncovered"));
      cx.missing(cx.t(key + ".uncovered"));
      s.table(t.build());
      return s.build();
    }
    var top = gnc.ranking().get(0);
    s.add(new Block.KeyFigures(List.of(
        new Block.KeyFigure(cx.t("kf.covered"), covered + " / " + cx.members.size(), prov),
        new Block.KeyFigure(cx.t("kf.external.connectivity"), Texts.number(split.externalConnectivity(), 0), prov),
        new Block.KeyFigure(cx.t("kf.internal.connectivity"), Texts.number(split.internalConnectivity(), 0), prov),
        new Block.KeyFigure(cx.t("kf.reference.city"), cx.cityName(top.cityId()) + " = 100%", prov))));
    bars.sort((a, b) -> Double.compare(Double.isNaN(b.value()) ? -1 : b.value(),
        Double.isNaN(a.value()) ? -1 : a.value()));
    s.add(new Block.Chart(id + "-bars", cx.t(key + ".chart"),
        Charts.bars(cx.t(key + ".chart"), bars, 1, cx.t("col.gnc.prop") + " (%)", cx.t("not.covered")), prov));
    s.table(t.build());
    if (!split.missingMembers().isEmpty()) {
      String text = cx.t("interlock.missing", split.missingMembers().size(), cx.members.size());
      s.notice(NoticeKind.MISSING_DATA, text);
      cx.missing(title + ": " + text);
    }
    if (firmLayer != null) {
      s.notice(NoticeKind.CAVEAT, cx.t("wcn.caveat"));
    }
    ClusterConnectivity.Member best = split.members().stream()
        .max((a, b) -> Long.compare(a.total(), b.total())).orElseThrow();
    cx.findings.add(cx.t("finding." + key, cx.cityName(best.cityId()), gnc.rank(best.cityId()), gnc.cityIds().size(),
        Texts.percent(gnc.proportional(best.cityId()))));
    return s.build();
  }

  private ReportSection position() {
    String title = cx.t("section.position");
    ReportSection.Builder s = new ReportSection.Builder("network-position", title);
    s.paragraph(cx.t("position.intro"));
    cx.used(Method.EI_INDEX, title);
    cx.used(Method.DEGREE, title);
    cx.used(Method.PAGERANK, title);
    MultiplexNetwork net = MultiplexNetwork.builder(cx.dataset).layers(TieType.SISTER_CITY, TieType.AIR_ROUTE)
        .tieWeighting(MultiplexNetwork.TieWeighting.WEIGHT_SUM).build();
    ReportTable.Builder layers = new ReportTable.Builder("network-position-layers", cx.t("table.position.layers"))
        .column(Column.text(cx.t("col.layer")))
        .column(Column.integer(cx.t("col.nodes"), ""))
        .column(Column.integer(cx.t("col.internal.ties"), cx.t("unit.pairs")))
        .column(Column.integer(cx.t("col.external.ties"), cx.t("unit.pairs")))
        .column(Column.decimal(cx.t("col.ei"), "", 3))
        .column(Column.decimal(cx.t("col.ei.weighted"), "", 3));
    ReportTable.Builder members = new ReportTable.Builder("network-position-members", cx.t("table.position.members"))
        .column(Column.text(cx.t("col.city")));
    List<TieType> types = net.layers();
    for (TieType type : types) {
      members.column(Column.integer(cx.t("col.degree", type.label(cx.lang)), cx.t("unit.partners")))
          .column(Column.integer(cx.t("col.pagerank.rank", type.label(cx.lang)), ""));
    }
    List<String> provs = new ArrayList<>();
    provs.add(cx.provenance(net.provenance()));
    List<Scores> degrees = new ArrayList<>();
    List<Scores> ranks = new ArrayList<>();
    List<WeightedGraph> graphs = new ArrayList<>();
    for (TieType type : types) {
      WeightedGraph g = net.layer(type);
      graphs.add(g);
      if (g.edgeCount() == 0) {
        layers.row(type.label(cx.lang), (long) g.nodeCount(), 0L, 0L, null, null);
        degrees.add(null);
        ranks.add(null);
        cx.missing(cx.t("position.nolayer", type.label(cx.lang)));
        continue;
      }
      ClusterTies.Result ct = ClusterTies.of(g, "cluster:" + cx.cluster.id(), cx.members);
      layers.row(type.label(cx.lang), (long) g.nodeCount(), (long) ct.internalTies(), (long) ct.externalTies(),
          finite(ct.eiIndex()), finite(ct.weightedEiIndex()));
      provs.add(cx.provenance(ct.provenance()));
      Scores deg = DegreeCentrality.degree(g, DegreeCentrality.Direction.ALL);
      Scores pr = new PageRank().compute(g);
      degrees.add(deg);
      ranks.add(pr);
      provs.add(cx.provenance(pr.provenance()));
      for (String m : cx.members) {
        if (g.contains(m)) {
          for (Tie t : cx.dataset.tiesOf(m)) {
            if (t.type() == type) {
              cx.source(t.sourceId(), title);
            }
          }
        }
      }
    }
    for (String m : cx.members) {
      List<Object> row = new ArrayList<>();
      row.add(cx.cityName(m));
      for (int i = 0; i < types.size(); i++) {
        Scores deg = degrees.get(i);
        if (deg == null || !graphs.get(i).contains(m)) {
          row.add(null);
          row.add(null);
        } else {
          row.add((long) deg.get(m));
          row.add((long) ranks.get(i).rank(m));
        }
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

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
