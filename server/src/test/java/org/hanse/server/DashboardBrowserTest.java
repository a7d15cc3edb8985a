package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real headless Chromium over {@link TestData}: every page renders (charts not blank), its
 * numbers equal the API's, the language switch works, and record text stays text. One server and one browser for
 * the class; screenshots and paint timings go to {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {
  private TestData.Fixture fx;
  private HanseServer server;
  private Http http;
  private Browser browser;
  private WebDriver driver;

  @BeforeAll
  void start() {
    fx = TestData.start();
    server = HanseServer.start(fx.service(), ServerConfig.localhost(0));
    http = new Http(server.port());
    // The user's browser asks for Chinese first: the dashboard must start in Chinese.
    browser = Browser.open("zh-CN,zh,en");
    driver = browser.driver();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    server.close();
    fx.close();
  }

  @BeforeEach
  void clearConsole() {
    if (driver != null) {
      browser.consoleErrors();
    }
  }

  private void open(String path) {
    driver.get(http.base() + path);
  }

  private void assertNoConsoleErrors(String page) {
    // Pages answered with a refusal on purpose (403, 422 …) are logged by the browser too; they are expected.
    assertThat(browser.consoleErrors()).as("console errors on " + page)
        .filteredOn(e -> !e.matches(".*Failed to load resource: the server responded with a status of (401|403|409|422).*"))
        .isEmpty();
  }

  @Test
  @Order(1)
  void worldMapDrawsInChineseByDefaultAndSwitchesToEnglish() {
    driver.manage().deleteAllCookies();
    open("/");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("城市群世界地图");
    browser.awaitChart("#world-map");
    browser.recordTiming("world map, first visit");
    driver.navigate().refresh();
    browser.awaitChart("#world-map");
    browser.recordTiming("world map");
    assertThat(browser.awaitPainted("#world-map", 5_000)).as("painted map pixels").isGreaterThan(5_000);
    browser.screenshot("01-world-map-zh");

    // The table under the map is filled from the same API response as the map.
    List<WebElement> rows = driver.findElements(By.cssSelector("#top-cities tbody tr"));
    JsonNode shanghai = http.get("/api/v1/cities/1796236").json();
    assertThat(rows).isNotEmpty();
    assertThat(rows.get(0).getAttribute("data-city")).isEqualTo("1796236");
    assertThat(rows.get(0).findElements(By.tagName("td")).get(3).getText())
        .isEqualTo(String.format(java.util.Locale.ROOT, "%,d", shanghai.get("population").get("value").asLong()));

    driver.findElement(By.id("lang-switch")).click();
    browser.waitUpTo(10).until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("en"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("World map of city clusters");
    browser.awaitChart("#world-map");
    browser.screenshot("02-world-map-en");
    // The choice sticks: a later page without ?lang stays English.
    open("/clusters/yrd");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertNoConsoleErrors("world map");
  }

  @Test
  @Order(2)
  void mapFiltersByTypeAndYearAndOpensClusters() {
    open("/?lang=en&type=sister_city,air_route&year=2020&measure=ties");
    browser.awaitChart("#world-map");
    assertThat(driver.findElement(By.id("measure")).getAttribute("value")).isEqualTo("ties");
    browser.screenshot("03-world-map-air-routes");
    driver.findElement(By.cssSelector("a.cluster-link[data-cluster=gba]")).click();
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("/clusters/gba"));
    assertNoConsoleErrors("map with filters");
  }

  @Test
  @Order(3)
  void clusterMemberTableEqualsTheApiAndSorts() {
    open("/clusters/yrd?lang=en");
    JsonNode api = http.get("/api/v1/clusters/yrd/members").json();
    List<WebElement> rows = driver.findElements(By.cssSelector("#member-table tbody tr"));
    assertThat(rows).hasSize(api.get("rows").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = api.get("rows").get(i);
      assertThat(rows.get(i).getAttribute("data-city")).isEqualTo(row.get("id").asText());
      for (WebElement cell : rows.get(i).findElements(By.cssSelector("td[data-measure]"))) {
        JsonNode v = row.get("values").get(cell.getAttribute("data-measure"));
        if (v.isNull()) {
          assertThat(cell.getAttribute("data-sort")).isNullOrEmpty();
          assertThat(cell.getText()).isEmpty();
        } else {
          assertThat(Double.parseDouble(cell.getAttribute("data-sort"))).isEqualTo(v.asDouble());
        }
      }
    }
    // The XSS town's name is a link text, not a script: no alert, and the text reads as typed.
    assertThat(driver.findElement(By.cssSelector("tr[data-city=x-xss-town] a")).getText())
        .isEqualTo(TestData.XSS_NAME);
    assertNoAlert();

    WebElement populationHeader = driver.findElement(By.cssSelector("#member-table th[data-key=population]"));
    populationHeader.click();
    assertThat(populationHeader.getAttribute("aria-sort")).isEqualTo("ascending");
    populationHeader.click();
    assertThat(populationHeader.getAttribute("aria-sort")).isEqualTo("descending");
    List<String> order = new ArrayList<>();
    driver.findElements(By.cssSelector("#member-table tbody tr")).forEach(r -> order.add(r.getAttribute("data-city")));
    // Largest population first, the town without a population last.
    assertThat(order.get(0)).isEqualTo("1796236");
    assertThat(order.get(order.size() - 1)).isEqualTo("x-xss-town");
    // The tie profile from the assessment: chart drawn, table equal to the API.
    browser.awaitChart("#tie-chart");
    assertThat(browser.awaitPainted("#tie-chart", 1_000)).isGreaterThan(1_000);
    JsonNode assessment = http.get("/api/v1/clusters/yrd/assessment").json();
    for (JsonNode r : assessment.get("ties").get("byType")) {
      WebElement row = driver.findElement(By.cssSelector("#tie-table tr[data-type=" + r.get("type").asText().toLowerCase() + "]"));
      if (r.get("international").isNull()) {
        // a type the data hold no tie of: missing, with the reason, never 0
        assertThat(r.get("missing").asText()).contains("not known");
        assertThat(row.findElements(By.tagName("td")).get(1).getText()).isEqualTo("missing");
        assertThat(row.findElements(By.tagName("td")).get(1).getAttribute("title")).isEqualTo(r.get("missing").asText());
        continue;
      }
      assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo(r.get("international").asText());
    }
    browser.screenshot("04-cluster-yrd");
    browser.recordTiming("cluster page");
    assertNoConsoleErrors("cluster page");
  }

  @Test
  @Order(3)
  void clusterAssessmentSectionsDrawAndEqualTheApi() {
    open("/clusters/yrd?lang=en");
    JsonNode drivers = http.get("/api/v1/clusters/yrd/drivers").json();
    JsonNode functions = http.get("/api/v1/clusters/yrd/functions").json();
    JsonNode inner = http.get("/api/v1/clusters/yrd/inner-structure").json();
    // The radar of the four functions and the Lorenz curve are drawn, not blank; so is the radiation map.
    browser.awaitChart("#radar-chart");
    assertThat(browser.awaitPainted("#radar-chart", 1_000)).as("painted radar pixels").isGreaterThan(1_000);
    browser.awaitChart("#lorenz-chart");
    assertThat(browser.awaitPainted("#lorenz-chart", 1_000)).as("painted Lorenz pixels").isGreaterThan(1_000);
    browser.awaitChart("#radiation-chart");
    assertThat(browser.awaitPainted("#radiation-chart", 1_000)).as("painted map pixels").isGreaterThan(1_000);

    // The Gini coefficient on the page is the API's.
    double gini = inner.get("concentration").get("gini").asDouble();
    WebElement giniEl = driver.findElement(By.id("gini"));
    assertThat(Double.parseDouble(giniEl.getAttribute("data-value"))).isEqualTo(gini);
    assertThat(giniEl.getText()).contains(fourDecimals(gini));

    // Scorecard: one row per driver, the score and the missing indicators as the API gives them.
    List<WebElement> rows = driver.findElements(By.cssSelector("#scorecard-table tbody tr"));
    assertThat(rows).hasSize(drivers.get("drivers").size());
    for (JsonNode d : drivers.get("drivers")) {
      WebElement row = driver.findElement(By.cssSelector("#scorecard-table tr[data-driver='" + d.get("key").asText() + "']"));
      if (d.get("score").isNumber()) {
        assertThat(row.findElements(By.tagName("td")).get(0).getText()).isEqualTo(fourDecimals(d.get("score").asDouble()));
      }
      List<String> missing = new ArrayList<>();
      row.findElements(By.cssSelector("ul.missing-indicators li")).forEach(li -> missing.add(li.getText()));
      List<String> expected = new ArrayList<>();
      d.get("missingIndicators").forEach(m -> expected.add(m.asText()));
      assertThat(missing).isEqualTo(expected);
      for (JsonNode i : d.get("indicators")) {
        if (i.get("value").isNull()) {
          assertThat(row.findElement(By.cssSelector("li[data-code='" + i.get("code").asText() + "']")).getText())
              .contains("missing");
        }
      }
    }

    // Core functions with indicator and LQ; undecided functions named.
    List<WebElement> core = driver.findElements(By.cssSelector("#core-functions tbody tr"));
    assertThat(core).hasSize(functions.get("coreFunctions").size());
    for (JsonNode f : functions.get("coreFunctions")) {
      WebElement row = driver.findElement(By.cssSelector("#core-functions tr[data-function=" + f.get("function").asText() + "]"));
      assertThat(row.findElement(By.cssSelector("td.lq")).getText()).isEqualTo(fourDecimals(f.get("lq").asDouble()));
      assertThat(row.getText()).contains(f.get("evidence").get(0).asText());
    }
    assertThat(driver.findElements(By.cssSelector("#undecided-functions tbody tr")))
        .hasSize(functions.get("undecidedFunctions").size());

    // Coupling coordination degree and its level, in English here and in Chinese below.
    JsonNode coordination = inner.get("coordination");
    if (coordination.get("degree").isNumber()) {
      assertThat(driver.findElement(By.id("coupling-degree")).getText())
          .isEqualTo(fourDecimals(coordination.get("degree").asDouble()));
      assertThat(driver.findElement(By.id("coupling-level")).getText()).isEqualTo(coordination.get("levelEn").asText());
    } else {
      assertThat(driver.findElement(By.id("coordination-undecided")).getText()).isNotBlank();
    }
    assertThat(driver.findElements(By.id("absent-sections"))).isEmpty();
    browser.js("document.getElementById('function-profile').scrollIntoView()");
    browser.screenshot("04b-cluster-yrd-functions");
    browser.js("document.getElementById('inner-structure').scrollIntoView()");
    browser.screenshot("04c-cluster-yrd-inner-structure");
    browser.recordTiming("cluster page with assessment");
    assertNoConsoleErrors("cluster page (assessment)");

    open("/clusters/yrd?lang=zh");
    browser.awaitChart("#radar-chart");
    if (coordination.get("degree").isNumber()) {
      assertThat(driver.findElement(By.id("coupling-level")).getText()).isEqualTo(coordination.get("levelZh").asText());
    }
    assertThat(driver.findElement(By.id("core-h")).getText()).isEqualTo("核心外交功能");
    browser.js("document.getElementById('scorecard').scrollIntoView()");
    browser.screenshot("04d-cluster-yrd-scorecard-zh");

    // The functions table: every cluster side by side with its derived core functions and their evidence.
    open("/functions?lang=en");
    for (JsonNode cl : http.get("/api/v1/clusters").json()) {
      String id = cl.get("id").asText();
      JsonNode fs = http.get("/api/v1/clusters/" + id + "/functions").json();
      WebElement row = driver.findElement(By.cssSelector("#functions tr[data-cluster=" + id + "]"));
      List<WebElement> items = row.findElements(By.cssSelector("ul.functions > li"));
      assertThat(items).as(id).hasSize(fs.get("coreFunctions").size());
      for (int i = 0; i < items.size(); i++) {
        JsonNode f = fs.get("coreFunctions").get(i);
        assertThat(items.get(i).getText()).contains(f.get("nameEn").asText()).contains(fourDecimals(f.get("lq").asDouble()))
            .contains(f.get("indicator").asText());
      }
    }
    browser.screenshot("06b-functions-table");
    assertNoConsoleErrors("functions table");
  }

  /** A number as the pages print it: grouped, at most four decimals. */
  private static String fourDecimals(double v) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.ROOT);
    f.setGroupingUsed(true);
    f.setMaximumFractionDigits(v == Math.rint(v) ? 0 : 4);
    return f.format(v);
  }

  @Test
  @Order(4)
  void cityPageShowsTheXssNameAsText() {
    open("/cities/x-xss-town?lang=en");
    assertThat(driver.findElement(By.id("city-name")).getText()).isEqualTo(TestData.XSS_NAME);
    assertThat(driver.getTitle()).contains(TestData.XSS_NAME);
    assertNoAlert();
    browser.screenshot("05-city-xss");
    assertNoConsoleErrors("city page");
  }

  @Test
  @Order(5)
  void keyboardReachesTheSkipLinkFirst() {
    open("/?lang=en");
    driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip-link");
    focused.sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(driver.getCurrentUrl()).endsWith("#main");
  }

  @Test
  @Order(6)
  void networkDrawsBothLayoutsWithCommunities() {
    open("/network?lang=en&layer=sister_city,air_route");
    browser.awaitChart("#network");
    browser.recordTiming("network (geographic)");
    assertThat(browser.awaitPainted("#network", 5_000)).isGreaterThan(5_000);
    browser.screenshot("06-network-geo");
    JsonNode api = http.get("/api/v1/network?layer=sister_city,air_route").json();
    List<WebElement> rows = driver.findElements(By.cssSelector("#central-cities tbody tr"));
    assertThat(rows).hasSize(api.get("nodes").size());
    assertThat(driver.findElement(By.id("community-method")).getAttribute("textContent")).contains("Louvain");

    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("layout"))).selectByValue("force");
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("layout=force"));
    browser.awaitChart("#network");
    assertThat(browser.awaitPainted("#network", 1_000)).isGreaterThan(1_000);
    browser.screenshot("07-network-force");
    assertNoConsoleErrors("network");
  }

  @Test
  @Order(7)
  void rankingsTableEqualsTheApiAndShowsTheMethod() {
    open("/rankings?lang=en&measure=population");
    browser.awaitChart("#ranking-chart");
    browser.recordTiming("rankings");
    JsonNode api = http.get("/api/v1/rankings/population").json();
    List<WebElement> rows = driver.findElements(By.cssSelector("#ranking tbody tr"));
    assertThat(rows).hasSize(api.get("items").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode item = api.get("items").get(i);
      List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
      assertThat(cells.get(0).getText()).isEqualTo(item.get("rank").asText());
      assertThat(rows.get(i).getAttribute("data-city")).isEqualTo(item.get("cityId").asText());
      assertThat(Double.parseDouble(cells.get(3).findElement(By.tagName("a")).getAttribute("data-value")))
          .isEqualTo(item.get("value").asDouble());
    }
    // The method and data are one click away from every number.
    rows.get(0).findElement(By.cssSelector("td a[href='#method']")).click();
    assertThat(driver.findElement(By.id("method-text")).getText()).contains("population");
    assertThat(browser.awaitPainted("#ranking-chart", 1_000)).isGreaterThan(1_000);
    browser.screenshot("08-rankings");
    assertNoConsoleErrors("rankings");
  }

  @Test
  @Order(8)
  void functionsTableListsEveryClusterAndApiPageEveryEndpoint() {
    open("/functions?lang=zh");
    List<WebElement> rows = driver.findElements(By.cssSelector("#functions tbody tr"));
    assertThat(rows).hasSize(http.get("/api/v1/clusters").json().size());
    assertThat(rows.get(0).getText()).contains("长三角城市群").contains("上海");
    browser.screenshot("09-functions-zh");
    browser.recordTiming("functions");

    open("/api?lang=en");
    JsonNode doc = http.get("/openapi.json").json();
    int operations = 0;
    for (var it = doc.get("paths").elements(); it.hasNext(); ) {
      operations += it.next().size();
    }
    assertThat(driver.findElements(By.cssSelector("article.operation"))).hasSize(operations);
    browser.screenshot("09-api-page");
    assertNoConsoleErrors("functions and API pages");
  }

  private void signIn(String user) {
    open("/login?lang=en");
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    browser.waitUpTo(10).until(d -> !d.findElements(By.id("signed-in")).isEmpty());
  }

  private void signOut() {
    if (!driver.findElements(By.id("logout")).isEmpty()) {
      driver.findElement(By.id("logout")).click();
      browser.waitUpTo(10).until(d -> !d.findElements(By.id("login-link")).isEmpty());
    }
  }

  @Test
  @Order(9)
  void advicePageShowsTheApisPartnersAndHandOverInBothLanguages() {
    open("/advice?lang=en&source=cluster:yrd&kind=city&scorer=combined&hcluster=yrd");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Advice");
    List<String> shown = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector("#partner-table tbody tr"))) {
      shown.add(row.getAttribute("data-partner"));
    }
    List<String> api = new ArrayList<>();
    http.get("/api/v1/advice/partners?cluster=yrd&kind=city&scorer=combined&limit=10").json().get("items")
        .forEach(i -> api.add(i.get("partnerId").asText()));
    assertThat(shown).isEqualTo(api);
    JsonNode handover = http.get("/api/v1/advice/handover?cluster=yrd").json();
    List<WebElement> functions = driver.findElements(By.cssSelector("#handover .handover-function"));
    assertThat(functions).hasSize(handover.get("functions").size());
    JsonNode first = handover.get("functions").get(0);
    List<WebElement> rows = functions.get(0).findElements(By.cssSelector("tbody tr"));
    assertThat(rows).hasSize(first.get("candidates").size());
    assertThat(rows.get(0).getAttribute("data-city")).isEqualTo(first.get("candidates").get(0).get("cityId").asText());
    List<String> sets = new ArrayList<>();
    driver.findElements(By.cssSelector("#cohost-table tbody tr")).forEach(r -> sets.add(r.getAttribute("data-hosts")));
    List<String> apiSets = new ArrayList<>();
    http.get("/api/v1/advice/cohost?cluster=yrd&hosts=2").json().get("hostSets").forEach(hs -> {
      List<String> hostIds = new ArrayList<>();
      hs.get("hosts").forEach(h -> hostIds.add(h.get("cityId").asText()));
      apiSets.add(String.join(",", hostIds));
    });
    assertThat(sets).isNotEmpty().isEqualTo(apiSets);
    browser.screenshot("09c-advice-en");

    // Partners of one member city, chosen with the form.
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("source"))).selectByValue("city:1808926");
    driver.findElement(By.id("partner-submit")).click();
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("source=city%3A1808926"));
    List<String> forHangzhou = new ArrayList<>();
    http.get("/api/v1/advice/partners?city=1808926&kind=city&scorer=combined&limit=10").json().get("items")
        .forEach(i -> forHangzhou.add(i.get("partnerId").asText()));
    List<String> shownHangzhou = new ArrayList<>();
    driver.findElements(By.cssSelector("#partner-table tbody tr"))
        .forEach(r -> shownHangzhou.add(r.getAttribute("data-partner")));
    assertThat(shownHangzhou).isEqualTo(forHangzhou);

    driver.findElement(By.id("lang-switch")).click();
    browser.waitUpTo(10).until(d -> d.findElement(By.tagName("h1")).getText().equals("建议"));
    assertThat(driver.findElement(By.id("partners-title")).getText()).isEqualTo("交往对象的选择");
    browser.screenshot("09d-advice-zh");
    open("/advice?lang=en");
    assertNoConsoleErrors("advice page");
  }

  @Test
  @Order(10)
  void wrongPasswordIsRefusedAndPagesNeedingAUserAskForSignIn() {
    driver.manage().deleteAllCookies();
    open("/data/import?lang=en");
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/login?next="));
    driver.findElement(By.id("username")).sendKeys("hang");
    driver.findElement(By.id("password")).sendKeys("not the password");
    driver.findElement(By.id("login-submit")).click();
    assertThat(driver.findElement(By.id("login-error")).getText()).contains("wrong");
    browser.screenshot("10-login-failed");
  }

  @Test
  @Order(11)
  void editorChangesOwnCityButNotAnother() {
    signIn("hang");
    assertThat(driver.findElement(By.id("signed-in")).getText()).contains("hang").contains("editor");
    open("/cities/1808926?lang=en");
    driver.findElement(By.id("edit-city")).click();
    WebElement population = driver.findElement(By.id("population"));
    population.clear();
    population.sendKeys("12345678");
    browser.screenshot("11-edit-own-city");
    driver.findElement(By.id("save-city")).click();
    browser.waitUpTo(10).until(d -> !d.findElements(By.id("saved")).isEmpty());
    assertThat(driver.findElement(By.id("city-population")).getText()).isEqualTo("12,345,678");
    assertThat(http.get("/api/v1/cities/1808926").json().get("population").get("value").asLong()).isEqualTo(12_345_678L);

    // Another city: no edit link, and the form itself is refused.
    open("/cities/1796236?lang=en");
    assertThat(driver.findElements(By.id("edit-city"))).isEmpty();
    open("/data/cities/1796236/edit?lang=en");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Error 403");
    assertThat(driver.findElement(By.id("error-message")).getText()).contains("outside their scope");
    browser.screenshot("12-edit-other-city-refused");

    // A bad value is shown next to the form, nothing is saved.
    open("/data/cities/1808926/edit?lang=en");
    WebElement lat = driver.findElement(By.id("latitude"));
    lat.clear();
    lat.sendKeys("123");
    driver.findElement(By.id("save-city")).click();
    assertThat(driver.findElement(By.id("form-problems")).getText()).contains("latitude");
    assertThat(http.get("/api/v1/cities/1808926").json().get("latitude").asDouble()).isEqualTo(30.29);
    assertNoConsoleErrors("edit pages");
  }

  @Test
  @Order(12)
  void badImportShowsEveryProblemGoodImportIsStored() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad-ties", ".csv");
    java.nio.file.Files.writeString(bad, "id,type,city_id,partner_id,from_year,weight,source_id\n"
        + "b1,sister_city,1808926,5128581,soon,1,test\n"
        + "b2,telepathy,1808926,2643743,,2,test\n"
        + "b3,air_route,1808926,x-atlantis,,2,test\n");
    open("/data/import?lang=en");
    driver.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
    driver.findElement(By.id("import-submit")).click();
    browser.waitUpTo(20).until(d -> !d.findElements(By.id("import-result")).isEmpty());
    List<WebElement> problems = driver.findElements(By.cssSelector("#import-problems tbody tr"));
    assertThat(problems).as(driver.findElement(By.tagName("main")).getText()).hasSize(3);
    // Columns: file, line, column, value, problem.
    Map<String, String> byLine = new java.util.TreeMap<>();
    for (WebElement row : problems) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(cells.get(0).getText()).isEqualTo(bad.getFileName().toString());
      byLine.put(cells.get(1).getText(), cells.get(2).getText() + " | " + cells.get(3).getText());
    }
    assertThat(byLine).containsOnlyKeys("2", "3", "4");
    assertThat(byLine.get("2")).isEqualTo("from_year | soon");
    assertThat(byLine.get("3")).isEqualTo("type | telepathy");
    assertThat(byLine.get("4")).isEqualTo("partner_id | x-atlantis");
    assertThat(driver.findElement(By.id("import-failed")).getText()).contains("Nothing was imported");
    browser.screenshot("13-import-errors");
    assertThat(http.get("/api/v1/ties/b3").status()).isEqualTo(404);

    // An administrator imports the good file (editors' imports go through the same code path as the bad one above).
    signOut();
    signIn("ada");
    java.nio.file.Path good = java.nio.file.Files.createTempFile("good-ties", ".csv");
    java.nio.file.Files.writeString(good, "id,type,city_id,partner_id,from_year,weight,source_id\n"
        + "g1,sister_city,1808926,5128581,2024,1,test\n");
    open("/data/import?lang=en");
    driver.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
    driver.findElement(By.id("import-submit")).click();
    assertThat(driver.findElement(By.id("import-ok")).getText()).contains("Imported: 1 records added");
    assertThat(http.get("/api/v1/ties/g1").status()).isEqualTo(200);
    java.nio.file.Files.delete(bad);
    java.nio.file.Files.delete(good);
    signOut();
  }

  @Test
  @Order(13)
  void administratorReadsTheAuditTrailAndBrowsesData() {
    signIn("ada");
    open("/data/audit?lang=en");
    String audit = driver.findElement(By.id("audit")).getText();
    assertThat(audit).contains("hang").contains("update").contains("import");
    browser.screenshot("14-audit");
    open("/data?lang=en&kind=ties&type=sister_city");
    int total = http.get("/api/v1/ties?type=sister_city").json().get("total").asInt();
    assertThat(driver.findElement(By.id("page-info")).getText()).contains("(" + total + " records)");
    assertThat(driver.findElements(By.cssSelector("#records tbody tr"))).hasSize(total);
    browser.screenshot("15-data-browse");
    signOut();
    assertNoConsoleErrors("data pages");
  }

  @Test
  @Order(14)
  void engagementsAreBrowsedAndEditedWithTheApisPermissions() {
    // Not signed in: the engagements ask for sign-in, as the API answers 401.
    open("/data?lang=en&kind=engagements");
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("/login?next="));

    signIn("hang");
    open("/data?lang=en&kind=engagements");
    driver.findElement(By.id("new-engagement")).click();
    driver.findElement(By.id("cityId")).sendKeys("1808926");
    driver.findElement(By.id("partner")).sendKeys("City of Bremen");
    driver.findElement(By.id("title")).sendKeys("Bremen delegation in Hangzhou");
    browser.js("document.getElementById('startDate').value = '2024-04-02'");
    browser.js("document.getElementById('status').value = 'completed'");
    driver.findElement(By.id("save-engagement")).click();
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("kind=engagements"));
    WebElement row = driver.findElement(By.xpath("//table[@id='records']//tr[td[text()='Bremen delegation in Hangzhou']]"));
    String id = row.getAttribute("data-id");
    JsonNode api = http.get("/api/v1/engagements/" + id, Http.bearer(fx.viewerToken())).json();
    assertThat(api.get("partner").asText()).isEqualTo("City of Bremen");
    assertThat(row.getText()).contains("2024-04-02").contains("completed");
    browser.screenshot("16-engagements");

    // Edit it: a wrong date is shown next to the form and nothing is saved; a good change is.
    row.findElement(By.linkText("Edit")).click();
    browser.js("document.getElementById('endDate').value = '2024-03-01'");
    driver.findElement(By.id("save-engagement")).click();
    assertThat(driver.findElement(By.id("form-problems")).getText()).contains("endDate");
    browser.js("document.getElementById('endDate').value = '2024-04-05'");
    driver.findElement(By.id("save-engagement")).click();
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("kind=engagements"));
    assertThat(http.get("/api/v1/engagements/" + id, Http.bearer(fx.viewerToken())).json().get("endDate").asText())
        .isEqualTo("2024-04-05");

    // An engagement of a city outside the editor's scope: listed, not editable, and the form is refused.
    Map<String, Object> shanghai = new java.util.HashMap<>();
    shanghai.put("kind", "mou");
    shanghai.put("cityId", "1796236");
    shanghai.put("partner", "City of Bremen");
    shanghai.put("title", "Bremen MoU with Shanghai");
    shanghai.put("startDate", "2024-05-06");
    shanghai.put("status", "signed");
    String other = http.postJson("/api/v1/engagements", shanghai, Http.bearer(fx.adminToken())).json().get("id")
        .asText();
    open("/data?lang=en&kind=engagements&q=Bremen");
    WebElement otherRow = driver.findElement(By.cssSelector("#records tr[data-id='" + other + "']"));
    assertThat(otherRow.findElements(By.linkText("Edit"))).isEmpty();
    open("/data/engagements/" + other + "/edit?lang=en");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Error 403");

    // The editor removes their own engagement.
    open("/data/engagements/" + id + "/edit?lang=en");
    driver.findElement(By.cssSelector("#delete-engagement button")).click();
    browser.waitUpTo(10).until(d -> d.getCurrentUrl().contains("kind=engagements"));
    assertThat(http.get("/api/v1/engagements/" + id, Http.bearer(fx.viewerToken())).status()).isEqualTo(404);
    signOut();

    // A viewer reads the list but may add and edit nothing.
    signIn("vera");
    open("/data?lang=en&kind=engagements&q=Bremen");
    assertThat(driver.findElements(By.cssSelector("#records tr[data-id='" + other + "']"))).hasSize(1);
    assertThat(driver.findElements(By.id("new-engagement"))).isEmpty();
    assertThat(driver.findElements(By.linkText("Edit"))).isEmpty();
    open("/data/engagements/new?lang=en");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Error 403");
    signOut();
    assertNoConsoleErrors("engagement pages");
  }

  @Test
  @Order(15)
  void adviceRunsAScenarioAndShowsTheWeeklyDigestAsTheApiDoes() {
    java.util.Map<String, Object> visit = new java.util.HashMap<>(java.util.Map.of("kind", "visit_outgoing", "cityId",
        "1886760", "partner", "City of Porto", "title", "Suzhou delegation to Porto", "startDate", "2023-06-14",
        "status", "completed"));
    assertThat(http.postJson("/api/v1/engagements", visit, Http.bearer(fx.adminToken())).status()).isEqualTo(201);
    signIn("hang");
    open("/advice?lang=en&hcluster=yrd");
    String tie = fx.service().dataset().ties().stream().findFirst().orElseThrow().id();
    String scenario = "{\"format\": \"hanse-scenario/1\", \"name\": \"without one tie\", \"removeTies\": [\""
        + tie + "\"]}";
    WebElement text = driver.findElement(By.id("scenario-text"));
    text.sendKeys(scenario);
    driver.findElement(By.id("scenario-run")).click();
    // A run recomputes the whole assessment.
    browser.waitUpTo(60).until(d -> !d.findElements(By.id("scenario-deltas")).isEmpty());
    JsonNode api = http.post("/api/v1/scenarios", scenario, "application/json", Http.bearer(fx.editorToken())).json();
    assertThat(driver.findElements(By.cssSelector("#scenario-deltas tbody tr"))).hasSize(api.get("changed").size());
    if (api.get("changed").size() > 0) {
      assertThat(driver.findElement(By.cssSelector("#scenario-deltas tbody tr td")).getText())
          .isEqualTo(api.get("changed").get(0).get("path").asText());
    }
    assertThat(driver.findElement(By.id("scenario-download")).getAttribute("href")).startsWith("blob:");
    browser.screenshot("17-advice-scenario");

    WebElement week = driver.findElement(By.id("calweek"));
    week.clear();
    week.sendKeys("2023-W24");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("calcluster"))).selectByValue("yrd");
    driver.findElement(By.id("calendar-submit")).click();
    browser.waitUpTo(20).until(d -> !d.findElements(By.id("calendar-digest")).isEmpty());
    JsonNode digest = http.get("/api/v1/advice/calendar?cluster=yrd&week=2023-W24", Http.bearer(fx.viewerToken()))
        .json().get("digest");
    int rows = digest.get("thisWeek").size() + digest.get("upcoming").size();
    assertThat(driver.findElements(By.cssSelector("#calendar-digest tbody tr"))).hasSize(rows);
    assertThat(driver.findElement(By.id("calendar-digest")).getText()).contains("Suzhou delegation to Porto");
    browser.screenshot("18-advice-calendar");
    signOut();
    assertNoConsoleErrors("advice scenario and calendar");
  }

  /**
   * Readable contrast: on every page, in both languages, signed out and as an administrator (so that every part
   * shows), no text is below WCAG 2.1 AA contrast with its background (4.5:1, large text 3:1; {@code contrast.js}).
   */
  @Test
  @Order(16)
  void everyPageHasReadableContrast() throws Exception {
    String script = new String(getClass().getResourceAsStream("contrast.js").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    java.util.List<String> low = new java.util.ArrayList<>();
    signOut();
    for (String path : java.util.List.of("/login", "/", "/nowhere")) {
      low.addAll(lowContrast(script, path));
    }
    signIn("ada");
    for (String path : java.util.List.of("/", "/clusters/yrd", "/cities/1796236", "/network", "/rankings",
        "/functions", "/data", "/data?kind=ties", "/data/import", "/data/audit", "/data/sources",
        "/data/engagements/new", "/advice", "/api")) {
      low.addAll(lowContrast(script, path));
    }
    signOut();
    assertThat(low).isEmpty();
  }

  private java.util.List<String> lowContrast(String script, String path) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String lang : java.util.List.of("zh", "en")) {
      open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
      browser.waitUpTo(20).until(d -> "complete".equals(browser.js("return document.readyState")));
      // The scripts fill tables from the API after the load: wait until no request has started for 300 ms.
      long[] seen = {-1};
      browser.waitUpTo(20).pollingEvery(java.time.Duration.ofMillis(300)).until(d -> {
        long now = ((Number) browser.js("return performance.getEntriesByType('resource').length")).longValue();
        boolean quiet = now == seen[0];
        seen[0] = now;
        return quiet;
      });
      @SuppressWarnings("unchecked")
      java.util.List<Object> found = (java.util.List<Object>) browser.js(script);
      found.forEach(f -> out.add(path + " (" + lang + "): " + f));
    }
    return out;
  }

  private void assertNoAlert() {
    try {
      driver.switchTo().alert();
      throw new AssertionError("a script ran and opened an alert");
    } catch (NoAlertPresentException expected) {
      // The name stayed text.
    }
  }
}
