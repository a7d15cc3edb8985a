package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.model.Dataset;
import org.hanse.server.service.InMemoryHanseService;
import org.hanse.server.service.StandardAnalysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard over the real bundled data (the repository's {@code data} folder, read as the server reads it):
 * the world map and the network page draw, not blank, without console errors. Screenshots and paint timings go to
 * {@code target/screenshots} (timings are reported, never asserted: they depend on the machine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealDataBrowserTest {
  /** The bundled data, relative to the module folder the tests run in. */
  static final Path DATA = Path.of("..", "data");

  private HanseServer server;
  private Http http;
  private Browser browser;
  private WebDriver driver;

  @BeforeAll
  void start() {
    assertThat(DATA.resolve("cities.csv")).as("bundled data folder").exists();
    Dataset dataset = BundleReader.read(DATA);
    server = HanseServer.start(new InMemoryHanseService(dataset, List.of(), Map.of(), StandardAnalysis::new,
        Clock.systemUTC()), ServerConfig.localhost(0));
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
}
