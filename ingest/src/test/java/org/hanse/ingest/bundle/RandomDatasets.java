package org.hanse.ingest.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Indicator;
import org.hanse.model.IndicatorDefinition;
import org.hanse.model.IndicatorScope;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/** Seeded random datasets with awkward text (commas, quotes, line breaks, CJK, edge spaces) and numbers. */
final class RandomDatasets {
  private static final String[] PIECES = {
    "a", "Zürich", "上海", "東京", ",", "\"", " ", "\n", "\r\n", "x\"y", "São Paulo", "Kyōto", "'", ";", "\t", "é", "1"
  };

  private RandomDatasets() {}

  static String text(Random r, int maxPieces) {
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(maxPieces + 1);
    for (int k = 0; k < n; k++) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  /** Text that is never empty (names and titles are required by the format). */
  static String name(Random r, int maxPieces) {
    return "n" + text(r, maxPieces);
  }

  static String id(Random r, String prefix, int k) {
    return prefix + k + (r.nextBoolean() ? "" : "-" + Integer.toString(r.nextInt(1000), 36));
  }

  static double number(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> r.nextInt(6);
      case 1 -> r.nextDouble() * 1e12;
      case 2 -> -r.nextDouble();
      case 3 -> 1.0 / (1 + r.nextInt(7));
      default -> r.nextGaussian() * 1e-7;
    };
  }

  static Dataset dataset(long seed) {
    Random r = new Random(seed);
    Dataset.Builder b = Dataset.builder().label(text(r, 4)).lastYear(2000 + r.nextInt(40));
    List<String> sources = new ArrayList<>();
    for (int k = 0; k < 1 + r.nextInt(4); k++) {
      Source s = new Source(id(r, "src", k), name(r, 5), text(r, 3), text(r, 3), text(r, 6), text(r, 2));
      sources.add(s.id());
      b.source(s);
    }
    List<String> cities = new ArrayList<>();
    int nCities = 2 + r.nextInt(30);
    for (int k = 0; k < nCities; k++) {
      Population p = r.nextInt(3) == 0 ? null
          : new Population(r.nextInt(3) == 0 ? 0 : r.nextLong() & 0xFFFFFFFFFFL,
              r.nextInt(4) == 0 ? null : 1900 + r.nextInt(100), // a source may give no year (GeoNames)
              sources.get(r.nextInt(sources.size())));
      String cid = r.nextBoolean() ? Integer.toString(100000 + k * 7) : id(r, "x-c", k);
      City c = new City(cid, name(r, 3), text(r, 2), r.nextBoolean() ? "CN" : "US", text(r, 2),
          r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180, p);
      cities.add(c.id());
      b.city(c);
    }
    for (int k = 0; k < r.nextInt(4); k++) {
      List<String> members = new ArrayList<>(cities);
      java.util.Collections.shuffle(members, r);
      members = members.subList(0, 1 + r.nextInt(members.size()));
      List<String> centres = new ArrayList<>(members);
      java.util.Collections.shuffle(centres, r);
      centres = centres.subList(0, 1 + r.nextInt(centres.size()));
      b.cluster(new Cluster(id(r, "cl", k), name(r, 3), text(r, 2), members, centres, text(r, 5), text(r, 1)));
    }
    List<Actor> actors = new ArrayList<>();
    for (int k = 0; k < r.nextInt(10); k++) {
      Actor a = new Actor(id(r, "actor", k), ActorKind.values()[r.nextInt(ActorKind.values().length)], name(r, 3),
          text(r, 2), r.nextBoolean() ? "FR" : "", text(r, 2), sources.get(r.nextInt(sources.size())));
      actors.add(a);
      b.actor(a);
    }
    int nTies = r.nextInt(60);
    for (int k = 0; k < nTies; k++) {
      TieType type = TieType.values()[r.nextInt(TieType.values().length)];
      String city = cities.get(r.nextInt(cities.size()));
      String partner;
      if (type.isCityToCity()) {
        String other = cities.get(r.nextInt(cities.size()));
        if (other.equals(city)) {
          continue;
        }
        partner = city.compareTo(other) < 0 ? other : city;
        city = city.compareTo(other) < 0 ? city : other;
      } else {
        List<Actor> fitting = actors.stream().filter(a -> a.kind() == type.partnerKind()).toList();
        if (fitting.isEmpty()) {
          continue;
        }
        partner = fitting.get(r.nextInt(fitting.size())).id();
      }
      Integer from = r.nextBoolean() ? null : 1800 + r.nextInt(150);
      Integer to = r.nextBoolean() || from == null ? null : from + r.nextInt(50);
      double w = Math.abs(number(r)) + Double.MIN_NORMAL;
      b.tie(new Tie("t" + k, type, city, partner, from, to, w, text(r, 2) + k, sources.get(r.nextInt(sources.size()))));
    }
    List<IndicatorDefinition> defs = new ArrayList<>();
    for (int k = 0; k < r.nextInt(4); k++) {
      IndicatorDefinition d = new IndicatorDefinition(id(r, "ind.", k), r.nextBoolean() ? IndicatorScope.CITY
          : IndicatorScope.COUNTRY, name(r, 3), text(r, 2), text(r, 2), sources.get(r.nextInt(sources.size())));
      defs.add(d);
      b.indicatorDefinition(d);
    }
    for (IndicatorDefinition d : defs) {
      for (int year = 1990; year < 1990 + r.nextInt(8); year++) {
        String subject = d.scope() == IndicatorScope.CITY ? cities.get(r.nextInt(cities.size()))
            : (r.nextBoolean() ? "CN" : "DE");
        b.indicator(new Indicator(subject, d.code(), year, number(r), r.nextBoolean() ? d.unit() : text(r, 1),
            sources.get(r.nextInt(sources.size()))));
      }
    }
    return b.build();
  }
}
