package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Scores;
import org.hanse.analysis.index.EntropyWeights;
import org.hanse.analysis.index.IndicatorDirection;
import org.hanse.analysis.index.IndicatorTable;
import org.hanse.analysis.index.Normalisation;
import org.hanse.analysis.index.Topsis;
import org.hanse.analysis.index.Weights;

/**
 * Runs an entropy–TOPSIS composite (methods.md §4.1–4.3, with the index package's classes) on readings collected
 * per subject, under explicit missing-data rules:
 * <ol>
 *   <li>an indicator known for fewer than {@code minCoverage} of the subjects is left out of the score (listed
 *       with its coverage);</li>
 *   <li>an indicator equal for every subject with a value carries no information and is left out (listed);</li>
 *   <li>a subject missing any remaining indicator is left out of the score (listed: {@link
 *       IndicatorTable.MissingRule#DROP_CITY});</li>
 *   <li>min-max normalisation of positive indicators, translation z' = z + 0.01, entropy weights on z', TOPSIS
 *       relative closeness on z' (the 熵权-TOPSIS convention of methods.md §4.3).</li>
 * </ol>
 * With fewer than two complete subjects or no usable indicator there is no score, and the reason is given.
 */
final class CompositeRunner {
  static final String METHOD = "entropy–TOPSIS composite score";

  private final List<IndicatorInfo> indicators = new ArrayList<>();
  private final Map<String, String> leftOut = new LinkedHashMap<>();
  private final Map<String, Map<String, IndicatorReading>> readings = new LinkedHashMap<>();

  CompositeRunner indicator(IndicatorInfo info) {
    indicators.add(info);
    return this;
  }

  /** Leaves an indicator out before the run (e.g. the dataset has no data of that kind at all). */
  CompositeRunner leaveOut(String code, String reason) {
    leftOut.put(code, reason);
    return this;
  }

  CompositeRunner subject(String id) {
    readings.computeIfAbsent(id, k -> new LinkedHashMap<>());
    return this;
  }

  CompositeRunner value(String subject, String code, double value, String note) {
    subject(subject).readings.get(subject).put(code, new IndicatorReading(code, OptionalDouble.of(value), note));
    return this;
  }

  CompositeRunner missing(String subject, String code, String reason) {
    subject(subject).readings.get(subject).put(code, new IndicatorReading(code, OptionalDouble.empty(), reason));
    return this;
  }

  Composite run(String data, double minCoverage) {
    int n = readings.size();
    List<String> used = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>(leftOut);
    for (IndicatorInfo i : indicators) {
      if (out.containsKey(i.code())) {
        continue;
      }
      long known = readings.values().stream().filter(m -> known(m, i.code())).count();
      if (n == 0 || known < minCoverage * n) {
        out.put(i.code(), "known for " + known + " of " + n + " subjects, below the minimum coverage "
            + percent(minCoverage) + ": left out of the score");
      } else {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map<String, IndicatorReading> m : readings.values()) {
          if (known(m, i.code())) {
            double v = m.get(i.code()).value().getAsDouble();
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
        if (min == max) {
          out.put(i.code(), "equal (" + trim(min) + ") for every subject with a value: it carries no information"
              + " and is left out of the score");
        } else {
          used.add(i.code());
        }
      }
    }
    Provenance p = Provenance.of(METHOD, EntropyWeights.CITATION + "; " + Topsis.CITATION)
        .withParameter("normalisation", "min-max, all indicators positive, translation z' = z + 0.01")
        .withParameter("weights", "entropy weights on z'")
        .withParameter("TOPSIS", "relative closeness on z' (熵权-TOPSIS convention)")
        .withParameter("missing data", "indicator left out below the minimum coverage; subject left out when an"
            + " indicator used is missing (no imputation)")
        .withParameter("minimum coverage", percent(minCoverage))
        .withParameter("indicators used", used.isEmpty() ? "none" : String.join(", ", used))
        .withData(data + "; " + n + " subjects");
    Map<String, String> excluded = new HashMap<>();
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> ranks = new HashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    Optional<String> undecided = Optional.empty();
    if (used.isEmpty()) {
      undecided = Optional.of("no indicator has enough data for a score");
    } else {
      IndicatorTable.Builder b = IndicatorTable.builder();
      used.forEach(c -> b.indicator(c, IndicatorDirection.POSITIVE));
      readings.forEach((s, m) -> {
        b.city(s);
        for (String c : used) {
          IndicatorReading r = m.get(c);
          if (r != null && r.value().isPresent()) {
            b.value(s, c, r.value().getAsDouble());
          }
        }
      });
      IndicatorTable table = b.build(IndicatorTable.MissingRule.DROP_CITY);
      for (Exclusion e : table.excluded()) {
        excluded.put(e.id(), e.reason() + ": left out of the score");
      }
      if (table.raw().rows() < 2) {
        undecided = Optional.of("fewer than two subjects have every indicator used (" + table.raw().rows() + ")");
      } else {
        Normalisation.Result z = Normalisation.minMax(table, Normalisation.Shift.TRANSLATE);
        Weights w = EntropyWeights.compute(z.z());
        Topsis.Result t = Topsis.onNormalised(z.z(), w);
        Scores c = t.closeness();
        for (String id : c.ids()) {
          scores.put(id, c.get(id));
          ranks.put(id, c.rank(id));
        }
        for (String code : w.indicators()) {
          weights.put(code, w.weight(code));
        }
        p = p.withNotes(z.provenance().notes()).withNotes(w.provenance().notes())
            .withNotes(c.provenance().notes());
      }
    }
    if (!excluded.isEmpty()) {
      p = p.withNote(excluded.size() + " subject(s) left out for missing data");
    }
    List<Composite.Subject> subjects = new ArrayList<>();
    for (Map.Entry<String, Map<String, IndicatorReading>> e : readings.entrySet()) {
      List<IndicatorReading> rs = new ArrayList<>();
      for (IndicatorInfo i : indicators) {
        IndicatorReading r = e.getValue().get(i.code());
        rs.add(r != null ? r : new IndicatorReading(i.code(), OptionalDouble.empty(),
            out.getOrDefault(i.code(), "no value")));
      }
      String id = e.getKey();
      Double s = scores.get(id);
      String why = s != null ? "" : excluded.getOrDefault(id, undecided.orElse("not scored"));
      subjects.add(new Composite.Subject(id, rs, s == null ? OptionalDouble.empty() : OptionalDouble.of(s),
          s == null ? OptionalInt.empty() : OptionalInt.of(ranks.get(id)), why));
    }
    return new Composite(indicators, weights, out, subjects, undecided, p);
  }

  private static boolean known(Map<String, IndicatorReading> m, String code) {
    IndicatorReading r = m.get(code);
    return r != null && r.value().isPresent();
  }

  private static String trim(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
