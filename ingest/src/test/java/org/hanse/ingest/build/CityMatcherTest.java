package org.hanse.ingest.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hard matching cases, on real GeoNames rows (see src/test/resources/geonames-fixture). */
class CityMatcherTest {
  static Gazetteer gazetteer;
  static CityMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    gazetteer = Gazetteer.read(Path.of("src", "test", "resources", "geonames-fixture"));
    matcher = new CityMatcher(gazetteer);
  }

  private static String id(CityMatcher.Query q) {
    CityMatcher.Result r = matcher.match(q);
    return r.matched() ? r.city().id() : "none: " + r.rule();
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', value = {
    "Hong Kong|HK|1819729",
    "Hong Kong|CN|1819729",
    "香港|CN|1819729",
    "香港特别行政区|CN|1819729",
    "澳门特别行政区|CN|1821274",
    "Macao|CN|1821274",
    "上海市|CN|1796236",
    "Washington|US|4140963",
    "Washington, D.C.|US|4140963",
    "Washington DC|US|4140963",
    "Washington|GB|2634715",
    "Georgetown||3378644",
    "Georgetown|GY|3378644",
    "George Town|KY|3580661",
    "George Town|MY|1735106",
    "Georgetown|US|4693342",
    "New York|US|5128581",
    "New York City|US|5128581",
    "St. Petersburg|RU|498817",
    "Saint Petersburg|RU|498817",
    "St. Petersburg|US|4171563",
    "Frankfurt|DE|2925533",
    "Frankfurt am Main|DE|2925533",
    "Frankfurt (Oder)|DE|2925535",
    "Frankfurt an der Oder|DE|2925535",
    "Kyoto|JP|1857910",
    "Kyōto|JP|1857910",
    "KYOTO|JP|1857910",
    "Portland|US|5746545",
    "London|GB|2643743",
    "London|CA|6058560",
  })
  void hardCases(String name, String country, String expected) {
    assertThat(id(CityMatcher.Query.of(name, country == null ? "" : country))).isEqualTo(expected);
  }

  @Test
  void regionHintPicksTheStateNotTheCapital() {
    assertThat(id(CityMatcher.Query.of("Portland", "US").withRegion("Maine"))).isEqualTo("4975802");
    assertThat(id(CityMatcher.Query.of("Washington", "US").withRegion("Illinois"))).isEqualTo("4915545");
    assertThat(id(CityMatcher.Query.of("Portland, Maine", "US"))).isEqualTo("4975802");
  }

  @Test
  void aCityInWashingtonStateIsNotWashingtonDc() {
    // "Seattle, Washington, United States" in the Wikipedia lists: the state is a region hint, not the capital.
    assertThat(id(CityMatcher.Query.of("Seattle", "US").withRegion("Washington"))).isEqualTo("5809844");
    assertThat(id(CityMatcher.Query.of("Seattle, Washington", "US"))).isEqualTo("5809844");
    // Washington with the district as its region is the capital, in Washington state there is none of that name.
    assertThat(id(CityMatcher.Query.of("Washington", "US").withRegion("District of Columbia"))).isEqualTo("4140963");
    assertThat(matcher.match(CityMatcher.Query.of("Washington", "US").withRegion("Washington")).city())
        .extracting(GeoNamesCity::id).isNotEqualTo("5809844");
  }

  @Test
  void coordinatesChooseAmongNamesakesAndRejectDistantOnes() {
    assertThat(id(CityMatcher.Query.at("Portland", "US", 43.66, -70.26))).isEqualTo("4975802");
    assertThat(id(CityMatcher.Query.at("Washington", "US", 40.13, -89.40))).isEqualTo("4915545");
    // A village called Washington far from every gazetteer Washington is not one of them.
    assertThat(matcher.match(CityMatcher.Query.at("Washington", "US", 35.55, -77.05)).matched()).isFalse();
  }

  @Test
  void unknownNamesAreReportedWithAReason() {
    CityMatcher.Result r = matcher.match(CityMatcher.Query.of("Auvergne-Rhône-Alpes", "FR"));
    assertThat(r.matched()).isFalse();
    assertThat(r.rule()).isEqualTo("no city of that name in FR");
  }

  @Test
  void nameKeysIgnoreCaseDiacriticsPunctuationAndAbbreviations() {
    assertThat(NameKey.of("Kyōto")).isEqualTo(NameKey.of("KYOTO"));
    assertThat(NameKey.of("St. Petersburg")).isEqualTo("saint petersburg");
    assertThat(NameKey.of("Washington, D.C.")).isEqualTo("washington d c");
    assertThat(NameKey.of("Düsseldorf")).isEqualTo("dusseldorf");
    assertThat(NameKey.of("紐約")).isEqualTo("纽约");
  }

  /** The answer does not depend on the order in which the gazetteer lists its cities. */
  @RepeatedTest(5)
  void matchingIsDeterministic(RepetitionInfo info) {
    List<GeoNamesCity> cities = new ArrayList<>();
    for (String id : List.of("4140963", "4915545", "5549222", "2634715", "2925533", "2925535", "5746545", "4975802")) {
      cities.add(gazetteer.byId(id).orElseThrow());
    }
    Collections.shuffle(cities, new Random(info.getCurrentRepetition()));
    CityMatcher shuffled = new CityMatcher(new Gazetteer(cities));
    for (String[] q : new String[][] {{"Washington", "US"}, {"Frankfurt", "DE"}, {"Portland", "US"}}) {
      assertThat(shuffled.match(CityMatcher.Query.of(q[0], q[1])).city().id())
          .isEqualTo(matcher.match(CityMatcher.Query.of(q[0], q[1])).city().id());
    }
  }
}
