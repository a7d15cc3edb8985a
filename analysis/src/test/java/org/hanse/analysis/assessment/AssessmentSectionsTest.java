package org.hanse.analysis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hanse.analysis.assessment.CoreFunctions.Status;
import org.hanse.analysis.index.CouplingCoordination;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.Test;

/** Drivers, functions, core functions and inner structure on the fixture, against hand-computed numbers. */
class AssessmentSectionsTest {
  /** Evidence thresholds small enough for the fixture: 2 observations in all clusters, 2 in the cluster. */
  static final AssessmentOptions SMALL = new AssessmentOptions(List.of(), 1.0, 2, 2, 0.8, 2.0, 5, 0.9, 0.3);

  private final Dataset dataset = AssessmentFixture.dataset();
  private final Assessment a = new Assessor(dataset, SMALL).run(ProgressListener.NONE);
  private final ClusterAssessment alpha = a.cluster("alpha");
  private final ClusterAssessment beta = a.cluster("beta");

  @Test
  void coreFunctionLocationQuotients() {
    // function counts (alpha | beta): political 3|2, finance 2|0, aviation 2|2, trade 1|1, tourism 5|3, IO 1|0,
    // demonstration 2|0; totals 16 | 8, reference 24
    CoreFunctions ca = alpha.coreFunctions();
    assertThat(ca.of(CoreFunction.POLITICAL_EXCHANGE).lq().getAsDouble()).isCloseTo(0.9, within(1e-12));
    assertThat(ca.of(CoreFunction.POLITICAL_EXCHANGE).status()).isEqualTo(Status.NOT_CORE);
    assertThat(ca.of(CoreFunction.FINANCIAL_SERVICES).lq().getAsDouble()).isCloseTo(1.5, within(1e-12));
    assertThat(ca.of(CoreFunction.FINANCIAL_SERVICES).status()).isEqualTo(Status.CORE);
    assertThat(ca.of(CoreFunction.TOURISM_AND_CULTURE).lq().getAsDouble()).isCloseTo(0.9375, within(1e-12));
    assertThat(ca.of(CoreFunction.INSTITUTIONAL_DEMONSTRATION).status()).isEqualTo(Status.CORE); // A and C co-host
    assertThat(ca.of(CoreFunction.IO_AND_EXCHANGE_CENTRE).status()).isEqualTo(Status.UNDECIDED); // 1 observation
    assertThat(ca.of(CoreFunction.INDUSTRIAL_PRODUCTION).status()).isEqualTo(Status.UNDECIDED);
    assertThat(ca.of(CoreFunction.TECHNOLOGY_AND_INNOVATION).lq()).isEmpty();
    assertThat(ca.of(CoreFunction.FINANCIAL_SERVICES).clusterCount()).isEqualTo(2);
    assertThat(ca.of(CoreFunction.FINANCIAL_SERVICES).referenceTotal()).isEqualTo(24);
    assertThat(ca.of(CoreFunction.FINANCIAL_SERVICES).evidence()).anyMatch(e -> e.startsWith("core: LQ 1.50"));
    assertThat(ca.of(CoreFunction.FINANCIAL_SERVICES).evidence())
        .anyMatch(e -> e.startsWith("sector connectivity") && e.contains("banking/finance"));

    CoreFunctions cb = beta.coreFunctions();
    assertThat(cb.of(CoreFunction.POLITICAL_EXCHANGE).lq().getAsDouble()).isCloseTo(1.2, within(1e-12));
    assertThat(cb.of(CoreFunction.AVIATION_SHIPPING_HUB).status()).isEqualTo(Status.CORE);
    assertThat(cb.of(CoreFunction.TOURISM_AND_CULTURE).lq().getAsDouble()).isCloseTo(1.125, within(1e-12));
    // LQ 1.5 on one observation only: the data cannot decide
    assertThat(cb.of(CoreFunction.TRADE_AND_COMMERCE).lq().getAsDouble()).isCloseTo(1.5, within(1e-12));
    assertThat(cb.of(CoreFunction.TRADE_AND_COMMERCE).status()).isEqualTo(Status.UNDECIDED);
    assertThat(cb.of(CoreFunction.FINANCIAL_SERVICES).status()).isEqualTo(Status.NOT_CORE);
    assertThat(cb.core()).extracting(e -> e.function().key())
        .containsExactly("international political exchange", "aviation/shipping hub", "tourism and culture");
    // main cities carry the evidence: A has 2 of alpha's 3 missions
    assertThat(ca.of(CoreFunction.POLITICAL_EXCHANGE).mainCities().get(0).cityId()).isEqualTo("A");
    assertThat(ca.of(CoreFunction.POLITICAL_EXCHANGE).mainCities().get(0).count()).isEqualTo(2);
  }

  @Test
  void defaultEvidenceThresholdsLeaveAThinDatasetUndecided() {
    Assessment d = Assessor.assess(dataset);
    assertThat(d.cluster("alpha").coreFunctions().core()).isEmpty();
    assertThat(d.cluster("alpha").coreFunctions().undecided()).hasSize(CoreFunction.values().length);
    assertThat(d.cluster("alpha").missing()).anyMatch(m -> m.section().equals("core functions")
        && m.what().equals("financial services") && m.reason().contains("minimum 30"));
  }

  @Test
  void memberFunctionScoresByEntropyTopsis() {
    // governance: io.seats (1,0,0), missions (2,1,0); memberships have no data at all
    Composite g = alpha.function("governance").members();
    assertThat(g.leftOut()).containsKey("memberships");
    // a layer absent from the data is a missing reading for everyone, not a count of 0
    assertThat(g.subject("A").orElseThrow().reading("memberships").value()).isEmpty();
    assertThat(g.subject("A").orElseThrow().reading("memberships").note()).contains("no network_membership data");
    assertThat(alpha.function("governance").clusters().subject("alpha").orElseThrow().reading("memberships")
        .isMissing()).isTrue();
    assertThat(g.weights().get("io.seats")).isCloseTo(0.6993362334256634, within(1e-12));
    assertThat(g.weights().get("missions")).isCloseTo(0.30066376657433663, within(1e-12));
    assertThat(g.subject("A").orElseThrow().score().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(g.subject("B").orElseThrow().score().getAsDouble()).isCloseTo(0.17366487137049855, within(1e-12));
    assertThat(g.subject("C").orElseThrow().score().getAsDouble()).isCloseTo(0.0, within(1e-12));
    assertThat(g.subject("B").orElseThrow().rank().getAsInt()).isEqualTo(2);
  }

  @Test
  void anIndicatorEqualForEveryoneIsLeftOutNotScoredAsATie() {
    // beta's members co-host nothing: both demonstration indicators are 0 for E and H
    Composite d = beta.function("demonstration").members();
    assertThat(d.leftOut()).containsKeys("events.joint", "events.cohosted");
    assertThat(d.leftOut().get("events.joint")).contains("carries no information");
    assertThat(d.undecided()).isPresent();
    assertThat(d.subjects()).allSatisfy(s -> assertThat(s.score()).isEmpty());
  }

  @Test
  void missingFirmSurveyIsNotZero() {
    Composite c = alpha.function("competitiveness").members();
    // GNC: A = 5·2 + 3·6 = 28, B = 2·5 = 10; C is not in the firm survey: missing, not 0
    assertThat(c.subject("A").orElseThrow().reading("gnc.firms").value().getAsDouble()).isEqualTo(28);
    assertThat(c.subject("B").orElseThrow().reading("gnc.firms").value().getAsDouble()).isEqualTo(10);
    assertThat(c.subject("C").orElseThrow().reading("gnc.firms").value()).isEmpty();
    assertThat(c.leftOut().get("gnc.firms")).contains("known for 2 of 3");
    assertThat(c.undecided()).isPresent(); // and no GDP indicator at all
    assertThat(alpha.missing()).anyMatch(m -> m.subject().equals("C") && m.what().contains("Firm-network"));
    // at cluster level: the mean over the surveyed members (38 / 2), with the coverage stated; C is not a 0
    IndicatorReading mean = alpha.driver("division-of-labour").composite().subject("alpha").orElseThrow()
        .reading("gnc.firms");
    assertThat(mean.value().getAsDouble()).isEqualTo(19);
    assertThat(mean.note()).contains("mean over the 2 of 3").contains("coverage 67%");
    IndicatorReading f = alpha.function("competitiveness").clusters().subject("alpha").orElseThrow()
        .reading("gnc.firms");
    assertThat(f.value().getAsDouble()).isEqualTo(19);
    // beta: only E surveyed (GNC 4·(3+2) = 20), H not: 20, not (20 + 0) / 2
    assertThat(beta.function("competitiveness").clusters().subject("beta").orElseThrow().reading("gnc.firms")
        .value().getAsDouble()).isEqualTo(20);
  }

  @Test
  void networkPositionSplitsConnectivityAndPlacesTheClusterAsANode() {
    NetworkPosition p = alpha.networkPosition();
    NetworkPosition.Interlock firms = p.interlock().get(0);
    assertThat(firms.layer()).isEqualTo("firms");
    // firm1: A 5, B 2; firm2: A 3, E 4, F 2. N_A = 5·2 + 3·6 = 28 (10 with B inside), N_B = 10 (all with A)
    NetworkPosition.InterlockMember a0 = firms.members().get(0);
    assertThat(a0.gnc().getAsLong()).isEqualTo(28);
    assertThat(a0.internal().getAsLong()).isEqualTo(10);
    assertThat(a0.external().getAsLong()).isEqualTo(18);
    assertThat(a0.rank().getAsInt()).isEqualTo(1);
    assertThat(firms.members().get(1).externalShare().getAsDouble()).isEqualTo(0.0);
    assertThat(firms.members().get(2).covered()).isFalse(); // C: not surveyed, no value (not 0)
    assertThat(firms.internalConnectivity().getAsLong()).isEqualTo(10);
    assertThat(firms.externalConnectivity().getAsLong()).isEqualTo(18);
    assertThat(firms.covered()).isEqualTo(2);
    assertThat(firms.provenance().citation()).contains("Taylor (2001)");
    NetworkPosition.Interlock dipl = p.interlock().get(1);
    // US missions coded 4 in A, B and E: r_AB = 16; A's other columns have no other city
    assertThat(dipl.members().get(0).gnc().getAsLong()).isEqualTo(32);
    assertThat(dipl.members().get(0).internal().getAsLong()).isEqualTo(16);
    // sister cities A–B inside, A–E and B–F outside: E–I = (2 − 1) / 3
    NetworkPosition.Layer sister = p.layers().get(0);
    assertThat(sister.type()).isEqualTo(org.hanse.model.TieType.SISTER_CITY);
    assertThat(sister.internalTies()).isEqualTo(1);
    assertThat(sister.externalTies()).isEqualTo(2);
    assertThat(sister.eiIndex().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(sister.members().get(0).degree().getAsInt()).isEqualTo(2);
    assertThat(sister.members().get(2).degree().getAsInt()).isZero(); // C: a city of the layer without a tie
    assertThat(sister.provenance().citation()).contains("Krackhardt").contains("Brin");
  }

  @Test
  void diplomacyConnectivityByAffiliationKindStatesItsCoding() {
    ConnectivityTable all = ConnectivityTable.of(dataset, "diplomacy", null);
    assertThat(all.provenance().notes()).anyMatch(n -> n.contains("embassy 5, consulate-general 4, consulate 3"));
    // missions only (columns of kind country): JP 3→5 in A; US 2→4 in A, B, E; CN 3→5 in E: N_A = 4·8 = 32
    ConnectivityTable missions = ConnectivityTable.of(dataset, "diplomacy", "country");
    assertThat(missions.rows()).extracting(ConnectivityTable.Row::gnc).containsOnly(32L);
    assertThat(missions.sector()).isEqualTo("country");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConnectivityTable.of(dataset, "diplomacy", "law"))
        .hasMessageContaining("affiliation kind").hasMessageContaining("country");
  }

  @Test
  void namesakeMembersAreToldApart() {
    Dataset d = AssessmentFixture.builder()
        .city(new City("T1", "Taizhou", "泰州", "CN", "", 32.5, 119.9, null))
        .city(new City("T2", "Taizhou", "台州", "CN", "", 28.7, 121.4, null))
        .cluster(new org.hanse.model.Cluster("gamma", "Gamma", "", List.of("A", "T1", "T2"), List.of("A"), "", ""))
        .build();
    ClusterAssessment g = new Assessor(d, SMALL).run(ProgressListener.NONE).cluster("gamma");
    assertThat(g.memberLabel("T1", org.hanse.model.Lang.EN)).isEqualTo("Taizhou (泰州)");
    assertThat(g.memberLabel("T2", org.hanse.model.Lang.EN)).isEqualTo("Taizhou (台州)");
    assertThat(g.memberLabel("T1", org.hanse.model.Lang.ZH)).isEqualTo("泰州");
    assertThat(g.memberLabel("A", org.hanse.model.Lang.EN)).isEqualTo("City A");
  }

  @Test
  void anAsOfViewCountsTheUndatedTiesItKeeps() {
    Dataset d = AssessmentFixture.builder()
        .tie(new org.hanse.model.Tie("u1", org.hanse.model.TieType.SISTER_CITY, "B", "H", null, null, 1, "", "test"))
        .build();
    Assessment then = new Assessor(d.asOf(2001), SMALL).run(ProgressListener.NONE);
    assertThat(then.parameters()).containsEntry("as of year", "2001");
    assertThat(then.notes()).anyMatch(n -> n.startsWith("as of 2001: 1 undated ties kept (sister_city 1)"));
    assertThat(then.cluster("alpha").missing()).anyMatch(m -> m.section().equals("ties")
        && m.what().equals("start year of 1 ties of the members") && m.reason().contains("sister_city 1"));
    assertThat(a.notes()).noneMatch(n -> n.contains("undated"));
    // the fixture's populations are dated 2020: as of 2001 they are missing, and the reason says so
    assertThat(then.cluster("alpha").members()).filteredOn(m -> m.id().equals("A")).singleElement()
        .satisfies(m -> assertThat(m.population()).isNull());
    assertThat(then.cluster("alpha").missing()).anyMatch(m -> m.section().equals("members") && m.subject().equals("A")
        && m.what().equals("population") && m.reason().contains("dated 2020, after the as-of year 2001"));
    assertThat(then.notes()).anyMatch(n -> n.startsWith("as of 2001: ") && n.contains("city populations dated after 2001")
        && n.contains("populations without a year are kept"));
    assertThat(a.cluster("alpha").missing()).noneMatch(m -> m.reason().contains("as-of year"));
  }

  @Test
  void aFunctionLeavesOutOnlyItsOwnIndicators() {
    // no firm offices and no events at all: governance must not list gnc.firms or events.* as left out
    Dataset thin = dataset.filterTies(t -> t.type() != org.hanse.model.TieType.FIRM_OFFICE
        && t.type() != org.hanse.model.TieType.EVENT_HOST && t.type() != org.hanse.model.TieType.EVENT_COHOST);
    ClusterAssessment c = new Assessor(thin, SMALL).run(ProgressListener.NONE).cluster("alpha");
    for (FunctionScore fs : c.functions()) {
      List<String> own = fs.clusters().indicators().stream().map(IndicatorInfo::code).toList();
      assertThat(fs.clusters().leftOut().keySet()).as(fs.key()).isSubsetOf(own);
      assertThat(fs.members().leftOut().keySet()).as(fs.key()).isSubsetOf(own);
    }
    assertThat(c.function("governance").clusters().leftOut()).doesNotContainKeys("gnc.firms", "events.hosted",
        "events.joint");
    assertThat(c.function("competitiveness").clusters().leftOut()).containsKey("gnc.firms");
    assertThat(c.function("demonstration").clusters().leftOut()).containsKey("events.joint");
  }

  @Test
  void countryIndicatorsArePopulationWeightedOverAllMembers() {
    // cluster beta2 = E (JP, 14 M) and F (US, 8 M): density (14·340 + 8·36) / 22, not JP's 340
    Dataset d = AssessmentFixture.builder()
        .cluster(new org.hanse.model.Cluster("beta2", "Beta Two", "", List.of("E", "F"), List.of("E"), "", ""))
        .indicatorDefinition(new org.hanse.model.IndicatorDefinition(Facts.COUNTRY_DENSITY,
            org.hanse.model.IndicatorScope.COUNTRY, "density", "", "people per km²", "test"))
        .indicator(new org.hanse.model.Indicator("JP", Facts.COUNTRY_DENSITY, 2020, 340, "", "test"))
        .indicator(new org.hanse.model.Indicator("US", Facts.COUNTRY_DENSITY, 2020, 36, "", "test"))
        .indicator(new org.hanse.model.Indicator("CN", Facts.COUNTRY_DENSITY, 2020, 150, "", "test"))
        .build();
    Composite g = new Assessor(d, SMALL).run(ProgressListener.NONE).cluster("beta2").driver("governance")
        .composite();
    IndicatorReading r = g.subject("beta2").orElseThrow().reading("density.country");
    assertThat(r.value().getAsDouble()).isCloseTo((14e6 * 340 + 8e6 * 36) / 22e6, within(1e-9));
    assertThat(r.note()).contains("population-weighted").contains("JP 2020").contains("US 2020");
    // beta (E, H: both JP) takes JP's value; alpha's C has no population: 2 of 3 below 80 %, missing
    assertThat(g.subject("beta").orElseThrow().reading("density.country").value().getAsDouble()).isEqualTo(340);
    assertThat(g.subject("alpha").orElseThrow().reading("density.country").value()).isEmpty();
  }

  @Test
  void driversNameTheirIndicatorsAndGaps() {
    Composite agendas = alpha.driver("agendas").composite();
    assertThat(agendas.subject("alpha").orElseThrow().score().getAsDouble()).isEqualTo(1.0); // 1 seat vs 0
    assertThat(agendas.subject("beta").orElseThrow().score().getAsDouble()).isEqualTo(0.0);
    Composite strategy = alpha.driver("strategy").composite();
    assertThat(strategy.subject("alpha").orElseThrow().reading("designation").value().getAsDouble()).isEqualTo(1);
    assertThat(strategy.subject("beta").orElseThrow().reading("designation").value()).isEmpty();
    assertThat(strategy.undecided()).isPresent();
    Composite division = alpha.driver("division-of-labour").composite();
    assertThat(division.subject("beta").orElseThrow().reading("air.destinations").value().getAsDouble())
        .isEqualTo(2);
    assertThat(alpha.driver("governance").composite().subject("alpha").orElseThrow().reading("population")
        .value()).isEmpty(); // C's population is unknown: 2 of 3 is below 80 %
    assertThat(alpha.driver("agendas").missingIndicators()).isNotEmpty();
  }

  @Test
  void concentrationOfInternationalTies() {
    InnerStructure.Concentration c = alpha.innerStructure().concentration(); // A 7, B 5, C 0
    assertThat(c.gini().getAsDouble()).isCloseTo(28.0 / 72, within(1e-12));
    assertThat(c.giniCorrected().getAsDouble()).isCloseTo(28.0 / 72 * 1.5, within(1e-12));
    assertThat(c.theil().getAsDouble()).isCloseTo(0.41941902267658393, within(1e-12));
    assertThat(c.hhi().getAsDouble()).isCloseTo(74.0 / 144, within(1e-12));
    assertThat(c.largestShare().getAsDouble()).isCloseTo(7.0 / 12, within(1e-12));
    assertThat(c.largest()).isEqualTo("A");
    assertThat(c.primacyS2().getAsDouble()).isCloseTo(1.4, within(1e-12));
    assertThat(c.primacyS4()).isEmpty(); // three members only
    assertThat(c.populationS2().getAsDouble()).isCloseTo(2.5, within(1e-12)); // A 20 M, B 8 M; C unknown
  }

  @Test
  void radiationOfTheCentralCity() {
    InnerStructure.Centre a = alpha.innerStructure().radiation().centres().get(0);
    assertThat(a.cityId()).isEqualTo("A");
    assertThat(a.gravityShare().getAsDouble()).isCloseTo(1.0, within(1e-12)); // only A and B have a population
    assertThat(a.outLinkageShare().getAsDouble()).isCloseTo(20.0 / 28, within(1e-12)); // G := P, k = P_A/(P_A+P_B)
    assertThat(a.tieShare().getAsDouble()).isCloseTo(7.0 / 12, within(1e-12));
    City ca = dataset.city("A").orElseThrow();
    City cb = dataset.city("B").orElseThrow();
    double d = ca.distanceKm(cb);
    assertThat(a.breakingPoints()).singleElement().satisfies(bp -> {
      assertThat(bp.memberId()).isEqualTo("B");
      assertThat(bp.fromCentreKm()).isCloseTo(d / (1 + Math.sqrt(8.0 / 20)), within(1e-9));
    });
    assertThat(alpha.innerStructure().radiation().gravity().notes()).anyMatch(n -> n.contains("G := P"));
    assertThat(alpha.missing()).anyMatch(m -> m.section().equals("inner structure") && m.subject().equals("C"));
  }

  @Test
  void coordinatedOpeningUpIsTheCouplingOfTheOpeningScores() {
    InnerStructure.Coordination c = alpha.innerStructure().coordination();
    assertThat(c.opening()).containsOnlyKeys("A", "B", "C");
    assertThat(c.opening().values()).allSatisfy(u -> assertThat(u).isBetween(0.01, 1.0));
    assertThat(c.opening().get("A")).isGreaterThan(c.opening().get("B"));
    assertThat(c.opening().get("C")).isCloseTo(0.01, within(1e-12)); // C has no international tie
    double[] u = c.opening().values().stream().mapToDouble(Double::doubleValue).toArray();
    CouplingCoordination.Result r = CouplingCoordination.compute(u, CouplingCoordination.Formula.CORRECTED);
    assertThat(c.coupling().getAsDouble()).isEqualTo(r.coupling());
    assertThat(c.degree().getAsDouble()).isEqualTo(r.coordination());
    assertThat(c.levelEn()).isEqualTo(r.level().label(org.hanse.model.Lang.EN));
    assertThat(c.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void homogeneousCompetitionRanksPairsByPartnerOverlap() {
    InnerStructure.Homogeneity h = alpha.innerStructure().homogeneity();
    assertThat(h.pairsCompared()).isEqualTo(3);
    InnerStructure.Pair first = h.pairs().get(0);
    // A {E, JP, US, org1, firm1, firm2, event X}, B {F, E, US, firm1, expo}: 3 shared of 9
    assertThat(List.of(first.a(), first.b())).containsExactly("A", "B");
    assertThat(first.sharedPartners()).isEqualTo(3);
    assertThat(first.partnerOverlap()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(first.profileSimilarity().getAsDouble()).isCloseTo(6 / Math.sqrt(55), within(1e-12));
    assertThat(first.homogeneous()).isFalse(); // similarity 0.81 < 0.9
    InnerStructure.Pair withC = h.pairs().stream().filter(p -> p.b().equals("C") && p.a().equals("A"))
        .findFirst().orElseThrow();
    assertThat(withC.partnerOverlap()).isCloseTo(1.0 / 7, within(1e-12));
    assertThat(withC.profileSimilarity()).isEmpty(); // C has no international tie: undefined, not 0
  }

  @Test
  void everyResultCarriesProvenance() {
    assertThat(alpha.coreFunctions().provenance().parameters()).containsKey("formula");
    assertThat(alpha.function("exchange").clusters().provenance().method()).isEqualTo(CompositeRunner.METHOD);
    assertThat(alpha.innerStructure().homogeneity().provenance().parameters()).containsKey("homogeneous when");
    Map<String, String> p = a.parameters();
    assertThat(p).containsEntry("minimum reference evidence", "2");
  }
}
