package org.hanse.model;

/**
 * One observation: subject × indicator × year → value. A missing observation is absent, never stored as 0.
 *
 * @param subjectId city id (scope CITY) or ISO alpha-2 country code (scope COUNTRY)
 * @param code      {@link IndicatorDefinition#code()}
 * @param year      reference year
 * @param value     the observed value; finite
 * @param unit      unit (repeated from the definition so a value can travel alone)
 * @param sourceId  {@link Source#id()}
 */
public record Indicator(String subjectId, String code, int year, double value, String unit, String sourceId) {
  public Indicator {
    Ids.requireId(subjectId, "indicator subject");
    Ids.requireId(code, "indicator code");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + code + " for " + subjectId + " in " + year + " is not finite");
    }
    unit = Ids.orEmpty(unit);
    Ids.requireId(sourceId, "indicator source");
  }
}
