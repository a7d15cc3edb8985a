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
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * GaWC Data Set 11 (Taylor and Catalano, 2000): one {@link TieType#FIRM_OFFICE} tie per non-zero cell of the
 * city × firm service-value matrix, weight = service value 1–5 (0 = no office, not a tie), first year 2000 (the
 * year the data were collected). Firms become actors {@code firm-ds11-<firm_id>} with their GaWC sector.
 */
final class GawcDs11 {
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
          2000, null, v, "", src));
      a.log.count(src, "total service value", v);
    }
  }
}
