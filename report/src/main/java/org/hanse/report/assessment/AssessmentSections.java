package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.assessment.Composite;
import org.hanse.analysis.assessment.CoreFunctions;
import org.hanse.analysis.assessment.Driver;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.assessment.IndicatorInfo;
import org.hanse.analysis.assessment.IndicatorReading;
import org.hanse.analysis.assessment.IndicatorSources;
import org.hanse.analysis.assessment.InnerStructure;
import org.hanse.model.Lang;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.svg.Charts;

/**
 * Renders the parts of the cluster assessment ({@code org.hanse.analysis.assessment}) that the assessment scores:
 * drivers, the four functions, core diplomatic functions and coordinated opening-up. The report shows these
 * records as they are; it computes nothing here.
 */
final class AssessmentSections {
  private final ReportContext cx;

  AssessmentSections(ReportContext cx) {
    this.cx = cx;
  }

  private String indicatorName(IndicatorInfo i) {
    String zh = i.nameZh() == null ? "" : i.nameZh();
    return cx.lang == Lang.ZH && !zh.isEmpty() ? zh : i.nameEn();
  }

  /** "name = value unit; …" for one subject's readings. */
  private String readings(Composite c, Composite.Subject s) {
    List<String> out = new ArrayList<>();
    for (IndicatorInfo i : c.indicators()) {
      IndicatorReading r = s.reading(i.code());
      String v = r == null || r.isMissing() ? cx.t("missing.value")
          : Texts.number(r.value().getAsDouble(), r.value().getAsDouble() == Math.rint(r.value().getAsDouble()) ? 0 : 3)
              + (i.unit() == null || i.unit().isEmpty() ? "" : " " + i.unit());
      out.add(indicatorName(i) + " = " + v);
    }
    return String.join("; ", out);
  }

  /**
   * One provenance line for several composites that share their method: the method, citation and shared
   * parameters once, then what differs (indicators used, data, notes) per composite.
   */
  private String compositeProvenance(List<String> names, List<Provenance> ps) {
    Provenance first = ps.get(0);
    Map<String, String> shared = new java.util.LinkedHashMap<>(first.parameters());
    for (Provenance p : ps) {
      shared.entrySet().removeIf(e -> !e.getValue().equals(p.parameters().get(e.getKey())));
    }
    StringBuilder b = new StringBuilder(cx.provenance(new Provenance(first.method(), first.citation(), shared, "",
        List.of())));
    for (int i = 0; i < ps.size(); i++) {
      Provenance p = ps.get(i);
      List<String> own = new ArrayList<>();
      p.parameters().forEach((k, v) -> {
        if (!shared.containsKey(k)) {
          own.add(k + " = " + v);
        }
      });
      b.append(" | ").append(names.get(i)).append(": ").append(String.join(", ", own));
      if (!p.data().isEmpty()) {
        b.append("; ").append(cx.t("prov.data")).append(' ').append(p.data());
      }
      if (!p.notes().isEmpty()) {
        b.append("; ").append(cx.t("prov.notes")).append(' ').append(String.join("; ", p.notes()));
      }
    }
    return b.toString();
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  /** The drivers scorecard of the assessment: entropy–TOPSIS scores across the clusters. */
  List<Block> drivers() {
    List<Block> out = new ArrayList<>();
    List<Driver> drivers = cx.assessment.drivers();
    if (drivers.isEmpty()) {
      out.add(new Block.Notice(NoticeKind.NOT_AVAILABLE, cx.t("assess.drivers.none")));
      return out;
    }
    ReportTable.Builder t = new ReportTable.Builder("drivers-scorecard", cx.t("table.drivers.scores"))
        .column(Column.text(cx.t("col.driver")))
        .column(Column.decimal(cx.t("col.score"), "", 3))
        .column(Column.integer(cx.t("col.rank"), ""))
        .column(Column.integer(cx.t("col.scored.clusters"), ""))
        .column(Column.text(cx.t("col.indicators")))
        .column(Column.text(cx.t("col.missing.indicators")));
    List<Charts.Bar> bars = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Provenance> provs = new ArrayList<>();
    for (Driver d : drivers) {
      Composite c = d.composite();
      Composite.Subject s = c.subject(cx.cluster.id()).orElse(null);
      Double score = s == null ? null : value(s.score());
      Long rank = s == null || s.rank().isEmpty() ? null : (long) s.rank().getAsInt();
      String why = s == null ? cx.t("missing.value")
          : (s.excluded().isEmpty() ? readings(c, s) : cx.local().text(s.excluded()));
      if (c.undecided().isPresent()) {
        why = cx.local().text(c.undecided().get());
      }
      List<String> lacking = d.missingIndicators().stream().map(cx.local()::text).toList();
      t.row(d.name(cx.lang), score, rank, (long) c.scored(), why,
          lacking.isEmpty() ? "—" : String.join(cx.t("list.sep"), lacking));
      bars.add(new Charts.Bar(d.name(cx.lang), score == null ? Double.NaN : score, false));
      names.add(d.name(cx.lang));
      provs.add(c.provenance());
      lacking.forEach(m -> cx.missing(cx.t("section.drivers") + ": " + d.name(cx.lang) + " — " + m));
    }
    String prov = compositeProvenance(names, provs);
    t.provenance(prov);
    out.add(new Block.Paragraph(cx.t("assess.drivers.intro", cx.dataset.clusters().size())));
    out.add(new Block.Chart("drivers-scores", cx.t("assess.drivers.chart"),
        Charts.bars(cx.t("assess.drivers.chart"), bars, 3, cx.t("col.score") + " (0–1)", cx.t("missing.value")),
        prov));
    out.add(new Block.Table(t.build()));
    return out;
  }

  /** The four functions: radar of the cluster's scores against the mean of the scored clusters. */
  List<Block> functions() {
    List<Block> out = new ArrayList<>();
    List<FunctionScore> fs = cx.assessment.functions();
    if (fs.size() < 3) {
      out.add(new Block.Notice(NoticeKind.NOT_AVAILABLE, cx.t("assess.functions.none")));
      return out;
    }
    List<String> axes = new ArrayList<>();
    double[] own = new double[fs.size()];
    double[] mean = new double[fs.size()];
    ReportTable.Builder t = new ReportTable.Builder("functions-scores", cx.t("table.functions.scores"))
        .column(Column.text(cx.t("col.function")))
        .column(Column.decimal(cx.t("col.score"), "", 3))
        .column(Column.integer(cx.t("col.rank"), ""))
        .column(Column.decimal(cx.t("col.mean.clusters"), "", 3))
        .column(Column.text(cx.t("col.best.member")))
        .column(Column.text(cx.t("col.indicators")))
        .column(Column.text(cx.t("col.missing.indicators")));
    List<Provenance> provs = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      FunctionScore f = fs.get(i);
      axes.add(f.name(cx.lang));
      Composite c = f.clusters();
      Composite.Subject s = c.subject(cx.cluster.id()).orElse(null);
      own[i] = s == null || s.score().isEmpty() ? Double.NaN : s.score().getAsDouble();
      double sum = 0;
      int n = 0;
      for (Composite.Subject x : c.subjects()) {
        if (x.score().isPresent()) {
          sum += x.score().getAsDouble();
          n++;
        }
      }
      mean[i] = n == 0 ? Double.NaN : sum / n;
      Composite.Subject best = f.members().subjects().stream().filter(x -> x.rank().isPresent())
          .min((a, b) -> Integer.compare(a.rank().getAsInt(), b.rank().getAsInt())).orElse(null);
      t.row(f.name(cx.lang), Double.isNaN(own[i]) ? null : own[i],
          s == null || s.rank().isEmpty() ? null : (long) s.rank().getAsInt(), Double.isNaN(mean[i]) ? null : mean[i],
          best == null ? "—" : cx.cityName(best.id()),
          s == null ? cx.t("missing.value") : readings(c, s),
          f.missingIndicators().isEmpty() ? "—"
              : String.join(cx.t("list.sep"), f.missingIndicators().stream().map(cx.local()::text).toList()));
      provs.add(c.provenance());
    }
    String prov = compositeProvenance(axes, provs);
    t.provenance(prov);
    // the competitiveness readings include the members' city GDP, an indicator of the snapshot with its own source
    IndicatorSources.forCluster(cx.dataset, cx.cluster).forEach((code, ids) -> {
      if (!IndicatorSources.countryCodes().contains(code)) {
        ids.forEach(id -> cx.source(id, cx.t("usage.indicator.functions", cx.indicatorName(code))));
      }
    });
    out.add(new Block.Paragraph(cx.t("assess.functions.intro")));
    out.add(new Block.Chart("functions-radar", cx.t("assess.functions.chart", cx.cluster.name(cx.lang)),
        Charts.radar(cx.t("assess.functions.chart", cx.cluster.name(cx.lang)), axes,
            List.of(new Charts.Series(cx.cluster.name(cx.lang), own),
                new Charts.Series(cx.t("assess.functions.mean"), mean)),
            List.of("0.25", "0.50", "0.75", "1.00"), cx.t("missing.value")),
        prov));
    out.add(new Block.Table(t.build()));
    return out;
  }

  /** Core diplomatic functions with their evidence, as the assessment derived them. */
  ReportSection coreFunctions() {
    ReportSection.Builder s = new ReportSection.Builder("core-functions", cx.t("section.core"));
    CoreFunctions cf = cx.assessment.coreFunctions();
    s.paragraph(cx.t("assess.core.intro"));
    ReportTable.Builder t = new ReportTable.Builder("core-functions", cx.t("table.core"))
        .column(Column.text(cx.t("col.function")))
        .column(Column.text(cx.t("col.status")))
        .column(Column.decimal(cx.t("col.lq"), "", 2))
        .column(Column.decimal(cx.t("col.cluster.count"), "", 1))
        .column(Column.decimal(cx.t("col.share.cluster"), "%", 1))
        .column(Column.decimal(cx.t("col.share.reference"), "%", 1))
        .column(Column.text(cx.t("col.main.cities")))
        .column(Column.text(cx.t("col.evidence")));
    List<String> core = new ArrayList<>();
    for (CoreFunctions.Entry e : cf.functions()) {
      List<String> mains = new ArrayList<>();
      for (CoreFunctions.MainCity m : e.mainCities()) {
        mains.add(cx.cityName(m.cityId()) + " (" + Texts.number(m.count(), m.count() == Math.rint(m.count()) ? 0 : 1)
            + (m.lq().isPresent() ? ", LQ " + Texts.number(m.lq().getAsDouble(), 2) : "") + ")");
      }
      t.row(e.name(cx.lang), cx.t("status." + e.status().name().toLowerCase(java.util.Locale.ROOT)), value(e.lq()),
          e.clusterCount(), e.clusterTotal() > 0 ? 100 * e.clusterCount() / e.clusterTotal() : null,
          e.referenceTotal() > 0 ? 100 * e.referenceCount() / e.referenceTotal() : null,
          mains.isEmpty() ? "—" : String.join(cx.t("list.sep"), mains), String.join("; ", e.evidence()));
      if (e.status() == CoreFunctions.Status.CORE) {
        core.add(e.name(cx.lang) + (e.lq().isPresent() ? " (LQ " + Texts.number(e.lq().getAsDouble(), 2) + ")" : ""));
      }
    }
    t.provenance(cx.provenance(cf.provenance()));
    s.table(t.build());
    if (!cf.undecided().isEmpty()) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("assess.core.undecided", cf.undecided().size()));
    }
    s.notice(NoticeKind.CAVEAT, cx.t("core.handover.note"));
    cx.used(Method.LOCATION_QUOTIENT, cx.t("section.core"));
    if (!core.isEmpty()) {
      cx.findings.add(cx.t("finding.core", String.join(cx.t("list.sep"), core)));
    }
    return s.build();
  }

  /** Coordinated opening-up: coupling coordination of the members' opening scores. */
  ReportSection coordination() {
    ReportSection.Builder s = new ReportSection.Builder("coordinated-opening", cx.t("section.coordinated"));
    s.paragraph(cx.t("coordinated.intro"));
    InnerStructure.Coordination c = cx.assessment.innerStructure().coordination();
    String prov = cx.provenance(c.provenance());
    if (c.degree().isEmpty()) {
      String why = c.undecided().isEmpty() ? cx.t("missing.value") : c.undecided();
      s.notice(NoticeKind.MISSING_DATA, cx.t("assess.coordination.undecided", why));
      cx.missing(cx.t("section.coordinated") + ": " + why);
      return s.build();
    }
    boolean zh = cx.lang == Lang.ZH;
    List<Block.KeyFigure> k = new ArrayList<>();
    k.add(new Block.KeyFigure(cx.t("kf.coupling"), Texts.number(c.coupling().getAsDouble(), 4) + " ("
        + (zh ? c.couplingClassZh() : c.couplingClassEn()) + ")", prov));
    if (c.comprehensive().isPresent()) {
      k.add(new Block.KeyFigure(cx.t("kf.comprehensive"), Texts.number(c.comprehensive().getAsDouble(), 4), prov));
    }
    k.add(new Block.KeyFigure(cx.t("kf.coordination"), Texts.number(c.degree().getAsDouble(), 4) + " ("
        + (zh ? c.levelZh() : c.levelEn()) + ")", prov));
    if (c.traditionalDegree().isPresent() && c.traditionalCoupling().isPresent()) {
      k.add(new Block.KeyFigure(cx.t("kf.traditional"), "C = " + Texts.number(c.traditionalCoupling().getAsDouble(), 4)
          + ", D = " + Texts.number(c.traditionalDegree().getAsDouble(), 4), prov));
    }
    s.add(new Block.KeyFigures(k));
    ReportTable.Builder t = new ReportTable.Builder("coordinated-opening", cx.t("table.opening"))
        .column(Column.text(cx.t("col.city")))
        .column(Column.decimal(cx.t("col.opening"), "", 4));
    List<Charts.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Double> e : c.opening().entrySet()) {
      t.row(cx.cityName(e.getKey()), e.getValue());
      bars.add(new Charts.Bar(cx.cityName(e.getKey()), e.getValue(), cx.cluster.isCentral(e.getKey())));
    }
    t.provenance(prov);
    s.add(new Block.Chart("opening-bars", cx.t("opening.chart"),
        Charts.bars(cx.t("opening.chart"), bars, 3, cx.t("col.opening"), cx.t("missing.value")), prov));
    s.table(t.build());
    cx.findings.add(cx.t("finding.coordination", Texts.number(c.degree().getAsDouble(), 3),
        zh ? c.levelZh() : c.levelEn()));
    return s.build();
  }
}
