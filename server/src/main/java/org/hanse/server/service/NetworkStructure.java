package org.hanse.server.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.text.Localizer;
import org.hanse.model.Lang;

/**
 * Communities and centrality of the international city network in some layers and year, as computed by the
 * analysis module.
 *
 * @param community            city id → community number (0 = the largest community)
 * @param centrality           city id → centrality score
 * @param communities          number of communities
 * @param modularity           modularity Q of the partition
 * @param communityProvenance  method, citation and parameters of the community detection (null: no network)
 * @param centralityProvenance method, citation and parameters of the centrality (null: no network)
 */
public record NetworkStructure(Map<String, Integer> community, Map<String, Double> centrality, int communities,
    double modularity, Provenance communityProvenance, Provenance centralityProvenance) {
  public NetworkStructure {
    community = Collections.unmodifiableMap(new LinkedHashMap<>(community));
    centrality = Collections.unmodifiableMap(new LinkedHashMap<>(centrality));
  }

  /** The structure of a network without any tie. */
  public static NetworkStructure empty() {
    return new NetworkStructure(Map.of(), Map.of(), 0, 0, null, null);
  }

  /** The community detection's method, parameters and citation in English ("" without a network). */
  public String communityMethod() {
    return describe(communityProvenance, Lang.EN, true);
  }

  /** The centrality's method, parameters and citation in English ("" without a network). */
  public String centralityMethod() {
    return describe(centralityProvenance, Lang.EN, true);
  }

  /**
   * A method line for people: the method and its parameters in {@code lang}, then (when asked) the citation, which
   * names published works and stays as published.
   */
  public static String describe(Provenance p, Lang lang, boolean withCitation) {
    if (p == null) {
      return "";
    }
    Localizer loc = Localizer.of(lang);
    boolean zh = lang == Lang.ZH;
    StringBuilder sb = new StringBuilder(loc.text(p.method()));
    if (!p.parameters().isEmpty()) {
      sb.append(zh ? "（" : " (");
      p.parameters().forEach((k, v) -> sb.append(loc.text(k)).append(" = ").append(value(v, loc, zh))
          .append(zh ? "；" : "; "));
      sb.setLength(sb.length() - (zh ? 1 : 2));
      sb.append(zh ? '）' : ')');
    }
    if (withCitation && !p.citation().isEmpty()) {
      sb.append(". ").append(p.citation());
    }
    return sb.toString();
  }

  private static String value(Object v, Localizer loc, boolean zh) {
    if (v instanceof Boolean b && zh) {
      return b ? "是" : "否";
    }
    return v instanceof String || v instanceof Enum<?> ? loc.text(String.valueOf(v)) : String.valueOf(v);
  }
}
