package org.hanse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands run in-process on a small bundle, each test with its own empty knowledge base (a fresh
 * Hanse home): help, the user-error paths (exit 2, one line, no stack trace) and real output.
 */
class AnalysisCommandsTest {
  @TempDir Path tmp;
  private TestHome testHome;

  /** What a run printed. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Dataset small() {
    Source s = new Source("test", "Test source", "CC0", "2020", "Data: test source", "");
    return Dataset.builder().label("cli test data").lastYear(2026).source(s)
        .city(new City("1796236", "Shanghai", "上海", "CN", "", 31.22, 121.46, new Population(24_870_895, 2020, "test")))
        .city(new City("1808926", "Hangzhou", "杭州", "CN", "", 30.29, 120.16, new Population(11_936_010, 2020, "test")))
        .city(new City("1850147", "Tokyo", "东京", "JP", "", 35.69, 139.69, new Population(14_000_000, 2020, "test")))
        .city(new City("1853909", "Osaka", "大阪", "JP", "", 34.69, 135.50, new Population(2_700_000, 2020, "test")))
        .cluster(new Cluster("yrd", "Yangtze River Delta", "长三角", List.of("1796236", "1808926"), List.of("1796236"),
            "长江三角洲城市群发展规划", ""))
        .cluster(new Cluster("japan-pacific", "Japan Pacific Belt", "日本太平洋带", List.of("1850147", "1853909"),
            List.of("1850147"), "", ""))
        .actor(new Actor("country-FR", ActorKind.COUNTRY, "France", "法国", "FR", "", "test"))
        .actor(new Actor("firm-1", ActorKind.FIRM, "Bank", "", "GB", "banking/finance", "test"))
        .tie(new Tie("t1", TieType.SISTER_CITY, "1796236", "1853909", 1974, null, 1, "", "test"))
        .tie(new Tie("t2", TieType.AIR_ROUTE, "1796236", "1850147", null, null, 4, "", "test"))
        .tie(new Tie("t3", TieType.DIPLOMATIC_MISSION, "1796236", "country-FR", null, null, 3, "", "test"))
        .tie(new Tie("t4", TieType.DIPLOMATIC_MISSION, "1850147", "country-FR", null, null, 3, "", "test"))
        .tie(new Tie("t5", TieType.FIRM_OFFICE, "1796236", "firm-1", 2000, 2000, 3, "", "test"))
        .tie(new Tie("t6", TieType.FIRM_OFFICE, "1850147", "firm-1", 2000, 2000, 4, "", "test"))
        .build();
  }

  @BeforeEach
  void bundleAndHome() {
    testHome = TestHome.of(small(), tmp);
  }

  @AfterEach
  void restore() {
    testHome.close();
  }

  private static void assertOneLineUserError(Run r, String expected) {
    assertThat(r.exit()).isEqualTo(2);
    List<String> errors = r.errLines().stream().filter(l -> l.contains(expected)).toList();
    assertThat(errors).hasSize(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : List.of("analyze", "connectivity", "functions")) {
      Run r = run(cmd, "--help");
      assertThat(r.exit()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: hanse " + cmd).contains("--format");
    }
    assertThat(run("--help").out()).contains("analyze").contains("connectivity").contains("functions");
  }

  @Test
  void unknownClusterListsTheValidIds() {
    Run r = run("analyze", "--cluster", "nowhere");
    assertOneLineUserError(r, "unknown cluster nowhere; valid ids: yrd japan-pacific");
    assertOneLineUserError(run("functions", "--cluster", "nowhere"), "valid ids: yrd japan-pacific");
  }

  @Test
  void badFormatIsAUserError() {
    assertOneLineUserError(run("analyze", "--format", "xml"), "unknown format 'xml'; use text, json or html");
    assertOneLineUserError(run("connectivity", "--format", "html"), "unknown format 'html'; use text, csv or json");
    assertOneLineUserError(run("functions", "--format", "pdf"), "unknown format 'pdf'");
  }

  @Test
  void otherUserErrors() {
    assertOneLineUserError(run("analyze", "--lang", "fr"), "unknown language 'fr'");
    assertOneLineUserError(run("connectivity", "--layer", "trains"), "valid layers: firms, diplomacy");
    assertOneLineUserError(run("connectivity", "--sector", "fishing"), "valid sectors: banking/finance");
    assertOneLineUserError(run("analyze", "--as-of", "1700"), "--as-of 1700 is outside");
    Run bad = run("analyze", "--as-of", "soon");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).doesNotContain("\tat ");
  }

  @Test
  void missingDataFolderIsAUserError() {
    System.setProperty(Bundles.DATA_PROPERTY, tmp.resolve("no-such-folder").toString());
    assertOneLineUserError(run("analyze"), "does not exist; set HANSE_DATA");
  }

  @Test
  void analyzeLoadsTheBundleOnceAndPrintsJson() throws Exception {
    Path out = tmp.resolve("out");
    Run r = run("analyze", "--format", "json", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("clusters")).hasSize(2);
    JsonNode yrd = root.path("clusters").get(0);
    assertThat(yrd.path("id").asText()).isEqualTo("yrd");
    assertThat(yrd.path("members")).hasSize(2);
    assertThat(yrd.path("ties").path("centralShare").path("share").asDouble()).isEqualTo(1.0);
    assertThat(Files.readString(out.resolve("report.html"))).contains("长三角");
    // second run reads the knowledge base (now not empty) and gives the same numbers
    Run again = run("analyze", "--format", "json", "--cluster", "yrd", "--out", out.toString());
    assertThat(again.exit()).isZero();
    JsonNode one = new ObjectMapper().readTree(again.out());
    assertThat(one.path("clusters")).hasSize(1);
    assertThat(one.path("clusters").get(0)).isEqualTo(yrd);
  }

  @Test
  void analyzeTextAndHtml() {
    Run text = run("analyze", "--out", tmp.resolve("o").toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).contains("Yangtze River Delta 长三角 [yrd]").contains("Core diplomatic functions");
    Run html = run("analyze", "--format", "html", "--lang", "zh", "--out", tmp.resolve("o").toString());
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("成员城市");
  }

  @Test
  void asOfCountsTheUndatedTiesItKeeps() throws Exception {
    // 1800: every dated tie is dropped; t2 (air route) and t3, t4 (missions) have no date and are kept, and said so
    Run json = run("analyze", "--format", "json", "--as-of", "1800", "--out", tmp.resolve("o").toString());
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.path("parameters").path("as of year").asText()).isEqualTo("1800");
    assertThat(root.path("notes").toString())
        .contains("as of 1800: 3 undated ties kept (diplomatic_mission 2, air_route 1)");
    JsonNode yrd = root.path("clusters").get(0);
    assertThat(yrd.path("missing").toString()).contains("start year of 2 ties of the members")
        .contains("diplomatic_mission 1, air_route 1");
    Run text = run("analyze", "--as-of", "1800", "--out", tmp.resolve("o").toString());
    assertThat(text.out()).contains("3 undated ties kept (diplomatic_mission 2, air_route 1)");
    // without --as-of nothing is said about dates
    Run all = run("analyze", "--format", "json", "--out", tmp.resolve("o").toString());
    assertThat(all.out()).doesNotContain("undated");
  }

  @Test
  void connectivityAndFunctionsTables() {
    Run csv = run("connectivity", "--format", "csv");
    assertThat(csv.exit()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("rank,city_id,name,name_zh,country,gnc,proportional_gnc");
    // firm-1: Shanghai 3, Tokyo 4 -> r = 12 for both
    assertThat(lines).contains("1,1796236,Shanghai,上海,CN,12,1.000000", "1,1850147,Tokyo,东京,JP,12,1.000000");
    Run f = run("functions", "--format", "csv");
    assertThat(f.exit()).isZero();
    assertThat(f.out().lines().findFirst().orElseThrow()).isEqualTo("cluster,function,score,evidence");
    assertThat(f.out()).contains("yrd,undecided,,").contains("japan-pacific,undecided,,");
    Run json = run("functions", "--format", "json", "--cluster", "yrd");
    assertThat(json.out()).contains("\"rows\"").doesNotContain("japan-pacific");
  }
}
