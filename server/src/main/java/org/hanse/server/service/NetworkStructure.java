package org.hanse.server.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Communities and centrality of the international city network in some layers and year, as computed by the
 * analysis module.
 *
 * @param community       city id → community number (0 = the largest community)
 * @param centrality      city id → centrality score
 * @param communities     number of communities
 * @param modularity      modularity Q of the partition
 * @param communityMethod method, citation and parameters of the community detection
 * @param centralityMethod method, citation and parameters of the centrality
 */
public record NetworkStructure(Map<String, Integer> community, Map<String, Double> centrality, int communities,
    double modularity, String communityMethod, String centralityMethod) {
  public NetworkStructure {
    community = Collections.unmodifiableMap(new LinkedHashMap<>(community));
    centrality = Collections.unmodifiableMap(new LinkedHashMap<>(centrality));
  }
}
