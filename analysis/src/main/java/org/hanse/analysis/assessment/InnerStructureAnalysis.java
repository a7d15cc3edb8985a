package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.index.CouplingCoordination;
import org.hanse.analysis.index.EntropyWeights;
import org.hanse.analysis.index.IndicatorDirection;
import org.hanse.analysis.index.IndicatorTable;
import org.hanse.analysis.index.Normalisation;
import org.hanse.analysis.index.Weights;
import org.hanse.analysis.inequality.Gini;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.analysis.inequality.Theil;
import org.hanse.analysis.linkprediction.LinkPredictor;
import org.hanse.analysis.linkprediction.NeighbourhoodIndex;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.spatial.BreakingPoint;
import org.hanse.analysis.spatial.FieldStrength;
import org.hanse.analysis.spatial.GravityModel;
import org.hanse.analysis.spatial.UrbanPrimacy;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Indicator;
import org.hanse.model.Lang;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Computes the {@link InnerStructure} of one cluster with the spatial, inequality, index and link-prediction
 * classes. Every choice of input (masses, resources, indicators, thresholds) is recorded in the provenance, and
 * members without the data a measure needs are left out of it and listed.
 */
final class InnerStructureAnalysis {
  private InnerStructureAnalysis() {}

  static InnerStructure of(Facts f, Cluster c, List<MissingItem> missing) {
    TieProfile profile = f.profiles.get(c.id());
    InnerStructure.Coordination coordination = coordination(f, c, profile);
    return new InnerStructure(radiation(f, c, profile, coordination, missing), concentration(f, c, profile, missing),
        coordination, homogeneity(f, c, profile));
  }

  // ---------------------------------------------------------------- radiation

  private static InnerStructure.Radiation radiation(Facts f, Cluster c, TieProfile profile,
      InnerStructure.Coordination coordination, List<MissingItem> missing) {
    List<String> ids = new ArrayList<>();
    List<City> cities = new ArrayList<>();
    for (String m : c.memberIds()) {
      City city = f.dataset.city(m).orElseThrow();
      if (city.population() == null) {
        missing.add(new MissingItem("inner structure", m, "population",
            "left out of the gravity linkages and breaking points"));
      } else {
        ids.add(m);
        cities.add(city);
      }
    }
    double[] pop = cities.stream().mapToDouble(x -> x.population().value()).toArray();
    double[] gdp = new double[ids.size()];
    boolean allGdp = !ids.isEmpty();
    for (int i = 0; i < ids.size(); i++) {
      Optional<Indicator> g = f.gdpOf(ids.get(i));
      if (g.isPresent()) {
        gdp[i] = g.get().value();
      } else {
        allGdp = false;
      }
    }
    String units;
    List<String> gravityNotes = new ArrayList<>();
    if (allGdp) {
      units = "P persons (stored population), G " + f.gdp.map(d -> d.code() + " " + d.unit()).orElse("") + ", D km"
          + " great-circle";
    } else {
      gdp = pop.clone();
      units = "P persons (stored population), G := P, D km great-circle";
      gravityNotes.add("GDP is not known for every member: the mass is population alone (G := P, i.e. the classic"
          + " P_i P_j / D^b), and the direction k_ij = P_i / (P_i + P_j)");
    }
    Optional<GravityModel.Result> gravity = Optional.empty();
    Provenance gp = Provenance.of("modified gravity linkage", GravityModel.CITATION)
        .withData("members with a population: " + ids.size() + " of " + c.memberIds().size());
    if (ids.size() >= 2) {
      try {
        GravityModel.Result r = new GravityModel(1, f.options.gravityExponent())
            .compute(ids, pop, gdp, GravityModel.greatCircleDistances(cities), units);
        gravity = Optional.of(r);
        gp = r.provenance().withNotes(gravityNotes)
            .withData("members with a population: " + ids.size() + " of " + c.memberIds().size());
      } catch (IllegalArgumentException e) {
        gp = gp.withNote("no gravity linkages: " + e.getMessage());
      }
    } else {
      gp = gp.withNote("fewer than two members with a population: no gravity linkages");
    }
    List<InnerStructure.Centre> centres = new ArrayList<>();
    for (String centre : c.centralIds()) {
      OptionalDouble all = OptionalDouble.empty();
      OptionalDouble outShare = OptionalDouble.empty();
      if (gravity.isPresent() && ids.contains(centre)) {
        all = OptionalDouble.of(gravity.get().centralShareOfAllLinkage(centre));
        outShare = OptionalDouble.of(gravity.get().centralShareOfOutLinkage(centre));
      }
      OptionalDouble tieShare = profile.centralCities().stream().filter(s -> s.cityIds().equals(List.of(centre)))
          .findFirst().map(TieProfile.CentralShare::share).orElse(OptionalDouble.empty());
      List<InnerStructure.BreakingPointTo> bps = new ArrayList<>();
      City cc = f.dataset.city(centre).orElseThrow();
      if (cc.population() != null && cc.population().value() > 0) {
        for (City m : cities) {
          if (m.id().equals(centre) || c.isCentral(m.id())) {
            continue;
          }
          double d = cc.distanceKm(m);
          if (d > 0) {
            bps.add(new InnerStructure.BreakingPointTo(m.id(), d,
                BreakingPoint.distanceFromA(d, cc.population().value(), m.population().value())));
          }
        }
      }
      centres.add(new InnerStructure.Centre(centre, all, outShare, tieShare, bps));
    }
    List<InnerStructure.Hinterland> hinterland = new ArrayList<>();
    Provenance hp = Provenance.of("field-strength hinterlands and breaking points", FieldStrength.CITATION + "; "
        + BreakingPoint.CITATION).withParameter("breaking-point mass", "population")
        .withParameter("field-strength quality Z", "the central city's opening score (coordinated opening-up)")
        .withParameter("field-strength exponent a", 2)
        .withData(f.dataset.label() + "; " + c.memberIds().size() + " members, " + c.centralIds().size()
            + " central cit" + (c.centralIds().size() == 1 ? "y" : "ies")
            + "; stored populations and great-circle distances");
    if (c.centralIds().size() >= 2) {
      List<String> centreIds = new ArrayList<>();
      List<Double> quality = new ArrayList<>();
      for (String centre : c.centralIds()) {
        Double z = coordination.opening().get(centre);
        if (z != null) {
          centreIds.add(centre);
          quality.add(z);
        }
      }
      List<String> targets = c.memberIds().stream().filter(m -> !c.isCentral(m)).toList();
      if (centreIds.size() >= 2 && !targets.isEmpty()) {
        double[][] d = new double[targets.size()][centreIds.size()];
        for (int t = 0; t < targets.size(); t++) {
          City tc = f.dataset.city(targets.get(t)).orElseThrow();
          for (int k = 0; k < centreIds.size(); k++) {
            d[t][k] = tc.distanceKm(f.dataset.city(centreIds.get(k)).orElseThrow());
          }
        }
        FieldStrength.Result r = new FieldStrength(2).hinterlands(centreIds,
            quality.stream().mapToDouble(Double::doubleValue).toArray(), targets, d);
        for (FieldStrength.Assignment a : r.assignments()) {
          hinterland.add(new InnerStructure.Hinterland(a.targetId(), a.centreId(), a.tiedCentres()));
        }
        hp = hp.withData(hp.data() + "; " + r.provenance().data());
      } else {
        hp = hp.withNote("fewer than two central cities with an opening score: no hinterlands");
      }
    } else {
      hp = hp.withNote("one central city: every member lies in its hinterland");
    }
    return new InnerStructure.Radiation(centres, hinterland, gp, hp);
  }

  // ---------------------------------------------------------------- concentration

  private static InnerStructure.Concentration concentration(Facts f, Cluster c, TieProfile profile,
      List<MissingItem> missing) {
    List<String> ids = new ArrayList<>();
    double[] y = new double[profile.perMember().size()];
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < y.length; i++) {
      TieProfile.MemberTies m = profile.perMember().get(i);
      ids.add(m.cityId());
      y[i] = m.total();
      values.put(m.cityId(), y[i]);
    }
    Gini.Result gini = Gini.of(ids, y);
    double total = 0;
    for (double v : y) {
      total += v;
    }
    OptionalDouble theil = OptionalDouble.empty();
    OptionalDouble hhi = OptionalDouble.empty();
    OptionalDouble hhiN = OptionalDouble.empty();
    OptionalDouble cr1 = OptionalDouble.empty();
    Provenance p = Provenance.of("concentration of international ties among members",
            Gini.CITATION + "; " + Theil.CITATION + "; " + org.hanse.analysis.inequality.Concentration.CITATION
                + "; " + UrbanPrimacy.CITATION)
        .withParameter("resource", "international ties of each member (all types, counts)")
        .withParameter("population primacy", "members with a stored population")
        .withData(f.dataset.label() + "; " + ids.size() + " members")
        .withNotes(gini.provenance().notes());
    if (total > 0) {
      theil = OptionalDouble.of(Theil.of(ids, y));
      org.hanse.analysis.inequality.Concentration.Herfindahl h =
          org.hanse.analysis.inequality.Concentration.herfindahl(ids, y);
      hhi = OptionalDouble.of(h.index());
      hhiN = OptionalDouble.of(h.normalised());
      cr1 = OptionalDouble.of(h.concentrationRatio(1));
    } else {
      p = p.withNote("no member has an international tie: Theil, HHI and shares are undefined");
    }
    UrbanPrimacy.Result tiesPrimacy = UrbanPrimacy.of(ids, y);
    List<String> popIds = new ArrayList<>();
    List<Double> pops = new ArrayList<>();
    for (String m : c.memberIds()) {
      City city = f.dataset.city(m).orElseThrow();
      if (city.population() != null) {
        popIds.add(m);
        pops.add((double) city.population().value());
      }
    }
    UrbanPrimacy.Result popPrimacy = UrbanPrimacy.of(popIds, pops.stream().mapToDouble(Double::doubleValue).toArray());
    if (popIds.size() < c.memberIds().size()) {
      p = p.withNote((c.memberIds().size() - popIds.size()) + " member(s) without population left out of the"
          + " population primacy");
    }
    return new InnerStructure.Concentration("international ties", values, gini.gini(), gini.corrected(), theil, hhi,
        hhiN, cr1, total > 0 ? tiesPrimacy.primateCity() : "", tiesPrimacy.twoCity(), tiesPrimacy.fourCity(),
        tiesPrimacy.elevenCity(), popPrimacy.twoCity(), popPrimacy.fourCity(), popPrimacy.primateCity(), p);
  }

  // ---------------------------------------------------------------- coordinated opening-up

  /** Tie types whose international ties make up the opening score (present in the data). */
  static List<TieType> openingTypes(Facts f) {
    List<TieType> types = new ArrayList<>();
    for (TieType t : TieType.values()) {
      if (f.present.contains(t)) {
        types.add(t);
      }
    }
    return types;
  }

  private static InnerStructure.Coordination coordination(Facts f, Cluster c, TieProfile profile) {
    List<TieType> types = openingTypes(f);
    Provenance p = Provenance.of("coordinated opening-up: coupling coordination of the members' opening scores",
            EntropyWeights.CITATION + "; " + CouplingCoordination.CITATION)
        .withParameter("opening score U_i", "Σ_j w_j z'_ij: entropy-weighted min-max index of the member's"
            + " international ties by type, z' = 0.99 z + 0.01 (so U ∈ [0.01, 1])")
        .withParameter("indicators", String.join(", ", types.stream().map(TieType::key).toList()))
        .withParameter("coupling", "corrected C (Wang et al. 2021) across the n members; traditional C for comparison")
        .withData(f.dataset.label() + "; " + c.memberIds().size() + " members");
    if (c.memberIds().size() < 2 || types.isEmpty()) {
      return new InnerStructure.Coordination(Map.of(), Map.of(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), "", "", "", "", OptionalDouble.empty(), OptionalDouble.empty(),
          c.memberIds().size() < 2 ? "fewer than two members" : "the data hold no international tie", p);
    }
    IndicatorTable.Builder b = IndicatorTable.builder();
    types.forEach(t -> b.indicator(t.key(), IndicatorDirection.POSITIVE));
    for (TieProfile.MemberTies m : profile.perMember()) {
      for (TieType t : types) {
        b.value(m.cityId(), t.key(), m.of(t));
      }
    }
    IndicatorTable table = b.build(IndicatorTable.MissingRule.DROP_CITY);
    Normalisation.Result z = Normalisation.minMax(table, Normalisation.Shift.RESCALE);
    Weights w = EntropyWeights.compute(z.z());
    var scores = w.score(z.z());
    Map<String, Double> opening = new LinkedHashMap<>();
    double[] u = new double[scores.size()];
    for (int i = 0; i < u.length; i++) {
      u[i] = Math.min(1, scores.valueAt(i));
      opening.put(scores.ids().get(i), u[i]);
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String code : w.indicators()) {
      weights.put(code, w.weight(code));
    }
    CouplingCoordination.Result corrected = CouplingCoordination.compute(u, CouplingCoordination.Formula.CORRECTED);
    CouplingCoordination.Result traditional =
        CouplingCoordination.compute(u, CouplingCoordination.Formula.TRADITIONAL);
    p = p.withNotes(z.provenance().notes()).withNotes(w.provenance().notes())
        .withNotes(corrected.provenance().notes());
    return new InnerStructure.Coordination(opening, weights, OptionalDouble.of(corrected.coupling()),
        OptionalDouble.of(corrected.comprehensive()), OptionalDouble.of(corrected.coordination()),
        corrected.couplingClass().label(Lang.EN), corrected.couplingClass().label(Lang.ZH),
        corrected.level().label(Lang.EN), corrected.level().label(Lang.ZH),
        OptionalDouble.of(traditional.coupling()), OptionalDouble.of(traditional.coordination()), "", p);
  }

  // ---------------------------------------------------------------- homogeneous competition

  private static InnerStructure.Homogeneity homogeneity(Facts f, Cluster c, TieProfile profile) {
    AssessmentOptions o = f.options;
    Set<String> members = new HashSet<>(c.memberIds());
    WeightedGraph.Builder g = WeightedGraph.undirected();
    c.memberIds().forEach(g::node);
    Map<String, Set<String>> partners = new LinkedHashMap<>();
    for (String m : c.memberIds()) {
      City city = f.dataset.city(m).orElseThrow();
      Set<String> mine = new HashSet<>();
      for (Tie t : f.dataset.tiesOf(m)) {
        String other = t.otherEnd(m);
        boolean foreign;
        if (t.type().isCityToCity()) {
          foreign = !members.contains(other) && !f.dataset.city(other).orElseThrow().country().equals(city.country());
        } else {
          foreign = true;
        }
        if (foreign && mine.add(other)) {
          g.edge(m, "partner:" + other, 1);
        }
      }
      partners.put(m, mine);
    }
    WeightedGraph graph = g.build();
    LinkPredictor.PairScorer jaccard = NeighbourhoodIndex.JACCARD.fit(graph);
    List<TieType> types = openingTypes(f);
    double[][] profileValues = new double[c.memberIds().size()][types.size()];
    for (int i = 0; i < c.memberIds().size(); i++) {
      String m = c.memberIds().get(i);
      TieProfile.MemberTies mt = profile.perMember().stream().filter(x -> x.cityId().equals(m)).findFirst()
          .orElseThrow();
      for (int k = 0; k < types.size(); k++) {
        profileValues[i][k] = mt.of(types.get(k));
      }
    }
    LabelledMatrix profiles = new LabelledMatrix(c.memberIds(), types.stream().map(TieType::key).toList(),
        profileValues);
    List<InnerStructure.Pair> all = new ArrayList<>();
    int flagged = 0;
    List<String> ms = c.memberIds();
    for (int i = 0; i < ms.size(); i++) {
      for (int j = i + 1; j < ms.size(); j++) {
        String a = ms.get(i);
        String b = ms.get(j);
        double jac = jaccard.score(graph.requireIndex(a), graph.requireIndex(b));
        Set<String> shared = new HashSet<>(partners.get(a));
        shared.retainAll(partners.get(b));
        OptionalDouble s = OptionalDouble.empty();
        if (!types.isEmpty() && rowTotal(profileValues[i]) > 0 && rowTotal(profileValues[j]) > 0) {
          s = OptionalDouble.of(Specialisation.structuralSimilarity(profiles, a, b));
        }
        boolean hom = s.isPresent() && s.getAsDouble() >= o.similarityThreshold() && jac >= o.partnerThreshold();
        if (hom) {
          flagged++;
        }
        all.add(new InnerStructure.Pair(a, b, shared.size(), jac, s, hom));
      }
    }
    all.sort(Comparator.comparingDouble(InnerStructure.Pair::partnerOverlap).reversed()
        .thenComparing(Comparator.comparingDouble((InnerStructure.Pair p) -> p.profileSimilarity().orElse(-1))
            .reversed())
        .thenComparing(InnerStructure.Pair::a).thenComparing(InnerStructure.Pair::b));
    Provenance p = Provenance.of("homogeneous competition: overlap of foreign partners and of function profiles",
            NeighbourhoodIndex.JACCARD.citation() + "; " + Specialisation.CITATION)
        .withParameter("partner overlap", "Jaccard of the sets of foreign partners (actors and foreign cities)")
        .withParameter("profile similarity", "structural similarity (cosine) of international ties by type")
        .withParameter("homogeneous when", "similarity ≥ " + o.similarityThreshold() + " and overlap ≥ "
            + o.partnerThreshold() + " (conventions, not established thresholds)")
        .withParameter("pairs listed", o.homogeneousPairs())
        .withData(f.dataset.label() + "; " + ms.size() + " members, " + all.size() + " pairs");
    return new InnerStructure.Homogeneity(all.subList(0, Math.min(o.homogeneousPairs(), all.size())), all.size(),
        flagged, p);
  }

  private static double rowTotal(double[] r) {
    double s = 0;
    for (double v : r) {
      s += v;
    }
    return s;
  }
}
