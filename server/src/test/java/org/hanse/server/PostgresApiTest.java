package org.hanse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hanse.server.Http.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The store-backed server on PostgreSQL (the database of shared deployments): reads, a versioned write with its
 * 409, an import refused with its problems, an engagement, and sign-in. Runs when {@code HANSE_TEST_PG_URL} names a
 * server (each run in its own schema, dropped afterwards); skipped otherwise, unless
 * {@code -Dhanse.requirePostgres=true}, which makes the absence a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresApiTest {
  private String baseUrl;
  private String schema;
  private TestData.Fixture fx;
  private HanseServer server;
  private Http http;

  @BeforeAll
  void start() throws Exception {
    baseUrl = System.getenv("HANSE_TEST_PG_URL");
    if (baseUrl == null || baseUrl.isBlank()) {
      if (Boolean.getBoolean("hanse.requirePostgres")) {
        throw new AssertionError("HANSE_TEST_PG_URL is not set but -Dhanse.requirePostgres=true");
      }
      Assumptions.abort("HANSE_TEST_PG_URL is not set: the PostgreSQL variant is skipped");
    }
    schema = "server_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    fx = TestData.start(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    server = HanseServer.start(fx.service(), ServerConfig.localhost(0));
    http = new Http(server.port());
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (fx != null) {
      fx.close();
    }
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void readsWritesImportsAndEngagementsOnPostgres() {
    assertThat(http.get("/api/v1/cities").json().get("total").asInt()).isEqualTo(11);
    assertThat(http.get("/api/v1/clusters/yrd/assessment").status()).isEqualTo(200);

    Http.Reply read = http.get("/api/v1/cities/1808926");
    String etag = read.header("ETag");
    Map<String, Object> city = Map.of("nameEn", "Hangzhou", "nameZh", "杭州", "country", "CN", "latitude", 30.29,
        "longitude", 120.16);
    Http.Reply saved = http.putJson("/api/v1/cities/1808926", city,
        Http.and(bearer(fx.editorToken()), "If-Match", etag));
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(http.putJson("/api/v1/cities/1808926", city, Http.and(bearer(fx.editorToken()), "If-Match", etag))
        .status()).isEqualTo(409);
    assertThat(http.putJson("/api/v1/cities/1796236", city, bearer(fx.editorToken())).status()).isEqualTo(403);

    String csv = "id,type,city_id,partner_id,weight,source_id\npg1,air_route,1808926,x-atlantis,2,test\n";
    Http.Reply bad = http.post("/api/v1/imports?filename=ties.csv", csv, "text/csv", bearer(fx.adminToken()));
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().get("problems").get(0).get("value").asText()).isEqualTo("x-atlantis");

    Http.Reply e = http.postJson("/api/v1/engagements", Map.of("kind", "mou", "cityId", "1808926",
        "partner", "City of Lyon", "title", "MoU on culture", "startDate", "2024-02-01", "status", "signed"),
        bearer(fx.editorToken()));
    assertThat(e.status()).as(e.body()).isEqualTo(201);
    JsonNode list = http.get("/api/v1/engagements?city=1808926", bearer(fx.viewerToken())).json();
    assertThat(list.get("total").asInt()).isEqualTo(1);

    JsonNode audit = http.get("/api/v1/audit?user=hang", bearer(fx.adminToken())).json();
    assertThat(audit.size()).isGreaterThanOrEqualTo(2);
  }
}
