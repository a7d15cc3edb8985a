package org.hanse.ingest.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * GaWC Data Set 11 (Taylor and Catalano, 2000): one {@link TieType#FIRM_OFFICE} tie per non-zero cell of the
 * city × firm service-value matrix, weight = service value 1–5 (0 = no office, not a tie), first year 2000 (the
 * year the data were collected). Firms become actors {@code firm-ds11-<firm_id>} with their GaWC sector. Every
 * surveyed city gets the indicator {@value #SURVEYED} = 1 (2000), so that the cities surveyed without any office are
 * known.
 */
final class GawcDs11 {
  /** City indicator: 1 for every city of the survey, with or without offices (see {@link #read}). */
  static final String SURVEYED = "gawc.ds11.surveyed";
  /** The year the data were collected. */
  static final int YEAR = 2000;

  private GawcDs11() {}

  static void read(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.GAWC_DS11.id();
    a.source(SourceCatalog.GAWC_DS11);
    RawTable cities = RawTable.read(folder.resolve("cities.csv"));
    Map<String, String> cityIds = new HashMap<>();
    Set<String> distinct = new HashSet<>();
    for (CsvRecord r : cities.rows()) {
      String name = cities.get(r, "city");
      String country = cities.get(r, "country_iso2");
      CityMatcher.Result m = a.matcher.match(CityMatcher.Query.of(name, country));
      if (m.matched()) {
        cityIds.put(cities.get(r, "city_id"), m.city().id());
        distinct.add(m.city().id());
      } else {
        a.log.unmatched(src, name, country, m.rule());
      }
    }
    // Which cities the survey covered, offices or not: a surveyed city without any office has connectivity 0 and
    // ranks last (methods.md §1.3), but it has no firm_office tie (0 = no office, not a tie), so the survey list is
    // kept as a city indicator.
    a.definition(Indicators.def(SURVEYED, IndicatorScope.CITY, "Surveyed in GaWC Data Set 11 (1 = surveyed)",
        "GaWC 第11号数据集调查城市（1 = 是）", "yes = 1", src));
    for (String city : distinct) {
      a.indicator(new Indicator(city, SURVEYED, YEAR, 1, "yes = 1", src));
      a.usedCities.add(city);
    }
    a.log.count(src, "cities in source", cities.rows().size());
    a.log.count(src, "cities matched", cityIds.size());
    a.log.count(src, "distinct cities matched", distinct.size());
    RawTable firms = RawTable.read(folder.resolve("firms.csv"));
    for (CsvRecord r : firms.rows()) {
      a.actor(new Actor("firm-ds11-" + firms.get(r, "firm_id"), ActorKind.FIRM, firms.get(r, "firm"), "", "",
          firms.get(r, "sector"), src));
    }
    RawTable values = RawTable.read(folder.resolve("service_values.csv"));
    for (CsvRecord r : values.rows()) {
      int v = Integer.parseInt(values.get(r, "service_value"));
      String city = cityIds.get(values.get(r, "city_id"));
      if (v <= 0) {
        a.log.count(src, "zero service values skipped", 1);
        continue;
      }
      if (city == null) {
        a.log.count(src, "service values of unmatched cities", 1);
        continue;
      }
      String firm = "firm-ds11-" + values.get(r, "firm_id");
      a.tie(new Tie("office-ds11-" + values.get(r, "firm_id") + "-" + city, TieType.FIRM_OFFICE, city, firm,
          YEAR, null, v, "", src));
      a.log.count(src, "total service value", v);
    }
  }
}
