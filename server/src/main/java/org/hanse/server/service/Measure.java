package org.hanse.server.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hanse.model.Lang;

/**
 * A measure as the dashboard shows it: a value per subject (city or cluster), with the method, the parameters and
 * the data behind it, so that every number on a page can say where it comes from.
 *
 * @param id          stable id used in URLs, e.g. {@code population} or {@code gnc}
 * @param nameEn      English name
 * @param nameZh      Chinese name
 * @param unit        unit of the values; empty for pure numbers
 * @param methodEn    how the values are computed, in English
 * @param methodZh    the same in Chinese
 * @param parameters  parameters of the method (name → value as text)
 * @param sourceIds   ids of the sources the values are computed from
 * @param values      subject id → value; a subject without a value is absent (never 0)
 * @param excluded    subject id → why it has no value
 */
public record Measure(
    String id,
    String nameEn,
    String nameZh,
    String unit,
    String methodEn,
    String methodZh,
    Map<String, String> parameters,
    List<String> sourceIds,
    Map<String, Double> values,
    Map<String, String> excluded) {

  public Measure {
    Objects.requireNonNull(id, "id");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    sourceIds = List.copyOf(sourceIds);
    // A lazily computed measure keeps its maps as they are: copying them would compute every value at once.
    values = values instanceof LazyValues.View ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    excluded = excluded instanceof LazyValues.View ? excluded
        : Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
  }

  /**
   * A measure whose values are computed on first read (once), for measures that take seconds (betweenness on the
   * whole network, the assessment's scores): listing the measures, or showing another one, costs nothing.
   */
  public static Measure lazy(String id, String nameEn, String nameZh, String unit, String methodEn, String methodZh,
      Map<String, String> parameters, List<String> sourceIds, java.util.function.Supplier<LazyValues.Computed> compute) {
    LazyValues lazy = new LazyValues(compute);
    return new Measure(id, nameEn, nameZh, unit, methodEn, methodZh, parameters, sourceIds, lazy.values(),
        lazy.excluded());
  }

  /**
   * True when the values can be read at once; false for a slow measure not computed yet, which this call starts
   * computing in the background (pages that list every measure show it once it is ready).
   */
  public boolean valuesReady() {
    if (values instanceof LazyValues.View<?> v) {
      if (v.owner.ready()) {
        return true;
      }
      v.owner.computeAhead();
      return false;
    }
    return true;
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }

  public String method(Lang lang) {
    return lang == Lang.ZH && !methodZh.isEmpty() ? methodZh : methodEn;
  }
}
