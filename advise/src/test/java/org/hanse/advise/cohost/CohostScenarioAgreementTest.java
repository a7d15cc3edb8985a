package org.hanse.advise.cohost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hanse.advise.BundledData;
import org.hanse.advise.scenario.ScenarioResult;
import org.hanse.advise.scenario.ScenarioRunner;
import org.hanse.analysis.assessment.InnerStructure;
import org.hanse.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner predicts what the assessment records: its members' openness is the assessment's count of
 * international ties, and the G* / Theil it gives for "after the event as the assessment counts it" are those of
 * the assessment run on the plan as a scenario (Beijing–Zhangjiakou on 京津冀 as of 2015, and a one-host plan).
 */
class CohostScenarioAgreementTest {
  static final String BEIJING = "1816670";
  static Dataset d;
  static ScenarioRunner runner;

  @BeforeAll
  static void load() {
    BundledData.require();
    d = BundledData.get().asOf(2015);
    runner = new ScenarioRunner(d);
  }

  private static InnerStructure.Concentration concentration(org.hanse.analysis.assessment.Assessment a) {
    return a.cluster("jjj").innerStructure().concentration();
  }

  @Test
  void memberLevelsAreTheAssessments() {
    CohostPlan plan = new CohostPlanner(d).plan("jjj", EventProfile.of("event-olympics-winter", 2)
        .withMainHost(BEIJING).withMinAirRoutes(1).withMaxDistanceKm(250));
    InnerStructure.Concentration c = concentration(runner.baseAssessment());
    for (HostCity m : plan.members()) {
      assertThat(m.openness()).as(m.nameEn()).isEqualTo(c.values().get(m.cityId()));
    }
    assertThat(plan.sets().get(0).giniBefore().getAsDouble()).isEqualTo(c.giniCorrected().getAsDouble());
  }

  @Test
  void twoHostPlanAsScenarioGivesThePredictedAssessedFigures() {
    CohostPlan plan = new CohostPlanner(d).plan("jjj", EventProfile.of("event-olympics-winter", 2)
        .withMainHost(BEIJING).withMinAirRoutes(1).withMaxDistanceKm(250));
    HostSet best = plan.sets().get(0);
    assertThat(best.hostIds()).containsExactly(BEIJING, "2033196");
    ScenarioResult r = runner.run(plan.asScenario(1, "2022", 2022));
    InnerStructure.Concentration before = concentration(r.before());
    InnerStructure.Concentration after = concentration(r.after());
    assertThat(best.giniBefore().getAsDouble()).isCloseTo(before.giniCorrected().getAsDouble(), within(1e-12));
    assertThat(best.assessedGiniAfter().getAsDouble()).isCloseTo(after.giniCorrected().getAsDouble(),
        within(1e-12));
    assertThat(best.assessedTheilAfter().getAsDouble()).isCloseTo(after.theil().getAsDouble(), within(1e-12));
    // co-hosted by two members: inside the cluster, so the assessment's concentration does not move
    assertThat(best.assessedGiniAfter().getAsDouble()).isEqualTo(best.giniBefore().getAsDouble());
  }

  @Test
  void oneHostPlanAsScenarioGivesThePlannersObjective() {
    CohostPlan plan = new CohostPlanner(d).plan("jjj", EventProfile.of("event-olympics-winter", 1)
        .withMinAirRoutes(1));
    HostSet best = plan.sets().get(0);
    ScenarioResult r = runner.run(plan.asScenario(1, "2030", 2030));
    InnerStructure.Concentration before = concentration(r.before());
    InnerStructure.Concentration after = concentration(r.after());
    assertThat(best.giniBefore().getAsDouble()).isCloseTo(before.giniCorrected().getAsDouble(), within(1e-12));
    assertThat(best.giniAfter()).isCloseTo(after.giniCorrected().getAsDouble(), within(1e-12));
    assertThat(best.theilAfter()).isCloseTo(after.theil().getAsDouble(), within(1e-12));
    assertThat(best.assessedGiniAfter().getAsDouble()).isCloseTo(best.giniAfter(), within(1e-12));
    assertThat(best.giniAfter()).isLessThan(best.giniBefore().getAsDouble());
  }

  @Test
  void handoverEffectIsWhatTheScenarioRecords() {
    var plan = new org.hanse.advise.handover.HandoverAdvisor(d).plan("jjj", BEIJING,
        org.hanse.advise.DiplomaticFunction.POLITICAL_EXCHANGE, 0.2);
    var top = plan.functions().get(0).candidates().get(0);
    ScenarioResult r = runner.run(org.hanse.advise.scenario.Scenario.named("handover", "")
        .withHandover(new org.hanse.advise.scenario.Scenario.HandoverSpec(BEIJING, top.cityId(),
            "political_exchange", 0.2)));
    // whole ties, as the scenario moves them (round(0.2 × n))
    assertThat(top.overall().moved()).isEqualTo(Math.rint(top.overall().moved()));
    assertThat(r.log()).anyMatch(l -> l.startsWith("handed over " + (long) top.overall().moved() + " of "));
    assertThat(top.overall().giniBefore().getAsDouble())
        .isCloseTo(concentration(r.before()).giniCorrected().getAsDouble(), within(1e-12));
    assertThat(top.overall().giniAfter().getAsDouble())
        .isCloseTo(concentration(r.after()).giniCorrected().getAsDouble(), within(1e-12));
    assertThat(top.overall().theilAfter().getAsDouble())
        .isCloseTo(concentration(r.after()).theil().getAsDouble(), within(1e-12));
  }
}
