package org.hanse.advise;

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

/** Small hand-made datasets for the tests. */
public final class TestData {
  public static final String SOURCE = "test";
  private final Dataset.Builder b = Dataset.builder().label("test data").lastYear(2030)
      .source(new Source(SOURCE, "Test records", "CC0", "2024", "Hanse tests", ""));
  private int ties;

  public static TestData create() {
    return new TestData();
  }

  /** A city at the given position with a population (0 = unknown). */
  public TestData city(String id, String country, double lat, double lon, long population) {
    b.city(new City(id, id, "", country, "", lat, lon,
        population > 0 ? new Population(population, 2020, SOURCE) : null));
    return this;
  }

  /** A city in its own country (country code derived from the id), at (0, 0), without population. */
  public TestData city(String id, String country) {
    return city(id, country, 0, 0, 0);
  }

  public TestData actor(String id, ActorKind kind, String country) {
    b.actor(new Actor(id, kind, id, "", country, "", SOURCE));
    return this;
  }

  public TestData actor(String id, ActorKind kind, String country, String sector) {
    b.actor(new Actor(id, kind, id, "", country, sector, SOURCE));
    return this;
  }

  public TestData tie(TieType type, String city, String partner) {
    return tie(type, city, partner, null, 1, "");
  }

  /** A tie with a start and an end year. */
  public TestData tie(TieType type, String city, String partner, Integer from, Integer to, double weight,
      String detail) {
    b.tie(new Tie("t" + (++ties), type, city, partner, from, to, weight, detail, SOURCE));
    return this;
  }

  public TestData tie(TieType type, String city, String partner, Integer from, double weight, String detail) {
    String a = city;
    String p = partner;
    if (type.isCityToCity() && a.compareTo(p) > 0) {
      a = partner;
      p = city;
    }
    b.tie(new Tie("t" + (++ties), type, a, p, from, null, weight, detail, SOURCE));
    return this;
  }

  public TestData cluster(String id, List<String> members, List<String> central) {
    b.cluster(new Cluster(id, id, "", members, central, "test definition", ""));
    return this;
  }

  public Dataset build() {
    return b.build();
  }
}
