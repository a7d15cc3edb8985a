package org.hanse.ingest.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Headquarters of international organisations (SupraVerden): one {@link TieType#ORGANISATION_SEAT} tie per
 * organisation with a headquarters, weight 5 (headquarters; methods.md §1.6 gives 4 to offices, which this source
 * does not list). The free-text seat {@code "City, Country"} is split at the last comma; a seat given as a
 * building or a district ({@code Europa building}, {@code Saint-Gilles}) is mapped to its city by
 * {@code seat-aliases.csv}. The year is left empty: the source gives the year the organisation was established,
 * not the year it took its seat.
 */
final class OrganisationSeats {
  static final double HEADQUARTERS = 5;

  private OrganisationSeats() {}

  static void read(Path folder, Assembly a) throws IOException {
    String src = SourceCatalog.SUPRAVERDEN.id();
    a.source(SourceCatalog.SUPRAVERDEN);
    Map<String, String> aliases = new HashMap<>();
    try (InputStream in = OrganisationSeats.class.getResourceAsStream("seat-aliases.csv")) {
      List<CsvRecord> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ',',
          "seat-aliases.csv").records();
      for (CsvRecord r : rows.subList(1, rows.size())) {
        aliases.put(r.get(0) + "|" + r.get(1), r.get(2));
      }
    }
    RawTable t = RawTable.read(folder.resolve("international_organisations.csv"));
    for (CsvRecord r : t.rows()) {
      String hq = t.get(r, "headquarters");
      if (hq.isEmpty()) {
        a.log.count(src, "organisations without headquarters", 1);
        continue;
      }
      int comma = hq.lastIndexOf(',');
      String place = comma > 0 ? hq.substring(0, comma).strip() : hq;
      String countryName = comma > 0 ? hq.substring(comma + 1).strip() : "";
      String iso2 = a.countries.iso2(countryName).orElse("");
      if (iso2.isEmpty()) {
        a.log.unmatched(src, hq, countryName, "country not recognised");
        continue;
      }
      String cityName = aliases.getOrDefault(place + "|" + iso2, place.replaceAll(" Municipality$", ""));
      CityMatcher.Result m = a.matcher.match(CityMatcher.Query.of(cityName, iso2));
      if (!m.matched()) {
        a.log.unmatched(src, place, iso2, m.rule());
        continue;
      }
      String orgId = "org-" + t.get(r, "sprvd_id");
      String abbr = t.get(r, "abbreviation_en");
      String name = t.get(r, "name_en") + (abbr.isEmpty() ? "" : " (" + abbr + ")");
      a.actor(new Actor(orgId, ActorKind.ORGANISATION, name, "", "", t.get(r, "org_family"), src));
      a.tie(new Tie("seat-" + t.get(r, "sprvd_id") + "-" + m.city().id(), TieType.ORGANISATION_SEAT, m.city().id(),
          orgId, null, null, HEADQUARTERS, "headquarters", src));
    }
  }
}
