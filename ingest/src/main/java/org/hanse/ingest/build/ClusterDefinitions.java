package org.hanse.ingest.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.Cluster;

/**
 * The eight clusters. The three Chinese ones come from {@code china_urban_agglomerations/cluster_members.csv}
 * (compiled from the plan documents; members with {@code in_original_plan = 1}, i.e. the 26 YRD cities of the 2016
 * plan without Wenzhou); the five others from the definitions in {@code international-clusters.csv} and
 * {@code international-cluster-members.csv} (resources of this package), whose members are resolved to GeoNames
 * by name, country and region with the {@link CityMatcher}.
 */
final class ClusterDefinitions {
  private ClusterDefinitions() {}

  static final Map<String, String> CHINESE_IDS = Map.of("JJJ", "jjj", "YRD", "yrd", "GBA", "gba");
  /** Central cities (中心城市) by Chinese name, in order; GBA: the four core cities of the 2019 outline. */
  private static final Map<String, List<String>> CHINESE_CENTRES = Map.of(
      "jjj", List.of("北京市"),
      "yrd", List.of("上海市"),
      "gba", List.of("香港特别行政区", "广州市", "深圳市", "澳门特别行政区"));

  static void readChinese(Path file, Assembly a) throws IOException {
    RawTable t = RawTable.read(file);
    Map<String, List<CsvRecord>> byCluster = new LinkedHashMap<>();
    for (CsvRecord r : t.rows()) {
      if (!"1".equals(t.get(r, "in_original_plan"))) {
        a.log.count(SourceCatalog.CHINA_CLUSTERS.id(), "members not in the defining plan, left out", 1);
        continue;
      }
      byCluster.computeIfAbsent(t.get(r, "cluster_id"), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<CsvRecord>> e : byCluster.entrySet()) {
      String id = CHINESE_IDS.get(e.getKey());
      if (id == null) {
        throw new RawDataException(file + ": unknown cluster_id " + e.getKey());
      }
      List<String> members = new ArrayList<>();
      Map<String, String> idByName = new LinkedHashMap<>();
      CsvRecord first = e.getValue().get(0);
      for (CsvRecord r : e.getValue()) {
        String geonameid = t.get(r, "geonameid");
        String nameZh = t.get(r, "member_name_zh");
        GeoNamesCity city = a.matcher.gazetteer().byId(geonameid).orElseThrow(() -> new RawDataException(
            file + ":" + r.line() + ": geonameid " + geonameid + " is not in the gazetteer"));
        // The compiled list gives the geonameid; the matcher must agree, or the row is suspect.
        CityMatcher.Result check = a.matcher.match(CityMatcher.Query.of(nameZh, "CN"));
        if (!check.matched() || !check.city().id().equals(geonameid)) {
          a.log.unmatched(SourceCatalog.CHINA_CLUSTERS.id(), nameZh, "CN",
              "name matches " + (check.matched() ? check.city().id() : "nothing") + ", list gives " + geonameid);
        }
        members.add(city.id());
        idByName.put(nameZh, city.id());
        a.chineseNames.put(city.id(), shortName(nameZh));
        // "Taizhou (Jiangsu)": the list tells the two Taizhous apart in brackets; the name is the part before.
        a.definitionNames.put(city.id(), t.get(r, "member_name_en").replaceAll("\\s*\\(.*\\)$", ""));
        a.censusCodes.put(t.get(r, "census_city_code"), city.id());
        a.usedCities.add(city.id());
      }
      List<String> centres = CHINESE_CENTRES.get(id).stream().map(n -> {
        String c = idByName.get(n);
        if (c == null) {
          throw new RawDataException(file + ": central city " + n + " of " + id + " is not a member");
        }
        return c;
      }).toList();
      String definition = t.get(first, "plan_name_zh") + " / " + t.get(first, "plan_name_en") + " ("
          + t.get(first, "plan_date") + ")";
      a.clusters.add(new Cluster(id, englishName(t.get(first, "cluster_name_en")), t.get(first, "cluster_name_zh"),
          members, centres, definition, ""));
      a.log.count(SourceCatalog.CHINA_CLUSTERS.id(), "cluster members", members.size());
    }
  }

  private static String englishName(String s) {
    return s.replace("Beijing-Tianjin-Hebei", "Beijing–Tianjin–Hebei")
        .replace("Guangdong-Hong Kong-Macao", "Guangdong–Hong Kong–Macao");
  }

  /** 上海市 → 上海, 香港特别行政区 → 香港: the name used in speech and on maps. */
  static String shortName(String full) {
    String s = full.replaceAll("(特别行政区|市)$", "");
    return s.isEmpty() ? full : s;
  }

  static void readInternational(Assembly a) throws IOException {
    List<CsvRecord> defs = resource("international-clusters.csv");
    List<CsvRecord> rows = resource("international-cluster-members.csv");
    for (CsvRecord d : defs.subList(1, defs.size())) {
      String id = d.get(0);
      List<String> members = new ArrayList<>();
      List<String> centres = new ArrayList<>();
      for (CsvRecord m : rows.subList(1, rows.size())) {
        if (!m.get(0).equals(id)) {
          continue;
        }
        CityMatcher.Result r = a.matcher.match(CityMatcher.Query.of(m.get(2), m.get(3)).withRegion(m.get(4)));
        if (!r.matched()) {
          throw new RawDataException("international-cluster-members.csv:" + m.line() + ": " + m.get(2) + " ("
              + m.get(3) + ") matches no GeoNames city: " + r.rule());
        }
        members.add(r.city().id());
        a.usedCities.add(r.city().id());
        a.definitionNames.put(r.city().id(), m.get(2));
        if (m.get(5).equals("central")) {
          centres.add(r.city().id());
        }
      }
      a.clusters.add(new Cluster(id, d.get(1), d.get(2), members, centres, d.get(3), d.get(4)));
      a.log.count(SourceCatalog.CLUSTER_DEFINITIONS.id(), "cluster members", members.size());
    }
  }

  /** Ids of the clusters defined in {@code international-clusters.csv}. */
  static List<String> internationalIds() throws IOException {
    List<CsvRecord> defs = resource("international-clusters.csv");
    return defs.subList(1, defs.size()).stream().map(d -> d.get(0)).toList();
  }

  private static List<CsvRecord> resource(String name) throws IOException {
    try (InputStream in = ClusterDefinitions.class.getResourceAsStream(name)) {
      return Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ',', name).records();
    }
  }
}
