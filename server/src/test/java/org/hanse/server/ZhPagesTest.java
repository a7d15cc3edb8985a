package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.model.Dataset;
import org.hanse.server.service.StandardAnalysis;
import org.hanse.server.service.StoreHanseService;
import org.hanse.store.HanseStore;
import org.hanse.store.access.Principal;
import org.hanse.store.access.Role;
import org.hanse.store.access.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every dashboard page in Chinese holds no English sentence: each page is fetched in Chinese (signed in as an
 * administrator, so that every part shows), its visible text and its {@code title}, {@code aria-label},
 * {@code placeholder} and {@code alt} texts are searched for three or more English words in a row ({@link
 * EnglishRuns}; names from the data and method names are allowed). The same holds for the texts for people in the
 * API answers the pages' scripts fetch and show with {@code lang=zh}, and for the error page and problem documents.
 * Over the test data, and over the bundled data (whose assessment has every kind of missing-data reason: {@link
 * OverTheBundledData}).
 */
class ZhPagesTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
  private static final java.net.http.HttpClient SLOW = java.net.http.HttpClient.newBuilder()
      .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
  /** The fields of the API answers that hold texts for people. */
  static final Set<String> TEXT_FIELDS = Set.of("summary", "reasons", "reason", "detail", "title", "why", "note",
      "notes", "evidence", "explanation", "kindLabel", "functionLabel", "ruleLabel", "label", "method", "problems",
      "feasibility");

  /** The pages and API answers of a running server, checked in Chinese. */
  abstract static class Pages {
    HanseServer server;
    Http http;
    Dataset dataset;
    String session;
    EnglishRuns english;

    void open(StoreHanseService service, Dataset d) {
      dataset = d;
      server = HanseServer.start(service, ServerConfig.localhost(0));
      http = new Http(server.port());
      session = signIn();
      // Records of the store are data too: the audit trail's entries and the users' names as they were written.
      List<String> records = new ArrayList<>(List.of("Ada", "Editor of Hangzhou", "Coordinator of the GBA"));
      collect(http.get("/api/v1/audit?limit=10000", "Cookie", session).json(), records);
      collect(http.get("/api/v1/engagements?size=1000", "Cookie", session).json(), records);
      english = EnglishRuns.of(d, records);
    }

    private static void collect(JsonNode n, List<String> out) {
      if (n.isTextual()) {
        out.add(n.asText());
      }
      n.forEach(c -> collect(c, out));
    }

    private String signIn() {
      Http.Reply page = http.get("/login?lang=zh");
      String visitor = cookie(page);
      Matcher m = CSRF.matcher(page.body());
      assertThat(m.find()).isTrue();
      Http.Reply ok = http.post("/login", "username=ada&password="
          + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1),
          "application/x-www-form-urlencoded", "Cookie", visitor);
      assertThat(ok.status()).isEqualTo(302);
      return cookie(ok) + "; hanse_lang=zh";
    }

    private static String cookie(Http.Reply r) {
      for (String c : r.headers().allValues("Set-Cookie")) {
        if (c.startsWith("hanse_session=")) {
          return c.substring(0, c.indexOf(';'));
        }
      }
      throw new AssertionError("no session cookie");
    }

    /**
     * A page or answer in Chinese. Its own client with a long time limit: the first request for the bundled data's
     * assessment or advice computes it, which takes minutes on a busy machine.
     */
    String[] get(String path) {
      String sep = path.contains("?") ? "&" : "?";
      try {
        java.net.http.HttpResponse<String> r = SLOW.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(http.base() + path + sep + "lang=zh")).timeout(java.time.Duration.ofMinutes(15))
            .header("Cookie", session).header("Accept-Language", "zh-CN").GET().build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new String[] {String.valueOf(r.statusCode()), r.headers().firstValue("Content-Type").orElse(""),
            r.body()};
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(path, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** The paths of every page of the dashboard over the data. */
    List<String> paths() {
      List<String> out = new ArrayList<>(List.of("/", "/network", "/rankings", "/functions", "/data",
          "/data?kind=ties", "/data?kind=actors", "/data?kind=engagements", "/data/import", "/data/audit",
          "/data/sources", "/data/engagements/new", "/advice", "/api", "/nowhere", "/clusters/nowhere",
          "/cities/nowhere"));
      for (String c : dataset.clusters().keySet()) {
        out.add("/clusters/" + c);
        out.add("/rankings?cluster=" + c);
        out.add("/advice?source=cluster:" + c + "&hcluster=" + c + "&ccluster=" + c);
      }
      // Every kind of partner once (each is a computation of its own on the bundled data).
      String first = dataset.clusters().keySet().iterator().next();
      for (String k : List.of("city_network", "country", "organisation", "event_series", "network")) {
        out.add("/advice?kind=" + k + "&source=cluster:" + first);
      }
      dataset.cities().keySet().stream().limit(10).forEach(id -> {
        out.add("/cities/" + id);
        out.add("/data/cities/" + id + "/edit");
      });
      JsonNode measures = http.get("/api/v1/measures?lang=zh").json();
      if (measures.isArray()) {
        measures.forEach(m -> out.add("/rankings?measure=" + m.path("id").asText()));
      }
      return out;
    }

    /** The API answers the pages' scripts fetch and show. */
    List<String> apiPaths() {
      List<String> out = new ArrayList<>(List.of("/api/v1/measures", "/api/v1/nothing", "/api/v1/cities/nowhere",
          "/api/v1/cities?page=0", "/api/v1/advice/backtest?kind=city&year=" + (dataset.lastYear() - 3)));
      for (String c : dataset.clusters().keySet()) {
        out.add("/api/v1/advice/partners?cluster=" + c);
        out.add("/api/v1/advice/handover?cluster=" + c);
        out.add("/api/v1/advice/cohost?cluster=" + c);
        out.add("/api/v1/advice/calendar?cluster=" + c + "&week=2023-W10");
      }
      return out;
    }

    @Test
    void everyPageInChineseHoldsNoEnglishSentence() {
      Map<String, List<String>> found = new LinkedHashMap<>();
      for (String path : paths()) {
        String[] r = get(path);
        assertThat(Integer.parseInt(r[0])).as(path).isIn(200, 400, 404);
        List<String> runs = english.inPage(r[2]);
        if (!runs.isEmpty()) {
          found.put(path, runs);
        }
      }
      assertThat(found).as("English sentences in Chinese pages").isEmpty();
    }

    @Test
    void everyTextOfTheApiInChineseHoldsNoEnglishSentence() {
      Map<String, List<String>> found = new LinkedHashMap<>();
      for (String path : apiPaths()) {
        String[] r = get(path);
        if (r[2].isEmpty() || !r[1].contains("json")) {
          continue;
        }
        List<String> runs;
        try {
          runs = english.inJson(Http.JSON.readTree(r[2]), TEXT_FIELDS);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(path, e);
        }
        if (!runs.isEmpty()) {
          found.put(path, runs);
        }
      }
      assertThat(found).as("English sentences in the API's Chinese texts").isEmpty();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OverTheTestData extends Pages {
    private TestData.Fixture fx;

    @BeforeAll
    void start() {
      fx = TestData.start();
      open(fx.service(), fx.service().dataset());
    }

    @AfterAll
    void stop() {
      server.close();
      fx.close();
    }
  }

  /**
   * The same over the bundled data: its assessment has every kind of missing-data reason, and its clusters' defining
   * documents are quoted in English (about a minute: every cluster's assessment and advice computed).
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OverTheBundledData extends Pages {
    private HanseStore store;

    @BeforeAll
    void start() {
      Dataset d = BundleReader.read(Path.of("..", "data"));
      store = HanseStore.open("jdbc:h2:mem:zh-pages-bundled;DB_CLOSE_DELAY=-1");
      store.loadBaseline(d);
      store.users().add(Principal.operator("test-setup"), new Users.Spec("ada", "Ada",
          Role.ADMINISTRATOR, Set.of(), Set.of(), false), TestData.PASSWORD.toCharArray());
      StoreHanseService service = new StoreHanseService(store, StandardAnalysis::new, Clock.systemUTC());
      open(service, service.dataset());
    }

    @AfterAll
    void stop() {
      server.close();
      store.close();
    }
  }
}
