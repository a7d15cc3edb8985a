package org.hanse.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;

/**
 * The analysis results the dashboard shows for one snapshot: the per-city record counts, the network structure from
 * the analysis module, and the cluster assessments once an assessor is given.
 */
public final class StandardAnalysis implements AnalysisResults {
  private final RecordCounts counts;
  private final NetworkAnalyses network;

  public StandardAnalysis(Dataset dataset) {
    this.counts = new RecordCounts(dataset);
    this.network = new NetworkAnalyses(dataset);
  }

  @Override
  public List<Measure> cityMeasures() {
    return counts.cityMeasures();
  }

  @Override
  public Optional<JsonNode> clusterAssessment(String clusterId) {
    return Optional.empty();
  }

  @Override
  public NetworkStructure networkStructure(Set<TieType> layers, Integer year) {
    return network.of(layers, year);
  }
}
