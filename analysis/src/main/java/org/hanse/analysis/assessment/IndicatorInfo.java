package org.hanse.analysis.assessment;

import java.util.Objects;
import org.hanse.model.Lang;

/**
 * A named indicator the assessment uses: what it measures and which data it comes from.
 *
 * @param code   stable key, e.g. {@code missions}, {@code gnc.firms}
 * @param nameEn English name
 * @param nameZh Chinese name
 * @param unit   unit, e.g. {@code ties}, {@code persons}
 * @param data   the data and rule it is computed from, e.g. "diplomatic_mission ties (Wikidata, 2022)"
 */
public record IndicatorInfo(String code, String nameEn, String nameZh, String unit, String data) {
  public IndicatorInfo {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(nameEn, "nameEn");
    nameZh = nameZh == null ? "" : nameZh;
    unit = unit == null ? "" : unit;
    data = data == null ? "" : data;
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
