package org.hanse.report.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.report.Fixture;
import org.junit.jupiter.api.Test;

class ClusterReportTest {
  private static final Dataset DATA = Fixture.dataset();

  private static ClusterReport report(String cluster, Lang lang) {
    return new ClusterReportBuilder(DATA).date(LocalDate.of(2026, 1, 2)).build(cluster, lang);
  }

  /** Snapshot of the outline: a section that disappears (or is renamed, or moves) fails this test. */
  @Test
  void sectionListIsStable() {
    List<String> expected = org.hanse.report.TestFiles.expectedSections();
    assertThat(expected).contains("summary", "advice/partners", "advice/handover", "advice/cohosting", "methods",
        "data");
    assertThat(ClusterReportBuilder.SECTION_IDS).containsExactlyElementsOf(expected);
    for (String c : DATA.clusters().keySet()) {
      for (Lang lang : Lang.values()) {
        assertThat(report(c, lang).outline()).as(c + " " + lang).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(Texts.keys(Lang.ZH)).containsExactlyInAnyOrderElementsOf(Texts.keys(Lang.EN));
  }

  @Test
  void titlesAreInTheReportLanguage() {
    ClusterReport zh = report("yrd", Lang.ZH);
    ClusterReport en = report("yrd", Lang.EN);
    assertThat(zh.title()).contains("长三角城市群");
    assertThat(zh.subtitle()).contains("Yangtze River Delta");
    assertThat(en.title()).contains("Yangtze River Delta");
    assertThat(zh.sections().get(0).title()).isEqualTo("摘要");
    assertThat(en.sections().get(0).title()).isEqualTo("Summary");
  }

  @Test
  void centralCityShareIsComputedFromTheTies() {
    // Shanghai: sister NY, Osaka; routes NY, London, Tokyo; C40; NDB; FR, US missions; Expo; 3 firm offices = 13.
    // Hangzhou: Amsterdam sister; ICLEI = 2 (its tie to Suzhou is inside the cluster). Nanjing: Boston = 1.
    ReportTable byType = table(report("yrd", Lang.EN), "radiation-by-type");
    List<Object> all = byType.rows().get(byType.rows().size() - 1);
    assertThat(all.get(1)).isEqualTo(13L);
    assertThat(all.get(2)).isEqualTo(16L);
    assertThat((Double) all.get(3)).isCloseTo(100.0 * 13 / 16, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void giniOfTiesMatchesTheFormula() {
    // ties of YRD members 13, 2, 1, 0 → G = Σ|yi−yj| / (2 n² μ)
    double[] y = {13, 2, 1, 0};
    double sum = 0;
    double diff = 0;
    for (double a : y) {
      sum += a;
      for (double b : y) {
        diff += Math.abs(a - b);
      }
    }
    double g = diff / (2 * 16 * (sum / 4));
    ReportSection conc = section(report("yrd", Lang.EN), "inner-structure/concentration");
    Block.KeyFigures k = (Block.KeyFigures) conc.blocks().stream().filter(b -> b instanceof Block.KeyFigures)
        .findFirst().orElseThrow();
    assertThat(k.figures().get(0).value()).isEqualTo(Texts.number(g, 3));
    assertThat(k.figures().get(1).value()).isEqualTo(Texts.number(g * 4 / 3, 3));
    assertThat(k.figures().get(0).provenance()).contains("Gini").contains("Deltas");
  }

  @Test
  void missingDataIsStatedNotZeroed() {
    ClusterReport r = report("great-lakes", Lang.EN);
    ReportSection wcn = section(r, "connectivity/world-city-network");
    assertThat(wcn.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Notice.class,
        n -> assertThat(n.kind()).isEqualTo(Block.NoticeKind.MISSING_DATA)));
    ReportTable wcnTable = wcn.tables().get(0);
    assertThat(wcnTable.rows()).allSatisfy(row -> assertThat(row.get(1)).isNull());
    ReportSection data = section(r, "data");
    assertThat(data.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Bullets.class,
        l -> assertThat(l.items()).anyMatch(i -> i.contains("firm-office data"))));
    // Suzhou has no population: the members table shows a missing value, and the appendix says so
    ReportTable members = table(report("yrd", Lang.EN), "members");
    List<Object> suzhou = members.rows().stream().filter(row -> row.get(0).equals("Suzhou")).findFirst().orElseThrow();
    assertThat(suzhou.get(8)).isNull();
    assertThat(section(report("yrd", Lang.EN), "data").blocks()).anySatisfy(b -> assertThat(b)
        .isInstanceOfSatisfying(Block.Bullets.class, l -> assertThat(l.items()).anyMatch(i -> i.contains("1 of 4"))));
  }

  /**
   * A tie type nobody recorded (here: city-network memberships, as in the bundled data) is missing everywhere the
   * report shows it: no "0 items, mean 0.0" in the drivers evidence, no "= 0" reading in the function scores.
   */
  @Test
  void aLayerAbsentFromTheDataIsMissingNotZero() {
    Dataset noNetworks = DATA.filterTies(t -> t.type() != org.hanse.model.TieType.NETWORK_MEMBERSHIP);
    for (Lang lang : Lang.values()) {
      ClusterReport r = new ClusterReportBuilder(noNetworks).date(LocalDate.of(2026, 1, 2)).build("yrd", lang);
      Texts tx = Texts.of(lang);
      List<Object> networks = table(r, "drivers").rows().stream()
          .filter(row -> row.get(1).equals(tx.t("evidence.networks"))).findFirst().orElseThrow();
      assertThat(networks.get(2)).as("count").isNull();
      assertThat(networks.get(4)).as("mean of the clusters").isNull();
      assertThat(networks.get(5)).as("relative level").isNull();
      // organisations are recorded: their row keeps its numbers
      List<Object> organisations = table(r, "drivers").rows().stream()
          .filter(row -> row.get(1).equals(tx.t("evidence.organisations"))).findFirst().orElseThrow();
      assertThat(organisations.get(2)).isNotNull();
      String governance = (String) table(r, "functions-scores").rows().get(0).get(5);
      String memberships = lang == Lang.ZH ? "国际城市网络成员资格" : "City-network memberships";
      assertThat(governance).contains(memberships + " = " + tx.t("missing.value"))
          .doesNotContain(memberships + " = 0");
      assertThat(section(r, "data").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(
          Block.Bullets.class, l -> assertThat(l.items()).contains(tx.t("missing.driver.nodata",
              tx.t("evidence.networks")))));
    }
  }

  @Test
  void appendicesListEveryMethodAndSourceUsed() {
    ClusterReport r = report("jjj", Lang.ZH);
    ReportTable methods = table(r, "methods");
    List<Object> names = new ArrayList<>();
    methods.rows().forEach(row -> names.add(row.get(0)));
    assertThat(names).contains("基尼系数", "区位熵", "全球网络连通性（连锁网络模型）", "E–I 指数");
    ReportTable sources = table(r, "sources");
    List<Object> ids = new ArrayList<>();
    sources.rows().forEach(row -> ids.add(row.get(0)));
    assertThat(ids).contains("geo", "gawc", "twin", "air", "dipl", "events");
    List<Object> gawc = sources.rows().stream().filter(row -> row.get(0).equals("gawc")).findFirst().orElseThrow();
    assertThat(gawc.get(2)).isEqualTo("GaWC data protocol (non-commercial)");
    assertThat(gawc.get(4)).isEqualTo("Data from the GaWC Research Network (P.J. Taylor)");
  }

  /** The report's per-member tie lists follow the assessment's definition of "international" exactly. */
  @Test
  void internationalTiesAgreeWithTheAssessment() {
    var assessment = org.hanse.analysis.assessment.Assessor.assess(DATA);
    for (var c : DATA.clusters().values()) {
      var profile = assessment.cluster(c.id()).ties();
      java.util.Set<String> members = new java.util.HashSet<>(c.memberIds());
      for (var m : profile.perMember()) {
        assertThat(ReportContext.internationalTies(DATA, members, m.cityId())).as(c.id() + " " + m.cityId())
            .hasSize(m.total());
      }
    }
  }

  /** The advice section shows the advisors' own rankings, unchanged, with their provenance. */
  @Test
  void adviceShowsThePartnerAndHandoverAdvisorsOutput() {
    var partnerAdvisor = new org.hanse.advise.partner.PartnerAdvisor(DATA);
    var handoverAdvisor = new org.hanse.advise.handover.HandoverAdvisor(DATA);
    var cohostPlanner = new org.hanse.advise.cohost.CohostPlanner(DATA);
    for (String c : DATA.clusters().keySet()) {
      ClusterReport r = report(c, Lang.EN);
      List<List<Object>> expected = new ArrayList<>();
      for (var kind : org.hanse.advise.partner.PartnerKind.values()) {
        if (!partnerAdvisor.network().layers().containsAll(kind.targetLayers())) {
          continue;
        }
        var recs = partnerAdvisor.forCluster(c, kind, org.hanse.advise.partner.Scorer.COMBINED,
            AdviceSections.PARTNERS_PER_KIND);
        for (var p : recs.items()) {
          expected.add(List.of(kind.label(Lang.EN), (long) p.rank(), p.name(Lang.EN), p.score()));
        }
      }
      List<List<Object>> shown = new ArrayList<>();
      r.tables().stream().filter(t -> t.id().equals("advice-partners")).findFirst().ifPresent(t -> t.rows()
          .forEach(row -> shown.add(List.of(row.get(0), row.get(1), row.get(2), row.get(4)))));
      assertThat(shown).as(c).isEqualTo(expected);
      ReportSection handover = section(r, "advice/handover");
      var plan = handoverOrNull(handoverAdvisor, DATA.cluster(c).orElseThrow());
      if (plan == null) {
        assertThat(handover.tables()).isEmpty();
        assertThat(handover.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Notice.class,
            n -> assertThat(n.kind()).isEqualTo(Block.NoticeKind.NOT_AVAILABLE)));
      } else {
        List<List<Object>> want = new ArrayList<>();
        for (var f : plan.functions()) {
          f.candidates().stream().limit(AdviceSections.HANDOVER_CANDIDATES)
              .forEach(k -> want.add(List.of(f.function().label(Lang.EN), k.name(Lang.EN), k.closeness())));
        }
        List<List<Object>> got = new ArrayList<>();
        table(r, "advice-handover").rows().forEach(row -> got.add(List.of(row.get(0), row.get(5), row.get(6))));
        assertThat(got).as(c).isEqualTo(want).isNotEmpty();
        assertThat(table(r, "advice-handover").provenance()).contains("TOPSIS");
      }
      var cluster = DATA.cluster(c).orElseThrow();
      ReportSection cohosting = section(r, "advice/cohosting");
      if (cluster.memberIds().size() < AdviceSections.COHOSTS) {
        assertThat(cohosting.tables()).isEmpty();
      } else {
        var cplan = cohostPlanner.plan(c, org.hanse.advise.cohost.EventProfile.of("", AdviceSections.COHOSTS)
            .withMainHost(cluster.centralIds().get(0)).withAlternatives(AdviceSections.COHOST_ALTERNATIVES));
        List<List<Object>> wantSets = new ArrayList<>();
        for (var h : cplan.sets()) {
          wantSets.add(List.of((long) h.rank(), String.join(", ", h.hosts().stream().map(x -> x.name(Lang.EN))
              .toList()), h.giniAfter()));
        }
        List<List<Object>> gotSets = new ArrayList<>();
        cohosting.tables().forEach(t -> t.rows().forEach(row -> gotSets.add(List.of(row.get(0), row.get(1),
            row.get(3)))));
        assertThat(gotSets).as(c).isEqualTo(wantSets);
        if (!wantSets.isEmpty()) {
          assertThat(cohosting.tables().get(0).provenance()).contains("branch and bound");
        }
      }
    }
    // the fixture has partners to propose for at least one cluster, and the methods appendix lists their formulas
    ClusterReport yrd = report("yrd", Lang.EN);
    assertThat(table(yrd, "advice-partners").rows()).isNotEmpty();
    assertThat(table(yrd, "advice-partners").provenance()).isNotBlank();
    List<Object> methods = new ArrayList<>();
    table(yrd, "methods").rows().forEach(row -> methods.add(row.get(0)));
    assertThat(methods).contains("Resource allocation index", "Preferential attachment", "Combined partner score");
    // every source of the partner network's ties is listed in the data appendix as used by the advice
    var partnerLayers = partnerAdvisor.network().layers();
    java.util.Set<String> adviceSources = new java.util.TreeSet<>();
    partnerLayers.forEach(l -> DATA.tiesOfType(l).forEach(t -> adviceSources.add(t.sourceId())));
    List<Object> listed = new ArrayList<>();
    table(yrd, "sources").rows().stream().filter(row -> String.valueOf(row.get(6)).contains("partner advice"))
        .forEach(row -> listed.add(row.get(0)));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(adviceSources);
  }

  /**
   * The analysis module writes its missing-data texts in English; a Chinese report shows them in Chinese, and the
   * co-hosting reasons name no requirement the illustrative event does not set ("≥ 0").
   */
  @Test
  void missingDataAndCohostingReasonsAreInTheReportLanguage() {
    for (String c : List.of("yrd", "great-lakes", "gba")) {
      ClusterReport zh = report(c, Lang.ZH);
      org.hanse.report.ReportChecks.checkChinese(zh);
      assertThat(zh.tables()).anyMatch(t -> t.id().equals("missing") && !t.rows().isEmpty());
    }
    ReportTable en = table(report("yrd", Lang.EN), "advice-cohosting");
    assertThat(en.rows()).isNotEmpty().allSatisfy(row -> assertThat((String) row.get(5)).contains("Shanghai: main host")
        .contains("air route(s)").contains("international ties before the event").doesNotContain("≥"));
    ReportTable zh = table(report("yrd", Lang.ZH), "advice-cohosting");
    assertThat(zh.rows()).allSatisfy(row -> assertThat((String) row.get(5)).contains("上海：主办城市")
        .contains("条航线").contains("活动前国际联系").doesNotContain("≥").doesNotContainPattern("[A-Za-z]{3,}"));
    // the parts of a missing item are named in Chinese, a cluster by its name
    ReportTable missing = table(report("great-lakes", Lang.ZH), "missing");
    assertThat(missing.rows()).anyMatch(row -> row.get(1).equals("北美五大湖城市群"));
  }

  /** A kind of partner whose ties the data do not hold at all is stated as missing, not ranked or left out silently. */
  @Test
  void partnerKindWithoutDataIsStated() {
    Dataset noNetworks = DATA.filterTies(t -> t.type() != org.hanse.model.TieType.NETWORK_MEMBERSHIP);
    ClusterReport r = new ClusterReportBuilder(noNetworks).date(LocalDate.of(2026, 1, 2)).build("yrd", Lang.EN);
    assertThat(section(r, "advice/partners").blocks()).anySatisfy(b -> assertThat(b)
        .isInstanceOfSatisfying(Block.Notice.class, n -> assertThat(n.text())
            .contains("the data hold no tie of type network_membership")));
    assertThat(table(r, "advice-partners").rows()).noneMatch(row -> row.get(0).equals("city network to join"));
    assertThat(section(r, "data").blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Bullets.class,
        l -> assertThat(l.items()).anyMatch(i -> i.contains("network_membership"))));
  }

  private static org.hanse.advise.handover.HandoverPlan handoverOrNull(
      org.hanse.advise.handover.HandoverAdvisor a, org.hanse.model.Cluster c) {
    try {
      return a.plan(c.id(), c.centralIds().get(0), null, org.hanse.advise.handover.HandoverAdvisor.DEFAULT_SHARE);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Test
  void unknownClusterIsRefusedWithTheKnownIds() {
    assertThatThrownBy(() -> report("atlantis", Lang.EN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("atlantis").hasMessageContaining("yrd");
  }

  static ReportSection section(ClusterReport r, String path) {
    String[] parts = path.split("/");
    ReportSection s = r.sections().stream().filter(x -> x.id().equals(parts[0])).findFirst().orElseThrow();
    for (int i = 1; i < parts.length; i++) {
      String id = parts[i];
      s = s.subsections().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }
    return s;
  }

  static ReportTable table(ClusterReport r, String id) {
    return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
