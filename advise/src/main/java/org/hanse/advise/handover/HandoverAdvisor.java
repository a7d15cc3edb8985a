package org.hanse.advise.handover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.FunctionProfiles;
import org.hanse.advise.MemberFunctionTies;
import org.hanse.advise.scenario.ScenarioApplier;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.Ranks;
import org.hanse.analysis.index.EntropyWeights;
import org.hanse.analysis.index.IndicatorTable;
import org.hanse.analysis.index.Normalisation;
import org.hanse.analysis.index.Topsis;
import org.hanse.analysis.index.Weights;
import org.hanse.analysis.inequality.Gini;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.analysis.inequality.Theil;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;

/**
 * Function hand-over (疏解与承接, concepts.md "Paths" 1): for each function in which a central city has international
 * ties — its core functions (LQ ≥ 1) first — rank the other members best placed to take part of it, and show what
 * the move would do to the concentration of that function, and of all international ties, among the members.
 *
 * <p>Ranking: entropy-weighted TOPSIS (熵权-TOPSIS, methods.md §4.1–4.3, computed by the analysis module) over the
 * {@link HandoverCriterion criteria}: population (capacity), distance to the centre (proximity), partners of the
 * function shared with the centre plus direct ties (existing ties), the member's own ties of the function
 * (readiness) and the Krugman dissimilarity of the two function profiles (complementarity). A member without a
 * value of some criterion (population unknown; no international tie, hence no profile) is not ranked and is listed
 * as such ({@link NotRanked}); no value is made up for it. International ties are counted by the assessment's rule
 * ({@link MemberFunctionTies}).
 *
 * <p>Effect: the whole ties a scenario hand-over of {@code share} would move ({@link ScenarioApplier#handoverTies})
 * go from the centre to the member; Gini G* and Theil T of the members' counts before and after (methods.md §5).
 */
public final class HandoverAdvisor {
  /** The share of the centre's ties assumed to move, unless another is given. */
  public static final double DEFAULT_SHARE = 0.2;

  private final Dataset dataset;
  // Only for the centre's location quotient (core function or not), whose reference is every city of the dataset:
  // the cluster's inside/outside rule exists for members only, so the reference uses the country rule. The counts,
  // partners and concentration come from MemberFunctionTies (the assessment's rule).
  private final FunctionProfiles functions;

  public HandoverAdvisor(Dataset dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.functions = FunctionProfiles.international(dataset);
  }

  public FunctionProfiles functions() {
    return functions;
  }

  /**
   * The plan for a cluster.
   *
   * @param clusterId the cluster
   * @param centralId the central city; {@code null} = the first central city of the cluster
   * @param only      one function; {@code null} = every function the centre has ties in
   * @param share     share of the centre's ties assumed to move, in (0, 1]
   */
  public HandoverPlan plan(String clusterId, String centralId, DiplomaticFunction only, double share) {
    Cluster c = dataset.cluster(clusterId).orElseThrow(() -> new NoSuchElementException("unknown cluster "
        + clusterId + "; valid ids: " + String.join(" ", dataset.clusters().keySet())));
    String central = centralId == null ? c.centralIds().get(0) : centralId;
    if (!c.hasMember(central)) {
      throw new IllegalArgumentException(central + " is not a member of " + clusterId);
    }
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1]: " + share);
    }
    List<FunctionHandover> out = new ArrayList<>();
    MemberFunctionTies ties = MemberFunctionTies.of(dataset, c);
    for (DiplomaticFunction f : DiplomaticFunction.values()) {
      if ((only == null || only == f) && ties.count(central, f) > 0) {
        out.add(analyse(c, central, f, share, ties));
      }
    }
    if (only != null && out.isEmpty()) {
      throw new IllegalArgumentException(central + " has no international tie serving " + only.key());
    }
    out.sort(Comparator.comparing((FunctionHandover h) -> !h.core())
        .thenComparing(h -> -h.centralShare()).thenComparing(h -> h.function().ordinal()));
    return new HandoverPlan(clusterId, central, share, out);
  }

  /** The analysis of one function. */
  public FunctionHandover analyse(Cluster cluster, String central, DiplomaticFunction f, double share) {
    return analyse(cluster, central, f, share, MemberFunctionTies.of(dataset, cluster));
  }

  /** The analysis of one function with the members' ties already counted (once for all functions of a plan). */
  private FunctionHandover analyse(Cluster cluster, String central, DiplomaticFunction f, double share,
      MemberFunctionTies ties) {
    City centre = dataset.cities().get(central);
    List<String> members = cluster.memberIds().stream().filter(m -> !m.equals(central)).toList();
    if (members.size() < 2) {
      throw new IllegalArgumentException("a hand-over ranking needs at least two other members");
    }
    double centralTies = ties.count(central, f);
    double clusterTies = 0;
    for (String m : cluster.memberIds()) {
      clusterTies += ties.count(m, f);
    }
    Map<String, Map<HandoverCriterion, Double>> raw = new HashMap<>();
    for (String m : members) {
      City city = dataset.cities().get(m);
      Map<HandoverCriterion, Double> v = new EnumMap<>(HandoverCriterion.class);
      if (city.population() != null) {
        v.put(HandoverCriterion.POPULATION, (double) city.population().value());
      }
      v.put(HandoverCriterion.DISTANCE_KM, centre.distanceKm(city));
      Set<String> shared = new HashSet<>(ties.partners(central, f));
      shared.retainAll(ties.partners(m, f));
      v.put(HandoverCriterion.EXISTING_TIES, (double) shared.size() + directTies(central, m));
      v.put(HandoverCriterion.FUNCTION_TIES, ties.count(m, f));
      OptionalDouble k = krugman(ties, central, m);
      if (k.isPresent()) {
        v.put(HandoverCriterion.COMPLEMENTARITY, k.getAsDouble());
      }
      raw.put(m, v);
    }
    // A member without a value of a criterion is not ranked at all rather than given a value it does not have
    // (the group mean would be a made-up figure): it is listed as not rankable, with the criteria it lacks.
    List<NotRanked> notRanked = new ArrayList<>();
    for (String m : members) {
      List<HandoverCriterion> lacking = new ArrayList<>();
      for (HandoverCriterion k : HandoverCriterion.values()) {
        if (!raw.get(m).containsKey(k)) {
          lacking.add(k);
        }
      }
      if (!lacking.isEmpty()) {
        City city = dataset.cities().get(m);
        notRanked.add(new NotRanked(m, city.nameEn(), city.nameZh(), lacking));
      }
    }
    List<HandoverCriterion> used = new ArrayList<>(List.of(HandoverCriterion.values()));
    List<String> criterionNotes = new ArrayList<>();
    if (members.size() - notRanked.size() < 2) {
      // Too few members with every value to rank: rank all of them on the criteria every member has instead, and
      // say which criteria were left out for whom (still no value made up).
      for (NotRanked n : notRanked) {
        used.removeAll(n.missing());
      }
      for (HandoverCriterion k : HandoverCriterion.values()) {
        if (!used.contains(k)) {
          criterionNotes.add(k.label(org.hanse.model.Lang.EN) + " left out of this ranking: no value for "
              + notRanked.stream().filter(n -> n.missing().contains(k)).map(n -> n.nameEn() + " [" + n.cityId()
                  + "]").collect(java.util.stream.Collectors.joining(", ")) + ", and fewer than two members have"
              + " every criterion");
        }
      }
      notRanked.clear();
      if (used.isEmpty()) {
        throw new IllegalArgumentException("no criterion of the hand-over ranking of " + f.key() + " has a value for"
            + " every member");
      }
    }
    IndicatorTable.Builder tb = IndicatorTable.builder();
    for (HandoverCriterion k : used) {
      tb.indicator(k.key(), k.direction());
    }
    for (String m : members) {
      tb.group(m, cluster.id());
      raw.get(m).forEach((crit, value) -> {
        if (used.contains(crit)) {
          tb.value(m, crit.key(), value);
        }
      });
    }
    IndicatorTable table = tb.build(IndicatorTable.MissingRule.DROP_CITY);
    Normalisation.Result z = Normalisation.minMax(table, Normalisation.Shift.TRANSLATE);
    Weights w = EntropyWeights.compute(z.z());
    Topsis.Result t = Topsis.onNormalised(z.z(), w);
    Map<HandoverCriterion, Double> weights = new EnumMap<>(HandoverCriterion.class);
    for (HandoverCriterion k : HandoverCriterion.values()) {
      double wk = w.indicators().contains(k.key()) ? w.weight(k.key()) : 0.0;
      // An indicator without information gets an entropy weight that is zero up to rounding (e.g. -1e-17):
      // shown as 0, not as -0.000.
      weights.put(k, Math.abs(wk) < 1e-12 ? 0.0 : wk);
    }
    LabelledMatrix values = table.raw();
    List<String> ranked = new ArrayList<>(values.rowIds());
    ranked.sort(Comparator.<String>comparingDouble(id -> -t.closeness().get(id)).thenComparing(id -> id));
    Map<HandoverCriterion, int[]> criterionRanks = new EnumMap<>(HandoverCriterion.class);
    for (HandoverCriterion k : used) {
      double[] col = values.column(values.columnIndexOf(k.key()));
      if (k.direction() == org.hanse.analysis.index.IndicatorDirection.NEGATIVE) {
        for (int i = 0; i < col.length; i++) {
          col[i] = -col[i];
        }
      }
      criterionRanks.put(k, Ranks.competitionDescending(col, values.rowIds()));
    }
    List<String> all = cluster.memberIds();
    double[] fCounts = all.stream().mapToDouble(m -> ties.count(m, f)).toArray();
    double[] totals = all.stream().mapToDouble(ties::total).toArray();
    int ci = all.indexOf(central);
    List<HandoverCandidate> candidates = new ArrayList<>();
    int rank = 0;
    for (String m : ranked) {
      City city = dataset.cities().get(m);
      int row = values.rowIndexOf(m);
      Map<HandoverCriterion, Double> crit = new EnumMap<>(HandoverCriterion.class);
      List<HandoverCandidate.Reason> reasons = new ArrayList<>();
      for (HandoverCriterion k : used) {
        double v = values.get(row, values.columnIndexOf(k.key()));
        crit.put(k, v);
        int r = criterionRanks.get(k)[row];
        if (r <= (ranked.size() + 1) / 2 && weights.get(k) > 0) {
          reasons.add(new HandoverCandidate.Reason(k, v, r, ranked.size()));
        }
      }
      reasons.sort(Comparator.comparingInt(HandoverCandidate.Reason::rank)
          .thenComparing(r -> -weights.get(r.criterion())));
      int mi = all.indexOf(m);
      // Whole ties, exactly those a scenario hand-over of the same share would move (ScenarioApplier): a tie whose
      // partner the member already has is not moved.
      double moved = ScenarioApplier.handoverTies(dataset, central, m, f, share, ties.rule()::international).size();
      candidates.add(new HandoverCandidate(++rank, m, city.nameEn(), city.nameZh(), t.closeness().get(m), crit,
          reasons, effect(all, fCounts, ci, mi, moved), effect(all, totals, ci, mi, moved)));
    }
    Provenance p = Provenance.of("function hand-over ranking (entropy-weighted TOPSIS) and concentration effect",
            Topsis.CITATION + "; " + EntropyWeights.CITATION + "; " + Gini.CITATION + "; " + Theil.CITATION)
        .withParameter("central city", central)
        .withParameter("function", f.key())
        .withParameter("criteria", "population (+), distance to the centre km (−), shared partners of the function"
            + " + direct ties (+), own ties of the function (+), Krugman K of function profiles (+)")
        .withParameter("normalisation", "min-max with direction, z + 0.01")
        .withParameter("share moved", share)
        .withData(dataset.label() + "; international ties of " + cluster.memberIds().size() + " members of "
            + cluster.id() + " as the assessment counts them (ties between members and editions co-hosted by"
            + " members are inside the cluster)")
        .withParameter("ties moved", "round(share × the centre's international ties of the function), whole ties"
            + " whose partner the member does not have yet, as a scenario hand-over moves them")
        .withNotes(z.provenance().notes())
        .withNotes(w.provenance().notes());
    p = p.withNotes(criterionNotes);
    for (NotRanked n : notRanked) {
      p = p.withNote(n.nameEn() + " [" + n.cityId() + "] not ranked: no value of " + n.missing().stream()
          .map(k -> k.label(org.hanse.model.Lang.EN)).collect(java.util.stream.Collectors.joining(", ")));
    }
    OptionalDouble lq = functions.locationQuotient(central, f);
    return new FunctionHandover(f, lq.isPresent() && lq.getAsDouble() >= 1, centralTies, lq.orElse(0),
        clusterTies == 0 ? 0 : centralTies / clusterTies, weights, candidates, notRanked, p);
  }

  private static ConcentrationEffect effect(List<String> ids, double[] y, int from, int to, double moved) {
    double[] after = y.clone();
    after[from] -= moved;
    after[to] += moved;
    return new ConcentrationEffect(moved, Gini.of(ids, y).corrected(), Gini.of(ids, after).corrected(), theil(ids, y),
        theil(ids, after));
  }

  private static OptionalDouble theil(List<String> ids, double[] y) {
    double s = 0;
    for (double v : y) {
      s += v;
    }
    return s == 0 ? OptionalDouble.empty() : OptionalDouble.of(Theil.of(ids, y));
  }

  private int directTies(String a, String b) {
    int n = 0;
    for (Tie t : dataset.tiesOf(a)) {
      if (t.type().isCityToCity() && t.involves(b)) {
        n++;
      }
    }
    return n;
  }

  private static OptionalDouble krugman(MemberFunctionTies functions, String a, String b) {
    if (functions.total(a) == 0 || functions.total(b) == 0) {
      return OptionalDouble.empty();
    }
    DiplomaticFunction[] fs = DiplomaticFunction.values();
    double[][] m = new double[2][fs.length];
    for (DiplomaticFunction f : fs) {
      m[0][f.ordinal()] = functions.count(a, f);
      m[1][f.ordinal()] = functions.count(b, f);
    }
    LabelledMatrix e = new LabelledMatrix(List.of(a, b),
        java.util.Arrays.stream(fs).map(DiplomaticFunction::key).toList(), m);
    return OptionalDouble.of(Specialisation.krugman(e, a, b));
  }
}
