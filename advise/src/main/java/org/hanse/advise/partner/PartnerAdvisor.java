package org.hanse.advise.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.FunctionProfiles;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.linkprediction.LinkPredictor.PairScorer;
import org.hanse.model.Actor;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * Partner recommendation (交往对象的选择): for a member city or a whole cluster, the foreign cities to twin or
 * cooperate with, the city networks to join, the countries whose missions and the organisations whose offices to
 * attract, and the event series to bid for — ranked by any scorer of methods.md §6 or the combined scorer, each with
 * its explanation (shared partners and their layers, similar cities already tied to the partner, complementary
 * functions, peers that already have the partner).
 *
 * <p>Candidates: for a city partner, every city of another country (for a cluster: of a country other than its
 * central cities') not yet tied to the source in the target layer; for an actor partner, every actor of the kind
 * that already has a tie of the target layer somewhere (an actor without one cannot be scored: cold start), not yet
 * tied to the source; a state is not proposed to open a mission in its own country, nor in a country where it has
 * no mission at all: a consulate needs diplomatic relations, and a state's first mission in a country (its embassy)
 * is a decision of national diplomacy, not something a city can attract. A cluster is contracted into one node first
 * ({@link PartnerNetwork#contract}): partners any member already has are no longer candidates.
 *
 * <p>Hong Kong, Macao and Taiwan: GeoNames (and the data) code them as countries of their own, so by the country
 * rule their cities would be "foreign" candidates for a source in mainland China (and mainland cities for a source in
 * Hong Kong or Macao). For such a source they are left out of the city candidates by default, because exchanges
 * between them are not foreign affairs in the practice of the offices this advice is for (they go through the Hong
 * Kong and Macao affairs offices and the Taiwan affairs offices, not the foreign-affairs office), and a list of
 * "foreign" partners led by Taipei would mislead. {@link #includingHongKongMacaoTaiwan} lists them again. Either way
 * every result says so in a {@link BilingualNote}. Other sources are unaffected.
 */
public final class PartnerAdvisor {
  private final Dataset dataset;
  private final PartnerNetwork network;
  private final FunctionProfiles functions;
  private final CombinedWeights weights;
  private final boolean includeHkMoTw;

  /** The codes treated as one country for the candidates of a source in any of them (see the class comment). */
  public static final Set<String> GREATER_CHINA = Set.of("CN", "HK", "MO", "TW");

  /** An advisor on every layer of the dataset with the default combined weights. */
  public PartnerAdvisor(Dataset dataset) {
    this(PartnerNetwork.of(dataset), CombinedWeights.DEFAULT);
  }

  public PartnerAdvisor(PartnerNetwork network, CombinedWeights weights) {
    this(network, FunctionProfiles.of(network.dataset().filterTies(t -> network.layers().contains(t.type()))),
        weights, false);
  }

  private PartnerAdvisor(PartnerNetwork network, FunctionProfiles functions, CombinedWeights weights,
      boolean includeHkMoTw) {
    this.network = Objects.requireNonNull(network, "network");
    this.dataset = network.dataset();
    this.functions = functions;
    this.weights = Objects.requireNonNull(weights, "weights");
    this.includeHkMoTw = includeHkMoTw;
  }

  /**
   * This advisor, with the cities of Hong Kong, Macao and Taiwan among the city candidates of a source in mainland
   * China (and mainland cities among those of a source in Hong Kong or Macao) when {@code include}.
   */
  public PartnerAdvisor includingHongKongMacaoTaiwan(boolean include) {
    return include == includeHkMoTw ? this : new PartnerAdvisor(network, functions, weights, include);
  }

  public PartnerNetwork network() {
    return network;
  }

  /** Recommendations for one city. */
  public Recommendations forCity(String cityId, PartnerKind kind, Scorer scorer, int limit) {
    City c = dataset.city(cityId).orElseThrow(() -> new NoSuchElementException("unknown city " + cityId));
    return recommend(network, c.id(), c.nameEn(), Set.of(c.country()), kind, scorer, limit);
  }

  /** Recommendations for a cluster acting as one node. */
  public Recommendations forCluster(String clusterId, PartnerKind kind, Scorer scorer, int limit) {
    Cluster cl = dataset.cluster(clusterId).orElseThrow(() -> new NoSuchElementException("unknown cluster "
        + clusterId + "; valid ids: " + String.join(" ", dataset.clusters().keySet())));
    Set<String> countries = new LinkedHashSet<>();
    cl.centralIds().forEach(id -> countries.add(dataset.cities().get(id).country()));
    return recommend(network.contract(cl), PartnerNetwork.CLUSTER_PREFIX + cl.id(), cl.nameEn(), countries, kind,
        scorer, limit);
  }

  private Recommendations recommend(PartnerNetwork net, String source, String sourceName, Set<String> homeCountries,
      PartnerKind kind, Scorer scorer, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Set<TieType> target = kind.targetLayers();
    if (!net.layers().containsAll(target)) {
      Set<TieType> missing = EnumSet.copyOf(target);
      missing.removeAll(net.layers());
      throw new MissingLayers(kind, missing);
    }
    Set<String> group = new LinkedHashSet<>(net.citiesOf(source));
    Set<String> memberCountries = new LinkedHashSet<>();
    group.forEach(id -> memberCountries.add(dataset.cities().get(id).country()));
    Set<String> mine = net.partners(source, target);
    List<String> candidates = new ArrayList<>();
    boolean greaterChina = homeCountries.stream().anyMatch(GREATER_CHINA::contains);
    int sameCountryRegions = 0;
    if (kind.isCity()) {
      for (City c : dataset.cities().values()) {
        if (!group.contains(c.id()) && !homeCountries.contains(c.country()) && !mine.contains(c.id())) {
          if (greaterChina && GREATER_CHINA.contains(c.country())) {
            sameCountryRegions++;
            if (!includeHkMoTw) {
              continue;
            }
          }
          candidates.add(c.id());
        }
      }
    } else {
      Set<String> withRelations = kind == PartnerKind.COUNTRY ? statesPresentIn(memberCountries) : Set.of();
      for (Actor a : dataset.actors().values()) {
        if (a.kind() == kind.actorKind() && !mine.contains(a.id()) && !net.partners(a.id(), target).isEmpty()
            && !(kind == PartnerKind.COUNTRY
                && (memberCountries.contains(a.country()) || !withRelations.contains(a.id())))) {
          candidates.add(a.id());
        }
      }
    }
    CombinedScorer combined = new CombinedScorer(net, functions, weights);
    double[] scores = scorer == Scorer.COMBINED ? combined.scores(source, candidates, kind)
        : net.scores(scorer, source, candidates, kind);
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -scores[i])
        .thenComparing(i -> candidates.get(i)));
    int n = Math.min(limit, order.length);
    List<String> top = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      top.add(candidates.get(order[i]));
    }
    CombinedScorer.Features f = combined.features(source, top, kind);
    List<Recommendation> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String p = top.get(i);
      Explanation e = explain(net, combined, source, p, kind, f.resourceAllocation()[i], f.preferentialAttachment()[i],
          f.complementarity()[i]);
      Named nm = named(p);
      items.add(new Recommendation(i + 1, p, nm.en, nm.zh, countryOf(p), scores[order[i]], e));
    }
    Provenance prov = Provenance.of("partner recommendation (" + scorer.label() + ")", scorer.citation())
        .withParameter("partner kind", kind.key())
        .withParameter("target layer", target)
        .withParameter("source", source)
        .withParameter("candidates", candidates.size())
        .withParameter("combined weights", weights)
        .withData(net.provenance().data())
        .withNote("actor partners without any tie of the target layer cannot be scored (cold start) and are not listed");
    if (kind == PartnerKind.COUNTRY) {
      prov = prov.withNote("only states that already have a mission in " + String.join(", ", memberCountries)
          + " are proposed (a consulate needs diplomatic relations)");
    }
    if (net.isClusterNode(source)) {
      prov = prov.withNote("the cluster acts as one node: partners any member already has are not candidates ("
          + mine.size() + ")");
    }
    List<BilingualNote> readerNotes = new ArrayList<>();
    if (kind.isCity() && greaterChina && sameCountryRegions > 0) {
      String codes = String.join("/", new java.util.TreeSet<>(homeCountries));
      if (includeHkMoTw) {
        long listed = items.stream().filter(x -> GREATER_CHINA.contains(x.country())).count();
        readerNotes.add(new BilingualNote("Hong Kong (HK), Macao (MO) and Taiwan (TW) are coded as countries of their"
            + " own in the data (GeoNames), so their " + sameCountryRegions + " cities are among the candidates of this"
            + " " + codes + " source, as the assessment counts their ties as international (listed here: " + listed
            + "). Exchanges with them are not foreign affairs for a mainland office (Hong Kong and Macao"
            + " affairs, Taiwan affairs): read those rows with that in mind.",
            "数据（GeoNames）将香港（HK）、澳门（MO）、台湾（TW）单列代码，因此其 " + sameCountryRegions + " 个城市也在本 "
            + codes + " 对象的候选之中（评估亦将与其联系计为国际联系）；所列结果中有 " + listed + " 个。对内地而言，与其交往"
            + "不属外事（分属港澳事务、台湾事务部门），阅读这些条目时请注意。"));
      } else {
        readerNotes.add(new BilingualNote("Hong Kong (HK), Macao (MO) and Taiwan (TW) are coded as countries of their"
            + " own in the data (GeoNames), but exchanges between them and the mainland are not foreign affairs (Hong"
            + " Kong and Macao affairs, Taiwan affairs): their " + sameCountryRegions + " cities are left out of the"
            + " candidates of this " + codes + " source. The option to include them lists them again.",
            "数据（GeoNames）将香港（HK）、澳门（MO）、台湾（TW）单列代码，但其与内地的交往不属外事（分属港澳事务、台湾事务"
            + "部门）：其 " + sameCountryRegions + " 个城市未列入本 " + codes + " 对象的候选。可用选项将其列入。"));
      }
      prov = prov.withParameter("Hong Kong, Macao, Taiwan cities", includeHkMoTw ? "candidates (coded as own"
          + " countries)" : "left out for a source in " + codes + " (" + sameCountryRegions + ")");
    }
    return new Recommendations(source, sourceName, kind, scorer, candidates.size(), mine.size(), items, prov,
        readerNotes);
  }

  /** Sending states with at least one mission in one of the countries. */
  private Set<String> statesPresentIn(Set<String> countries) {
    Set<String> out = new java.util.HashSet<>();
    for (var t : dataset.tiesOfType(TieType.DIPLOMATIC_MISSION)) {
      City c = dataset.cities().get(t.cityId());
      if (c != null && countries.contains(c.country())) {
        out.add(t.partnerId());
      }
    }
    return out;
  }

  private Explanation explain(PartnerNetwork net, CombinedScorer combined, String source, String partner,
      PartnerKind kind, double ra, double pa, double comp) {
    List<Explanation.SharedPartner> shared = new ArrayList<>();
    List<Explanation.Peer> peers = new ArrayList<>();
    List<Explanation.FunctionNote> notes = new ArrayList<>();
    List<String> group = net.citiesOf(source);
    if (kind.isCity()) {
      shared = sharedPartners(net, source, partner, 8);
      for (DiplomaticFunction fn : DiplomaticFunction.values()) {
        OptionalDouble plq = functions.locationQuotient(partner, fn);
        double gap = functions.gap(group, fn);
        if (plq.isPresent() && plq.getAsDouble() >= 1 && gap > 0) {
          notes.add(new Explanation.FunctionNote(fn, sourceLq(group, fn), plq.getAsDouble()));
        }
      }
    } else {
      PairScorer rs = net.fitted(Scorer.RESOURCE_ALLOCATION);
      int x = net.graph().requireIndex(source);
      List<String> footprint = new ArrayList<>(net.partners(partner, kind.targetLayers()));
      footprint.remove(source);
      footprint.sort(Comparator.<String>comparingDouble(c -> -rs.score(x, net.graph().requireIndex(c)))
          .thenComparing(c -> c));
      for (String c : footprint.subList(0, Math.min(3, footprint.size()))) {
        double v = rs.score(x, net.graph().requireIndex(c));
        if (v > 0) {
          peers.add(new Explanation.Peer(named(c).asNamed(), v, net.commonNeighbours(source, c).size(),
              sharedPartners(net, source, c, 5)));
        }
      }
      DiplomaticFunction fn = CombinedScorer.function(kind);
      notes.add(new Explanation.FunctionNote(fn, sourceLq(group, fn), Double.NaN));
    }
    List<Explanation.Named> holders = combined.peersHolding(source, partner, kind).stream()
        .map(id -> named(id).asNamed()).toList();
    return new Explanation(shared, peers, net.layersBetween(source, partner), notes, holders, ra, pa, comp,
        holders.isEmpty());
  }

  private OptionalDouble sourceLq(List<String> group, DiplomaticFunction fn) {
    if (group.size() == 1) {
      return functions.locationQuotient(group.get(0), fn);
    }
    double gap = functions.gap(group, fn);
    return gap > 0 && gap < 1 ? OptionalDouble.of(1 - gap) : OptionalDouble.empty();
  }

  private List<Explanation.SharedPartner> sharedPartners(PartnerNetwork net, String a, String b, int max) {
    List<String> common = new ArrayList<>(net.commonNeighbours(a, b));
    common.sort(Comparator.<String>comparingInt(net::degree).thenComparing(z -> z));
    List<Explanation.SharedPartner> out = new ArrayList<>();
    for (String z : common.subList(0, Math.min(max, common.size()))) {
      out.add(new Explanation.SharedPartner(named(z).asNamed(), EnumSet.copyOf(nonEmpty(net.layersBetween(a, z))),
          EnumSet.copyOf(nonEmpty(net.layersBetween(b, z))), net.degree(z)));
    }
    return out;
  }

  private static Set<TieType> nonEmpty(Set<TieType> s) {
    return s.isEmpty() ? EnumSet.noneOf(TieType.class) : s;
  }

  private record Named(String id, String en, String zh) {
    Explanation.Named asNamed() {
      return new Explanation.Named(id, en, zh);
    }
  }

  private Named named(String id) {
    City c = dataset.cities().get(id);
    if (c != null) {
      return new Named(id, c.nameEn(), c.nameZh());
    }
    Actor a = dataset.actors().get(id);
    if (a != null) {
      return new Named(id, a.nameEn(), a.nameZh());
    }
    if (id.startsWith(PartnerNetwork.CLUSTER_PREFIX)) {
      Cluster cl = dataset.clusters().get(id.substring(PartnerNetwork.CLUSTER_PREFIX.length()));
      if (cl != null) {
        return new Named(id, cl.nameEn(), cl.nameZh());
      }
    }
    return new Named(id, id, "");
  }

  private String countryOf(String id) {
    City c = dataset.cities().get(id);
    if (c != null) {
      return c.country();
    }
    Actor a = dataset.actors().get(id);
    return a == null ? "" : a.country();
  }

  /** The function profiles used for complementarity. */
  public FunctionProfiles functions() {
    return functions;
  }

  /**
   * The data hold no tie of a layer that partners of some kind are scored on (an event series without any event
   * hosted, say), so no partner of that kind can be recommended: a fact about the data, told to the user as such.
   */
  public static final class MissingLayers extends IllegalArgumentException {
    private final PartnerKind kind;
    private final Set<TieType> missing;

    MissingLayers(PartnerKind kind, Set<TieType> missing) {
      super("the data hold no " + keys(missing, Lang.EN) + " tie, so no partner of the kind '" + kind.key()
          + "' can be scored");
      this.kind = kind;
      this.missing = Set.copyOf(missing);
    }

    /** The message in {@code lang}. */
    public String message(Lang lang) {
      return lang == Lang.ZH
          ? "数据中没有" + keys(missing, lang) + "记录，无法为“" + kind.label(lang) + "”类伙伴评分"
          : getMessage();
    }

    private static String keys(Set<TieType> types, Lang lang) {
      return types.stream().sorted().map(t -> lang == Lang.ZH ? "“" + t.label(lang) + "”" : t.key())
          .collect(java.util.stream.Collectors.joining(lang == Lang.ZH ? "、" : " or "));
    }
  }
}
