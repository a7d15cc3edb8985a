package org.hanse.report.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.hanse.advise.cohost.CohostPlan;
import org.hanse.advise.cohost.CohostPlanner;
import org.hanse.advise.cohost.EventProfile;
import org.hanse.advise.cohost.HostSet;
import org.hanse.advise.handover.ConcentrationEffect;
import org.hanse.advise.handover.FunctionHandover;
import org.hanse.advise.handover.HandoverAdvisor;
import org.hanse.advise.handover.HandoverCandidate;
import org.hanse.advise.handover.HandoverPlan;
import org.hanse.advise.partner.PartnerAdvisor;
import org.hanse.advise.partner.PartnerKind;
import org.hanse.advise.partner.Recommendation;
import org.hanse.advise.partner.Recommendations;
import org.hanse.advise.partner.Scorer;
import org.hanse.analysis.Provenance;
import org.hanse.model.TieType;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;

/**
 * The advice section: partners to approach (the advise module's {@link PartnerAdvisor}, the cluster acting as one,
 * combined scorer), functions the central city could hand over to other members ({@link HandoverAdvisor}), and
 * the member to co-host an event with the central city ({@link CohostPlanner}). Every list is the advise module's output as it is;
 * the report only lays it out, with the provenance the advisor gives.
 */
final class AdviceSections {
  /** Partners shown per kind of partner: enough to choose from, few enough to read. */
  static final int PARTNERS_PER_KIND = 5;
  /** Members shown per function in the hand-over table. */
  static final int HANDOVER_CANDIDATES = 3;
  /** Hosts of the illustrative event: the central city and one other member. */
  static final int COHOSTS = 2;
  /** Host sets shown. */
  static final int COHOST_ALTERNATIVES = 3;

  private final ReportContext cx;
  private final PartnerAdvisor partners;
  private final HandoverAdvisor handover;
  private final CohostPlanner cohost;

  AdviceSections(ReportContext cx, PartnerAdvisor partners, HandoverAdvisor handover, CohostPlanner cohost) {
    this.cx = cx;
    this.partners = partners;
    this.handover = handover;
    this.cohost = cohost;
  }

  ReportSection section() {
    ReportSection.Builder s = new ReportSection.Builder("advice", cx.t("section.advice"));
    s.paragraph(cx.t("advice.intro", cx.cluster.name(cx.lang)));
    s.subsection(partners());
    s.subsection(handover());
    s.subsection(cohosting());
    return s.build();
  }

  // ---------------------------------------------------------------------------------------------- partners

  private ReportSection partners() {
    ReportSection.Builder s = new ReportSection.Builder("partners", cx.t("section.advice.partners"));
    s.paragraph(cx.t("advice.partners.intro", cx.cluster.name(cx.lang)));
    ReportTable.Builder t = new ReportTable.Builder("advice-partners", cx.t("table.advice.partners"))
        .column(Column.text(cx.t("col.partner.kind")))
        .column(Column.integer(cx.t("col.rank"), ""))
        .column(Column.text(cx.t("col.partner")))
        .column(Column.text(cx.t("col.country")))
        .column(Column.decimal(cx.t("col.score"), "", 3))
        .column(Column.text(cx.t("col.why")));
    Provenance first = null;
    List<String> notes = new ArrayList<>();
    for (PartnerKind kind : PartnerKind.values()) {
      if (!partners.network().layers().containsAll(kind.targetLayers())) {
        // no tie of that kind anywhere in the data: nothing to learn a ranking from
        String layers = String.join(cx.t("list.sep"), kind.targetLayers().stream().map(TieType::key).toList());
        cx.missing(cx.t("missing.advice.partners.layer", kind.label(cx.lang), layers));
        notes.add(cx.t("advice.partners.nolayer", kind.label(cx.lang), layers));
        continue;
      }
      Recommendations r = partners.forCluster(cx.cluster.id(), kind, Scorer.COMBINED, PARTNERS_PER_KIND);
      first = first == null ? r.provenance() : first;
      if (r.items().isEmpty()) {
        cx.missing(cx.t("missing.advice.partners", kind.label(cx.lang)));
        notes.add(cx.t("advice.partners.none", kind.label(cx.lang), r.candidates()));
        continue;
      }
      for (Recommendation p : r.items()) {
        String why = p.explanation().summary(cx.lang);
        t.row(kind.label(cx.lang), (long) p.rank(), p.name(cx.lang), p.country().isEmpty() ? "—" : p.country(),
            p.score(), why.isEmpty() ? "—" : why);
      }
    }
    // the partner network spans every tie of its layers, so every source of those ties informs the ranking
    for (TieType layer : partners.network().layers()) {
      cx.sources(cx.dataset.tiesOfType(layer), cx.t("usage.advice.partners"));
    }
    cx.used(Method.RESOURCE_ALLOCATION, cx.t("section.advice.partners"));
    cx.used(Method.PREFERENTIAL_ATTACHMENT, cx.t("section.advice.partners"));
    cx.used(Method.PARTNER_COMBINED, cx.t("section.advice.partners"));
    String prov = first == null ? cx.provenance(Method.PARTNER_COMBINED, cx.dataLabel()) : cx.provenance(first);
    t.provenance(prov);
    if (t.rowCount() > 0) {
      s.table(t.build());
    }
    if (!notes.isEmpty()) {
      s.notice(NoticeKind.MISSING_DATA, String.join(" ", notes));
    }
    s.notice(NoticeKind.CAVEAT, cx.t("advice.partners.caveat"));
    return s.build();
  }

  // ---------------------------------------------------------------------------------------------- hand-over

  private ReportSection handover() {
    ReportSection.Builder s = new ReportSection.Builder("handover", cx.t("section.advice.handover"));
    String centre = cx.cluster.centralIds().get(0);
    HandoverPlan plan;
    try {
      plan = handover.plan(cx.cluster.id(), centre, null, HandoverAdvisor.DEFAULT_SHARE);
    } catch (IllegalArgumentException e) {
      // too few members to rank, or a centre without international ties: say so rather than show an empty table
      s.notice(NoticeKind.NOT_AVAILABLE, cx.t("advice.handover.unavailable", cx.cityName(centre), e.getMessage()));
      cx.missing(cx.t("missing.advice.handover", e.getMessage()));
      return s.build();
    }
    s.paragraph(cx.t("advice.handover.intro", cx.cityName(centre), Texts.percent(plan.share()),
        HANDOVER_CANDIDATES));
    ReportTable.Builder t = new ReportTable.Builder("advice-handover", cx.t("table.advice.handover"))
        .column(Column.text(cx.t("col.function")))
        .column(Column.text(cx.t("col.core")))
        .column(Column.integer(cx.t("col.handover.centre.ties"), cx.t("unit.ties")))
        .column(Column.decimal(cx.t("col.handover.centre.share"), "%", 1))
        .column(Column.integer(cx.t("col.rank"), ""))
        .column(Column.text(cx.t("col.member")))
        .column(Column.decimal(cx.t("col.closeness"), "", 3))
        .column(Column.decimal(cx.t("col.gini.function.change"), "", 3))
        .column(Column.decimal(cx.t("col.gini.all.change"), "", 3))
        .column(Column.text(cx.t("col.why")));
    Set<String> notes = new LinkedHashSet<>();
    Provenance first = null;
    for (FunctionHandover f : plan.functions()) {
      first = first == null ? f.provenance() : first;
      notes.addAll(f.provenance().notes());
      List<HandoverCandidate> cands = f.candidates();
      for (int i = 0; i < Math.min(HANDOVER_CANDIDATES, cands.size()); i++) {
        HandoverCandidate c = cands.get(i);
        List<String> reasons = c.reasons().stream().map(r -> r.text(cx.lang)).toList();
        t.row(f.function().label(cx.lang), f.core() ? cx.t("yes") : cx.t("no"), Math.round(f.centralTies()),
            100 * f.centralShare(), (long) c.rank(), c.name(cx.lang), c.closeness(), change(c.effect()),
            change(c.overall()), reasons.isEmpty() ? "—" : String.join(cx.t("list.sep"), reasons));
      }
    }
    for (String m : cx.members) {
      cx.sources(cx.internationalTies(m), cx.t("usage.advice.handover"));
      if (cx.city(m).population() != null) {
        cx.source(cx.city(m).population().sourceId(), cx.t("usage.advice.handover"));
      }
    }
    cx.used(Method.ENTROPY_TOPSIS, cx.t("section.advice.handover"));
    cx.used(Method.HAVERSINE, cx.t("section.advice.handover"));
    cx.used(Method.KRUGMAN, cx.t("section.advice.handover"));
    cx.used(Method.GINI, cx.t("section.advice.handover"));
    cx.used(Method.THEIL, cx.t("section.advice.handover"));
    if (first == null) {
      s.notice(NoticeKind.NOT_AVAILABLE, cx.t("advice.handover.nofunction", cx.cityName(centre)));
      return s.build();
    }
    Provenance shared = new Provenance(first.method(), first.citation(), first.parameters(), first.data(),
        new ArrayList<>(notes));
    t.provenance(cx.provenance(shared));
    s.table(t.build());
    s.notice(NoticeKind.CAVEAT, cx.t("advice.handover.caveat"));
    return s.build();
  }

  /** G*after − G*before, or null (shown as missing) when either is undefined. */
  private static Double change(ConcentrationEffect e) {
    OptionalDouble d = e.giniChange();
    return d.isPresent() ? d.getAsDouble() : null;
  }

  // ---------------------------------------------------------------------------------------------- co-hosting

  /**
   * Co-hosting: which member should host an event together with the central city so that the event's new ties
   * spread most to the less open members ({@link CohostPlanner}: lowest corrected Gini of the members' international
   * ties after each host gains one tie). The event profile is the report's choice [D]: two hosts, the first central
   * city as main host, no threshold on air routes, population or distance — a reader planning a real event gives
   * its requirements to the co-hosting planner itself.
   */
  private ReportSection cohosting() {
    ReportSection.Builder s = new ReportSection.Builder("cohosting", cx.t("section.advice.cohosting"));
    String centre = cx.cluster.centralIds().get(0);
    CohostPlan plan;
    try {
      plan = cohost.plan(cx.cluster.id(), EventProfile.of("", COHOSTS).withMainHost(centre)
          .withAlternatives(COHOST_ALTERNATIVES));
    } catch (IllegalArgumentException e) {
      s.notice(NoticeKind.NOT_AVAILABLE, cx.t("advice.cohosting.unavailable", e.getMessage()));
      cx.missing(cx.t("missing.advice.cohosting", e.getMessage()));
      return s.build();
    }
    s.paragraph(cx.t("advice.cohosting.intro", cx.cityName(centre), COHOSTS));
    ReportTable.Builder t = new ReportTable.Builder("advice-cohosting", cx.t("table.advice.cohosting"))
        .column(Column.integer(cx.t("col.rank"), ""))
        .column(Column.text(cx.t("col.hosts")))
        .column(Column.decimal(cx.t("col.gini.before"), "", 3))
        .column(Column.decimal(cx.t("col.gini.after"), "", 3))
        .column(Column.decimal(cx.t("col.theil.after"), "", 3))
        .column(Column.text(cx.t("col.why")));
    for (HostSet h : plan.sets()) {
      List<String> names = h.hosts().stream().map(c -> c.name(cx.lang)).toList();
      // The planner's reasons, one line per host, in the report's language (the one catalogue of their translations).
      List<String> why = h.feasibility().stream().map(cx.local()::text).toList();
      t.row((long) h.rank(), String.join(cx.t("list.sep"), names),
          h.giniBefore().isPresent() ? h.giniBefore().getAsDouble() : null, h.giniAfter(), h.theilAfter(),
          why.isEmpty() ? "—" : String.join(cx.t("reason.sep"), why));
    }
    for (String m : cx.members) {
      cx.sources(cx.dataset.tiesOf(m).stream().filter(x -> x.type() == TieType.AIR_ROUTE).toList(),
          cx.t("usage.advice.cohosting"));
      cx.sources(cx.internationalTies(m), cx.t("usage.advice.cohosting"));
    }
    cx.used(Method.GINI, cx.t("section.advice.cohosting"));
    cx.used(Method.THEIL, cx.t("section.advice.cohosting"));
    t.provenance(cx.provenance(plan.provenance()));
    if (t.rowCount() == 0) {
      s.notice(NoticeKind.NOT_AVAILABLE, cx.t("advice.cohosting.none", cx.cityName(centre)));
      cx.missing(cx.t("missing.advice.cohosting", cx.t("advice.cohosting.none", cx.cityName(centre))));
    } else {
      s.table(t.build());
    }
    s.notice(NoticeKind.CAVEAT, cx.t("advice.cohosting.caveat"));
    return s.build();
  }
}
