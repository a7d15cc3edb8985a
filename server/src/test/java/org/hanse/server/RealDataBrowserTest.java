package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.model.Dataset;
import org.hanse.server.service.StoreHanseService;
import org.hanse.store.HanseStore;
import org.hanse.server.service.StandardAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The dashboard over the real bundled data (the repository's {@code data} folder, read as the server reads it):
 * the world map and the network page draw, not blank, without console errors, and the cluster page and the
 * functions table show the core functions the real assessment derives, as the API gives them. Screenshots and paint timings go to
 * {@code target/screenshots} (timings are reported, never asserted: they depend on the machine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDataBrowserTest {
  /** The bundled data, relative to the module folder the tests run in. */
  static final Path DATA = Path.of("..", "data");

  private HanseStore store;
  private HanseServer server;
  private Http http;
  private Browser browser;
  private WebDriver driver;

  @BeforeAll
  void start() {
    assertThat(DATA.resolve("cities.csv")).as("bundled data folder").exists();
    Dataset dataset = BundleReader.read(DATA);
    store = HanseStore.open("jdbc:h2:mem:real-data-browser;DB_CLOSE_DELAY=-1");
    store.loadBaseline(dataset);
    server = HanseServer.start(new StoreHanseService(store, StandardAnalysis::new, Clock.systemUTC()),
        ServerConfig.localhost(0));
    http = new Http(server.port());
    browser = Browser.open("en");
    driver = browser.driver();
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void clearConsole() {
    browser.consoleErrors();
  }

  @Test
  void worldMapDrawsTheBundledClusters() {
    int clusters = http.get("/api/v1/clusters").json().size();
    assertThat(clusters).isPositive();
    driver.get(http.base() + "/?lang=en");
    browser.awaitChart("#world-map");
    browser.recordTiming("real data: world map");
    assertThat(browser.awaitPainted("#world-map", 5_000)).as("painted map pixels").isGreaterThan(5_000);
    browser.screenshot("real-01-world-map");
    assertThat(browser.consoleErrors()).as("console errors on the world map").isEmpty();
  }

  @Test
  void networkPageDrawsTheBundledNetwork() {
    driver.get(http.base() + "/network?lang=en");
    browser.awaitChart("#network");
    browser.recordTiming("real data: network");
    assertThat(browser.awaitPainted("#network", 5_000)).as("painted network pixels").isGreaterThan(5_000);
    browser.screenshot("real-02-network");
    assertThat(browser.consoleErrors()).as("console errors on the network page").isEmpty();
  }

  @Test
  void clusterPageAndFunctionsTableShowTheRealCoreFunctions() {
    JsonNode functions = http.get("/api/v1/clusters/gba/functions").json();
    // The bundled data decide some core functions of the Greater Bay Area (the test data decide none).
    assertThat(functions.get("coreFunctions").size()).isPositive();
    driver.get(http.base() + "/clusters/gba?lang=en");
    browser.awaitChart("#radar-chart");
    assertThat(browser.awaitPainted("#radar-chart", 1_000)).as("painted radar pixels").isGreaterThan(1_000);
    browser.awaitChart("#lorenz-chart");
    browser.awaitChart("#radiation-chart");
    browser.recordTiming("real data: cluster gba");
    assertThat(driver.findElements(By.cssSelector("#core-functions tbody tr"))).hasSize(functions.get("coreFunctions").size());
    for (JsonNode f : functions.get("coreFunctions")) {
      WebElement row = driver.findElement(By.cssSelector("#core-functions tr[data-function=" + f.get("function").asText() + "]"));
      assertThat(Double.parseDouble(row.findElement(By.cssSelector("td.lq")).getAttribute("data-value")))
          .isEqualTo(f.get("lq").asDouble());
      assertThat(row.getText()).contains(f.get("nameEn").asText()).contains(f.get("evidence").get(0).asText());
    }
    browser.js("document.getElementById('function-profile').scrollIntoView()");
    browser.screenshot("real-03-cluster-gba-functions");
    browser.js("document.getElementById('inner-structure').scrollIntoView()");
    browser.screenshot("real-04-cluster-gba-inner-structure");
    assertThat(browser.consoleErrors()).as("console errors on the cluster page").isEmpty();

    driver.get(http.base() + "/functions?lang=en");
    for (JsonNode cl : http.get("/api/v1/clusters").json()) {
      String id = cl.get("id").asText();
      JsonNode core = http.get("/api/v1/clusters/" + id + "/functions").json().get("coreFunctions");
      List<WebElement> items = driver.findElements(By.cssSelector("#functions tr[data-cluster=" + id + "] ul.functions > li"));
      assertThat(items).as(id).hasSize(core.size());
      for (int i = 0; i < items.size(); i++) {
        assertThat(items.get(i).getAttribute("data-function")).isEqualTo(core.get(i).get("function").asText());
        assertThat(items.get(i).getText()).contains(core.get(i).get("nameEn").asText());
      }
    }
    browser.screenshot("real-05-functions-table");
  }
}
