package org.hanse.ingest.build;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the build could not use and what it removed, so that nothing disappears silently: names that matched no
 * city (with how often they occurred and why), and per source the counts of rows read, ties made, duplicates
 * removed and rows skipped. Written to {@code data/quality/}.
 */
public final class QualityLog {
  /** One unmatched name. */
  public record Unmatched(String source, String name, String country, String reason) {}

  private final Map<Unmatched, Integer> unmatched = new TreeMap<>(
      java.util.Comparator.comparing(Unmatched::source).thenComparing(Unmatched::name)
          .thenComparing(Unmatched::country).thenComparing(Unmatched::reason));
  private final Map<String, Map<String, Long>> counts = new TreeMap<>();

  public void unmatched(String source, String name, String country, String reason) {
    unmatched.merge(new Unmatched(source, name, country, reason), 1, Integer::sum);
  }

  public void count(String source, String metric, long n) {
    counts.computeIfAbsent(source, k -> new TreeMap<>()).merge(metric, n, Long::sum);
  }

  public Map<Unmatched, Integer> unmatched() {
    return unmatched;
  }

  public Map<String, Map<String, Long>> counts() {
    return counts;
  }

  /** Rows for {@code quality/unmatched.csv}: source, name, country, reason, count; most frequent first. */
  public List<List<String>> unmatchedRows() {
    return unmatched.entrySet().stream()
        .sorted(Map.Entry.<Unmatched, Integer>comparingByValue().reversed()
            .thenComparing(e -> e.getKey().source()).thenComparing(e -> e.getKey().name())
            .thenComparing(e -> e.getKey().country()).thenComparing(e -> e.getKey().reason()))
        .map(e -> List.of(e.getKey().source(), e.getKey().name(), e.getKey().country(), e.getKey().reason(),
            Integer.toString(e.getValue())))
        .toList();
  }

  /** Rows for {@code quality/build_summary.csv}: source, metric, value. */
  public List<List<String>> summaryRows() {
    return counts.entrySet().stream()
        .flatMap(s -> s.getValue().entrySet().stream()
            .map(m -> List.of(s.getKey(), m.getKey(), Long.toString(m.getValue()))))
        .toList();
  }
}
