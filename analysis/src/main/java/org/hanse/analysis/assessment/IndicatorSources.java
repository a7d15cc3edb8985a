package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;

/**
 * The dataset indicators (indicator_definitions.csv) the assessment reads for a cluster, and the sources of the
 * observations it reads: the city GDP of each member, and the World Bank indicators of the members' countries. A
 * front end that shows the readings cites these sources (the report's data appendix), so that no source behind a
 * number goes unnamed. Tie and population sources are on the ties and cities themselves.
 */
public final class IndicatorSources {
  private IndicatorSources() {}

  /**
   * The city GDP indicator the assessment reads: {@code gdp.yearbook}, else the first city indicator whose code
   * starts with {@code gdp} (the rule of the function profile's GDP reading).
   */
  public static Optional<IndicatorDefinition> gdpDefinition(Dataset d) {
    IndicatorDefinition g = d.indicatorDefinitions().get(Facts.GDP_CODE);
    if (g == null) {
      g = d.indicatorDefinitions().values().stream()
          .filter(x -> x.scope() == IndicatorScope.CITY && x.code().startsWith("gdp")).findFirst().orElse(null);
    }
    return Optional.ofNullable(g);
  }

  /** Codes of the country indicators the drivers read (World Bank density and urban share). */
  public static List<String> countryCodes() {
    return List.of(Facts.COUNTRY_DENSITY, Facts.COUNTRY_URBAN_SHARE);
  }

  /**
   * For one cluster: indicator code → the source ids of the latest observations the assessment reads (members'
   * GDP; the country indicators of every member's country). Codes without any observation are left out.
   */
  public static Map<String, Set<String>> forCluster(Dataset d, Cluster c) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Optional<IndicatorDefinition> gdp = gdpDefinition(d);
    if (gdp.isPresent()) {
      for (String m : c.memberIds()) {
        d.latest(m, gdp.get().code()).ifPresent(i -> add(out, i.code(), i.sourceId()));
      }
    }
    List<String> countries = new ArrayList<>();
    for (String m : c.memberIds()) {
      d.city(m).map(City::country).filter(x -> !countries.contains(x)).ifPresent(countries::add);
    }
    for (String code : countryCodes()) {
      if (!d.indicatorDefinitions().containsKey(code)) {
        continue;
      }
      for (String country : countries) {
        d.latest(country, code).ifPresent(i -> add(out, i.code(), i.sourceId()));
      }
    }
    return out;
  }

  private static void add(Map<String, Set<String>> out, String code, String sourceId) {
    out.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(sourceId);
  }
}
