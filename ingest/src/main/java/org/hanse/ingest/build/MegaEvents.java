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
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Host cities of the Olympic Games, World Expos and FIFA World Cups. An edition held in one city is an
 * {@link TieType#EVENT_HOST} tie; an edition whose hosting several cities share is an {@link TieType#EVENT_COHOST}
 * tie for each of them. That covers Olympic editions with several host cities (1956 Summer Melbourne and
 * Stockholm; 2018 PyeongChang–Gangneung, 2022 Beijing–Zhangjiakou and 2026 Milano–Cortina from
 * {@code olympic-cohosts.csv}, because the editions table names only one city or both in one cell) and every FIFA
 * World Cup played in more than one city: the host cities of a World Cup share one edition, so they co-host it.
 * Weight 1; first and last year = the event year; detail = the edition. Host cities that are not in the gazetteer
 * (below 15,000 people, such as Cortina d'Ampezzo) are reported and still count when deciding co-hosting.
 */
final class MegaEvents {
  private MegaEvents() {}

  private record Host(String city, String country) {}

  static void read(Path folder, Assembly a) throws IOException {
    readOlympics(folder, a);
    readExpos(folder, a);
    readWorldCups(folder, a);
  }

  private static void readOlympics(Path folder, Assembly a) throws IOException {
    a.source(SourceCatalog.OLYMPICS);
    a.source(SourceCatalog.EVENT_COHOSTS);
    Map<String, List<Host>> cohosts = new LinkedHashMap<>();
    try (InputStream in = MegaEvents.class.getResourceAsStream("olympic-cohosts.csv")) {
      List<CsvRecord> rows = Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), ',',
          "olympic-cohosts.csv").records();
      for (CsvRecord r : rows.subList(1, rows.size())) {
        cohosts.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(new Host(r.get(1), r.get(2)));
      }
    }
    RawTable t = RawTable.read(folder.resolve("olympic_games_editions.csv"));
    Map<String, List<Host>> editions = new LinkedHashMap<>();
    Map<String, Integer> years = new LinkedHashMap<>();
    Map<String, String> seasons = new LinkedHashMap<>();
    for (CsvRecord r : t.rows()) {
      String games = t.get(r, "games");
      if (t.get(r, "participants").isEmpty()) {
        a.log.count(SourceCatalog.OLYMPICS.id(), "cancelled editions left out", 1);
        continue;
      }
      years.put(games, Integer.valueOf(t.get(r, "year")));
      seasons.put(games, t.get(r, "season"));
      String iso2 = a.countries.iso2(t.get(r, "country")).orElse("");
      editions.computeIfAbsent(games, k -> new ArrayList<>()).add(new Host(t.get(r, "city"), iso2));
    }
    for (Map.Entry<String, List<Host>> e : editions.entrySet()) {
      String games = e.getKey();
      List<Host> hosts = cohosts.getOrDefault(games, e.getValue());
      Source src = cohosts.containsKey(games) ? SourceCatalog.EVENT_COHOSTS : SourceCatalog.OLYMPICS;
      String series = seasons.get(games).equals("Winter") ? "event-olympics-winter" : "event-olympics-summer";
      a.actor(new Actor(series, ActorKind.EVENT_SERIES, seasons.get(games).equals("Winter") ? "Olympic Winter Games"
          : "Games of the Olympiad (Summer Olympic Games)", seasons.get(games).equals("Winter") ? "冬季奥林匹克运动会"
          : "夏季奥林匹克运动会", "", "sport", SourceCatalog.OLYMPICS.id()));
      hostTies(a, src.id(), series, games, years.get(games), hosts);
    }
  }

  private static void readExpos(Path folder, Assembly a) throws IOException {
    a.source(SourceCatalog.WORLD_EXPOS);
    String src = SourceCatalog.WORLD_EXPOS.id();
    RawTable t = RawTable.read(folder.resolve("world_expos.csv"));
    for (CsvRecord r : t.rows()) {
      boolean world = t.get(r, "category").equals("World Expo");
      String series = world ? "event-world-expo" : "event-specialised-expo";
      a.actor(new Actor(series, ActorKind.EVENT_SERIES, world ? "World Expo" : "Specialised Expo",
          world ? "世界博览会（综合类）" : "世界博览会（专业类）", "", "exhibition", src));
      String iso2 = a.countries.iso2(t.get(r, "country")).orElse("");
      hostTies(a, src, series, t.get(r, "name_of_exposition"), Integer.valueOf(t.get(r, "start_year")),
          List.of(new Host(t.get(r, "city"), iso2)));
    }
  }

  private static void readWorldCups(Path folder, Assembly a) throws IOException {
    a.source(SourceCatalog.WORLD_CUPS);
    String src = SourceCatalog.WORLD_CUPS.id();
    RawTable t = RawTable.read(folder.resolve("fifa_world_cup_host_cities.csv"));
    Map<Integer, List<Host>> editions = new LinkedHashMap<>();
    for (CsvRecord r : t.rows()) {
      String iso2 = a.countries.iso2(t.get(r, "host_country")).orElse("");
      editions.computeIfAbsent(Integer.valueOf(t.get(r, "year")), k -> new ArrayList<>())
          .add(new Host(t.get(r, "city"), iso2));
    }
    a.actor(new Actor("event-fifa-world-cup", ActorKind.EVENT_SERIES, "FIFA World Cup", "国际足联世界杯", "",
        "sport", src));
    for (Map.Entry<Integer, List<Host>> e : editions.entrySet()) {
      hostTies(a, src, "event-fifa-world-cup", "FIFA World Cup " + e.getKey(), e.getKey(), e.getValue());
    }
  }

  private static void hostTies(Assembly a, String src, String series, String edition, int year, List<Host> hosts) {
    TieType type = hosts.size() > 1 ? TieType.EVENT_COHOST : TieType.EVENT_HOST;
    for (Host h : hosts) {
      CityMatcher.Result m = a.matcher.match(CityMatcher.Query.of(h.city(), h.country()));
      if (!m.matched()) {
        a.log.unmatched(src, h.city() + " (" + edition + ")", h.country(), m.rule());
        continue;
      }
      String id = series + "-" + year + "-" + m.city().id();
      a.tie(new Tie(id, type, m.city().id(), series, year, year, 1, edition, src));
    }
  }
}
