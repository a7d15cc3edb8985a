package org.hanse.model;

import java.util.Objects;

/**
 * What an indicator measures.
 *
 * @param code     stable code, e.g. {@code pop.city}, {@code wb.NY.GDP.MKTP.CD}
 * @param scope    city or country
 * @param nameEn   English name
 * @param nameZh   Chinese name
 * @param unit     unit of measurement, e.g. {@code persons}, {@code current US$}
 * @param sourceId {@link Source#id()}
 */
public record IndicatorDefinition(
    String code, IndicatorScope scope, String nameEn, String nameZh, String unit, String sourceId) {
  public IndicatorDefinition {
    Ids.requireId(code, "indicator code");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(nameEn, "nameEn");
    nameZh = Ids.orEmpty(nameZh);
    unit = Ids.orEmpty(unit);
    Ids.requireId(sourceId, "indicator source");
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
