package org.hanse.ingest.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hanse.model.Actor;
import org.hanse.model.Cluster;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.Source;
import org.hanse.model.Tie;

/**
 * What the source readers produce, gathered before the dataset is assembled: sources, actors, ties (one per
 * fact: a second tie with the same natural key is counted as a duplicate and dropped), clusters, indicators, the
 * cities they use and Chinese names that the Chinese plan documents give.
 */
final class Assembly {
  final CityMatcher matcher;
  final Countries countries;
  final QualityLog log;
  final Map<String, Source> sources = new LinkedHashMap<>();
  final Map<String, Actor> actors = new TreeMap<>();
  final Map<String, Tie> ties = new LinkedHashMap<>();
  final List<Cluster> clusters = new ArrayList<>();
  final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
  final Map<String, Indicator> indicators = new LinkedHashMap<>();
  /** geonameids of every city a tie or cluster uses. */
  final TreeSet<String> usedCities = new TreeSet<>();
  /** Chinese names from the Chinese plan documents, which take precedence over GeoNames' Han names. */
  final Map<String, String> chineseNames = new HashMap<>();
  /** English names of cluster members as their defining documents write them (Cologne, Macao). */
  final Map<String, String> definitionNames = new HashMap<>();
  /** English labels of the Wikidata items matched to each city. */
  final Map<String, java.util.Set<String>> wikidataLabels = new HashMap<>();
  /** Names by which the English Wikipedia sister-city lists name each matched city. */
  final Map<String, java.util.Set<String>> wikipediaNames = new HashMap<>();
  /** Census city codes ({@code census_city_code}) of the Chinese cluster members, to their geonameids. */
  final Map<String, String> censusCodes = new HashMap<>();

  Assembly(CityMatcher matcher, Countries countries, QualityLog log) {
    this.matcher = matcher;
    this.countries = countries;
    this.log = log;
  }

  void source(Source s) {
    sources.put(s.id(), s);
  }

  void actor(Actor a) {
    actors.putIfAbsent(a.id(), a);
  }

  private final java.util.Set<String> tieIds = new java.util.HashSet<>();

  /**
   * Adds a tie; returns false (and counts a duplicate) when the same fact is already there. An id already taken by
   * another fact gets a suffix {@code -2}, {@code -3} …, so ids stay unique and stable between builds.
   */
  boolean tie(Tie t) {
    if (ties.containsKey(t.naturalKey())) {
      log.count(t.sourceId(), "duplicates removed", 1);
      return false;
    }
    String id = t.id();
    for (int n = 2; tieIds.contains(id); n++) {
      id = t.id() + "-" + n;
    }
    if (!id.equals(t.id())) {
      t = new Tie(id, t.type(), t.cityId(), t.partnerId(), t.fromYear(), t.toYear(), t.weight(), t.detail(),
          t.sourceId());
    }
    tieIds.add(id);
    for (String city : t.type().isCityToCity() ? List.of(t.cityId(), t.partnerId()) : List.of(t.cityId())) {
      usedCities.add(city);
    }
    ties.put(t.naturalKey(), t);
    log.count(t.sourceId(), "ties", 1);
    return true;
  }

  void definition(IndicatorDefinition d) {
    definitions.put(d.code(), d);
  }

  /** Adds an observation; a second value for the same subject, code and year is counted and dropped. */
  void indicator(Indicator i) {
    Indicator before = indicators.putIfAbsent(i.subjectId() + "|" + i.code() + "|" + i.year(), i);
    log.count(i.sourceId(), before == null ? "indicator values" : "duplicate indicator values removed", 1);
  }
}
