package org.hanse.advise.cohost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.hanse.advise.MemberFunctionTies;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.inequality.Gini;
import org.hanse.analysis.inequality.Theil;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Co-hosting planner (共同承办, concepts.md "Paths"): which members of a cluster should host an event together.
 *
 * <p>Feasibility, per host: at least {@link EventProfile#minAirRoutes()} air routes, at least
 * {@link EventProfile#minPopulation()} inhabitants (capacity proxy), and within {@link EventProfile#maxDistanceKm()}
 * of the main host (great-circle distance, {@link City#distanceKm}). Objective: among feasible sets of exactly
 * {@link EventProfile#hosts()} members, the lowest Gini G* of the members' international ties after each host gains
 * {@link EventProfile#gain()} ties, i.e. the set that spreads the event's opportunity most to the less open members
 * (Gini 1912, Deltas 2003, methods.md §5; Theil T shown alongside). Solved exactly by
 * {@link HostSetSearch branch and bound}; the top {@link EventProfile#alternatives()} sets are returned with the
 * reasons each is feasible.
 */
public final class CohostPlanner {
  private final Dataset dataset;
  private final Map<String, Integer> airRoutes = new HashMap<>();

  public CohostPlanner(Dataset dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    for (Tie t : dataset.tiesOfType(TieType.AIR_ROUTE)) {
      airRoutes.merge(t.cityId(), 1, Integer::sum);
      airRoutes.merge(t.partnerId(), 1, Integer::sum);
    }
  }

  /**
   * The plan.
   *
   * @throws NoSuchElementException   for an unknown cluster
   * @throws IllegalArgumentException when the main host is not a member or more hosts are wanted than members
   */
  public CohostPlan plan(String clusterId, EventProfile profile) {
    Cluster c = dataset.cluster(clusterId).orElseThrow(() -> new NoSuchElementException("unknown cluster "
        + clusterId + "; valid ids: " + String.join(" ", dataset.clusters().keySet())));
    List<String> ids = c.memberIds();
    int n = ids.size();
    if (profile.mainHostId() != null && !c.hasMember(profile.mainHostId())) {
      throw new IllegalArgumentException("main host " + profile.mainHostId() + " is not a member of " + clusterId);
    }
    if (profile.hosts() > n) {
      throw new IllegalArgumentException(profile.hosts() + " hosts wanted but " + clusterId + " has " + n
          + " members");
    }
    List<City> cities = ids.stream().map(id -> dataset.cities().get(id)).toList();
    Map<String, String> label = labels(cities);
    // Openness = the member's international ties exactly as the assessment counts them (one shared rule).
    MemberFunctionTies profiles = MemberFunctionTies.of(dataset, c);
    double[] x = new double[n];
    int[] air = new int[n];
    boolean[] eligible = new boolean[n];
    boolean[][] near = new boolean[n][n];
    List<HostCity> members = new ArrayList<>();
    List<String> unknownPopulation = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      City city = cities.get(i);
      x[i] = profiles.total(city.id());
      air[i] = airRoutes.getOrDefault(city.id(), 0);
      OptionalLong pop = city.populationIfKnown().map(p -> OptionalLong.of(p.value())).orElse(OptionalLong.empty());
      if (pop.isEmpty()) {
        unknownPopulation.add(city.id());
      }
      List<String> problems = new ArrayList<>();
      if (air[i] < profile.minAirRoutes()) {
        problems.add(air[i] + " air route(s) < " + profile.minAirRoutes());
      }
      if (profile.minPopulation() > 0) {
        if (pop.isEmpty()) {
          problems.add("population unknown (minimum " + count(profile.minPopulation()) + ")");
        } else if (pop.getAsLong() < profile.minPopulation()) {
          problems.add("population " + count(pop.getAsLong()) + " < " + count(profile.minPopulation()));
        }
      }
      eligible[i] = problems.isEmpty();
      if (profile.mainHostId() != null && !city.id().equals(profile.mainHostId())
          && city.distanceKm(dataset.cities().get(profile.mainHostId())) > profile.maxDistanceKm()) {
        City mainHost = dataset.cities().get(profile.mainHostId());
        problems.add(km(city.distanceKm(mainHost)) + " from main host " + label.get(mainHost.id()) + " > "
            + km(profile.maxDistanceKm()));
      }
      members.add(new HostCity(city.id(), city.nameEn(), city.nameZh(), x[i], air[i], pop, OptionalDouble.empty(),
          earlierEditions(city.id(), profile.series()), problems));
      for (int j = 0; j < n; j++) {
        near[i][j] = i == j || city.distanceKm(cities.get(j)) <= profile.maxDistanceKm();
      }
    }
    int fixed = profile.mainHostId() == null ? -1 : ids.indexOf(profile.mainHostId());
    HostSetSearch.Problem problem = new HostSetSearch.Problem(ids, x, air, profile.gain(), profile.hosts(), eligible,
        near, fixed);
    HostSetSearch.Result r = HostSetSearch.search(problem, profile.alternatives());
    OptionalDouble giniBefore = Gini.of(ids, x).corrected();
    OptionalDouble theilBefore = sum(x) == 0 ? OptionalDouble.empty() : OptionalDouble.of(Theil.of(ids, x));
    List<HostSet> sets = new ArrayList<>();
    for (HostSetSearch.Found f : r.best()) {
      sets.add(hostSet(sets.size() + 1, f, members, cities, x, profile, giniBefore, theilBefore));
    }
    int feasibleHosts = 0;
    for (HostCity m : members) {
      feasibleHosts += m.problems().isEmpty() ? 1 : 0;
    }
    Provenance p = Provenance.of("co-hosting planner: exact branch and bound over host sets",
            "Land & Doig (1960) Econometrica 28(3):497-520 (branch and bound); " + Gini.CITATION + "; "
                + Theil.CITATION)
        .withParameter("event", profile.series().isEmpty() ? "(not named)" : profile.series())
        .withParameter("hosts", profile.hosts())
        .withParameter("main host", profile.mainHostId() == null ? "any member of the set" : profile.mainHostId())
        .withParameter("minimum air routes per host", profile.minAirRoutes())
        .withParameter("minimum population per host", profile.minPopulation())
        .withParameter("maximum distance to the main host (km)", Double.isInfinite(profile.maxDistanceKm())
            ? "no limit" : km(profile.maxDistanceKm()))
        .withParameter("ties gained per host", profile.gain())
        .withParameter("objective", "lowest corrected Gini G* of the members' international ties after the event,"
            + " the event counted as " + fmt(profile.gain()) + " tie(s) of each host; ties broken by more air routes,"
            + " then ids")
        .withData(dataset.label() + "; cluster " + clusterId + ", " + n + " members; openness = international ties"
            + " as the assessment counts them (ties between members and editions co-hosted by members are inside);"
            + " air routes: the air-route layer (any destination)")
        .withNote("distance is great-circle distance: the data hold no travel times")
        .withNote("needs an event may have beyond these proxies (venues, climate, terrain) are not in the data");
    if (!unknownPopulation.isEmpty()) {
      p = p.withNote("population unknown for " + String.join(", ", unknownPopulation)
          + (profile.minPopulation() > 0 ? ": they fail the population minimum" : ""));
    }
    if (profile.hosts() > 1) {
      // The objective credits each host with the event; the assessment does not (an edition co-hosted by members is
      // a joint activity of the cluster). Said on every plan so that the two figures are not confused.
      p = p.withNote("the assessment counts an edition co-hosted by two or more members as inside the cluster, not as"
          + " an international tie of either: running a set as a scenario leaves the assessment's G* and Theil as"
          + " they are (shown as 'assessment' after each set); the ranking credits each host with the event");
    }
    if (sets.isEmpty()) {
      p = p.withNote("no set of " + profile.hosts() + " members meets every requirement");
    } else if (sets.size() < profile.alternatives()) {
      p = p.withNote("only " + sets.size() + " feasible set(s)");
    }
    return new CohostPlan(clusterId, profile, members, sets, feasibleHosts, r.stats().nodes(), r.stats().pruned(), p);
  }

  private HostSet hostSet(int rank, HostSetSearch.Found f, List<HostCity> members, List<City> cities, double[] x,
      EventProfile profile, OptionalDouble giniBefore, OptionalDouble theilBefore) {
    City main = cities.get(f.main());
    Map<String, String> label = labels(cities);
    List<HostCity> hosts = new ArrayList<>();
    List<String> why = new ArrayList<>();
    for (int i : f.members()) {
      hosts.add(members.get(i).at(main.distanceKm(cities.get(i))));
    }
    hosts.sort(Comparator.comparing((HostCity h) -> !h.cityId().equals(main.id()))
        .thenComparingDouble(h -> h.distanceKm().orElse(0)));
    for (HostCity h : hosts) {
      // A requirement is named only where the event sets one, so no "≥ 0" appears.
      List<String> parts = new ArrayList<>();
      if (h.cityId().equals(main.id())) {
        parts.add("main host");
      } else {
        parts.add(km(h.distanceKm().orElse(0)) + " from " + label.get(main.id())
            + (Double.isInfinite(profile.maxDistanceKm()) ? "" : " ≤ " + km(profile.maxDistanceKm())));
      }
      parts.add(h.airRoutes() + " air route(s)" + (profile.minAirRoutes() > 0 ? " ≥ " + profile.minAirRoutes() : ""));
      if (profile.minPopulation() > 0) {
        parts.add("population " + count(h.population().orElse(0)) + " ≥ " + count(profile.minPopulation()));
      }
      if (h.earlierEditions() > 0) {
        parts.add("hosted " + h.earlierEditions() + " earlier edition(s)");
      }
      parts.add(fmt(h.openness()) + " international ties before the event");
      why.add(label.get(h.cityId()) + ": " + String.join("; ", parts));
    }
    double[] after = x.clone();
    for (int i : f.members()) {
      after[i] += profile.gain();
    }
    List<String> ids = members.stream().map(HostCity::cityId).toList();
    // What the assessment records after the event (ScenarioApplier writes one event_host tie for a single host,
    // event_cohost ties of one edition for several): one host gains one international tie; several member co-hosts
    // gain none, the edition being inside the cluster.
    double[] assessed = x.clone();
    if (f.members().length == 1) {
      assessed[f.members()[0]] += 1;
    }
    OptionalDouble assessedGini = Gini.of(ids, assessed).corrected();
    OptionalDouble assessedTheil = sum(assessed) == 0 ? OptionalDouble.empty() : OptionalDouble.of(Theil.of(ids,
        assessed));
    return new HostSet(rank, main.id(), hosts, giniBefore, f.giniAfter(), theilBefore, Theil.of(ids, after), why,
        assessedGini, assessedTheil);
  }

  private int earlierEditions(String cityId, String series) {
    if (series.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (Tie t : dataset.tiesOf(cityId)) {
      if ((t.type() == TieType.EVENT_HOST || t.type() == TieType.EVENT_COHOST) && t.partnerId().equals(series)) {
        n++;
      }
    }
    return n;
  }

  private static double sum(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s;
  }

  /**
   * The English name each member goes by in the plan's reasons: its name, or where two members share it ("Taizhou"
   * in Jiangsu and in Zhejiang, both in the Yangtze River Delta) the name with its region, so that a reason says which.
   */
  public static Map<String, String> labels(List<City> members) {
    Map<String, Long> named = members.stream().collect(java.util.stream.Collectors.groupingBy(City::nameEn,
        java.util.stream.Collectors.counting()));
    Map<String, String> out = new HashMap<>();
    for (City c : members) {
      out.put(c.id(), named.get(c.nameEn()) > 1 ? c.nameEnWithRegion() : c.nameEn());
    }
    return out;
  }

  static String km(double km) {
    return String.format(Locale.ROOT, "%.0f km", km);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
