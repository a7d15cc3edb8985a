package org.hanse.analysis.assessment;

import java.util.List;
import org.hanse.model.Lang;

/**
 * One of the four drivers of city-cluster diplomacy (concepts: 动力机制), scored across all clusters from named
 * indicators.
 *
 * @param key               {@code agendas}, {@code strategy}, {@code division-of-labour}, {@code governance}
 * @param nameEn            English name
 * @param nameZh            Chinese name
 * @param composite         the indicators, readings per cluster, entropy–TOPSIS scores across the clusters
 * @param missingIndicators indicators the driver needs that the data do not hold at all
 */
public record Driver(String key, String nameEn, String nameZh, Composite composite, List<String> missingIndicators) {
  public Driver {
    missingIndicators = List.copyOf(missingIndicators);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH ? nameZh : nameEn;
  }
}
