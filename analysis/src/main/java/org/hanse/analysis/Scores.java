package org.hanse.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One value per subject (city, node, indicator), with the subjects the method could not score and the provenance.
 *
 * <p>The general result of a vertex-scoring method (centralities, connectivity, weights). Ids keep the order in
 * which the method produced them; {@link #ranked()} gives the deterministic descending order (ties broken by id)
 * and {@link #rank(String)} the competition rank of methods.md §0.
 */
public final class Scores {
  private final String measure;
  private final List<String> ids;
  private final double[] values;
  private final Map<String, Integer> index;
  private final List<Exclusion> excluded;
  private final Provenance provenance;
  private int[] competitionRanks;

  /**
   * @param measure    name of the measure, e.g. {@code betweenness (normalised)}
   * @param ids        the scored subjects, no duplicates
   * @param values     their values, same order; finite
   * @param excluded   subjects left out and why
   * @param provenance how the values were computed
   */
  public Scores(String measure, List<String> ids, double[] values, List<Exclusion> excluded, Provenance provenance) {
    this.measure = Objects.requireNonNull(measure, "measure");
    this.ids = List.copyOf(ids);
    if (values.length != ids.size()) {
      throw new IllegalArgumentException(ids.size() + " ids but " + values.length + " values");
    }
    this.values = values.clone();
    this.index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      if (index.put(ids.get(i), i) != null) {
        throw new IllegalArgumentException("id listed twice: " + ids.get(i));
      }
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value of " + ids.get(i) + " is not finite: " + values[i]);
      }
    }
    this.excluded = List.copyOf(excluded);
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  public String measure() {
    return measure;
  }

  /** Scored ids in the order the method produced them. */
  public List<String> ids() {
    return ids;
  }

  public int size() {
    return ids.size();
  }

  /** The value of a scored subject; throws for a subject that was not scored (check {@link #find} first). */
  public double get(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new NoSuchElementException(id + " has no " + measure + (isExcluded(id) ? " (excluded)" : ""));
    }
    return values[i];
  }

  /** The value, or empty when the subject was not scored. */
  public OptionalDouble find(String id) {
    Integer i = index.get(id);
    return i == null ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
  }

  /** Value at a position of {@link #ids()}. */
  public double valueAt(int position) {
    return values[position];
  }

  /** A copy of the values in the order of {@link #ids()}. */
  public double[] values() {
    return values.clone();
  }

  /** Subjects left out and why. */
  public List<Exclusion> excluded() {
    return excluded;
  }

  public boolean isExcluded(String id) {
    return excluded.stream().anyMatch(e -> e.id().equals(id));
  }

  public Provenance provenance() {
    return provenance;
  }

  /** Competition rank ("1, 2, 2, 4") of a scored subject, 1 = largest. */
  public int rank(String id) {
    if (competitionRanks == null) {
      competitionRanks = Ranks.competitionDescending(values, ids);
    }
    Integer i = index.get(id);
    if (i == null) {
      throw new NoSuchElementException(id + " has no " + measure);
    }
    return competitionRanks[i];
  }

  /** Entries largest first, ties broken by id. */
  public List<Entry> ranked() {
    int[] order = Ranks.orderDescending(values, ids);
    List<Entry> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(new Entry(ids.get(i), values[i], rank(ids.get(i))));
    }
    return out;
  }

  /** The first {@code k} entries of {@link #ranked()}. */
  public List<Entry> top(int k) {
    List<Entry> r = ranked();
    return r.subList(0, Math.min(k, r.size()));
  }

  /** Id → value in the order of {@link #ids()}. */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      m.put(ids.get(i), values[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** A subject, its value and its competition rank. */
  public record Entry(String id, double value, int rank) {}

  @Override
  public String toString() {
    return measure + " " + asMap();
  }
}
