package org.hanse.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.TieProfile;
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
        .map(c -> (JsonNode) withoutInventedTieCounts(JSON.valueToTree(c), c.ties())));
  }

  /** The count fields of a tie-type row that are not known when the data hold no tie of the type. */
  private static final List<String> TIE_COUNT_FIELDS = List.of("inside", "outside", "international",
      "insideWeight", "outsideWeight", "internationalWeight", "internationalPartners");

  /**
   * The assessment's tree with the counts of a tie type the data hold no tie of set to null, with the reason
   * ({@code missing}) beside them, in the tie-type rows and in each member's counts: the analysis keeps such counts
   * as 0 internally, and a 0 would claim the cluster has none where no one recorded such ties. Each member's counts
   * name every type: a type the data hold but the member has no international tie of is 0.
   */
  static JsonNode withoutInventedTieCounts(JsonNode assessment, TieProfile profile) {
    for (JsonNode member : assessment.path("ties").path("perMember")) {
      if (member instanceof ObjectNode o) {
        ObjectNode counts = o.get("international") instanceof ObjectNode x ? x : o.putObject("international");
        for (TieType type : TieType.values()) {
          if (!profile.hasNoData(type) && !counts.has(type.name())) {
            counts.put(type.name(), 0);
          }
        }
      }
    }
    if (profile.typesWithoutData().isEmpty()) {
      return assessment;
    }
    for (JsonNode row : assessment.path("ties").path("byType")) {
      TieType type = TieType.valueOf(row.path("type").asText());
      if (profile.hasNoData(type) && row instanceof ObjectNode o) {
        TIE_COUNT_FIELDS.forEach(o::putNull);
        o.put("missing", missingReason(type));
      }
    }
    for (JsonNode member : assessment.path("ties").path("perMember")) {
      if (member instanceof ObjectNode o) {
        ObjectNode counts = o.get("international") instanceof ObjectNode x ? x : o.putObject("international");
        ObjectNode why = o.putObject("missing");
        for (TieType type : profile.typesWithoutData()) {
          counts.putNull(type.name());
          why.put(type.name(), missingReason(type));
        }
      }
    }
    return assessment;
  }

  private static String missingReason(TieType type) {
    return "the data hold no " + type.key() + " tie at all, so its counts are not known (not 0)";
  }

  @Override
  public NetworkStructure networkStructure(Set<TieType> layers, Integer year) {
    return network.of(layers, year);
  }
}
