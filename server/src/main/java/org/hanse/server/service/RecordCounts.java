package org.hanse.server.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Descriptive per-city figures read straight from the records of a snapshot: population and the number of ties of
 * each type. They are counts, not analysis methods, and serve until (and beside) the analysis module's measures.
 */
public final class RecordCounts {
  private final List<Measure> measures;

  public RecordCounts(Dataset dataset) {
    List<Measure> m = new ArrayList<>();
    m.add(population(dataset));
    m.add(tieCount(dataset, null));
    for (TieType type : TieType.values()) {
      if (!dataset.tiesOfType(type).isEmpty()) {
        m.add(tieCount(dataset, type));
      }
    }
    this.measures = List.copyOf(m);
  }

  private static Measure population(Dataset d) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, String> excluded = new LinkedHashMap<>();
    Set<String> sources = new LinkedHashSet<>();
    for (City c : d.cities().values()) {
      if (c.population() != null) {
        values.put(c.id(), (double) c.population().value());
        sources.add(c.population().sourceId());
      } else {
        excluded.put(c.id(), "no source gives a population");
      }
    }
    return new Measure("population", "Population", "人口", "persons",
        "The city's population as reported by its source, in the year the source gives.",
        "数据来源报告的城市人口（按来源给出的年份）。",
        Map.of(), List.copyOf(sources), values, excluded);
  }

  private static Measure tieCount(Dataset d, TieType type) {
    Map<String, Double> counts = new HashMap<>();
    Set<String> sources = new LinkedHashSet<>();
    for (Tie t : type == null ? d.ties() : d.tiesOfType(type)) {
      counts.merge(t.cityId(), 1.0, Double::sum);
      if (t.type().isCityToCity()) {
        counts.merge(t.partnerId(), 1.0, Double::sum);
      }
      sources.add(t.sourceId());
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (City c : d.cities().values()) {
      // A city without ties of this type has a true count of zero: the records were searched and none was found.
      values.put(c.id(), counts.getOrDefault(c.id(), 0.0));
    }
    String id = type == null ? "ties" : "ties." + type.key();
    String en = type == null ? "International ties" : "Ties: " + type.label(org.hanse.model.Lang.EN);
    String zh = type == null ? "国际联系数" : "联系数：" + type.label(org.hanse.model.Lang.ZH);
    String methodEn = "Number of recorded ties "
        + (type == null ? "of any type" : "of type '" + type.key() + "'")
        + " with the city at either end, over all years.";
    String methodZh = "以该城市为一端的" + (type == null ? "全部类型" : "“" + type.label(org.hanse.model.Lang.ZH) + "”类")
        + "联系记录数（不分年份）。";
    Map<String, String> params = type == null ? Map.of() : Map.of("type", type.key());
    return new Measure(id, en, zh, "ties", methodEn, methodZh, params, List.copyOf(sources), values, Map.of());
  }

  public List<Measure> cityMeasures() {
    return measures;
  }
}
