package org.hanse.analysis.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.analysis.Provenance;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * A multiplex network of cities built from the typed, dated ties of a {@link Dataset}: one layer per chosen
 * {@link TieType}, all layers on the same node set (methods.md §2, §9; design: "as-of year, layers").
 *
 * <p>City-to-city layers (sister cities, air routes) are undirected weighted city graphs directly. City–actor
 * layers (network memberships, missions, organisation seats, events, firm offices) are kept as two-mode
 * {@link BipartiteLayer}s and become city graphs through the weighted one-mode projection only when
 * {@link #layer(TieType)} or {@link #aggregate()} asks for them; projections are computed once and cached.
 *
 * <p>Choices, all recorded in the provenance:
 * <ul>
 *   <li>year window [from, to]: a tie is kept when it holds at some time in the window; ties with unknown dates
 *       are kept (as {@link Tie#holdsIn} does) and counted in a note;</li>
 *   <li>{@link TieWeighting}: how several ties of one pair or cell combine (sum or max of tie weights, count, or
 *       binary);</li>
 *   <li>{@link BipartiteLayer.Weighting}: how the city–actor layers are projected;</li>
 *   <li>node set: the cities with at least one kept tie in any chosen layer, in dataset order, or every city of
 *       the dataset ({@link Builder#allCities()}).</li>
 * </ul>
 */
public final class MultiplexNetwork {
  private final List<String> cityIds;
  private final Map<TieType, WeightedGraph> cityLayers;
  private final Map<TieType, BipartiteLayer> actorLayers;
  private final Map<TieType, Integer> tieCounts;
  private final BipartiteLayer.Weighting projection;
  private final Map<TieType, WeightedGraph> projected = new HashMap<>();
  private final Provenance provenance;

  private MultiplexNetwork(List<String> cityIds, Map<TieType, WeightedGraph> cityLayers,
      Map<TieType, BipartiteLayer> actorLayers, Map<TieType, Integer> tieCounts, BipartiteLayer.Weighting projection,
      Provenance provenance) {
    this.cityIds = List.copyOf(cityIds);
    this.cityLayers = cityLayers;
    this.actorLayers = actorLayers;
    this.tieCounts = tieCounts;
    this.projection = projection;
    this.provenance = provenance;
  }

  public static Builder builder(Dataset dataset) {
    return new Builder(dataset);
  }

  /** The chosen layers in the order given. */
  public List<TieType> layers() {
    return new ArrayList<>(tieCounts.keySet());
  }

  /** The node set shared by all layers. */
  public List<String> cityIds() {
    return cityIds;
  }

  /** Number of ties kept in a layer. */
  public int tieCount(TieType layer) {
    return requireLayer(layer);
  }

  /** True for city–actor layers (kept two-mode until projected). */
  public boolean isTwoMode(TieType layer) {
    requireLayer(layer);
    return actorLayers.containsKey(layer);
  }

  /** The city × actor relation of a city–actor layer. */
  public BipartiteLayer twoModeLayer(TieType layer) {
    requireLayer(layer);
    BipartiteLayer b = actorLayers.get(layer);
    if (b == null) {
      throw new IllegalArgumentException(layer.key() + " is a city-to-city layer");
    }
    return b;
  }

  /** The undirected weighted city graph of one layer (projected for city–actor layers). */
  public synchronized WeightedGraph layer(TieType layer) {
    requireLayer(layer);
    WeightedGraph g = cityLayers.get(layer);
    if (g != null) {
      return g;
    }
    return projected.computeIfAbsent(layer, l -> actorLayers.get(l).project(projection));
  }

  /** The sum of all layer graphs. */
  public WeightedGraph aggregate() {
    Map<TieType, Double> ones = new LinkedHashMap<>();
    layers().forEach(l -> ones.put(l, 1.0));
    return aggregate(ones);
  }

  /**
   * The weighted sum of layer graphs, {@code w_ab = Σ_l c_l w_ab^(l)}; layers missing from the map are left out.
   * Coefficients must be non-negative; layers are on different scales, so the choice of c_l is the caller's.
   */
  public WeightedGraph aggregate(Map<TieType, Double> coefficients) {
    WeightedGraph.Builder b = WeightedGraph.undirected();
    cityIds.forEach(b::node);
    for (Map.Entry<TieType, Double> e : coefficients.entrySet()) {
      double c = e.getValue();
      if (!(c >= 0) || Double.isInfinite(c)) {
        throw new IllegalArgumentException("layer coefficient of " + e.getKey().key() + " must be ≥ 0: " + c);
      }
      if (c == 0) {
        continue;
      }
      WeightedGraph g = layer(e.getKey());
      g.forEachEdge((u, v, w) -> b.edge(g.id(u), g.id(v), c * w));
    }
    return b.build();
  }

  public Provenance provenance() {
    return provenance;
  }

  private int requireLayer(TieType layer) {
    Integer n = tieCounts.get(Objects.requireNonNull(layer, "layer"));
    if (n == null) {
      throw new IllegalArgumentException(layer.key() + " is not a layer of this network; layers are " + layers());
    }
    return n;
  }

  /** How several ties of one city pair (or one city–actor cell) combine into one weight. */
  public enum TieWeighting {
    /** Σ of tie weights (e.g. routes add up). */
    WEIGHT_SUM,
    /** largest tie weight (e.g. service values: one v per cell, methods.md §1.3). */
    WEIGHT_MAX,
    /** number of ties. */
    COUNT,
    /** 1 if any tie. */
    BINARY
  }

  /** Builds a {@link MultiplexNetwork}. */
  public static final class Builder {
    private final Dataset dataset;
    private final List<TieType> layers = new ArrayList<>();
    private Integer from;
    private Integer to;
    private TieWeighting weighting = TieWeighting.WEIGHT_SUM;
    private BipartiteLayer.Weighting projection = BipartiteLayer.Weighting.PRODUCT;
    private boolean allCities;

    private Builder(Dataset dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The layers (tie types); at least one. */
    public Builder layers(Collection<TieType> types) {
      for (TieType t : types) {
        if (!layers.contains(t)) {
          layers.add(t);
        }
      }
      return this;
    }

    public Builder layers(TieType... types) {
      return layers(List.of(types));
    }

    /** Keep ties that hold at some time in [from, to] (inclusive). Without a window every tie is kept. */
    public Builder years(int from, int to) {
      if (to < from) {
        throw new IllegalArgumentException("year window ends before it starts: " + from + "–" + to);
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /** Keep ties that hold in one year. */
    public Builder year(int year) {
      return years(year, year);
    }

    public Builder tieWeighting(TieWeighting w) {
      this.weighting = Objects.requireNonNull(w);
      return this;
    }

    public Builder projection(BipartiteLayer.Weighting w) {
      this.projection = Objects.requireNonNull(w);
      return this;
    }

    /** Make every city of the dataset a node, also those without a kept tie. */
    public Builder allCities() {
      this.allCities = true;
      return this;
    }

    private boolean inWindow(Tie t) {
      if (from == null) {
        return true;
      }
      return (t.fromYear() == null || t.fromYear() <= to) && (t.toYear() == null || t.toYear() >= from);
    }

    public MultiplexNetwork build() {
      if (layers.isEmpty()) {
        throw new IllegalArgumentException("choose at least one layer");
      }
      Map<TieType, List<Tie>> kept = new EnumMap<>(TieType.class);
      Set<String> active = new HashSet<>();
      int undated = 0;
      for (TieType l : layers) {
        List<Tie> ts = new ArrayList<>();
        for (Tie t : dataset.tiesOfType(l)) {
          if (inWindow(t)) {
            ts.add(t);
            active.add(t.cityId());
            if (l.isCityToCity()) {
              active.add(t.partnerId());
            }
            if (from != null && t.fromYear() == null && t.toYear() == null) {
              undated++;
            }
          }
        }
        kept.put(l, ts);
      }
      List<String> nodes = new ArrayList<>();
      for (String c : dataset.cities().keySet()) {
        if (allCities || active.contains(c)) {
          nodes.add(c);
        }
      }
      Map<TieType, WeightedGraph> cityLayers = new EnumMap<>(TieType.class);
      Map<TieType, BipartiteLayer> actorLayers = new EnumMap<>(TieType.class);
      Map<TieType, Integer> counts = new LinkedHashMap<>();
      for (TieType l : layers) {
        List<Tie> ts = kept.get(l);
        counts.put(l, ts.size());
        if (l.isCityToCity()) {
          cityLayers.put(l, cityGraph(nodes, ts));
        } else {
          actorLayers.put(l, actorLayer(nodes, ts));
        }
      }
      Provenance p = Provenance.of("multiplex city network", "methods.md §2 (networks from typed, dated ties)")
          .withParameter("layers", counts)
          .withParameter("years", from == null ? "all" : from + "–" + to)
          .withParameter("tie weighting", weighting)
          .withParameter("projection of city–actor layers", projection)
          .withParameter("nodes", allCities ? "all dataset cities" : "cities with a kept tie")
          .withData(dataset.label() + "; " + nodes.size() + " cities");
      if (undated > 0) {
        p = p.withNote(undated + " tie(s) without dates were kept as holding in the window");
      }
      return new MultiplexNetwork(nodes, cityLayers, actorLayers, counts, projection, p);
    }

    private double value(Tie t) {
      return switch (weighting) {
        case WEIGHT_SUM, WEIGHT_MAX -> t.weight();
        case COUNT, BINARY -> 1;
      };
    }

    private double combine(double a, double b) {
      return switch (weighting) {
        case WEIGHT_SUM, COUNT -> a + b;
        case WEIGHT_MAX -> Math.max(a, b);
        case BINARY -> 1;
      };
    }

    private WeightedGraph cityGraph(List<String> nodes, List<Tie> ties) {
      Map<String, Double> pairs = new LinkedHashMap<>();
      for (Tie t : ties) {
        pairs.merge(t.cityId() + "\u0000" + t.partnerId(), value(t), this::combine);
      }
      WeightedGraph.Builder b = WeightedGraph.undirected();
      nodes.forEach(b::node);
      pairs.forEach((k, w) -> {
        int cut = k.indexOf('\u0000');
        b.edge(k.substring(0, cut), k.substring(cut + 1), w);
      });
      return b.build();
    }

    private BipartiteLayer actorLayer(List<String> nodes, List<Tie> ties) {
      BipartiteLayer.Builder b = BipartiteLayer.builder();
      nodes.forEach(b::row);
      for (Tie t : ties) {
        b.weight(t.cityId(), t.partnerId(), value(t), this::combine);
      }
      return b.build();
    }
  }
}
