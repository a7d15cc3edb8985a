package org.hanse.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.Assessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;

/**
 * The analysis results the dashboard shows for one snapshot: the per-city record counts and the analysis module's
 * city measures ({@link CityMeasures}: connectivity, centralities, function scores, indicators), the network
 * structure from the analysis module, and the cluster assessments of the analysis module's {@link Assessor} (run once, on first
 * use).
 */
public final class StandardAnalysis implements AnalysisResults {
  private static final Logger LOG = LoggerFactory.getLogger(StandardAnalysis.class);
  /** Optional numbers (a share that is undefined) become JSON null, not an object. */
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

  private final RecordCounts counts;
  private final List<Measure> measures;
  private final NetworkAnalyses network;
  private final Memo<Optional<Assessment>> assessment;
  /** The JSON form of each cluster's assessment, made once: the API and the pages read it on every request. */
  private final java.util.Map<String, Optional<JsonNode>> assessmentJson =
      new java.util.concurrent.ConcurrentHashMap<>();

  public StandardAnalysis(Dataset dataset) {
    this.counts = new RecordCounts(dataset);
    this.network = new NetworkAnalyses(dataset);
    this.assessment = new Memo<>(() -> {
      try {
        return Optional.of(Assessor.assess(dataset));
      } catch (RuntimeException e) {
        // The pages still show the data; the log tells the operator why the assessment is missing.
        LOG.error("the assessment of {} failed", dataset.label(), e);
        return Optional.empty();
      }
    });
    List<Measure> all = new java.util.ArrayList<>(counts.cityMeasures());
    all.addAll(CityMeasures.of(dataset, assessment));
    this.measures = List.copyOf(all);
  }

  @Override
  public List<Measure> cityMeasures() {
    return measures;
  }

  @Override
  public Optional<JsonNode> clusterAssessment(String clusterId) {
    return assessmentJson.computeIfAbsent(clusterId, id -> assessment.get()
        .flatMap(a -> a.clusters().stream().filter(c -> c.id().equals(id)).findFirst())
        .map(c -> (JsonNode) JSON.valueToTree(c)));
  }

  @Override
  public NetworkStructure networkStructure(Set<TieType> layers, Integer year) {
    return network.of(layers, year);
  }
}
