package org.hanse.ingest.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * OpenFlights routes (June 2014) aggregated to city pairs. An airport belongs to the city its {@code City} field
 * names within {@value #NAME_KM} km of the airport (the nearest such city); failing that, to the nearest city of
 * its country within {@value #NEAREST_KM} km; otherwise it is reported as unmatched. The weight of a city pair is
 * the number of airline routes between the two cities, <b>both directions summed</b> (a pair served by one airline
 * each way has weight 2), codeshare rows excluded (they repeat a route another carrier operates). Routes within
 * one city are not ties. First year 2014, the year of the snapshot.
 */
final class OpenFlights {
  static final double NAME_KM = 100;
  static final double NEAREST_KM = 30;

  private OpenFlights() {}

  static void read(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.OPENFLIGHTS.id();
    a.source(SourceCatalog.OPENFLIGHTS);
    RawTable airports = RawTable.read(folder.resolve("airports.dat"), ',', false);
    Map<String, String> cityOfAirport = new HashMap<>();
    for (CsvRecord r : airports.rows()) {
      String id = r.get(0);
      String city = r.get(2).equals("\\N") ? "" : r.get(2);
      String countryName = r.get(3);
      double lat = Double.parseDouble(r.get(6));
      double lon = Double.parseDouble(r.get(7));
      String iso2 = a.countries.iso2(countryName).orElse("");
      if (iso2.isEmpty()) {
        a.log.unmatched(src, "airport " + r.get(1), countryName, "country name not recognised");
        continue;
      }
      CityMatcher.Result m = a.matcher.match(new CityMatcher.Query(city, iso2, "", lat, lon, NAME_KM));
      if (!m.matched()) {
        m = a.matcher.nearest(iso2, lat, lon, NEAREST_KM);
      }
      if (m.matched()) {
        cityOfAirport.put(id, m.city().id());
      } else {
        a.log.unmatched(src, "airport " + r.get(1) + " (" + (city.isEmpty() ? "no city" : city) + ")", iso2,
            "no city of that name within " + (int) NAME_KM + " km and no city within " + (int) NEAREST_KM + " km");
      }
    }
    a.log.count(src, "airports in source", airports.rows().size());
    a.log.count(src, "airports matched", cityOfAirport.size());
    RawTable routes = RawTable.read(folder.resolve("routes.dat"), ',', false);
    Map<String, Integer> pairs = new TreeMap<>();
    for (CsvRecord r : routes.rows()) {
      if ("Y".equals(r.get(6))) {
        a.log.count(src, "codeshare routes excluded", 1);
        continue;
      }
      String from = cityOfAirport.get(r.get(3));
      String to = cityOfAirport.get(r.get(5));
      if (from == null || to == null) {
        a.log.count(src, "routes with an unknown or unmatched airport", 1);
        continue;
      }
      if (from.equals(to)) {
        a.log.count(src, "routes within one city", 1);
        continue;
      }
      String key = from.compareTo(to) < 0 ? from + "|" + to : to + "|" + from;
      pairs.merge(key, 1, Integer::sum);
      a.log.count(src, "routes aggregated", 1);
    }
    for (Map.Entry<String, Integer> p : pairs.entrySet()) {
      String[] ends = p.getKey().split("\\|");
      a.tie(new Tie("air-" + ends[0] + "-" + ends[1], TieType.AIR_ROUTE, ends[0], ends[1], 2014, null, p.getValue(),
          "", src));
    }
  }
}
