package org.hanse.ingest.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Diplomatic missions from Wikidata: one {@link TieType#DIPLOMATIC_MISSION} tie from the host city to the sending
 * state (actor {@code country-<ISO2>}), weight by rank:
 *
 * <ul>
 *   <li>3: embassy, high commission, apostolic nunciature, de facto embassy, other missions heading relations;
 *   <li>2: consulate general, assistant high commission, de facto consulate, representative or liaison office,
 *       interests section, apostolic delegation;
 *   <li>1: consulate, consular office;
 *   <li>0.5: honorary consulate, consular agency, trade office.
 * </ul>
 *
 * <p>The host city: an embassy-rank mission within {@value #CAPITAL_KM} km of the host country's capital belongs
 * to the capital (embassies are accredited to it, even when the building stands in a suburb such as Uccle); other
 * missions belong to the city their location names within {@value #NAME_KM} km of their coordinates, else to the
 * nearest city within {@value #NEAREST_KM} km. Missions of senders that are not states (sub-national governments,
 * the European Parliament) are reported, not tied. Several Wikidata items for the same sender, city and type are
 * one tie (the earliest inception year is kept).
 */
final class DiplomaticMissions {
  static final double CAPITAL_KM = 30;
  static final double NAME_KM = 30;
  static final double NEAREST_KM = 15;

  private DiplomaticMissions() {}

  static double weight(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("honorary") || t.contains("consular agency") || t.contains("trade office")
        || t.contains("government office")) {
      return 0.5;
    }
    if (t.contains("assistant high commission") || t.contains("consulate general") || t.contains("de facto consulate")
        || t.contains("liaison") || t.contains("representative office") || t.contains("interests section")
        || t.contains("apostolic delegation")) {
      return 2;
    }
    if (t.contains("consul")) {
      return 1;
    }
    if (t.contains("embassy") || t.contains("high commission") || t.contains("nunciature")
        || t.contains("diplomatic mission") || t.contains("permanent mission")) {
      return 3;
    }
    return 0.5;
  }

  private static boolean embassyRank(String type) {
    return weight(type) == 3;
  }

  private record Kept(String qid, String city, String country, String type, Integer year) {}

  static void read(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.MISSIONS.id();
    a.source(SourceCatalog.MISSIONS);
    RawTable t = RawTable.read(folder.resolve("missions.csv"));
    Map<String, Kept> kept = new TreeMap<>();
    for (CsvRecord r : t.rows()) {
      String type = t.get(r, "type");
      String sender = a.countries.iso2(t.get(r, "operator")).orElse("");
      if (sender.isEmpty()) {
        a.log.unmatched(src, "sender " + t.get(r, "operator"), "", "not a sovereign state with an ISO code");
        continue;
      }
      String host = a.countries.iso2(t.get(r, "host_country")).orElse("");
      if (host.isEmpty()) {
        a.log.unmatched(src, "host country " + t.get(r, "host_country"), "", "country name not recognised");
        continue;
      }
      String cityName = t.get(r, "city");
      String lat = t.get(r, "latitude");
      String lon = t.get(r, "longitude");
      CityMatcher.Result m;
      if (!lat.isEmpty() && !lon.isEmpty()) {
        double la = Double.parseDouble(lat);
        double lo = Double.parseDouble(lon);
        GeoNamesCity capital = a.matcher.gazetteer().capital(host).orElse(null);
        if (embassyRank(type) && capital != null && capital.distanceKm(la, lo) <= CAPITAL_KM) {
          m = new CityMatcher.Result(capital, "capital");
        } else {
          m = a.matcher.match(new CityMatcher.Query(cityName, host, "", la, lo, NAME_KM));
          if (!m.matched()) {
            m = a.matcher.nearest(host, la, lo, NEAREST_KM);
          }
        }
      } else {
        m = a.matcher.match(CityMatcher.Query.of(cityName, host));
      }
      if (!m.matched()) {
        a.log.unmatched(src, cityName.isEmpty() ? "mission " + t.get(r, "qid") + " (no city)" : cityName, host,
            m.rule());
        continue;
      }
      String inception = t.get(r, "inception");
      Integer year = inception.matches("\\d{4}.*") ? Integer.valueOf(inception.substring(0, 4)) : null;
      if (year != null && year < org.hanse.model.Dataset.FIRST_YEAR) {
        a.log.count(src, "inception years before 1800 left out", 1);
        year = null;
      }
      String detail = type.toLowerCase(Locale.ROOT);
      Kept k = new Kept(t.get(r, "qid"), m.city().id(), sender, detail, year);
      String key = k.city() + "|" + sender + "|" + detail;
      Kept before = kept.get(key);
      if (before != null) {
        a.log.count(src, "duplicates removed", 1);
        if (year != null && (before.year() == null || year < before.year())) {
          kept.put(key, new Kept(before.qid(), before.city(), sender, detail, year));
        }
      } else {
        kept.put(key, k);
      }
    }
    for (Kept k : kept.values()) {
      a.actor(new Actor("country-" + k.country(), ActorKind.COUNTRY, a.countries.name(k.country()), "", k.country(),
          "", src));
      a.tie(new Tie("mission-" + k.qid(), TieType.DIPLOMATIC_MISSION, k.city(), "country-" + k.country(), k.year(),
          null, weight(k.type()), k.type(), src));
    }
  }
}
