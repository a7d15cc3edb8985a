package org.hanse.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hanse.server.HanseServer;
import org.hanse.server.Http;
import org.hanse.server.ServerConfig;
import org.hanse.server.TestData;
import org.hanse.server.service.StandardAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The server's view of the assessment's tie counts: a tie type the data hold no tie of at all (here event
 * interactions, event hosting, firm offices) is missing with its reason, in the API's JSON and in the cluster page's
 * table; a type the data hold stays a count, 0 for a member without such ties.
 */
class TieCountsMissingTest {
  private final JsonNode yrd = new StandardAnalysis(TestData.dataset()).clusterAssessment("yrd").orElseThrow();

  private JsonNode row(String type) {
    for (JsonNode r : yrd.path("ties").path("byType")) {
      if (r.path("type").asText().equals(type)) {
        return r;
      }
    }
    throw new AssertionError(type);
  }

  @Test
  void aTypeWithoutAnyTieIsNullWithItsReasonInTheApi() {
    JsonNode r = row("EVENT_INTERACTION");
    for (String f : List.of("outside", "international", "internationalWeight", "internationalPartners")) {
      assertThat(r.path(f).isNull()).as(f).isTrue();
    }
    assertThat(r.path("missing").asText()).contains("no event_interaction tie").contains("not 0");
    JsonNode sister = row("SISTER_CITY");
    assertThat(sister.path("international").isInt()).isTrue();
    assertThat(sister.has("missing")).isFalse();
  }

  @Test
  void eachMembersCountsAreNullForATypeWithoutDataAndZeroForATypeItLacks() {
    JsonNode suzhou = null;
    for (JsonNode m : yrd.path("ties").path("perMember")) {
      assertThat(m.path("international").path("EVENT_INTERACTION").isNull()).isTrue();
      assertThat(m.path("international").path("FIRM_OFFICE").isNull()).isTrue();
      assertThat(m.path("missing").path("EVENT_INTERACTION").asText()).contains("no event_interaction tie");
      assertThat(m.path("missing").has("SISTER_CITY")).isFalse();
      if (m.path("cityId").asText().equals("1886760")) {
        suzhou = m;
      }
    }
    // Suzhou has no sister city in the data, which hold sister cities: a real 0
    assertThat(suzhou.path("international").path("SISTER_CITY").isInt()).isTrue();
    assertThat(suzhou.path("international").path("SISTER_CITY").asInt()).isZero();
  }

  @Test
  void theClusterPageTableShowsTheTypeAsMissingNotZero() {
    AssessmentViews.TieRow interactions = AssessmentViews.tieRows(yrd).stream()
        .filter(r -> r.type().equals("event_interaction")).findFirst().orElseThrow();
    assertThat(interactions.international()).isNull();
    assertThat(interactions.domestic()).isNull();
    assertThat(interactions.partners()).isNull();
    assertThat(interactions.missing()).contains("no event_interaction tie");
    AssessmentViews.TieRow sister = AssessmentViews.tieRows(yrd).stream()
        .filter(r -> r.type().equals("sister_city")).findFirst().orElseThrow();
    assertThat(sister.international()).isGreaterThanOrEqualTo(3);
    assertThat(sister.missing()).isNull();
  }

  @Test
  void theServedApiAndPageSayMissing() {
    try (TestData.Fixture fx = TestData.start();
        HanseServer server = HanseServer.start(fx.service(), ServerConfig.localhost(0))) {
      Http http = new Http(server.port());
      JsonNode api = http.get("/api/v1/clusters/yrd/assessment").json();
      JsonNode interactions = null;
      for (JsonNode r : api.path("ties").path("byType")) {
        if (r.path("type").asText().equals("EVENT_INTERACTION")) {
          interactions = r;
        }
      }
      assertThat(interactions.path("international").isNull()).isTrue();
      assertThat(interactions.path("missing").asText()).contains("no event_interaction tie");
      String page = http.get("/clusters/yrd?lang=en").body();
      String row = page.substring(page.indexOf("data-type=\"event_interaction\""));
      row = row.substring(0, row.indexOf("</tr>"));
      assertThat(row).contains("colspan=\"4\"").contains("title=\"the data hold no event_interaction tie at all")
          .contains("<em>missing</em>").doesNotContain(">0<");
      String sister = page.substring(page.indexOf("data-type=\"sister_city\""));
      assertThat(sister.substring(0, sister.indexOf("</tr>"))).doesNotContain("missing");
    }
  }
}
