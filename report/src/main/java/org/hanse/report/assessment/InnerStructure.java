package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.assessment.TieProfile;
import org.hanse.analysis.inequality.Concentration;
import org.hanse.analysis.inequality.Gini;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.svg.Charts;

/**
 * Inner structure of the cluster (concepts.md, methods.md §9): the central city's radiation, the concentration of
 * international ties among the members, the coordinated opening-up and homogeneous competition.
 */
final class InnerStructure {
  /** Structural similarity at or above which two members' tie profiles count as homogeneous (methods.md §5). */
  static final double SIMILARITY_THRESHOLD = 0.9;
  /** Jaccard overlap of foreign partner sets at or above which two members court the same partners [D]. */
  static final double JACCARD_THRESHOLD = 0.5;

  private final ReportContext cx;
  private final Map<String, List<Tie>> ties = new LinkedHashMap<>();

  InnerStructure(ReportContext cx) {
    this.cx = cx;
    for (String m : cx.members) {
      ties.put(m, cx.internationalTies(m));
    }
  }

  ReportSection section() {
    ReportSection.Builder s = new ReportSection.Builder("inner-structure", cx.t("section.inner"));
    s.paragraph(cx.t("inner.intro"));
    s.subsection(radiation());
    s.subsection(concentration());
    cx.used(Method.COUPLING_COORDINATION, cx.t("section.coordinated"));
    s.subsection(new AssessmentSections(cx).coordination());
    s.subsection(homogeneousCompetition());
    return s.build();
  }

  private Set<String> partners(String member) {
    Set<String> p = new HashSet<>();
    for (Tie t : ties.get(member)) {
      p.add(t.otherEnd(member));
    }
    return p;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return inter.size() / (double) union.size();
  }

  private ReportSection radiation() {
    String title = cx.t("section.radiation");
    ReportSection.Builder s = new ReportSection.Builder("radiation", title);
    List<String> centres = cx.cluster.centralIds();
    s.paragraph(cx.t("radiation.intro", String.join(cx.t("list.sep"), centres.stream().map(cx::cityName).toList())));
    gravity(s, title);
    ReportTable.Builder byType = new ReportTable.Builder("radiation-by-type", cx.t("table.radiation.type"))
        .column(Column.text(cx.t("col.tietype")))
        .column(Column.integer(cx.t("col.centre.ties"), cx.t("unit.ties")))
        .column(Column.integer(cx.t("col.cluster.ties"), cx.t("unit.ties")))
        .column(Column.decimal(cx.t("col.centre.share"), "%", 1));
    TieProfile profile = cx.assessment.ties();
    TieProfile.CentralShare centre = profile.centralCombined();
    for (TieType type : TieType.values()) {
      int c = 0;
      for (TieProfile.MemberTies m : profile.perMember()) {
        if (centre.cityIds().contains(m.cityId())) {
          c += m.of(type);
        }
      }
      OptionalDouble share = centre.byType().getOrDefault(type, OptionalDouble.empty());
      if (cx.dataset.tiesOfType(type).isEmpty()) {
        // The data hold no tie of this type: missing, not zero.
        byType.row(type.label(cx.lang), null, null, null);
        continue;
      }
      byType.row(type.label(cx.lang), (long) c, (long) profile.of(type).international(),
          share.isPresent() ? 100 * share.getAsDouble() : null);
    }
    int centreAll = centre.ties();
    int clusterAll = centre.clusterTies();
    byType.row(cx.t("row.all.types"), (long) centreAll, (long) clusterAll,
        centre.share().isPresent() ? 100 * centre.share().getAsDouble() : null);
    cx.used(Method.SHARE, title);
    cx.used(Method.JACCARD, title);
    cx.used(Method.HAVERSINE, title);
    String prov = cx.provenance(profile.provenance());
    byType.provenance(prov);
    if (clusterAll == 0) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("missing.no.ties"));
      cx.missing(cx.t("missing.no.ties"));
      s.table(byType.build());
      return s.build();
    }
    Set<String> centrePartners = new HashSet<>();
    for (String c : centres) {
      centrePartners.addAll(partners(c));
    }
    ReportTable.Builder byMember = new ReportTable.Builder("radiation-members", cx.t("table.radiation.members"))
        .column(Column.text(cx.t("col.city")))
        .column(Column.text(cx.t("col.role")))
        .column(Column.decimal(cx.t("col.distance.centre"), cx.t("unit.km"), 0))
        .column(Column.integer(cx.t("col.intl.ties"), cx.t("unit.ties")))
        .column(Column.decimal(cx.t("col.share.cluster"), "%", 1))
        .column(Column.decimal(cx.t("col.jaccard.centre"), "", 3));
    List<Charts.Bar> bars = new ArrayList<>();
    for (String m : cx.members) {
      boolean central = cx.cluster.isCentral(m);
      double dist = Double.MAX_VALUE;
      for (String c : centres) {
        dist = Math.min(dist, cx.city(m).distanceKm(cx.city(c)));
      }
      int n = ties.get(m).size();
      Double jac = central ? null : jaccard(partners(m), centrePartners);
      byMember.row(cx.cityName(m), central ? cx.t("role.central") : cx.t("role.member"), dist, (long) n,
          100.0 * n / clusterAll, jac);
      bars.add(new Charts.Bar(cx.cityName(m), n, central));
    }
    bars.sort((a, b) -> Double.compare(b.value(), a.value()));
    byMember.provenance(prov + "; " + cx.provenance(Method.HAVERSINE, cx.dataLabel()) + "; "
        + cx.provenance(Method.JACCARD, cx.t("data.partner.sets")));
    double share = (double) centreAll / clusterAll;
    s.add(new Block.KeyFigures(List.of(new Block.KeyFigure(cx.t("kf.centre.share"), Texts.percent(share), prov))));
    s.add(new Block.Chart("radiation-bars", cx.t("radiation.chart"),
        Charts.bars(cx.t("radiation.chart"), bars, 0, cx.t("col.intl.ties") + " (" + cx.t("unit.ties") + ")",
            cx.t("missing.value")), prov));
    s.table(byType.build());
    s.table(byMember.build());
    cx.findings.add(cx.t("finding.radiation", Texts.percent(share), cx.members.size()));
    return s.build();
  }

  /**
   * The assessment's gravity radiation of the central cities (the dashboard's radiation chart): each centre's share
   * of the gravity linkage among the members and of the out-directed linkage, the breaking points towards the other
   * members and, with several centres, which centre's hinterland each member lies in. Rendered as the analysis
   * module computed it; the report adds nothing but the reach d_A / D_AB of each breaking point.
   */
  private void gravity(ReportSection.Builder s, String title) {
    org.hanse.analysis.assessment.InnerStructure.Radiation r = cx.assessment.innerStructure().radiation();
    cx.used(Method.GRAVITY, title);
    cx.used(Method.BREAKING_POINT, title);
    String gravityProv = cx.provenance(r.gravity());
    String pointsProv = cx.provenance(r.provenance());
    s.paragraph(cx.t("radiation.gravity.intro"));
    ReportTable.Builder g = new ReportTable.Builder("radiation-gravity", cx.t("table.radiation.gravity"))
        .column(Column.text(cx.t("col.city")))
        .column(Column.decimal(cx.t("col.gravity.share"), "%", 1))
        .column(Column.decimal(cx.t("col.out.linkage.share"), "%", 1))
        .column(Column.decimal(cx.t("col.centre.tie.share"), "%", 1));
    List<Block.KeyFigure> figures = new ArrayList<>();
    // the key figures name method and data only: the full provenance (formula, parameters) is under the table
    String figureProv = cx.t("prov.method") + " " + cx.t(Method.GRAVITY.messageKey()) + " (" + r.gravity().citation()
        + "); " + cx.t("prov.data") + " " + r.gravity().data();
    ReportTable.Builder b = new ReportTable.Builder("radiation-breaking-points", cx.t("table.radiation.breaking"))
        .column(Column.text(cx.t("col.centre")))
        .column(Column.text(cx.t("col.member")))
        .column(Column.decimal(cx.t("col.distance"), cx.t("unit.km"), 0))
        .column(Column.decimal(cx.t("col.breaking.point"), cx.t("unit.km"), 1))
        .column(Column.decimal(cx.t("col.reach"), "%", 1));
    for (org.hanse.analysis.assessment.InnerStructure.Centre c : r.centres()) {
      g.row(cx.cityName(c.cityId()), percent(c.gravityShare()), percent(c.outLinkageShare()),
          percent(c.tieShare()));
      if (c.gravityShare().isPresent()) {
        figures.add(new Block.KeyFigure(cx.t("kf.gravity.share", cx.cityName(c.cityId())),
            Texts.percent(c.gravityShare().getAsDouble()), figureProv));
      } else {
        cx.missing(cx.t("missing.gravity", cx.cityName(c.cityId())));
      }
      for (org.hanse.analysis.assessment.InnerStructure.BreakingPointTo p : c.breakingPoints()) {
        b.row(cx.cityName(c.cityId()), cx.cityName(p.memberId()), p.distanceKm(), p.fromCentreKm(), 100 * p.reach());
      }
    }
    g.provenance(gravityProv);
    b.provenance(pointsProv);
    if (!figures.isEmpty()) {
      s.add(new Block.KeyFigures(figures));
    }
    s.table(g.build());
    if (b.rowCount() > 0) {
      s.table(b.build());
    } else {
      s.notice(NoticeKind.NOT_AVAILABLE, cx.t("radiation.breaking.none"));
    }
    if (!r.hinterland().isEmpty()) {
      cx.used(Method.FIELD_STRENGTH, title);
      ReportTable.Builder h = new ReportTable.Builder("radiation-hinterlands", cx.t("table.radiation.hinterlands"))
          .column(Column.text(cx.t("col.member")))
          .column(Column.text(cx.t("col.hinterland.of")))
          .column(Column.text(cx.t("col.tied.centres")));
      for (org.hanse.analysis.assessment.InnerStructure.Hinterland x : r.hinterland()) {
        h.row(cx.cityName(x.memberId()), cx.cityName(x.centreId()), x.tiedCentres().isEmpty() ? "—"
            : String.join(cx.t("list.sep"), x.tiedCentres().stream().map(cx::cityName).toList()));
      }
      h.provenance(pointsProv);
      s.table(h.build());
    }
  }

  private static Double percent(OptionalDouble share) {
    return share.isPresent() ? 100 * share.getAsDouble() : null;
  }

  private ReportSection concentration() {
    String title = cx.t("section.concentration");
    ReportSection.Builder s = new ReportSection.Builder("concentration", title);
    s.paragraph(cx.t("concentration.intro"));
    List<String> ids = new ArrayList<>(cx.members);
    double[] y = new double[ids.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = ties.get(ids.get(i)).size();
    }
    cx.used(Method.GINI, title);
    cx.used(Method.HERFINDAHL, title);
    cx.used(Method.LORENZ, title);
    Gini.Result g = Gini.of(ids, y);
    double total = 0;
    for (double v : y) {
      total += v;
    }
    if (g.gini().isEmpty() || total == 0) {
      String why = ids.size() < 2 ? cx.t("concentration.one") : cx.t("missing.no.ties");
      s.notice(NoticeKind.MISSING_DATA, why);
      cx.missing(title + ": " + why);
      return s.build();
    }
    Concentration.Herfindahl h = Concentration.herfindahl(ids, y);
    String gProv = cx.provenance(g.provenance());
    String hProv = cx.provenance(h.provenance());
    s.add(new Block.KeyFigures(List.of(
        new Block.KeyFigure(cx.t("kf.gini"), Texts.number(g.gini().getAsDouble(), 3), gProv),
        new Block.KeyFigure(cx.t("kf.gini.corrected"), Texts.number(g.corrected().getAsDouble(), 3), gProv),
        new Block.KeyFigure(cx.t("kf.hhi"), Texts.number(h.points(), 0), hProv),
        new Block.KeyFigure(cx.t("kf.cr1"), Texts.percent(h.concentrationRatio(1)), hProv))));
    String caption = cx.t("lorenz.caption", Texts.number(g.gini().getAsDouble(), 3),
        Texts.number(g.corrected().getAsDouble(), 3), ids.size());
    s.add(new Block.Chart("lorenz", cx.t("lorenz.title"),
        Charts.lorenz(cx.t("lorenz.title"), y, cx.t("lorenz.x"), cx.t("lorenz.y"), caption),
        gProv + "; " + cx.provenance(Method.LORENZ, cx.t("data.intl.ties", cx.dataLabel()))));
    ReportTable.Builder t = new ReportTable.Builder("concentration-by-type", cx.t("table.concentration"))
        .column(Column.text(cx.t("col.tietype")))
        .column(Column.integer(cx.t("col.cluster.ties"), cx.t("unit.ties")))
        .column(Column.decimal(cx.t("col.gini"), "", 3))
        .column(Column.decimal(cx.t("col.gini.corrected"), "", 3))
        .column(Column.decimal(cx.t("col.hhi"), "", 0))
        .column(Column.decimal(cx.t("col.cr1"), "%", 1))
        .column(Column.text(cx.t("col.leading.member")));
    for (TieType type : TieType.values()) {
      double[] v = new double[ids.size()];
      double sum = 0;
      int lead = 0;
      for (int i = 0; i < v.length; i++) {
        for (Tie tie : ties.get(ids.get(i))) {
          if (tie.type() == type) {
            v[i]++;
          }
        }
        sum += v[i];
        if (v[i] > v[lead]) {
          lead = i;
        }
      }
      if (sum == 0) {
        // 0 when the data have ties of this type but no member has one abroad; n/a when the data have none at all.
        t.row(type.label(cx.lang), cx.dataset.tiesOfType(type).isEmpty() ? null : 0L, null, null, null, null, "—");
        continue;
      }
      Gini.Result gt = Gini.of(ids, v);
      Concentration.Herfindahl ht = Concentration.herfindahl(ids, v);
      t.row(type.label(cx.lang), (long) sum, gt.gini().isPresent() ? gt.gini().getAsDouble() : null,
          gt.corrected().isPresent() ? gt.corrected().getAsDouble() : null, ht.points(),
          100 * ht.concentrationRatio(1), cx.cityName(ids.get(lead)));
    }
    t.provenance(gProv + "; " + hProv);
    s.table(t.build());
    s.notice(NoticeKind.CAVEAT, cx.t("concentration.caveat"));
    cx.findings.add(cx.t("finding.concentration", Texts.number(g.corrected().getAsDouble(), 3),
        Texts.percent(h.concentrationRatio(1))));
    return s.build();
  }

  private ReportSection homogeneousCompetition() {
    String title = cx.t("section.homogeneous");
    ReportSection.Builder s = new ReportSection.Builder("homogeneous-competition", title);
    s.paragraph(cx.t("homogeneous.intro", Texts.number(SIMILARITY_THRESHOLD, 2),
        Texts.number(JACCARD_THRESHOLD, 2)));
    List<String> active = new ArrayList<>();
    double[][] profile = new double[cx.members.size()][];
    int k = 0;
    for (String m : cx.members) {
      double[] r = new double[TieType.values().length];
      for (Tie t : ties.get(m)) {
        r[t.type().ordinal()]++;
      }
      boolean any = false;
      for (double v : r) {
        any |= v > 0;
      }
      if (any) {
        active.add(m);
        profile[k++] = r;
      }
    }
    if (active.size() < 2) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("homogeneous.few", active.size()));
      cx.missing(title + ": " + cx.t("homogeneous.few", active.size()));
      return s.build();
    }
    List<String> cols = new ArrayList<>();
    for (TieType t : TieType.values()) {
      cols.add(t.key());
    }
    LabelledMatrix e = new LabelledMatrix(active, cols, java.util.Arrays.copyOf(profile, active.size()));
    cx.used(Method.STRUCTURAL_SIMILARITY, title);
    cx.used(Method.JACCARD, title);
    record Pair(String a, String b, double s, double j) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < active.size(); i++) {
      for (int j = i + 1; j < active.size(); j++) {
        String a = active.get(i);
        String b = active.get(j);
        pairs.add(new Pair(a, b, Specialisation.structuralSimilarity(e, a, b), jaccard(partners(a), partners(b))));
      }
    }
    long flagged = pairs.stream().filter(p -> p.s() >= SIMILARITY_THRESHOLD && p.j() >= JACCARD_THRESHOLD).count();
    pairs.sort((p, q) -> {
      int c = Double.compare(q.j(), p.j());
      return c != 0 ? c : Double.compare(q.s(), p.s());
    });
    ReportTable.Builder t = new ReportTable.Builder("homogeneous-competition", cx.t("table.homogeneous"))
        .column(Column.text(cx.t("col.city.a")))
        .column(Column.text(cx.t("col.city.b")))
        .column(Column.decimal(cx.t("col.similarity"), "", 3))
        .column(Column.decimal(cx.t("col.jaccard"), "", 3))
        .column(Column.text(cx.t("col.flag")));
    int shown = Math.min(15, pairs.size());
    for (Pair p : pairs.subList(0, shown)) {
      boolean flag = p.s() >= SIMILARITY_THRESHOLD && p.j() >= JACCARD_THRESHOLD;
      t.row(cx.cityName(p.a()), cx.cityName(p.b()), p.s(), p.j(), flag ? cx.t("flag.homogeneous") : "—");
    }
    String prov = cx.t("prov.method") + " " + cx.t(Method.STRUCTURAL_SIMILARITY.messageKey()) + " ("
        + Specialisation.CITATION + ") + " + cx.t(Method.JACCARD.messageKey()) + "; " + cx.t("prov.parameters")
        + " S ≥ " + SIMILARITY_THRESHOLD + ", J ≥ " + JACCARD_THRESHOLD + "; " + cx.t("prov.data") + " "
        + cx.t("homogeneous.data", cx.dataLabel(), active.size(), pairs.size());
    t.provenance(prov);
    s.add(new Block.KeyFigures(List.of(new Block.KeyFigure(cx.t("kf.homogeneous.pairs"),
        flagged + " / " + pairs.size(), prov))));
    s.table(t.build());
    if (active.size() < cx.members.size()) {
      s.notice(NoticeKind.MISSING_DATA, cx.t("homogeneous.excluded", cx.members.size() - active.size()));
    }
    s.notice(NoticeKind.CAVEAT, cx.t("homogeneous.caveat"));
    cx.findings.add(cx.t("finding.homogeneous", flagged, pairs.size()));
    return s.build();
  }
}
