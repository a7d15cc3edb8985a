package org.hanse.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable snapshot of the knowledge base: the only input of the analysis.
 *
 * <p>Construction checks the invariants every analysis relies on and reports all violations at once: no dangling
 * city, actor, cluster-member or source ids; no duplicate ids or duplicate facts; city-to-city ties stored once in
 * canonical order; partner actors of the kind the tie type names; dates in range.
 */
public final class Dataset {
  /** Years before this are rejected as typing errors (the oldest bundled tie is the 1851 Great Exhibition). */
  public static final int FIRST_YEAR = 1800;

  private final String label;
  private final int lastYear;
  private final Integer asOfYear;
  /** In an {@link #asOf(int)} view: the year of each city population dropped because it is dated after the year. */
  private final Map<String, Integer> populationsAfterAsOf;
  private final Map<String, Source> sources;
  private final Map<String, City> cities;
  private final Map<String, Cluster> clusters;
  private final Map<String, Actor> actors;
  private final List<Tie> ties;
  private final Map<String, IndicatorDefinition> indicatorDefinitions;
  private final List<Indicator> indicators;

  private final Map<String, List<Tie>> tiesByCity = new HashMap<>();
  private final Map<TieType, List<Tie>> tiesByType = new EnumMap<>(TieType.class);
  private final Map<String, List<String>> clustersByCity = new HashMap<>();
  private final Map<String, Map<String, List<Indicator>>> indicatorsBySubject = new HashMap<>();

  private Dataset(Builder b) {
    this.label = b.label;
    this.lastYear = b.lastYear;
    this.asOfYear = b.asOfYear;
    this.populationsAfterAsOf = Collections.unmodifiableMap(new LinkedHashMap<>(b.populationsAfterAsOf));
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(b.sources));
    this.cities = Collections.unmodifiableMap(new LinkedHashMap<>(b.cities));
    this.clusters = Collections.unmodifiableMap(new LinkedHashMap<>(b.clusters));
    this.actors = Collections.unmodifiableMap(new LinkedHashMap<>(b.actors));
    this.ties = List.copyOf(b.ties);
    this.indicatorDefinitions = Collections.unmodifiableMap(new LinkedHashMap<>(b.indicatorDefinitions));
    this.indicators = List.copyOf(b.indicators);
    List<String> problems = validate();
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    index();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding a copy of this snapshot, to derive scenarios and filtered views from it. */
  public Builder toBuilder() {
    Builder b = new Builder().label(label).lastYear(lastYear);
    b.asOfYear = asOfYear;
    b.populationsAfterAsOf.putAll(populationsAfterAsOf);
    sources.values().forEach(b::source);
    cities.values().forEach(b::city);
    clusters.values().forEach(b::cluster);
    actors.values().forEach(b::actor);
    ties.forEach(b::tie);
    indicatorDefinitions.values().forEach(b::indicatorDefinition);
    indicators.forEach(b::indicator);
    return b;
  }

  private List<String> validate() {
    List<String> p = new ArrayList<>();
    for (City c : cities.values()) {
      if (c.population() != null && !sources.containsKey(c.population().sourceId())) {
        p.add("city " + c.id() + ": population source '" + c.population().sourceId() + "' is unknown");
      }
    }
    for (Cluster cl : clusters.values()) {
      for (String m : cl.memberIds()) {
        if (!cities.containsKey(m)) {
          p.add("cluster " + cl.id() + ": member city '" + m + "' is unknown");
        }
      }
    }
    for (Actor a : actors.values()) {
      if (!sources.containsKey(a.sourceId())) {
        p.add("actor " + a.id() + ": source '" + a.sourceId() + "' is unknown");
      }
    }
    Set<String> tieIds = new HashSet<>();
    Set<String> naturalKeys = new HashSet<>();
    for (Tie t : ties) {
      String where = "tie " + t.id() + " (" + t.type().key() + ")";
      if (!tieIds.add(t.id())) {
        p.add(where + ": duplicate tie id");
      }
      if (!naturalKeys.add(t.naturalKey())) {
        p.add(where + ": duplicate of another tie with the same type, ends, detail and start year");
      }
      if (!cities.containsKey(t.cityId())) {
        p.add(where + ": city '" + t.cityId() + "' is unknown");
      }
      if (t.type().isCityToCity()) {
        if (!cities.containsKey(t.partnerId())) {
          p.add(where + ": partner city '" + t.partnerId() + "' is unknown");
        }
        if (t.cityId().compareTo(t.partnerId()) > 0) {
          p.add(where + ": city-to-city tie not in canonical order (city id must sort before partner id)");
        }
      } else {
        Actor a = actors.get(t.partnerId());
        if (a == null) {
          p.add(where + ": actor '" + t.partnerId() + "' is unknown");
        } else if (a.kind() != t.type().partnerKind()) {
          p.add(where + ": partner " + a.id() + " is a " + a.kind().key() + ", expected " + t.type().partnerKind().key());
        }
      }
      if (!sources.containsKey(t.sourceId())) {
        p.add(where + ": source '" + t.sourceId() + "' is unknown");
      }
      checkYear(p, where + ": start year", t.fromYear());
      checkYear(p, where + ": end year", t.toYear());
    }
    for (IndicatorDefinition d : indicatorDefinitions.values()) {
      if (!sources.containsKey(d.sourceId())) {
        p.add("indicator " + d.code() + ": source '" + d.sourceId() + "' is unknown");
      }
    }
    Set<String> obsKeys = new HashSet<>();
    for (Indicator i : indicators) {
      String where = "indicator " + i.code() + " of " + i.subjectId() + " in " + i.year();
      IndicatorDefinition d = indicatorDefinitions.get(i.code());
      if (d == null) {
        p.add(where + ": indicator code is not defined");
      } else if (d.scope() == IndicatorScope.CITY && !cities.containsKey(i.subjectId())) {
        p.add(where + ": city is unknown");
      }
      if (!obsKeys.add(i.subjectId() + "|" + i.code() + "|" + i.year())) {
        p.add(where + ": duplicate observation");
      }
      if (!sources.containsKey(i.sourceId())) {
        p.add(where + ": source '" + i.sourceId() + "' is unknown");
      }
      checkYear(p, where + ": year", i.year());
    }
    return p;
  }

  private void checkYear(List<String> p, String what, Integer year) {
    if (year != null && (year < FIRST_YEAR || year > lastYear)) {
      p.add(what + " " + year + " is outside " + FIRST_YEAR + "–" + lastYear);
    }
  }

  private void index() {
    for (Tie t : ties) {
      tiesByCity.computeIfAbsent(t.cityId(), k -> new ArrayList<>()).add(t);
      if (t.type().isCityToCity()) {
        tiesByCity.computeIfAbsent(t.partnerId(), k -> new ArrayList<>()).add(t);
      }
      tiesByType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
    }
    for (Cluster cl : clusters.values()) {
      for (String m : cl.memberIds()) {
        clustersByCity.computeIfAbsent(m, k -> new ArrayList<>()).add(cl.id());
      }
    }
    for (Indicator i : indicators) {
      indicatorsBySubject
          .computeIfAbsent(i.subjectId(), k -> new HashMap<>())
          .computeIfAbsent(i.code(), k -> new ArrayList<>())
          .add(i);
    }
    indicatorsBySubject.values().forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparingInt(Indicator::year))));
  }

  /** A short description of where this snapshot came from, e.g. {@code bundled data 2026-11 (as of 2015)}. */
  public String label() {
    return label;
  }

  /** The latest year a date in this snapshot may carry. */
  public int lastYear() {
    return lastYear;
  }

  /**
   * The year of an {@link #asOf(int)} view, or empty for the whole record. Kept so that a result can say that the
   * view also holds the undated ties (whose start is not recorded, so they may be younger than the year).
   */
  public java.util.OptionalInt asOfYear() {
    return asOfYear == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(asOfYear);
  }

  public Map<String, Source> sources() {
    return sources;
  }

  public Map<String, City> cities() {
    return cities;
  }

  public Map<String, Cluster> clusters() {
    return clusters;
  }

  public Map<String, Actor> actors() {
    return actors;
  }

  public List<Tie> ties() {
    return ties;
  }

  public Map<String, IndicatorDefinition> indicatorDefinitions() {
    return indicatorDefinitions;
  }

  public List<Indicator> indicators() {
    return indicators;
  }

  public Optional<City> city(String id) {
    return Optional.ofNullable(cities.get(id));
  }

  public Optional<Cluster> cluster(String id) {
    return Optional.ofNullable(clusters.get(id));
  }

  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** Every tie with the city at either end. */
  public List<Tie> tiesOf(String cityId) {
    return Collections.unmodifiableList(tiesByCity.getOrDefault(cityId, List.of()));
  }

  public List<Tie> tiesOfType(TieType type) {
    return Collections.unmodifiableList(tiesByType.getOrDefault(type, List.of()));
  }

  /** Ids of the clusters the city is a member of (a city may belong to none). */
  public List<String> clustersOf(String cityId) {
    return Collections.unmodifiableList(clustersByCity.getOrDefault(cityId, List.of()));
  }

  /** All observations of one indicator for one subject, oldest first. */
  public List<Indicator> series(String subjectId, String code) {
    return Collections.unmodifiableList(
        indicatorsBySubject.getOrDefault(subjectId, Map.of()).getOrDefault(code, List.of()));
  }

  /** The value in the given year, or empty when it was not observed (never 0 for missing). */
  public OptionalDouble value(String subjectId, String code, int year) {
    for (Indicator i : series(subjectId, code)) {
      if (i.year() == year) {
        return OptionalDouble.of(i.value());
      }
    }
    return OptionalDouble.empty();
  }

  /** The latest observation at or before {@code year}, or empty. */
  public Optional<Indicator> latest(String subjectId, String code, int year) {
    Indicator best = null;
    for (Indicator i : series(subjectId, code)) {
      if (i.year() <= year) {
        best = i;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The latest observation of any year, or empty. */
  public Optional<Indicator> latest(String subjectId, String code) {
    List<Indicator> s = series(subjectId, code);
    return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1));
  }

  /**
   * The network as it was in {@code year}: ties that started later or had ended are dropped, and so are indicator
   * values observed after it and city populations dated after it (the city is kept, its population becomes missing;
   * {@link #populationAfterAsOf} says why). Undated ties and populations without a year are kept: a missing date is
   * missing, not "after the year", and the results say so. Cities, clusters and actors are kept.
   */
  public Dataset asOf(int year) {
    Builder b = toBuilder().label(label + " (as of " + year + ")").clearTies().clearIndicators();
    b.asOfYear = year;
    ties.stream().filter(t -> t.holdsIn(year) || (t.toYear() == null && t.fromYear() == null)).forEach(b::tie);
    indicators.stream().filter(i -> i.year() <= year).forEach(b::indicator);
    for (City c : cities.values()) {
      Population p = c.population();
      if (p != null && p.year() != null && p.year() > year) {
        b.replaceCity(new City(c.id(), c.nameEn(), c.nameZh(), c.country(), c.adminRegion(), c.latitude(),
            c.longitude(), null));
        b.populationsAfterAsOf.put(c.id(), p.year());
      }
    }
    return b.build();
  }

  /**
   * In an {@link #asOf(int)} view, the year of the city's population that the view dropped because it is dated
   * after the as-of year; empty when none was dropped (or this is not an as-of view).
   */
  public java.util.OptionalInt populationAfterAsOf(String cityId) {
    Integer y = populationsAfterAsOf.get(cityId);
    return y == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(y);
  }

  /** In an {@link #asOf(int)} view, the cities whose population the view dropped, with the year it is dated. */
  public Map<String, Integer> populationsAfterAsOf() {
    return populationsAfterAsOf;
  }

  /** A copy keeping only the ties the predicate accepts. */
  public Dataset filterTies(Predicate<Tie> keep) {
    Builder b = toBuilder().clearTies();
    ties.stream().filter(keep).forEach(b::tie);
    return b.build();
  }

  /** Builds a {@link Dataset}; {@link #build()} validates and throws {@link InvalidDatasetException}. */
  public static final class Builder {
    private String label = "dataset";
    private int lastYear = java.time.Year.now().getValue();
    private Integer asOfYear;
    private final Map<String, Integer> populationsAfterAsOf = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, City> cities = new LinkedHashMap<>();
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<Tie> ties = new ArrayList<>();
    private final Map<String, IndicatorDefinition> indicatorDefinitions = new LinkedHashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();

    private Builder() {}

    public Builder label(String label) {
      this.label = Objects.requireNonNull(label);
      return this;
    }

    /** The latest year any date may carry; defaults to the current year. */
    public Builder lastYear(int lastYear) {
      this.lastYear = lastYear;
      return this;
    }

    public Builder source(Source s) {
      put(sources, s.id(), s, "source");
      return this;
    }

    public Builder city(City c) {
      put(cities, c.id(), c, "city");
      return this;
    }

    /** Replaces a city with the same id (for scenarios and corrections). */
    public Builder replaceCity(City c) {
      cities.put(c.id(), c);
      return this;
    }

    public Builder cluster(Cluster c) {
      put(clusters, c.id(), c, "cluster");
      return this;
    }

    public Builder actor(Actor a) {
      put(actors, a.id(), a, "actor");
      return this;
    }

    public Builder tie(Tie t) {
      ties.add(t);
      return this;
    }

    public Builder clearTies() {
      ties.clear();
      return this;
    }

    public Builder indicatorDefinition(IndicatorDefinition d) {
      put(indicatorDefinitions, d.code(), d, "indicator definition");
      return this;
    }

    public Builder indicator(Indicator i) {
      indicators.add(i);
      return this;
    }

    public Builder clearIndicators() {
      indicators.clear();
      return this;
    }

    private <T> void put(Map<String, T> map, String id, T value, String what) {
      T old = map.putIfAbsent(id, value);
      if (old != null && !old.equals(value)) {
        duplicates.add(what + " " + id + ": defined twice with different content");
      }
    }

    public Dataset build() {
      if (!duplicates.isEmpty()) {
        throw new InvalidDatasetException(duplicates);
      }
      return new Dataset(this);
    }
  }
}
