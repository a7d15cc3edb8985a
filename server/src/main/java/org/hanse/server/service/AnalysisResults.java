package org.hanse.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hanse.model.TieType;

/**
 * The analysis results of one snapshot as the pages and the API read them. Implementations take them from the
 * analysis module; the server never computes a measure itself.
 */
public interface AnalysisResults {
  /** Measures with one value per city, in the order the dashboard offers them (the first is the default). */
  List<Measure> cityMeasures();

  default Optional<Measure> cityMeasure(String id) {
    return cityMeasures().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The assessment of one cluster in its JSON form; empty when the cluster is unknown or not assessed. */
  Optional<JsonNode> clusterAssessment(String clusterId);

  /** Communities and centrality of the city network in the given layers and year (null: every year). */
  NetworkStructure networkStructure(Set<TieType> layers, Integer year);
}
