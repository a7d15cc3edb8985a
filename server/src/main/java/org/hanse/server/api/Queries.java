package org.hanse.server.api;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.server.service.Measure;

/**
 * The selections behind the list endpoints and the pages. Pages and API call the same methods, so the numbers a
 * page shows are the numbers the API returns.
 */
public final class Queries {
  private Queries() {}

  /** Cities matching a free-text query (id or either name), a country and a cluster; any filter may be null. */
  public static List<City> cities(Dataset d, String q, String country, String clusterId, String sort) {
    return cities(d, q, country, clusterId, sort, null);
  }

  /**
   * As {@link #cities(Dataset, String, String, String, String)}, filtering {@code sorted} (every city of {@code d} in
   * the requested order, e.g. cached per snapshot) instead of sorting again; null sorts here.
   */
  public static List<City> cities(Dataset d, String q, String country, String clusterId, String sort,
      List<City> sorted) {
    Predicate<City> keep = c -> true;
    if (q != null && !q.isBlank()) {
      String needle = q.trim().toLowerCase(Locale.ROOT);
      keep = keep.and(c -> c.id().toLowerCase(Locale.ROOT).equals(needle)
          || c.nameEn().toLowerCase(Locale.ROOT).contains(needle) || c.nameZh().contains(q.trim()));
    }
    if (country != null && !country.isBlank()) {
      String cc = country.trim().toUpperCase(Locale.ROOT);
      keep = keep.and(c -> c.country().equals(cc));
    }
    if (clusterId != null && !clusterId.isBlank()) {
      Cluster cl = d.clusters().get(clusterId.trim());
      keep = cl == null ? c -> false : keep.and(c -> cl.hasMember(c.id()));
    }
    if (sorted != null) {
      return sorted.stream().filter(keep).toList();
    }
    List<City> out = new ArrayList<>(d.cities().values().stream().filter(keep).toList());
    out.sort(cityOrder(sort));
    return out;
  }

  static Comparator<City> cityOrder(String sort) {
    String key = sort == null || sort.isBlank() ? "name" : sort.trim();
    boolean desc = key.startsWith("-");
    if (desc) {
      key = key.substring(1);
    }
    Comparator<City> c = switch (key) {
      case "id" -> Comparator.comparing(City::id);
      case "country" -> Comparator.comparing(City::country).thenComparing(City::nameEn);
      case "population" -> Comparator.comparingLong((City x) -> x.population() == null ? -1 : x.population().value());
      case "name" -> Comparator.comparing(City::nameEn, Collator.getInstance(Locale.ENGLISH));
      default -> throw new io.javalin.http.BadRequestResponse(
          "sort must be one of id, name, country, population (prefix - for descending), not '" + sort + "'");
    };
    c = desc ? c.reversed() : c;
    return c.thenComparing(City::id);
  }

  /** Parses a comma-separated list of tie-type keys; null or blank means every type. */
  public static Set<TieType> tieTypes(String csv) {
    Set<TieType> out = new LinkedHashSet<>();
    if (csv == null || csv.isBlank()) {
      out.addAll(List.of(TieType.values()));
      return out;
    }
    for (String k : csv.split(",")) {
      if (k.isBlank()) {
        continue;
      }
      try {
        out.add(TieType.fromKey(k));
      } catch (IllegalArgumentException e) {
        throw new io.javalin.http.BadRequestResponse("unknown tie type '" + k.trim() + "'; known: "
            + String.join(", ", java.util.Arrays.stream(TieType.values()).map(TieType::key).toList()));
      }
    }
    return out;
  }

  /**
   * Ties of the given types, holding in {@code year} (null: any year), with {@code cityId} at one end (null: any), one
   * end in cluster {@code clusterId} (null: any) and partner {@code partnerId} (null: any).
   */
  public static List<Tie> ties(Dataset d, Set<TieType> types, Integer year, String cityId, String clusterId,
      String partnerId) {
    Collection<Tie> base = cityId == null || cityId.isBlank() ? d.ties() : d.tiesOf(cityId.trim());
    Cluster cl = clusterId == null || clusterId.isBlank() ? null : d.clusters().get(clusterId.trim());
    if (clusterId != null && !clusterId.isBlank() && cl == null) {
      return List.of();
    }
    List<Tie> out = new ArrayList<>();
    for (Tie t : base) {
      if (!types.contains(t.type()) || (year != null && !t.holdsIn(year))) {
        continue;
      }
      if (cl != null && !(cl.hasMember(t.cityId()) || (t.type().isCityToCity() && cl.hasMember(t.partnerId())))) {
        continue;
      }
      if (partnerId != null && !partnerId.isBlank() && !partnerId.trim().equals(t.partnerId())
          && !(t.type().isCityToCity() && partnerId.trim().equals(t.cityId()))) {
        continue;
      }
      out.add(t);
    }
    out.sort(Comparator.comparing(Tie::id));
    return out;
  }

  /** Cities ranked by a measure, highest first; competition ranking, equal values ordered by city id. */
  public static List<Views.RankedCity> ranking(Dataset d, Measure m, String clusterId) {
    Cluster cl = clusterId == null || clusterId.isBlank() ? null : d.clusters().get(clusterId.trim());
    List<Map.Entry<String, Double>> entries = new ArrayList<>();
    for (Map.Entry<String, Double> e : m.values().entrySet()) {
      if (d.cities().containsKey(e.getKey()) && (cl == null || cl.hasMember(e.getKey()))) {
        entries.add(e);
      }
    }
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Views.RankedCity> out = new ArrayList<>();
    int rank = 0;
    Double previous = null;
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, Double> e = entries.get(i);
      if (previous == null || Double.compare(previous, e.getValue()) != 0) {
        rank = i + 1;
        previous = e.getValue();
      }
      City c = d.cities().get(e.getKey());
      out.add(new Views.RankedCity(rank, c.id(), c.nameEn(), c.nameZh(), c.country(), e.getValue()));
    }
    return out;
  }

  /** One foreign partner of a cluster with the members engaged with it, by tie type. */
  public record Engagement(String partnerId, String partnerKind, String partnerNameEn, String partnerNameZh,
      String type, List<String> memberIds, int ties) {}

  /**
   * The cluster's engagements: for each foreign partner (actor, or city outside the cluster) and tie type, which
   * members hold such a tie. Partners engaged by several members first: they are where the cluster can act together.
   */
  public static List<Engagement> engagements(Dataset d, Cluster cl, Set<TieType> types, Integer year) {
    Map<String, Set<String>> members = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Tie> sample = new HashMap<>();
    Map<String, String> partnerOf = new HashMap<>();
    for (String m : cl.memberIds()) {
      for (Tie t : d.tiesOf(m)) {
        if (!types.contains(t.type()) || (year != null && !t.holdsIn(year))) {
          continue;
        }
        String partner = t.otherEnd(m);
        if (t.type().isCityToCity() && cl.hasMember(partner)) {
          continue; // inner ties are not foreign engagements
        }
        String key = t.type().key() + "|" + partner;
        members.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m);
        counts.merge(key, 1, Integer::sum);
        sample.putIfAbsent(key, t);
        partnerOf.put(key, partner);
      }
    }
    List<Engagement> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : members.entrySet()) {
      Tie t = sample.get(e.getKey());
      String partner = partnerOf.get(e.getKey());
      Views.TieView v = Views.TieView.of(t, d);
      String en;
      String zh;
      String kind;
      if (t.type().isCityToCity()) {
        City p = d.cities().get(partner);
        en = p.nameEn();
        zh = p.nameZh();
        kind = "city";
      } else {
        en = v.partnerNameEn();
        zh = v.partnerNameZh();
        kind = v.partnerKind();
      }
      out.add(new Engagement(partner, kind, en, zh, t.type().key(), List.copyOf(e.getValue()), counts.get(e.getKey())));
    }
    out.sort(Comparator.comparingInt((Engagement e) -> -e.memberIds().size())
        .thenComparing(Engagement::type).thenComparing(Engagement::partnerId));
    return out;
  }
}
