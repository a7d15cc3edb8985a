package org.hanse.analysis.assessment;

import java.util.Objects;
import org.hanse.model.Lang;
import org.hanse.model.Population;

/**
 * A member city of a cluster as the assessment shows it.
 *
 * @param id         city id
 * @param nameEn     English name
 * @param nameZh     Chinese name; empty when unknown
 * @param country    ISO alpha-2 code
 * @param central    whether it is a central city (中心城市) of the cluster
 * @param population its population with year and source; {@code null} when no source gives it
 */
public record MemberCity(String id, String nameEn, String nameZh, String country, boolean central,
    Population population) {
  public MemberCity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(nameEn, "nameEn");
    nameZh = nameZh == null ? "" : nameZh;
    Objects.requireNonNull(country, "country");
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
