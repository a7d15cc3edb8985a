package org.hanse.analysis.assessment;

import java.util.List;
import org.hanse.model.Lang;

/**
 * One of the four functions of city-cluster diplomacy (concepts: 功能), scored by entropy–TOPSIS per member city
 * (within the cluster) and per cluster (across all clusters).
 *
 * @param key               {@code governance}, {@code competitiveness}, {@code exchange}, {@code demonstration}
 * @param nameEn            English name
 * @param nameZh            Chinese name
 * @param clusters          readings and scores of every cluster (members summed)
 * @param members           readings and scores of this cluster's member cities
 * @param missingIndicators indicators the function needs that the data do not hold at all
 */
public record FunctionScore(String key, String nameEn, String nameZh, Composite clusters, Composite members,
    List<String> missingIndicators) {
  public FunctionScore {
    missingIndicators = List.copyOf(missingIndicators);
  }

  public String name(Lang lang) {
    return lang == Lang.ZH ? nameZh : nameEn;
  }
}
