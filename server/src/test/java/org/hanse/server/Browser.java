package org.hanse.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through the system chromedriver (never a downloaded browser or driver). When
 * either is missing the calling test is skipped with a message, unless {@code -Dhanse.requireBrowser=true}, which
 * turns that into a failure (the CI test command sets it).
 */
public final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final ChromeDriverService service;
  private final Path profile;
  private final Path screenshots;

  private Browser(String acceptLanguage) throws IOException {
    profile = Files.createTempDirectory("hanse-chromium-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    screenshots = Path.of(System.getProperty("hanse.screenshots", "target/screenshots"));
    Files.createDirectories(screenshots);
  }

  /** A browser whose user asks for the given languages (Accept-Language), or a skipped/failed test. */
  public static Browser open(String acceptLanguage) {
    boolean required = Boolean.getBoolean("hanse.requireBrowser");
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present) {
      String why = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + " (Debian packages chromium and chromium-driver)";
      if (required) {
        Assertions.fail(why + "; hanse.requireBrowser=true forbids skipping");
      }
      Assumptions.abort(why + "; skipped");
    }
    try {
      return new Browser(acceptLanguage);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  public WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** Waits until the chart container reports that the chart finished drawing (or failed). */
  public void awaitChart(String cssSelector) {
    waitUpTo(30).until(d -> {
      String state = d.findElement(By.cssSelector(cssSelector)).getAttribute("data-state");
      return "ready".equals(state) || "error".equals(state);
    });
    Assertions.assertEquals("ready", driver.findElement(By.cssSelector(cssSelector)).getAttribute("data-state"),
        "chart " + cssSelector + " did not draw; page status: " + statusText());
  }

  private String statusText() {
    return String.valueOf(js("const s = document.querySelector('[role=status]'); return s ? s.textContent : '';"));
  }

  /**
   * Counts the canvas pixels inside {@code cssSelector} that are not transparent and not plain white: zero means
   * the chart is blank.
   */
  public long paintedPixels(String cssSelector) {
    Object n = js("""
        let painted = 0;
        for (const c of document.querySelectorAll(arguments[0] + ' canvas')) {
          const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let i = 0; i < data.length; i += 4) {
            const opaque = data[i + 3] > 0;
            const white = data[i] > 250 && data[i + 1] > 250 && data[i + 2] > 250;
            if (opaque && !white) painted++;
          }
        }
        return painted;""", cssSelector);
    return ((Number) n).longValue();
  }

  /**
   * Polls {@link #paintedPixels} until more than {@code min} pixels are painted or ten seconds pass (progressive
   * rendering may paint after the chart reported ready); returns the last count.
   */
  public long awaitPainted(String cssSelector, long min) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    long painted = paintedPixels(cssSelector);
    while (painted <= min && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      painted = paintedPixels(cssSelector);
    }
    return painted;
  }

  /** Writes a PNG of the viewport to the screenshot folder under {@code target/}. */
  public Path screenshot(String name) {
    try {
      Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Path out = screenshots.resolve(name + ".png");
      Files.copy(tmp, out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * First contentful paint and the moment the page's chart finished, in ms since navigation start, appended to
   * {@code timings.txt} beside the screenshots. Reported, never asserted: timings depend on the machine.
   */
  public String recordTiming(String page) {
    Object fcp = js("const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : -1;");
    Object ready = js("return window.__hanseReady || -1;");
    String line = String.format(java.util.Locale.ROOT, "%-28s first-contentful-paint %7.0f ms   chart-ready %7.0f ms%n",
        page, ((Number) fcp).doubleValue(), ((Number) ready).doubleValue());
    try {
      Files.writeString(screenshots.resolve("timings.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.print("[timing] " + line);
    return line;
  }

  /** Console errors since the last call (CSP violations and script errors show up here). */
  public List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
