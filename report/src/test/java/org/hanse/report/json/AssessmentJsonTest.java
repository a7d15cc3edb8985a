package org.hanse.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AssessmentJsonTest {
  private final JsonNode root = parse(AssessmentJson.write(AssessmentSamples.assessment()));

  private static JsonNode parse(String s) {
    try {
      return new ObjectMapper().readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void topLevelClustersArrayWithIdMembersAndMeasures() {
    assertThat(root.path("schema").asText()).isEqualTo(AssessmentJson.SCHEMA);
    assertThat(root.path("clusters").isArray()).isTrue();
    assertThat(root.path("clusters")).hasSize(2);
    JsonNode yrd = root.path("clusters").get(0);
    assertThat(yrd.path("id").asText()).isEqualTo("yrd");
    assertThat(yrd.path("name").path("zh").asText()).isEqualTo("长三角");
    assertThat(yrd.path("members")).hasSize(3);
    assertThat(yrd.path("members").get(0).path("id").asText()).isEqualTo("1796236");
    assertThat(yrd.path("members").get(0).path("central").asBoolean()).isTrue();
    assertThat(yrd.path("ties").path("byType").isArray()).isTrue();
    assertThat(yrd.path("ties").path("centralShare").has("share")).isTrue();
    assertThat(yrd.path("ties").path("provenance").path("method").asText()).isNotBlank();
    assertThat(yrd.path("missing").isArray()).isTrue();
    assertThat(root.path("sources").get(0).path("attribution").asText()).isEqualTo("Data: test source");
  }

  @Test
  void countsAndSharesAreTheAssessedNumbers() {
    JsonNode yrd = root.path("clusters").get(0);
    JsonNode air = find(yrd.path("ties").path("byType"), "air_route");
    assertThat(air.path("inside").asInt()).isEqualTo(1); // Shanghai–Hangzhou
    assertThat(air.path("international").asInt()).isEqualTo(1); // Shanghai–Tokyo
    assertThat(air.path("internationalWeight").asDouble()).isEqualTo(4.0);
    // all three international ties (sister Osaka, air Tokyo, mission FR) are Shanghai's
    assertThat(yrd.path("ties").path("centralShare").path("share").asDouble()).isEqualTo(1.0);
  }

  @Test
  void undefinedIsNullNeverZero() {
    JsonNode yrd = root.path("clusters").get(0);
    JsonNode missions = find(yrd.path("ties").path("byType"), "diplomatic_mission");
    assertThat(missions.path("inside").isNull()).isTrue(); // not applicable to actor ties
    assertThat(yrd.path("ties").path("centralShare").path("byType").path("network_membership").isNull()).isTrue();
    JsonNode nantong = yrd.path("members").get(2);
    assertThat(nantong.path("population").isNull()).isTrue();
    assertThat(yrd.path("missing").findValuesAsText("subject")).contains("1799962");
    // the samples hold no network_membership tie at all: its counts are missing, not 0
    JsonNode memberships = find(yrd.path("ties").path("byType"), "network_membership");
    assertThat(memberships.path("outside").isNull()).isTrue();
    assertThat(memberships.path("international").isNull()).isTrue();
    assertThat(memberships.path("missing").asText()).contains("no network_membership tie");
    assertThat(yrd.path("ties").path("perMember").get(0).path("international").path("network_membership").isNull())
        .isTrue();
    // each member's null count says why, and a type the data hold stays a count (0 where the member has none)
    for (JsonNode m : yrd.path("ties").path("perMember")) {
      assertThat(m.path("international").path("network_membership").isNull()).isTrue();
      assertThat(m.path("missing").path("network_membership").asText()).contains("no network_membership tie");
      assertThat(m.path("international").path("sister_city").isInt()).isTrue();
      assertThat(m.path("missing").has("sister_city")).isFalse();
    }
    assertThat(yrd.path("ties").path("provenance").path("data").asText()).contains("network_membership=n/a")
        .doesNotContain("network_membership=0");
  }

  @Test
  void everyClusterCarriesTheFourSections() {
    for (JsonNode c : root.path("clusters")) {
      assertThat(c.path("drivers")).hasSize(4);
      assertThat(c.path("drivers").get(0).path("scores").path("subjects").isArray()).isTrue();
      assertThat(c.path("functions")).hasSize(4);
      assertThat(c.path("functions").get(0).path("members").path("provenance").path("method").asText())
          .contains("TOPSIS");
      assertThat(c.path("coreFunctions").path("functions")).hasSize(9);
      assertThat(c.path("coreFunctions").path("undecided").isArray()).isTrue();
      assertThat(c.path("innerStructure").path("concentration").has("giniCorrected")).isTrue();
      assertThat(c.path("innerStructure").path("coordination").has("degree")).isTrue();
      assertThat(c.path("innerStructure").path("homogeneity").path("pairs").isArray()).isTrue();
    }
    JsonNode table = root.path("coreFunctionTable");
    assertThat(table.isArray()).isTrue();
    assertThat(table.findValuesAsText("function")).contains("undecided");
  }

  @Test
  void missingReadingsAreNullWithAReason() {
    JsonNode yrd = root.path("clusters").get(0);
    // no city GDP indicator in the sample: the reading is null and says why
    JsonNode comp = yrd.path("functions").get(1).path("members");
    JsonNode reading = comp.path("subjects").get(0).path("readings").path("gdp");
    assertThat(reading.path("value").isNull()).isTrue();
    assertThat(reading.path("note").asText()).isNotBlank();
    assertThat(comp.path("leftOut").has("gdp")).isTrue();
  }

  private static JsonNode find(JsonNode array, String type) {
    for (JsonNode n : array) {
      if (n.path("type").asText().equals(type)) {
        return n;
      }
    }
    throw new AssertionError("no row " + type);
  }
}
