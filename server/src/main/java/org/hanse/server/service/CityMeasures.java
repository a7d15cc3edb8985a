package org.hanse.server.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hanse.analysis.Scores;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.Composite;
import org.hanse.analysis.assessment.ConnectivityTable;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.DegreeCentrality;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * The city measures of the analysis module as the dashboard lists them: world-city network connectivity (GaWC
 * interlocking model, overall and by firm sector, and the diplomacy layer, as {@code hanse connectivity} computes
 * it), centralities of the default city network (PageRank, degree, strength, betweenness), each member's function
 * scores from the assessment, and every city indicator the data hold. Nothing is computed here: each value is the
 * analysis module's or the record's own, with its method and data in the measure's parameters.
 *
 * <p>The values are computed on first read and kept for the snapshot: betweenness of the whole network and the
 * assessment take seconds, and most requests ask for one measure only.
 */
final class CityMeasures {
  /**
   * The default network of the centralities: the two city-to-city layers the network page offers first, every year,
   * several ties of a pair summed.
   */
  static final List<TieType> DEFAULT_LAYERS = List.of(TieType.SISTER_CITY, TieType.AIR_ROUTE);

  private CityMeasures() {}

  static List<Measure> of(Dataset d, Supplier<Optional<Assessment>> assessment) {
    List<Measure> out = new ArrayList<>();
    connectivity(d, out);
    centralities(d, out);
    functions(d, assessment, out);
    indicators(d, out);
    return out;
  }

  // ---- world-city network connectivity

  private static void connectivity(Dataset d, List<Measure> out) {
    if (!d.tiesOfType(TieType.FIRM_OFFICE).isEmpty()) {
      List<String> sources = sources(d, EnumSet.of(TieType.FIRM_OFFICE));
      out.add(gnc(d, "firms", null, sources));
      for (String sector : ServiceValueMatrices.firmOffices(d, null).sectors()) {
        out.add(gnc(d, "firms", sector, sources));
      }
    }
    Set<TieType> diplomacy = EnumSet.of(TieType.ORGANISATION_SEAT, TieType.NETWORK_MEMBERSHIP,
        TieType.DIPLOMATIC_MISSION);
    if (diplomacy.stream().anyMatch(t -> !d.tiesOfType(t).isEmpty())) {
      out.add(gnc(d, "diplomacy", null, sources(d, diplomacy)));
    }
  }

  private static Measure gnc(Dataset d, String layer, String sector, List<String> sources) {
    String id = "gnc." + layer + (sector == null ? "" : "." + slug(sector));
    boolean firms = layer.equals("firms");
    String en = (firms ? "GNC: firm offices" : "GNC: diplomacy") + (sector == null ? "" : " (" + sector + ")");
    String zh = (firms ? "全球网络连通度：企业" : "全球网络连通度：外交") + (sector == null ? "" : "（" + sector + "）");
    String methodEn = "Global network connectivity N_a of the GaWC interlocking network model: the sum over all "
        + "other cities b and " + (firms ? "firms j" : "affiliations j (organisation seats, city networks, missions "
        + "by sending state)") + " of v_aj · v_bj" + (sector == null ? "" : ", firms of this sector only")
        + ". Cities the layer's data do not cover have no value (unknown, not 0). "
        + GlobalNetworkConnectivity.CITATION;
    String zhMethod = "GaWC 连锁网络模型的全球网络连通度 N_a：对其他城市 b 与"
        + (firms ? "企业 j" : "国际机构 j（组织总部、城市网络、按派出国计的使领馆）") + "求 v_aj·v_bj 之和"
        + (sector == null ? "" : "，仅计该行业的企业") + "。数据未覆盖的城市无值（未知，而非 0）。";
    Map<String, String> params = new LinkedHashMap<>();
    params.put("layer", layer);
    if (sector != null) {
      params.put("sector", sector);
    }
    return Measure.lazy(id, en, zh, "", methodEn, zhMethod, params, sources, () -> {
      ConnectivityTable t = ConnectivityTable.of(d, layer, sector);
      Map<String, Double> values = new LinkedHashMap<>();
      for (ConnectivityTable.Row r : t.rows()) {
        values.put(r.cityId(), (double) r.gnc());
      }
      String why = firms ? "not covered by the firm-office data (GaWC DS11)"
          : "no organisation seat, city-network membership or mission recorded";
      return computed(d, values, why);
    });
  }

  // ---- centralities of the default network

  private static void centralities(Dataset d, List<Measure> out) {
    if (DEFAULT_LAYERS.stream().allMatch(t -> d.tiesOfType(t).isEmpty())) {
      return;
    }
    Memo<Optional<WeightedGraph>> graph = new Memo<>(() -> {
      WeightedGraph g = MultiplexNetwork.builder(d).layers(DEFAULT_LAYERS).build().aggregate();
      return g.nodeCount() == 0 ? Optional.empty() : Optional.of(g);
    });
    List<String> sources = sources(d, EnumSet.copyOf(DEFAULT_LAYERS));
    String net = "the city network of sister cities and air routes (every year, the weights of a pair's ties summed)";
    String netZh = "友好城市与国际航线构成的城市网络（不分年份，同一对城市的联系权重相加）";
    out.add(centrality(d, graph, "pagerank", "PageRank", "PageRank 中心度", "",
        "Weighted PageRank (damping 0.85) on " + net + ". " + PageRank.CITATION,
        "在" + netZh + "上的加权 PageRank（阻尼系数 0.85）。", sources, g -> new PageRank().compute(g)));
    out.add(centrality(d, graph, "degree", "Degree", "度中心度", "partner cities",
        "Number of partner cities in " + net + ". " + DegreeCentrality.CITATION,
        "在" + netZh + "中的伙伴城市数。", sources,
        g -> DegreeCentrality.degree(g, DegreeCentrality.Direction.ALL)));
    out.add(centrality(d, graph, "strength", "Strength", "强度中心度", "",
        "Sum of the tie weights of the city in " + net + ". " + DegreeCentrality.CITATION,
        "城市在" + netZh + "中的联系权重之和。", sources,
        g -> DegreeCentrality.strength(g, DegreeCentrality.Direction.ALL)));
    out.add(centrality(d, graph, "betweenness", "Betweenness (normalised)", "中介中心度（标准化）", "",
        "Normalised betweenness on " + net + "; tie weights are strengths, turned into path costs 1/w. "
            + BetweennessCentrality.CITATION,
        "在" + netZh + "上的标准化中介中心度；联系权重视为强度，路径成本取 1/w。", sources,
        g -> new BetweennessCentrality().compute(g).normalised()));
  }

  private static Measure centrality(Dataset d, Memo<Optional<WeightedGraph>> graph, String key, String en, String zh,
      String unit, String methodEn, String methodZh, List<String> sources,
      java.util.function.Function<WeightedGraph, Scores> compute) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("layers", String.join(", ", DEFAULT_LAYERS.stream().map(TieType::key).toList()));
    params.put("year", "all");
    return Measure.lazy("centrality." + key, en, zh, unit, methodEn, methodZh, params, sources, () -> {
      Map<String, Double> values = new LinkedHashMap<>();
      graph.get().ifPresent(g -> values.putAll(compute.apply(g).asMap()));
      return computed(d, values, "no sister city or air route recorded: not in the network");
    });
  }

  // ---- function scores of the assessment

  private static void functions(Dataset d, Supplier<Optional<Assessment>> assessment, List<Measure> out) {
    if (d.clusters().isEmpty()) {
      return;
    }
    String[][] functions = {
        {"governance", "Function: global governance", "功能：参与全球治理能力"},
        {"competitiveness", "Function: trade and technology", "功能：全球贸易与科技竞争力"},
        {"exchange", "Function: people and culture", "功能：人文双向交流"},
        {"demonstration", "Function: demonstration effect", "功能：示范效应"}};
    for (String[] f : functions) {
      String key = f[0];
      out.add(Measure.lazy("function." + key, f[1], f[2], "",
          "Entropy–TOPSIS relative closeness C ∈ [0, 1] of the member city within its cluster, from the cluster "
              + "assessment (the member scores of the function profile); the indicators, weights and readings are "
              + "on the cluster page. Cities in no cluster, and members the assessment could not score, have none.",
          "城市群评估中该成员城市在本城市群内的熵权 TOPSIS 相对贴近度 C ∈ [0, 1]（功能画像的成员得分）；"
              + "指标、权重与读数见城市群页面。不属于任何城市群的城市及评估无法打分的成员无值。",
          Map.of("function", key), List.of(), () -> functionScores(d, assessment.get(), key)));
    }
  }

  private static LazyValues.Computed functionScores(Dataset d, Optional<Assessment> assessment, String key) {
    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, String> excluded = new LinkedHashMap<>();
    if (assessment.isEmpty()) {
      for (String c : d.cities().keySet()) {
        excluded.put(c, "the assessment is not available");
      }
      return new LazyValues.Computed(values, excluded);
    }
    for (ClusterAssessment ca : assessment.get().clusters()) {
      Optional<FunctionScore> fs = ca.functions().stream().filter(f -> f.key().equals(key)).findFirst();
      if (fs.isEmpty()) {
        continue;
      }
      Composite members = fs.get().members();
      for (Composite.Subject s : members.subjects()) {
        if (values.containsKey(s.id())) {
          // A city in two clusters has a score in each; they are not comparable, so neither is shown.
          values.remove(s.id());
          excluded.put(s.id(), "member of several clusters: one score per cluster, on the cluster pages");
        } else if (excluded.containsKey(s.id())) {
          continue;
        } else if (s.score().isPresent()) {
          values.put(s.id(), s.score().getAsDouble());
        } else {
          excluded.put(s.id(), s.excluded().isEmpty()
              ? members.undecided().orElse("not scored by the assessment") : s.excluded());
        }
      }
    }
    for (String c : d.cities().keySet()) {
      if (!values.containsKey(c) && !excluded.containsKey(c)) {
        excluded.put(c, "not a member of an assessed cluster");
      }
    }
    return new LazyValues.Computed(values, excluded);
  }

  // ---- indicators as recorded

  private static void indicators(Dataset d, List<Measure> out) {
    Map<String, List<Indicator>> byCode = new LinkedHashMap<>();
    for (Indicator i : d.indicators()) {
      IndicatorDefinition def = d.indicatorDefinitions().get(i.code());
      if (def != null && def.scope() == IndicatorScope.CITY) {
        byCode.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Indicator>> e : byCode.entrySet()) {
      IndicatorDefinition def = d.indicatorDefinitions().get(e.getKey());
      out.add(indicator(d, def, e.getValue()));
    }
  }

  private static Measure indicator(Dataset d, IndicatorDefinition def, List<Indicator> observations) {
    // The latest observation of each city, as the assessment reads indicators.
    Map<String, Indicator> latest = new LinkedHashMap<>();
    Set<String> sources = new LinkedHashSet<>();
    sources.add(def.sourceId());
    for (Indicator i : observations) {
      latest.merge(i.subjectId(), i, (a, b) -> b.year() > a.year() ? b : a);
    }
    int from = Integer.MAX_VALUE;
    int to = Integer.MIN_VALUE;
    Map<String, Double> values = new LinkedHashMap<>();
    for (City c : d.cities().values()) {
      Indicator i = latest.get(c.id());
      if (i != null) {
        values.put(c.id(), i.value());
        sources.add(i.sourceId());
        from = Math.min(from, i.year());
        to = Math.max(to, i.year());
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("indicator", def.code());
    params.put("year", from == to ? Integer.toString(from) : from + "–" + to + " (the latest year of each city)");
    Map<String, String> excluded = new LinkedHashMap<>();
    for (String c : d.cities().keySet()) {
      if (!values.containsKey(c)) {
        excluded.put(c, "no value of " + def.code() + " recorded");
      }
    }
    return new Measure("indicator." + def.code(), def.nameEn(), def.nameZh(), def.unit(),
        "The indicator " + def.code() + " as recorded in the knowledge base (imported with its source), the latest "
            + "year of each city; no value is derived or filled in.",
        "知识库中记录的指标 " + def.code() + "（随来源导入），取每个城市的最新年份；不推算、不补值。",
        params, List.copyOf(sources), values, excluded);
  }

  // ---- helpers

  private static LazyValues.Computed computed(Dataset d, Map<String, Double> values, String why) {
    Map<String, String> excluded = new LinkedHashMap<>();
    for (String c : d.cities().keySet()) {
      if (!values.containsKey(c)) {
        excluded.put(c, why);
      }
    }
    return new LazyValues.Computed(values, excluded);
  }

  private static List<String> sources(Dataset d, Set<TieType> types) {
    Set<String> out = new LinkedHashSet<>();
    for (TieType t : types) {
      for (Tie tie : d.tiesOfType(t)) {
        out.add(tie.sourceId());
      }
    }
    return List.copyOf(out);
  }

  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
