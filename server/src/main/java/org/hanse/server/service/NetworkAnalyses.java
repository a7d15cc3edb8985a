package org.hanse.server.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hanse.analysis.Scores;
import org.hanse.analysis.community.Louvain;
import org.hanse.analysis.community.Partition;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;

/**
 * Runs the analysis module's community detection (seeded Louvain on modularity) and PageRank on the city network of
 * the chosen layers and year (city–actor layers projected onto the cities), once per selection: the network page asks for the same few selections again and
 * again.
 */
public final class NetworkAnalyses {
  /** Fixed so that the same data always gives the same communities (methods.md §0). */
  public static final long SEED = 1L;
  private static final int MAX_CACHED = 64;

  private final Dataset dataset;
  private final Map<String, NetworkStructure> cache = new ConcurrentHashMap<>();

  public NetworkAnalyses(Dataset dataset) {
    this.dataset = dataset;
  }

  public NetworkStructure of(Set<TieType> layers, Integer year) {
    // City–actor layers take part through their projection onto the cities (MultiplexNetwork projects them).
    List<TieType> cityLayers = layers.stream().sorted().toList();
    String key = cityLayers + "|" + year;
    NetworkStructure cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    NetworkStructure computed = compute(cityLayers, year);
    if (cache.size() < MAX_CACHED) {
      cache.put(key, computed);
    }
    return computed;
  }

  private NetworkStructure compute(List<TieType> layers, Integer year) {
    if (layers.isEmpty() || layers.stream().allMatch(l -> dataset.tiesOfType(l).isEmpty())) {
      return NetworkStructure.empty();
    }
    MultiplexNetwork.Builder b = MultiplexNetwork.builder(dataset).layers(layers);
    if (year != null) {
      b.year(year);
    }
    WeightedGraph g = b.build().aggregate();
    if (g.nodeCount() == 0) {
      return NetworkStructure.empty();
    }
    Partition p = new Louvain(SEED).compute(g);
    // Number communities by size, largest first, so colours are stable and the legend reads in order.
    List<List<String>> groups = new ArrayList<>(p.communities());
    groups.sort(Comparator.comparingInt((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)));
    Map<String, Integer> community = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      for (String id : groups.get(i)) {
        community.put(id, i);
      }
    }
    Scores pr = new PageRank().compute(g);
    return new NetworkStructure(community, pr.asMap(), groups.size(), p.quality(), p.provenance(), pr.provenance());
  }
}
