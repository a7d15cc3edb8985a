package org.hanse.ingest.build;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Indicator;

/**
 * Indicators of the shipped cities and of their countries: agglomeration population (UN WUP 2018), prefecture
 * census population 2010/2020 and the 2015 city-yearbook extract for Chinese cities, and the World Bank WDI series
 * of each shipped city's country (1990 on). Only cities that ties or clusters use are given values; a value that
 * cannot be tied to a city unambiguously is reported, not guessed. Units are converted exactly (thousands and
 * 10,000 yuan with decimal arithmetic), never rounded.
 */
final class Indicators {
  static final int FIRST_WB_YEAR = 1990;

  private Indicators() {}

  static IndicatorDefinition def(String code, IndicatorScope scope, String en, String zh, String unit, String src) {
    return new IndicatorDefinition(code, scope, en, zh, unit, src);
  }

  static void wup(Path folder, Assembly a, int lastYear) throws IOException {
    String src = SourceCatalog.WUP2018.id();
    a.source(SourceCatalog.WUP2018);
    a.definition(def("pop.wup2018", IndicatorScope.CITY, "Urban agglomeration population (UN WUP 2018, estimate)",
        "城市集聚区人口（联合国《世界城市化展望》2018，估计值）", "persons", src));
    a.definition(def("pop.wup2018.projection", IndicatorScope.CITY,
        "Urban agglomeration population (UN WUP 2018, projection made in 2018)",
        "城市集聚区人口（联合国《世界城市化展望》2018，2018年所作预测）", "persons", src));
    RawTable t = RawTable.read(folder.resolve("wup2018_f12_agglomerations_300k.csv"));
    for (CsvRecord r : t.rows()) {
      String name = t.get(r, "urban_agglomeration");
      String iso2 = a.countries.iso2FromNumeric(t.get(r, "country_code_m49")).orElse("");
      double lat = Double.parseDouble(t.get(r, "latitude"));
      double lon = Double.parseDouble(t.get(r, "longitude"));
      CityMatcher.Result m = a.matcher.match(new CityMatcher.Query(name, iso2, "", lat, lon, 50));
      if (!m.matched()) {
        // "New York-Newark", "Kinki M.M.A. (Osaka)": the agglomeration's point lies in its main city.
        m = a.matcher.nearest(iso2, lat, lon, 10);
      }
      if (!m.matched()) {
        a.log.unmatched(src, name, iso2, m.rule());
        continue;
      }
      if (!a.usedCities.contains(m.city().id())) {
        a.log.count(src, "agglomerations of cities not shipped", 1);
        continue;
      }
      for (int year = 1950; year <= 2035; year += 5) {
        String v = t.get(r, "pop_" + year + "_thousands");
        if (v.isEmpty() || year > lastYear) {
          continue;
        }
        double persons = new BigDecimal(v).movePointRight(3).doubleValue();
        a.indicator(new Indicator(m.city().id(), year <= 2015 ? "pop.wup2018" : "pop.wup2018.projection", year,
            persons, "persons", src));
      }
    }
  }

  /** A Chinese prefecture name (上海市) to a shipped city: cluster codes first, then an unambiguous name match. */
  private static String chineseCity(Assembly a, String src, String code, String name) {
    String id = code == null ? null : a.censusCodes.get(code);
    if (id != null) {
      return id;
    }
    CityMatcher.Result m = a.matcher.match(CityMatcher.Query.of(name, "CN"));
    if (!m.matched()) {
      a.log.unmatched(src, name, "CN", m.rule());
      return null;
    }
    if (m.rule().startsWith("name, most important of")) {
      if (a.usedCities.contains(m.city().id())) {
        a.log.unmatched(src, name, "CN", "ambiguous: " + m.rule());
      }
      return null;
    }
    if (!a.usedCities.contains(m.city().id())) {
      a.log.count(src, "prefectures of cities not shipped", 1);
      return null;
    }
    return m.city().id();
  }

  static void census(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.CENSUS_CHINA.id();
    a.source(SourceCatalog.CENSUS_CHINA);
    a.definition(def("pop.census", IndicatorScope.CITY,
        "Resident population of the prefecture-level unit (census; 2010 on 2020 boundaries)",
        "地级行政区常住人口（人口普查）", "persons", src));
    RawTable t = RawTable.read(folder.resolve("census_prefecture_2010_2020.csv"));
    for (CsvRecord r : t.rows()) {
      String id = chineseCity(a, src, t.get(r, "city_code"), t.get(r, "city"));
      if (id == null) {
        continue;
      }
      for (int year : List.of(2010, 2020)) {
        String v = t.get(r, "popu_" + year);
        if (!v.isEmpty()) {
          a.indicator(new Indicator(id, "pop.census", year, new BigDecimal(v).doubleValue(), "persons", src));
        }
      }
    }
  }

  static void yearbook(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.YEARBOOK_CHINA.id();
    a.source(SourceCatalog.YEARBOOK_CHINA);
    a.definition(def("gdp.yearbook", IndicatorScope.CITY, "GDP of the whole prefecture-level city, current prices",
        "地区生产总值（全市，当年价）", "yuan", src));
    a.definition(def("revenue.yearbook", IndicatorScope.CITY, "Local general public budget revenue",
        "地方一般公共预算收入", "yuan", src));
    a.definition(def("employment.yearbook", IndicatorScope.CITY, "Employed persons (probably urban units, year end)",
        "从业人员（城镇单位，年末）", "persons", src));
    a.definition(def("lights.yearbook", IndicatorScope.CITY, "Sum of night-time light values over the city",
        "夜间灯光总值", "index", src));
    Map<String, String> byName = new HashMap<>();
    a.censusCodes.forEach((code, id) -> byName.put(id, code));
    RawTable t = RawTable.read(folder.resolve("yearbook_light_2015.csv"));
    for (CsvRecord r : t.rows()) {
      String name = t.get(r, "city");
      String code = null;
      for (Map.Entry<String, String> e : a.chineseNames.entrySet()) {
        if ((e.getValue() + "市").equals(name) || e.getValue().equals(name)) {
          code = byName.get(e.getKey());
        }
      }
      String id = chineseCity(a, src, code, name);
      if (id == null) {
        continue;
      }
      put(a, id, "gdp.yearbook", t.get(r, "GDP10000"), 4, "yuan", src);
      put(a, id, "revenue.yearbook", t.get(r, "Fiscal10000"), 4, "yuan", src);
      put(a, id, "employment.yearbook", t.get(r, "Employment"), 0, "persons", src);
      put(a, id, "lights.yearbook", t.get(r, "light_sum"), 0, "index", src);
    }
  }

  private static void put(Assembly a, String id, String code, String v, int shift, String unit, String src) {
    if (!v.isEmpty() && !v.equals("NA")) {
      a.indicator(new Indicator(id, code, 2015, new BigDecimal(v).movePointRight(shift).doubleValue(), unit, src));
    }
  }

  private static final Map<String, String> WB_ZH = Map.ofEntries(
      Map.entry("NY.GDP.MKTP.CD", "国内生产总值（现价美元）"),
      Map.entry("NY.GDP.PCAP.CD", "人均国内生产总值（现价美元）"),
      Map.entry("NY.GDP.PCAP.PP.CD", "人均国内生产总值，购买力平价（现价国际元）"),
      Map.entry("SP.POP.TOTL", "总人口"),
      Map.entry("SP.URB.TOTL", "城镇人口"),
      Map.entry("SP.URB.TOTL.IN.ZS", "城镇人口占总人口比例"),
      Map.entry("EN.URB.MCTY.TL.ZS", "百万人口以上城市集聚区人口占总人口比例"),
      Map.entry("EN.URB.LCTY.UR.ZS", "最大城市人口占城镇人口比例"),
      Map.entry("EN.POP.DNST", "人口密度（每平方公里人数）"),
      Map.entry("BX.KLT.DINV.CD.WD", "外国直接投资净流入（国际收支，现价美元）"),
      Map.entry("NE.EXP.GNFS.ZS", "货物和服务出口占GDP比例"),
      Map.entry("NE.IMP.GNFS.ZS", "货物和服务进口占GDP比例"),
      Map.entry("TG.VAL.TOTL.GD.ZS", "商品贸易占GDP比例"),
      Map.entry("TX.VAL.MRCH.CD.WT", "商品出口（现价美元）"),
      Map.entry("TM.VAL.MRCH.CD.WT", "商品进口（现价美元）"),
      Map.entry("ST.INT.RCPT.XP.ZS", "国际旅游收入占总出口比例"),
      Map.entry("IS.AIR.DPRT", "航空运输，注册承运人全球起飞架次"),
      Map.entry("IP.JRN.ARTC.SC", "科技期刊论文数"),
      Map.entry("SE.TER.ENRR", "高等院校入学率（毛入学率）"));

  /**
   * Units of the WDI indicators whose title names none, read off their definitions in the WDI metadata
   * ({@code indicators.csv}): "counts all residents" (persons), "people living in urban areas" (persons),
   * "domestic takeoffs and takeoffs abroad" (departures), "Article counts" (articles).
   */
  private static final Map<String, String> WB_UNITS = Map.of(
      "SP.POP.TOTL", "persons",
      "SP.URB.TOTL", "persons",
      "IS.AIR.DPRT", "departures",
      "IP.JRN.ARTC.SC", "articles");

  static void worldBank(Path folder, Assembly a, java.util.Set<String> countries, int lastYear) throws IOException {
    String src = SourceCatalog.WORLD_BANK.id();
    a.source(SourceCatalog.WORLD_BANK);
    RawTable defs = RawTable.read(folder.resolve("indicators.csv"));
    Map<String, String> units = new HashMap<>();
    for (CsvRecord r : defs.rows()) {
      String code = defs.get(r, "column");
      String title = defs.get(r, "indicator_title");
      int open = title.lastIndexOf('(');
      String unit = open >= 0 && title.endsWith(")") ? title.substring(open + 1, title.length() - 1)
          : WB_UNITS.getOrDefault(code, "");
      units.put(code, unit);
      a.definition(def("wb." + code, IndicatorScope.COUNTRY, title, WB_ZH.getOrDefault(code, ""), unit, src));
    }
    RawTable t = RawTable.read(folder.resolve("wdi_country_year.csv"));
    for (CsvRecord r : t.rows()) {
      if (t.get(r, "is_aggregate").equals("1")) {
        continue;
      }
      String iso2 = a.countries.iso2FromIso3(t.get(r, "country_code")).orElse("");
      if (iso2.isEmpty()) {
        a.log.unmatched(src, t.get(r, "country_name"), t.get(r, "country_code"), "ISO3 code not in GeoNames");
        continue;
      }
      int year = Integer.parseInt(t.get(r, "year"));
      if (!countries.contains(iso2) || year < FIRST_WB_YEAR || year > lastYear) {
        continue;
      }
      for (String code : units.keySet().stream().sorted().toList()) {
        String v = t.get(r, code);
        if (!v.isEmpty()) {
          a.indicator(new Indicator(iso2, "wb." + code, year, new BigDecimal(v).doubleValue(), units.get(code), src));
        }
      }
    }
  }
}
