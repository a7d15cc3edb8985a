package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Source;
import org.hanse.model.Tie;

/**
 * The assessment pipeline: one {@link Dataset} snapshot in, one {@link Assessment} out. Pure: the same snapshot and
 * options give the same result. Every front end calls this and renders what it returns.
 */
public final class Assessor {
  private final Dataset dataset;
  private final AssessmentOptions options;

  public Assessor(Dataset dataset, AssessmentOptions options) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.options = Objects.requireNonNull(options, "options");
    List<String> unknown = options.clusterIds().stream().filter(id -> !dataset.clusters().containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownClusterException(unknown, List.copyOf(dataset.clusters().keySet()));
    }
  }

  /** Assesses with the default options. */
  public static Assessment assess(Dataset dataset) {
    return new Assessor(dataset, AssessmentOptions.defaults()).run(ProgressListener.NONE);
  }

  /** Runs the pipeline, reporting its steps. */
  public Assessment run(ProgressListener progress) {
    List<Cluster> reported = new ArrayList<>();
    for (Cluster c : dataset.clusters().values()) {
      if (options.clusterIds().isEmpty() || options.clusterIds().contains(c.id())) {
        reported.add(c);
      }
    }
    int steps = reported.size();
    List<ClusterAssessment> out = new ArrayList<>();
    Set<String> sourceIds = new LinkedHashSet<>();
    int done = 0;
    for (Cluster c : reported) {
      progress.step("assessing " + c.id(), done++, steps);
      out.add(assessCluster(c, sourceIds));
    }
    List<SourceNote> sources = new ArrayList<>();
    for (String id : sourceIds) {
      Source s = dataset.sources().get(id);
      if (s != null) {
        sources.add(new SourceNote(s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url()));
      }
    }
    List<String> notes = new ArrayList<>();
    if (dataset.clusters().isEmpty()) {
      notes.add("the dataset defines no cluster");
    }
    return new Assessment(dataset.label(), dataset.lastYear(), options.asParameters(), out, sources, notes);
  }

  private ClusterAssessment assessCluster(Cluster cluster, Set<String> sourceIds) {
    List<MissingItem> missing = new ArrayList<>();
    List<MemberCity> members = new ArrayList<>();
    for (String id : cluster.memberIds()) {
      City city = dataset.city(id).orElseThrow();
      members.add(new MemberCity(id, city.nameEn(), city.nameZh(), city.country(), cluster.isCentral(id),
          city.population()));
      if (city.population() == null) {
        missing.add(new MissingItem("members", id, "population", "no source gives the population of "
            + city.nameEn()));
      } else {
        sourceIds.add(city.population().sourceId());
      }
      for (Tie t : dataset.tiesOf(id)) {
        sourceIds.add(t.sourceId());
      }
    }
    TieProfile ties = TieProfile.of(dataset, cluster);
    if (ties.international() == 0) {
      missing.add(new MissingItem("ties", cluster.id(), "international ties",
          "no member has an international tie in the data: the central city's share is undefined"));
    }
    return new ClusterAssessment(cluster.id(), cluster.nameEn(), cluster.nameZh(), cluster.definition(),
        cluster.definitionUrl(), members, ties, missing);
  }
}
