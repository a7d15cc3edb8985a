package org.hanse.cli.advise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hanse.cli.Main;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.store.HanseStore;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.engagement.EngagementKind;
import org.hanse.store.engagement.EngagementStatus;
import org.hanse.store.engagement.VisitLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advice and scenario commands run in-process on a small bundle, each test with its own empty knowledge base:
 * help, user errors (exit 2, one line, no stack trace) and real output.
 */
class AdviceCommandsTest {
  static final String SH = "1796236";
  static final String HZ = "1808926";
  static final String NB = "1799397";
  @TempDir Path tmp;
  private org.hanse.cli.TestHome testHome;

  record Run(int exit, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** Shanghai (centre), Hangzhou, Ningbo in yrd; Tokyo, Osaka, Lyon abroad; France and Japan as actors. */
  static Dataset small() {
    Source s = new Source("test", "Test source", "CC0", "2020", "Data: test source", "");
    return Dataset.builder().label("cli test data").lastYear(2026).source(s)
        .city(new City(SH, "Shanghai", "上海", "CN", "", 31.22, 121.46, new Population(24_870_895, 2020, "test")))
        .city(new City(HZ, "Hangzhou", "杭州", "CN", "", 30.29, 120.16, new Population(11_936_010, 2020, "test")))
        .city(new City(NB, "Ningbo", "宁波", "CN", "", 29.87, 121.55, new Population(9_404_283, 2020, "test")))
        .city(new City("1850147", "Tokyo", "东京", "JP", "", 35.69, 139.69, new Population(14_000_000, 2020, "test")))
        .city(new City("1853909", "Osaka", "大阪", "JP", "", 34.69, 135.50, new Population(2_700_000, 2020, "test")))
        .city(new City("2996944", "Lyon", "里昂", "FR", "", 45.75, 4.85, new Population(522_969, 2020, "test")))
        .cluster(new Cluster("yrd", "Yangtze River Delta", "长三角", List.of(SH, HZ, NB), List.of(SH), "plan", ""))
        .actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "test"))
        .actor(new Actor("country-JP", ActorKind.COUNTRY, "Japan", "日本", "JP", "", "test"))
        .actor(new Actor("event-expo", ActorKind.EVENT_SERIES, "Expo", "", "", "exhibition", "test"))
        .tie(new Tie("t1", TieType.SISTER_CITY, SH, "1853909", 1974, null, 1, "", "test"))
        .tie(new Tie("t2", TieType.SISTER_CITY, HZ, "1853909", 1990, null, 1, "", "test"))
        .tie(new Tie("t3", TieType.SISTER_CITY, "1850147", "1853909", 1990, null, 1, "", "test"))
        .tie(new Tie("t4", TieType.SISTER_CITY, "1850147", "2996944", 1990, null, 1, "", "test"))
        .tie(new Tie("t5", TieType.AIR_ROUTE, SH, "1850147", 2014, null, 4, "", "test"))
        .tie(new Tie("t6", TieType.AIR_ROUTE, HZ, "1850147", 2014, null, 1, "", "test"))
        .tie(new Tie("t7", TieType.DIPLOMATIC_MISSION, SH, "country-FR", 1990, null, 1, "", "test"))
        .tie(new Tie("t8", TieType.DIPLOMATIC_MISSION, SH, "country-JP", 1995, null, 1, "", "test"))
        .tie(new Tie("t9", TieType.DIPLOMATIC_MISSION, "1850147", "country-FR", 1990, null, 1, "", "test"))
        .tie(new Tie("t10", TieType.EVENT_HOST, SH, "event-expo", 2010, 2010, 1, "2010", "test"))
        .build();
  }

  @BeforeEach
  void bundleAndHome() {
    testHome = org.hanse.cli.TestHome.of(small(), tmp);
  }

  @AfterEach
  void restore() {
    testHome.close();
  }

  private static void assertOneLineUserError(Run r, String expected) {
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.contains(expected)).count()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void everyCommandHasHelp() {
    for (List<String> cmd : List.of(List.of("advise"), List.of("advise", "partners"), List.of("advise", "handover"),
        List.of("advise", "backtest"), List.of("advise", "cohost"), List.of("advise", "calendar"),
        List.of("scenario"), List.of("scenario", "run"), List.of("scenario", "example"))) {
      String[] args = new java.util.ArrayList<>(cmd) {{ add("--help"); }}.toArray(String[]::new);
      Run r = run(args);
      assertThat(r.exit()).as(cmd.toString()).isZero();
      assertThat(r.out()).as(cmd.toString()).contains("Usage: hanse " + String.join(" ", cmd));
    }
    assertThat(run("--help").out()).contains("advise").contains("scenario");
    assertThat(run("advise").out()).contains("partners").contains("cohost").contains("calendar");
  }

  @Test
  void userErrorsAreOneLine() {
    assertOneLineUserError(run("advise", "partners"), "give either --cluster ID or --city ID");
    assertOneLineUserError(run("advise", "partners", "--cluster", "nowhere"), "unknown cluster nowhere");
    assertOneLineUserError(run("advise", "partners", "--city", "42"), "unknown city 42");
    assertOneLineUserError(run("advise", "partners", "--cluster", "yrd", "--kind", "planet"),
        "unknown partner kind 'planet'");
    assertOneLineUserError(run("advise", "partners", "--cluster", "yrd", "--format", "xml"),
        "unknown format 'xml'; use text or json");
    assertOneLineUserError(run("advise", "handover", "--cluster", "yrd", "--share", "2"), "share must be in (0, 1]");
    assertOneLineUserError(run("advise", "handover", "--cluster", "yrd", "--function", "cooking"),
        "unknown function 'cooking'; use one of political_exchange");
    assertOneLineUserError(run("advise", "cohost", "--cluster", "yrd", "--hosts", "0"), "at least 1");
    assertOneLineUserError(run("advise", "cohost", "--cluster", "yrd", "--hosts", "9"), "9 hosts wanted");
    assertOneLineUserError(run("advise", "cohost", "--cluster", "yrd", "--hosts", "2", "--main", "1850147"),
        "not a member of yrd");
    assertOneLineUserError(run("advise", "cohost", "--cluster", "yrd"), "--hosts");
    assertOneLineUserError(run("advise", "calendar", "--cluster", "yrd", "--week", "2026-13"), "YYYY-Www");
    assertOneLineUserError(run("advise", "calendar", "--cluster", "yrd", "--format", "pdf"), "text or html or json");
    assertOneLineUserError(run("advise", "calendar", "--cluster", "zz"), "unknown cluster zz");
    assertOneLineUserError(run("advise", "backtest", "--kind", "planet"), "unknown partner kind");
    assertOneLineUserError(run("advise", "backtest", "--train-until", "2026"), "--train-until 2026 must lie in");
    assertOneLineUserError(run("scenario", "run", tmp.resolve("none.json").toString()), "does not exist");
  }

  @Test
  void badScenarioFilesNameTheFileAndTheProblem() throws Exception {
    Path typo = tmp.resolve("typo.json");
    Files.writeString(typo, "{\"name\":\"x\",\"addTie\":[]}");
    assertOneLineUserError(run("scenario", "run", typo.toString()), "typo.json: not a valid scenario");
    Path unknown = tmp.resolve("unknown.json");
    Files.writeString(unknown, "{\"name\":\"x\",\"addTies\":[{\"type\":\"sister_city\",\"cityId\":\"" + HZ
        + "\",\"partnerId\":\"nowhere\"}]}");
    assertOneLineUserError(run("scenario", "run", unknown.toString()), "unknown partner nowhere");
  }

  @Test
  void partnersForAClusterWithReasons() throws Exception {
    Run r = run("advise", "partners", "--cluster", "yrd", "--kind", "city");
    assertThat(r.exit()).as(r.err()).isZero();
    // Tokyo shares Osaka with Shanghai and Hangzhou
    assertThat(r.out()).contains("Yangtze River Delta [cluster:yrd]").contains("1. Tokyo (JP) [1850147]")
        .contains("Shared partners: Osaka");
    Run all = run("advise", "partners", "--cluster", "yrd");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out()).contains("country whose mission to attract")
        .contains("not available — city network to join: the data hold no network_membership tie");
    assertOneLineUserError(run("advise", "partners", "--cluster", "yrd", "--kind", "city_network"),
        "the data hold no network_membership tie, so no partner of the kind 'city_network' can be scored");
    JsonNode json = new ObjectMapper().readTree(run("advise", "partners", "--city", HZ, "--kind", "country",
        "--format", "json").out());
    assertThat(json.get(0).path("kind").asText()).isEqualTo("COUNTRY");
    assertThat(json.get(0).path("provenance").path("method").asText()).isNotBlank();
  }

  /**
   * With --lang zh the text output is Chinese: its own words and the advice's reasons, the cities named in Chinese;
   * no three English words in a row remain once the data's names are taken out.
   */
  @Test
  void textOutputInChineseHoldsNoEnglishSentence() {
    assertThat(Words.keys(org.hanse.model.Lang.ZH))
        .containsExactlyInAnyOrderElementsOf(Words.keys(org.hanse.model.Lang.EN));
    Dataset d = small();
    List<List<String>> commands = List.of(
        List.of("advise", "partners", "--cluster", "yrd"),
        List.of("advise", "partners", "--city", HZ, "--kind", "country"),
        List.of("advise", "handover", "--cluster", "yrd"),
        List.of("advise", "cohost", "--cluster", "yrd", "--hosts", "2", "--main", SH, "--min-air-routes", "1",
            "--max-km", "300", "--event", "event-expo"),
        List.of("advise", "cohost", "--cluster", "yrd", "--hosts", "2", "--main", SH, "--max-km", "100",
            "--min-population", "10000000"),
        List.of("advise", "calendar", "--cluster", "yrd", "--week", "2026-W10"));
    java.util.Map<String, String> outputs = new java.util.HashMap<>();
    for (List<String> cmd : commands) {
      List<String> args = new java.util.ArrayList<>(cmd);
      args.addAll(List.of("--lang", "zh"));
      Run r = run(args.toArray(String[]::new));
      assertThat(r.exit()).as(cmd + ": " + r.err()).isZero();
      String text = r.out();
      for (String name : names(d)) {
        text = text.replace(name, " ");
      }
      assertThat(java.util.regex.Pattern.compile("[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}").matcher(text).results()
          .map(java.util.regex.MatchResult::group).toList()).as(cmd + "\n" + r.out()).isEmpty();
      outputs.put(cmd.get(1) + outputs.size(), r.out());
    }
    assertThat(outputs.get("cohost3")).contains("1. 上海 + 杭州").contains("杭州：距上海 162 km ≤ 300 km；1 条航线 ≥ 1")
        .contains("0 条航线 < 1");
    assertThat(outputs.get("cohost4")).contains("没有可行的承办组合").contains("距主办城市上海 162 km > 100 km")
        .contains("人口 9,404,283 < 10,000,000");
    assertThat(outputs.get("handover2")).contains("yrd：上海 的功能疏解").contains("权重：");
  }

  private static List<String> names(Dataset d) {
    List<String> names = new java.util.ArrayList<>();
    d.cities().values().forEach(c -> names.add(c.nameEn()));
    d.actors().values().forEach(a -> names.add(a.nameEn()));
    d.clusters().values().forEach(c -> names.add(c.nameEn()));
    names.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return names;
  }

  @Test
  void handoverAndCohost() throws Exception {
    Run h = run("advise", "handover", "--cluster", "yrd");
    assertThat(h.exit()).as(h.err()).isZero();
    assertThat(h.out()).contains("Function hand-over in yrd from Shanghai").contains("Gini of the function")
        .contains("Theil of the function");
    JsonNode hj = new ObjectMapper().readTree(run("advise", "handover", "--cluster", "yrd", "--format", "json").out());
    assertThat(hj.path("centralId").asText()).isEqualTo(SH);
    assertThat(hj.path("functions").get(0).path("candidates").size()).isEqualTo(2);
    Run c = run("advise", "cohost", "--cluster", "yrd", "--hosts", "2", "--main", SH, "--min-air-routes", "1",
        "--max-km", "300", "--event", "event-expo");
    assertThat(c.exit()).as(c.err()).isZero();
    // only Hangzhou besides Shanghai has an air route
    assertThat(c.out()).contains("1. Shanghai + Hangzhou").contains("Ningbo").contains("0 air route(s) < 1")
        .contains("Hangzhou: 162 km from Shanghai ≤ 300 km; 1 air route(s) ≥ 1");
    Path scenario = tmp.resolve("expo.json");
    Run save = run("advise", "cohost", "--cluster", "yrd", "--hosts", "2", "--main", SH, "--event", "event-expo",
        "--edition", "2035", "--year", "2035", "--save-scenario", scenario.toString(), "--format", "json");
    assertThat(save.exit()).as(save.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(save.out());
    assertThat(plan.path("sets").get(0).path("giniAfter").isNumber()).isTrue();
    assertThat(Files.readString(scenario)).contains("\"hosts\" : [ \"" + SH + "\"");
    Run s = run("scenario", "run", scenario.toString());
    assertThat(s.exit()).as(s.err()).isZero();
    assertThat(s.out()).contains("added event event-expo 2035 (2035) co-hosted by").contains("Changed measures:")
        .contains("yrd (");
  }

  @Test
  void scenarioRunShowsEveryChangedMeasureAsJson() throws Exception {
    Path f = tmp.resolve("twin.json");
    Files.writeString(f, """
        {"format": "hanse-scenario/1", "name": "Ningbo twins with Lyon",
         "addTies": [{"type": "sister_city", "cityId": "1799397", "partnerId": "2996944", "fromYear": 2027}],
         "memberships": [], "events": [], "handovers": []}
        """);
    Run r = run("scenario", "run", f.toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("log").get(0).asText()).isEqualTo("added sister_city tie 1799397 – 2996944 from 2027");
    assertThat(root.path("changed").size()).isPositive();
    assertThat(root.path("unchanged").asInt()).isPositive();
    boolean ningbo = false;
    for (JsonNode d : root.path("changed")) {
      assertThat(d.path("path").asText()).isNotBlank();
      ningbo |= d.path("path").asText().contains(NB);
    }
    assertThat(ningbo).as("a measure of Ningbo changed").isTrue();
    Run example = run("scenario", "example");
    assertThat(example.out()).contains("\"format\" : \"hanse-scenario/1\"").contains("event-specialised-expo");
  }

  @Test
  void calendarReadsEngagementsFromTheStore() {
    // the first command loads the bundle into the knowledge base; then two members approach Lyon 20 days apart
    assertThat(run("advise", "calendar", "--cluster", "yrd", "--week", "2026-W10").exit()).isZero();
    String url = "jdbc:h2:file:" + tmp.resolve("home").resolve("hanse").toAbsolutePath();
    try (HanseStore store = HanseStore.open(url)) {
      Principal who = Principal.operator("test");
      store.records().saveEngagement(who, new Engagement("e1", EngagementKind.VISIT_OUTGOING, SH, "City of Lyon",
          "2996944", "FR", "Mayor to Lyon", "", VisitLevel.values()[0], LocalDate.of(2026, 3, 2),
          LocalDate.of(2026, 3, 4), EngagementStatus.PLANNED, 8, "", ""), 0);
      store.records().saveEngagement(who, new Engagement("e2", EngagementKind.MOU, HZ, "Lyon", "2996944", "FR",
          "MoU on silk <design>", "", null, LocalDate.of(2026, 3, 22), null, EngagementStatus.NEGOTIATING, null, "",
          ""), 0);
      // Tokyo is no cluster's member: the store records engagements of member cities only.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.records().saveEngagement(who, new Engagement(
          "e3", EngagementKind.VISIT_INCOMING, "1850147", "Lyon", "2996944", "FR", "not a member", "", null,
          LocalDate.of(2026, 3, 3), null, EngagementStatus.PLANNED, null, "", ""), 0))
          .isInstanceOf(org.hanse.store.InvalidRecordException.class).hasMessageContaining("not a member city");
    }
    Run r = run("advise", "calendar", "--cluster", "yrd", "--week", "2026-W10");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Coordination digest yrd, 2026-W10 (2026-03-02 – 2026-03-08)")
        .contains("2026-03-02–2026-03-04  Shanghai · outgoing visit · City of Lyon (FR)")
        .contains("[same partner] Shanghai and Hangzhou both approach City of Lyon within 20 day(s)")
        .doesNotContain("not a member").contains("2 engagement(s) of yrd on the calendar, 1 flag(s) in all");
    Run html = run("advise", "calendar", "--cluster", "yrd", "--week", "2026-W10", "--format", "html", "--lang",
        "zh");
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("MoU on silk &lt;design&gt;").contains("上海");
    Run json = run("advise", "calendar", "--cluster", "yrd", "--week", "2026-W10", "--format", "json");
    assertThat(json.out()).startsWith("{\n  \"digest\"").contains("\"rule\" : \"SAME_PARTNER\"")
        .contains("\"monday\" : \"2026-03-02\"");
  }
}
