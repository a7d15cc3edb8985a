package org.hanse.advise.partner;

import java.util.Locale;
import org.hanse.analysis.linkprediction.NeighbourhoodIndex;

/**
 * The scorers of a partner recommendation: the link-prediction indices of methods.md §6, computed by the analysis
 * module on the multiplex partner network ({@link PartnerNetwork}), and the combined scorer ({@link CombinedScorer}).
 */
public enum Scorer {
  COMMON_NEIGHBOURS(NeighbourhoodIndex.COMMON_NEIGHBOURS),
  JACCARD(NeighbourhoodIndex.JACCARD),
  ADAMIC_ADAR(NeighbourhoodIndex.ADAMIC_ADAR),
  RESOURCE_ALLOCATION(NeighbourhoodIndex.RESOURCE_ALLOCATION),
  PREFERENTIAL_ATTACHMENT(NeighbourhoodIndex.PREFERENTIAL_ATTACHMENT),
  KATZ(null),
  COMBINED(null);

  private final NeighbourhoodIndex index;

  Scorer(NeighbourhoodIndex index) {
    this.index = index;
  }

  /** The analysis module's local index behind this scorer, or {@code null} for Katz and the combined scorer. */
  NeighbourhoodIndex index() {
    return index;
  }

  /**
   * True for the indices built from shared neighbours (common neighbours, Jaccard, Adamic–Adar, resource
   * allocation): for an actor partner they are summed over the cities already tied to the actor ("cities like you",
   * methods.md §6, bipartite recommendation).
   */
  public boolean isLocal() {
    return index != null && index != NeighbourhoodIndex.PREFERENTIAL_ATTACHMENT;
  }

  public String label() {
    return switch (this) {
      case KATZ -> "Katz";
      case COMBINED -> "combined";
      default -> index.label();
    };
  }

  /** The label in the language (Chinese names of the indices as in the link-prediction literature in Chinese). */
  public String label(org.hanse.model.Lang lang) {
    if (lang != org.hanse.model.Lang.ZH) {
      return label();
    }
    return switch (this) {
      case COMMON_NEIGHBOURS -> "共同邻居";
      case JACCARD -> "Jaccard 系数";
      case ADAMIC_ADAR -> "Adamic–Adar 指标";
      case RESOURCE_ALLOCATION -> "资源分配指标";
      case PREFERENTIAL_ATTACHMENT -> "优先连接";
      case KATZ -> "Katz 指标";
      case COMBINED -> "组合评分";
    };
  }

  public String citation() {
    return switch (this) {
      case KATZ -> "Katz (1953) Psychometrika 18:39-43; methods.md §6";
      case COMBINED -> "Hanse combined scorer (docs/advice.md): resource allocation, preferential attachment,"
          + " function complementarity, cluster novelty";
      default -> index.citation();
    };
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a key such as {@code resource_allocation}, {@code ra}, {@code katz}. */
  public static Scorer fromKey(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return switch (k) {
      case "cn" -> COMMON_NEIGHBOURS;
      case "aa" -> ADAMIC_ADAR;
      case "ra" -> RESOURCE_ALLOCATION;
      case "pa" -> PREFERENTIAL_ATTACHMENT;
      default -> {
        for (Scorer s : values()) {
          if (s.key().equals(k)) {
            yield s;
          }
        }
        throw new IllegalArgumentException("unknown scorer '" + key + "'; use one of cn, jaccard, aa, ra, pa, katz,"
            + " combined");
      }
    };
  }
}
