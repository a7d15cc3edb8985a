package org.hanse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class DatasetTest {
  static final Source SRC = new Source("test", "Test source", "CC0", "2020", "", "");

  static City city(String id, double lat, double lon) {
    return new City(id, "City " + id, "", "CN", "", lat, lon, new Population(1000, 2020, "test"));
  }

  static Dataset.Builder small() {
    return Dataset.builder()
        .lastYear(2026)
        .source(SRC)
        .city(city("1", 31.2, 121.5))
        .city(city("2", 30.3, 120.2))
        .city(city("3", 51.5, -0.1))
        .cluster(new Cluster("c", "Cluster", "城市群", List.of("1", "2"), List.of("1"), "plan", ""))
        .actor(new Actor("org-1", ActorKind.ORGANISATION, "Org", "", "", "", "test"))
        .tie(new Tie("t1", TieType.SISTER_CITY, "1", "3", 1980, null, 1, "", "test"))
        .tie(new Tie("t2", TieType.ORGANISATION_SEAT, "2", "org-1", 2001, null, 5, "", "test"));
  }

  @Test
  void indexesTiesByCityAndTypeAndClusterMembership() {
    Dataset d = small().build();
    assertThat(d.tiesOf("1")).extracting(Tie::id).containsExactly("t1");
    assertThat(d.tiesOf("3")).extracting(Tie::id).containsExactly("t1");
    assertThat(d.tiesOfType(TieType.ORGANISATION_SEAT)).extracting(Tie::id).containsExactly("t2");
    assertThat(d.clustersOf("2")).containsExactly("c");
    assertThat(d.clustersOf("3")).isEmpty();
  }

  @Test
  void reportsEveryBrokenInvariantAtOnce() {
    Dataset.Builder b =
        small()
            .tie(new Tie("t3", TieType.SISTER_CITY, "3", "1", 1990, null, 1, "", "test")) // not canonical order
            .tie(new Tie("t4", TieType.SISTER_CITY, "1", "99", 1990, null, 1, "", "test")) // dangling partner
            .tie(new Tie("t5", TieType.FIRM_OFFICE, "1", "org-1", null, null, 2, "", "test")) // wrong actor kind
            .tie(new Tie("t6", TieType.SISTER_CITY, "1", "2", 2099, null, 1, "", "test")) // future year
            .tie(new Tie("t1", TieType.SISTER_CITY, "1", "3", 1980, null, 1, "", "nope")); // duplicate id+fact, bad src
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidDatasetException.class,
            e ->
                assertThat(e.problems())
                    .anyMatch(p -> p.contains("t3") && p.contains("canonical order"))
                    .anyMatch(p -> p.contains("t4") && p.contains("partner city '99' is unknown"))
                    .anyMatch(p -> p.contains("t5") && p.contains("expected firm"))
                    .anyMatch(p -> p.contains("t6") && p.contains("2099"))
                    .anyMatch(p -> p.contains("t1") && p.contains("duplicate tie id"))
                    .anyMatch(p -> p.contains("t1") && p.contains("source 'nope' is unknown")));
  }

  @Test
  void clusterMustContainItsCentres() {
    assertThatThrownBy(() -> new Cluster("c", "C", "", List.of("1"), List.of("2"), "", ""))
        .hasMessageContaining("central city 2 of cluster c is not a member");
  }

  @Test
  void missingIndicatorIsEmptyNotZero() {
    Dataset d =
        small()
            .indicatorDefinition(new IndicatorDefinition("pop", IndicatorScope.CITY, "Population", "人口", "persons", "test"))
            .indicator(new Indicator("1", "pop", 2010, 0, "persons", "test"))
            .build();
    assertThat(d.value("1", "pop", 2010)).hasValue(0.0);
    assertThat(d.value("1", "pop", 2011)).isEmpty();
    assertThat(d.value("2", "pop", 2010)).isEmpty();
    assertThat(d.latest("1", "pop", 2015)).isPresent();
    assertThat(d.latest("1", "pop", 2005)).isEmpty();
  }

  @RepeatedTest(20)
  void asOfKeepsExactlyTheTiesThatHeldThatYear(RepetitionInfo repetition) {
    Random rnd = new Random(42L + repetition.getCurrentRepetition());
    Dataset.Builder b = Dataset.builder().lastYear(2026).source(SRC);
    for (int i = 0; i < 20; i++) {
      b.city(city(String.format("%03d", i), rnd.nextDouble() * 60, rnd.nextDouble() * 100));
    }
    int n = 0;
    for (int i = 0; i < 19; i++) {
      for (int j = i + 1; j < 20; j++) {
        if (rnd.nextDouble() < 0.2) {
          Integer from = rnd.nextBoolean() ? 1950 + rnd.nextInt(70) : null;
          Integer to = from != null && rnd.nextBoolean() ? Math.min(2026, from + rnd.nextInt(30)) : null;
          b.tie(new Tie("t" + n++, TieType.SISTER_CITY, String.format("%03d", i), String.format("%03d", j), from, to, 1, "", "test"));
        }
      }
    }
    Dataset d = b.build();
    int year = 1950 + rnd.nextInt(76);
    Dataset past = d.asOf(year);
    assertThat(past.ties()).allMatch(t -> t.holdsIn(year));
    assertThat(past.ties()).hasSize((int) d.ties().stream().filter(t -> t.holdsIn(year)).count());
    assertThat(past.cities().keySet()).isEqualTo(d.cities().keySet());
    // every city's population is dated 2020: kept from 2020 on, left out (missing, with its year) before
    for (City c : past.cities().values()) {
      if (year >= 2020) {
        assertThat(c).isEqualTo(d.cities().get(c.id()));
        assertThat(past.populationAfterAsOf(c.id())).isEmpty();
      } else {
        assertThat(c.population()).isNull();
        assertThat(past.populationAfterAsOf(c.id())).hasValue(2020);
      }
    }
  }

  @Test
  void asOfDropsPopulationsAndIndicatorValuesDatedAfterTheYearAndKeepsUndatedOnes() {
    Dataset d = Dataset.builder().lastYear(2026).source(SRC)
        .city(new City("1", "Dated later", "", "CN", "", 31.2, 121.5, new Population(2_000, 2020, "test")))
        .city(new City("2", "Dated before", "", "CN", "", 30.3, 120.2, new Population(1_500, 2010, "test")))
        .city(new City("3", "Dated that year", "", "CN", "", 30.0, 120.0, new Population(1_800, 2015, "test")))
        .city(new City("4", "Undated", "", "CN", "", 51.5, -0.1, Population.withoutYear(900, "test")))
        .city(new City("5", "Unknown", "", "CN", "", 40.0, 116.0, null))
        .indicatorDefinition(new IndicatorDefinition("pop", IndicatorScope.CITY, "Population", "人口", "persons", "test"))
        .indicator(new Indicator("1", "pop", 2010, 1_000, "persons", "test"))
        .indicator(new Indicator("1", "pop", 2016, 1_900, "persons", "test"))
        .build();
    Dataset past = d.asOf(2015);
    assertThat(past.city("1").orElseThrow().population()).isNull();
    assertThat(past.populationAfterAsOf("1")).hasValue(2020);
    assertThat(past.city("2").orElseThrow().population()).isEqualTo(new Population(1_500, 2010, "test"));
    assertThat(past.city("3").orElseThrow().population()).isEqualTo(new Population(1_800, 2015, "test"));
    // a population without a year is kept: its date is missing, not after the year
    assertThat(past.city("4").orElseThrow().population()).isEqualTo(Population.withoutYear(900, "test"));
    assertThat(past.populationAfterAsOf("4")).isEmpty();
    assertThat(past.city("5").orElseThrow().population()).isNull();
    assertThat(past.populationAfterAsOf("5")).isEmpty();
    assertThat(past.populationsAfterAsOf()).containsOnlyKeys("1");
    // indicator values observed after the year are left out too
    assertThat(past.series("1", "pop")).extracting(Indicator::year).containsExactly(2010);
    assertThat(past.latest("1", "pop")).map(Indicator::value).hasValue(1_000.0);
    // the whole record is untouched, and a copy of the view keeps why the population is missing
    assertThat(d.city("1").orElseThrow().population().year()).isEqualTo(2020);
    assertThat(d.populationsAfterAsOf()).isEmpty();
    assertThat(past.toBuilder().build().populationAfterAsOf("1")).hasValue(2020);
  }

  @Test
  void cityRejectsImpossibleCoordinatesAndCountryCodes() {
    assertThatThrownBy(() -> new City("1", "X", "", "CN", "", 91, 0, null)).hasMessageContaining("latitude");
    assertThatThrownBy(() -> new City("1", "X", "", "CN", "", 0, 181, null)).hasMessageContaining("longitude");
    assertThatThrownBy(() -> new City("1", "X", "", "China", "", 0, 0, null)).hasMessageContaining("ISO 3166-1");
    assertThatThrownBy(() -> new Population(-1, 2020, "x")).hasMessageContaining("negative");
  }

  @Test
  void haversineMatchesKnownDistance() {
    // London–Paris great-circle distance is about 344 km.
    City london = new City("l", "London", "", "GB", "", 51.5074, -0.1278, null);
    City paris = new City("p", "Paris", "", "FR", "", 48.8566, 2.3522, null);
    assertThat(london.distanceKm(paris)).isBetween(340.0, 348.0);
    assertThat(london.distanceKm(london)).isZero();
  }
}
