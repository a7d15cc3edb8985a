package org.hanse.advise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;

/**
 * The function profile of every city with ties: how many ties serve each {@link DiplomaticFunction}, and the
 * location quotient {@code LQ_xf = (e_xf / e_x) / (E_f / E)} of each (computed by the analysis module's
 * {@link Specialisation#locationQuotients}, methods.md §5) against all cities of the dataset.
 *
 * <p>A city is <em>specialised</em> in f when LQ ≥ 1. Its <em>gap</em> in f is {@code max(0, 1 − LQ_xf)}: 1 for a
 * function it does not have at all, 0 where it is at or above the reference share. A city without any tie has no
 * shares; its gap is 1 everywhere. A function no city has in the data has no LQ and a gap of 0 (nothing can be
 * said about it).
 */
public final class FunctionProfiles {
  private static final List<DiplomaticFunction> FUNCTIONS = List.of(DiplomaticFunction.values());

  private final Map<String, double[]> counts;
  private final LabelledMatrix countMatrix;
  private final LabelledMatrix lq;
  private final Map<String, Integer> lqRow = new HashMap<>();
  private final int[] lqColumn = new int[FUNCTIONS.size()];
  private final Provenance provenance;
  /** Group gaps by group, all functions at once: advice asks for the same group's gaps many times. */
  private final Map<List<String>, double[]> groupGaps = new java.util.concurrent.ConcurrentHashMap<>();

  private FunctionProfiles(Map<String, double[]> counts, LabelledMatrix countMatrix, LabelledMatrix lq,
      Provenance provenance) {
    this.counts = counts;
    this.countMatrix = countMatrix;
    this.lq = lq;
    this.provenance = provenance;
    for (int i = 0; i < lq.rows(); i++) {
      lqRow.put(lq.rowIds().get(i), i);
    }
    for (DiplomaticFunction f : FUNCTIONS) {
      lqColumn[f.ordinal()] = lq.columnIds().indexOf(f.key());
    }
  }

  /** The profiles of the dataset's cities from all their ties. */
  public static FunctionProfiles of(Dataset d) {
    return build(d, false);
  }

  /**
   * The profiles from international ties by the country rule only: a city-to-city tie counts for an end only when the
   * other end lies in another country; every tie to a foreign actor counts. This is not the assessment's count for a
   * cluster's members, which also treats ties between members and editions co-hosted by members as inside the
   * cluster ({@link MemberFunctionTies}); it serves as the reference of location quotients over all cities, for which
   * no cluster applies.
   */
  public static FunctionProfiles international(Dataset d) {
    return build(d, true);
  }

  private static FunctionProfiles build(Dataset d, boolean internationalOnly) {
    Map<String, double[]> counts = new LinkedHashMap<>();
    for (Tie t : d.ties()) {
      DiplomaticFunction f = DiplomaticFunction.of(t, d.actors().get(t.partnerId()));
      if (t.type().isCityToCity() && internationalOnly
          && d.cities().get(t.cityId()).country().equals(d.cities().get(t.partnerId()).country())) {
        continue;
      }
      counts.computeIfAbsent(t.cityId(), k -> new double[FUNCTIONS.size()])[f.ordinal()]++;
      if (t.type().isCityToCity()) {
        counts.computeIfAbsent(t.partnerId(), k -> new double[FUNCTIONS.size()])[f.ordinal()]++;
      }
    }
    List<String> rows = new ArrayList<>(counts.keySet());
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      m[i] = counts.get(rows.get(i));
    }
    List<String> cols = FUNCTIONS.stream().map(DiplomaticFunction::key).toList();
    LabelledMatrix e = new LabelledMatrix(rows, cols, m);
    LabelledMatrix lq = rows.isEmpty() ? e : Specialisation.locationQuotients(e).values();
    Provenance p = Provenance.of("function profiles and location quotients", Specialisation.CITATION)
        .withParameter("functions", "one per tie: missions and event interactions → political exchange, organisation seats → international"
            + " organisations, network memberships → city networks, finance/insurance firm offices → finance,"
            + " other firm offices → business services, air routes → aviation, events → events, sister cities →"
            + " twinning")
        .withParameter("ties", internationalOnly ? "international only" : "all")
        .withParameter("reference", "all cities of the dataset with a tie")
        .withData(d.label() + "; " + rows.size() + " cities with ties");
    return new FunctionProfiles(counts, e, lq, p);
  }

  /** Number of ties of the city serving the function (0 when it has none). */
  public double count(String cityId, DiplomaticFunction f) {
    double[] c = counts.get(cityId);
    return c == null ? 0 : c[f.ordinal()];
  }

  /** All counts of a city, by function. */
  public Map<DiplomaticFunction, Double> counts(String cityId) {
    Map<DiplomaticFunction, Double> m = new EnumMap<>(DiplomaticFunction.class);
    for (DiplomaticFunction f : FUNCTIONS) {
      m.put(f, count(cityId, f));
    }
    return Collections.unmodifiableMap(m);
  }

  /** Total ties of the city. */
  public double total(String cityId) {
    double[] c = counts.get(cityId);
    double s = 0;
    if (c != null) {
      for (double v : c) {
        s += v;
      }
    }
    return s;
  }

  /** The city's share of its ties serving f; empty when it has no tie. */
  public OptionalDouble share(String cityId, DiplomaticFunction f) {
    double t = total(cityId);
    return t == 0 ? OptionalDouble.empty() : OptionalDouble.of(count(cityId, f) / t);
  }

  /** LQ of (city, f); empty when the city has no tie or no city has f. */
  public OptionalDouble locationQuotient(String cityId, DiplomaticFunction f) {
    Integer i = lqRow.get(cityId);
    int j = lqColumn[f.ordinal()];
    if (i == null || j < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(lq.get(i, j));
  }

  /** max(0, 1 − LQ): 1 for a city without ties, 0 for a function absent from the data. */
  public double gap(String cityId, DiplomaticFunction f) {
    if (lqColumn[f.ordinal()] < 0) {
      return 0;
    }
    OptionalDouble q = locationQuotient(cityId, f);
    return q.isEmpty() ? 1 : Math.max(0, 1 - q.getAsDouble());
  }

  /**
   * The gap of a group of cities taken as one (a cluster acting as one): {@code max(0, 1 − LQ_Cf)} with the group
   * LQ of the analysis module ({@link Specialisation#groupLocationQuotients}, members summed, all cities as
   * reference). 1 when the group has no tie; 0 for a function absent from the data.
   */
  public double gap(java.util.Collection<String> group, DiplomaticFunction f) {
    if (group.size() == 1) {
      return gap(group.iterator().next(), f);
    }
    if (lqColumn[f.ordinal()] < 0) {
      return 0;
    }
    return groupGaps.computeIfAbsent(List.copyOf(group), this::groupGaps)[f.ordinal()];
  }

  /** The group's gap in every function, by ordinal (see {@link #gap(java.util.Collection, DiplomaticFunction)}). */
  private double[] groupGaps(List<String> group) {
    double[] gaps = new double[FUNCTIONS.size()];
    List<String> present = group.stream().filter(lqRow::containsKey).toList();
    if (present.isEmpty()) {
      java.util.Arrays.fill(gaps, 1);
      return gaps;
    }
    LabelledMatrix g = Specialisation.groupLocationQuotients(countMatrix, "group", present, countMatrix.rowIds())
        .values();
    for (DiplomaticFunction f : FUNCTIONS) {
      int j = g.columnIds().indexOf(f.key());
      gaps[f.ordinal()] = j < 0 ? 0 : Math.max(0, 1 - g.get(0, j));
    }
    return gaps;
  }

  public Provenance provenance() {
    return provenance;
  }
}
