package org.hanse.advise.partner;

import java.util.Objects;
import org.hanse.model.Lang;

/**
 * One recommended partner.
 *
 * @param rank        1 = best (ties broken by partner id)
 * @param partnerId   city id or actor id
 * @param nameEn      English name
 * @param nameZh      Chinese name; may be empty
 * @param country     ISO alpha-2 country of the partner (the state itself for a country); may be empty
 * @param score       the scorer's value (comparable only within one list)
 * @param explanation why
 */
public record Recommendation(int rank, String partnerId, String nameEn, String nameZh, String country, double score,
    Explanation explanation) {
  public Recommendation {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(explanation, "explanation");
    nameZh = nameZh == null ? "" : nameZh;
    country = country == null ? "" : country;
  }

  public String name(Lang lang) {
    return lang == Lang.ZH && !nameZh.isEmpty() ? nameZh : nameEn;
  }
}
