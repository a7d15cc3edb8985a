package org.hanse.analysis.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hanse.analysis.Provenance;

/**
 * An entropy–TOPSIS composite score over named indicators for a set of subjects (member cities, or the clusters),
 * with every reading, the weights, what was left out and why.
 *
 * @param indicators the named indicators, used or not
 * @param weights    entropy weight of each indicator used in the score, in indicator order
 * @param leftOut    indicator code → why it was not used (no data, too little coverage)
 * @param subjects   every subject with its readings and score
 * @param undecided  why no score could be computed at all; empty when there are scores
 * @param provenance method, parameters and data
 */
public record Composite(
    List<IndicatorInfo> indicators,
    Map<String, Double> weights,
    Map<String, String> leftOut,
    List<Subject> subjects,
    Optional<String> undecided,
    Provenance provenance) {

  public Composite {
    indicators = List.copyOf(indicators);
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    leftOut = Collections.unmodifiableMap(new LinkedHashMap<>(leftOut));
    subjects = List.copyOf(subjects);
  }

  /**
   * One subject.
   *
   * @param id       city or cluster id
   * @param readings one reading per indicator, in indicator order
   * @param score    TOPSIS relative closeness C ∈ [0, 1]; empty when the subject was left out or nothing was scored
   * @param rank     competition rank by score among the scored subjects (1 = highest)
   * @param excluded why the subject has no score; empty when it has one
   */
  public record Subject(String id, List<IndicatorReading> readings, OptionalDouble score, OptionalInt rank,
      String excluded) {
    public Subject {
      readings = List.copyOf(readings);
      excluded = excluded == null ? "" : excluded;
    }

    public IndicatorReading reading(String code) {
      return readings.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
  }

  public Optional<Subject> subject(String id) {
    return subjects.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Number of subjects with a score. */
  public int scored() {
    return (int) subjects.stream().filter(s -> s.score().isPresent()).count();
  }
}
