package org.hanse.advise.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.AssessmentOptions;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.ProgressListener;
import org.hanse.model.Dataset;

/**
 * Runs a scenario: applies it to a copy of the base data, recomputes the whole assessment with the same options, and
 * compares every measure ({@link Measures}). A measure counts as changed when a number moves by more than
 * {@value #TOLERANCE} (relative to its size, at least absolute), when a number becomes undefined or defined, when a
 * category changes, or when it exists on one side only.
 */
public final class ScenarioRunner {
  /** Relative tolerance below which a number counts as unchanged (rounding). */
  public static final double TOLERANCE = 1e-9;

  private final Dataset base;
  private final AssessmentOptions options;
  private Assessment baseAssessment;

  public ScenarioRunner(Dataset base, AssessmentOptions options) {
    this.base = Objects.requireNonNull(base, "base");
    this.options = Objects.requireNonNull(options, "options");
  }

  public ScenarioRunner(Dataset base) {
    this(base, AssessmentOptions.defaults());
  }

  /** The assessment of the base data (computed once). */
  public synchronized Assessment baseAssessment() {
    if (baseAssessment == null) {
      baseAssessment = new Assessor(base, options).run(ProgressListener.NONE);
    }
    return baseAssessment;
  }

  public ScenarioResult run(Scenario s) {
    ScenarioApplier.Applied applied = ScenarioApplier.apply(base, s);
    Assessment after = new Assessor(applied.dataset(), options).run(ProgressListener.NONE);
    return compare(s, applied.log(), baseAssessment(), after);
  }

  /** Compares two assessments measure by measure. */
  public static ScenarioResult compare(Scenario s, List<String> log, Assessment before, Assessment after) {
    Map<String, Measures.Value> b = Measures.of(before);
    Map<String, Measures.Value> a = Measures.of(after);
    Set<String> paths = new LinkedHashSet<>(b.keySet());
    paths.addAll(a.keySet());
    List<MeasureDelta> deltas = new ArrayList<>();
    int unchanged = 0;
    for (String p : paths) {
      Measures.Value x = b.get(p);
      Measures.Value y = a.get(p);
      if (same(x, y)) {
        unchanged++;
      } else {
        deltas.add(new MeasureDelta(p, x, y));
      }
    }
    return new ScenarioResult(s, log, before, after, deltas, unchanged);
  }

  static boolean same(Measures.Value x, Measures.Value y) {
    if (x == null || y == null) {
      return x == y;
    }
    if (x.isCategory() || y.isCategory()) {
      return Objects.equals(x.category(), y.category());
    }
    if (x.number().isPresent() != y.number().isPresent()) {
      return false;
    }
    if (x.number().isEmpty()) {
      return true;
    }
    double u = x.number().getAsDouble();
    double v = y.number().getAsDouble();
    return Math.abs(u - v) <= TOLERANCE * Math.max(1, Math.max(Math.abs(u), Math.abs(v)));
  }
}
