package org.hanse.analysis.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The assessment of a dataset's city clusters: the one result every front end renders.
 *
 * @param datasetLabel what the data is (e.g. bundled data, as of a year)
 * @param lastYear     the latest year a date of the data may carry
 * @param parameters   the options the assessment ran with, as text
 * @param clusters     one assessment per reported cluster, in dataset order
 * @param sources      the data sources used, with their attribution
 * @param notes        remarks for the whole assessment
 */
public record Assessment(
    String datasetLabel,
    int lastYear,
    Map<String, String> parameters,
    List<ClusterAssessment> clusters,
    List<SourceNote> sources,
    List<String> notes) {

  public Assessment {
    Objects.requireNonNull(datasetLabel, "datasetLabel");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    clusters = List.copyOf(clusters);
    sources = List.copyOf(sources);
    notes = List.copyOf(notes);
  }

  /** The assessment of one cluster. */
  public ClusterAssessment cluster(String id) {
    return clusters.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no cluster " + id + " in the assessment"));
  }
}
