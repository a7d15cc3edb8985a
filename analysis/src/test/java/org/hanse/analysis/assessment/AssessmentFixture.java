package org.hanse.analysis.assessment;

import java.util.List;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * A small hand-built dataset whose assessment is computed by hand in the tests.
 *
 * <pre>
 * cluster alpha (CN): A (central), B, C          cluster beta (JP): E (central), H
 * outside: D (CN), F (US)
 * sister:  A–B (inside alpha), A–E, B–F, F–H
 * air:     A–C (inside alpha, 1 route), A–D (domestic, 3), A–E (2), B–E (1)
 * mission: JP in A (3), US in A (2), US in B (2), CN in E (3), US in E (2)
 * seat:    org1 in A (5)
 * firm:    firm1 (banking/finance) A 5, B 2; firm2 (law) A 3, E 4, F 2
 * cohost:  A and C co-host event X 2022 (inside alpha)
 * host:    B hosts expo 2010; E hosts expo 2005
 * </pre>
 */
final class AssessmentFixture {
  static final Source SRC = new Source("test", "Test source", "CC0", "2020", "Test attribution", "");

  private AssessmentFixture() {}

  static City city(String id, String country, double lat, double lon, Long population) {
    return new City(id, "City " + id, "城市" + id, country, "", lat, lon,
        population == null ? null : new Population(population, 2020, "test"));
  }

  static Tie tie(String id, TieType type, String city, String partner, double w) {
    return new Tie(id, type, city, partner, 2000, null, w, "", "test");
  }

  static Dataset.Builder builder() {
    return Dataset.builder().label("assessment fixture").lastYear(2026).source(SRC)
        .city(city("A", "CN", 31.0, 121.0, 20_000_000L))
        .city(city("B", "CN", 32.0, 119.0, 8_000_000L))
        .city(city("C", "CN", 30.0, 120.0, null))
        .city(city("D", "CN", 40.0, 116.0, 21_000_000L))
        .city(city("E", "JP", 35.7, 139.7, 14_000_000L))
        .city(city("F", "US", 40.7, -74.0, 8_000_000L))
        .city(city("H", "JP", 34.7, 135.5, 2_700_000L))
        .cluster(new Cluster("alpha", "Alpha Delta", "阿尔法", List.of("A", "B", "C"), List.of("A"),
            "阿尔法发展规划 / Outline of the Alpha Plan", ""))
        .cluster(new Cluster("beta", "Beta Belt", "贝塔", List.of("E", "H"), List.of("E"), "Beta study", ""))
        .actor(new Actor("country-JP", ActorKind.COUNTRY, "Japan", "日本", "JP", "", "test"))
        .actor(new Actor("country-US", ActorKind.COUNTRY, "United States", "美国", "US", "", "test"))
        .actor(new Actor("country-CN", ActorKind.COUNTRY, "China", "中国", "CN", "", "test"))
        .actor(new Actor("org1", ActorKind.ORGANISATION, "Org One", "", "", "UN system", "test"))
        .actor(new Actor("firm1", ActorKind.FIRM, "Firm One", "", "GB", "banking/finance", "test"))
        .actor(new Actor("firm2", ActorKind.FIRM, "Firm Two", "", "US", "law", "test"))
        .actor(new Actor("event-x", ActorKind.EVENT_SERIES, "Event X", "", "", "", "test"))
        .actor(new Actor("event-expo", ActorKind.EVENT_SERIES, "World Expo", "", "", "", "test"))
        .tie(tie("s1", TieType.SISTER_CITY, "A", "B", 1))
        .tie(tie("s2", TieType.SISTER_CITY, "A", "E", 1))
        .tie(tie("s3", TieType.SISTER_CITY, "B", "F", 1))
        .tie(tie("s4", TieType.SISTER_CITY, "F", "H", 1))
        .tie(tie("r1", TieType.AIR_ROUTE, "A", "C", 1))
        .tie(tie("r2", TieType.AIR_ROUTE, "A", "D", 3))
        .tie(tie("r3", TieType.AIR_ROUTE, "A", "E", 2))
        .tie(tie("r4", TieType.AIR_ROUTE, "B", "E", 1))
        .tie(tie("m1", TieType.DIPLOMATIC_MISSION, "A", "country-JP", 3))
        .tie(tie("m2", TieType.DIPLOMATIC_MISSION, "A", "country-US", 2))
        .tie(tie("m3", TieType.DIPLOMATIC_MISSION, "B", "country-US", 2))
        .tie(tie("m4", TieType.DIPLOMATIC_MISSION, "E", "country-CN", 3))
        .tie(tie("m5", TieType.DIPLOMATIC_MISSION, "E", "country-US", 2))
        .tie(tie("o1", TieType.ORGANISATION_SEAT, "A", "org1", 5))
        .tie(tie("f1", TieType.FIRM_OFFICE, "A", "firm1", 5))
        .tie(tie("f2", TieType.FIRM_OFFICE, "B", "firm1", 2))
        .tie(tie("f3", TieType.FIRM_OFFICE, "A", "firm2", 3))
        .tie(tie("f4", TieType.FIRM_OFFICE, "E", "firm2", 4))
        .tie(tie("f5", TieType.FIRM_OFFICE, "F", "firm2", 2))
        .tie(new Tie("c1", TieType.EVENT_COHOST, "A", "event-x", 2022, 2022, 1, "2022", "test"))
        .tie(new Tie("c2", TieType.EVENT_COHOST, "C", "event-x", 2022, 2022, 1, "2022", "test"))
        .tie(new Tie("h1", TieType.EVENT_HOST, "B", "event-expo", 2010, 2010, 1, "2010", "test"))
        .tie(new Tie("h2", TieType.EVENT_HOST, "E", "event-expo", 2005, 2005, 1, "2005", "test"));
  }

  static Dataset dataset() {
    return builder().build();
  }
}
