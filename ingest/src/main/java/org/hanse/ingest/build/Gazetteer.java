package org.hanse.ingest.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The GeoNames {@code cities15000} gazetteer, indexed by name key and by country. Read from the unmodified dump
 * ({@code cities15000.txt.gz}, 19 tab-separated columns) and {@code admin1_codes.tsv} for region names.
 */
public final class Gazetteer {
  private final Map<String, GeoNamesCity> byId = new HashMap<>();
  private final Map<String, List<GeoNamesCity>> byKey = new HashMap<>();
  private final Map<String, Set<String>> primaryKeys = new HashMap<>();
  private final Map<String, List<GeoNamesCity>> byCountry = new HashMap<>();

  public Gazetteer(Collection<GeoNamesCity> cities) {
    List<GeoNamesCity> sorted = new ArrayList<>(cities);
    sorted.sort(Comparator.comparing(GeoNamesCity::id));
    for (GeoNamesCity c : sorted) {
      byId.put(c.id(), c);
      byCountry.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c);
      Set<String> keys = new LinkedHashSet<>();
      Set<String> primary = new LinkedHashSet<>();
      primary.add(NameKey.of(c.name()));
      primary.add(NameKey.of(c.asciiName()));
      keys.addAll(primary);
      for (String a : c.alternates()) {
        if (latinOrHan(a)) {
          keys.add(NameKey.of(a));
        }
      }
      keys.remove("");
      primaryKeys.put(c.id(), primary);
      for (String k : keys) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
      }
    }
  }

  /**
   * Only names in Latin or Han script are indexed: the raw sources write place names in those scripts, and
   * skipping Cyrillic, Arabic, Greek, kana, hangul … alternates keeps the index small and the build fast.
   */
  static boolean latinOrHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 0x0370 && c < 0x1E00) || (c >= 0x3040 && c < 0x3100) || (c >= 0xAC00 && c < 0xD7B0)) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code geonames_cities15000/} of a raw data folder. */
  public static Gazetteer read(Path folder) throws IOException {
    Map<String, String> admin1 = new HashMap<>();
    for (String line : Files.readAllLines(folder.resolve("admin1_codes.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] p = line.split("\t", -1);
      admin1.put(p[0], p[1]);
    }
    List<GeoNamesCity> cities = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(folder.resolve("cities15000.txt.gz"))), StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String[] p = line.split("\t", -1);
        if (p.length != 19) {
          throw new IOException("cities15000.txt.gz line " + lineNo + ": " + p.length + " columns, expected 19");
        }
        List<String> alternates = p[3].isEmpty() ? List.of() : Arrays.asList(p[3].split(","));
        String a1 = p[10];
        cities.add(new GeoNamesCity(p[0], p[1], p[2], alternates, Double.parseDouble(p[4]),
            Double.parseDouble(p[5]), p[7], p[8], a1, admin1.getOrDefault(p[8] + "." + a1, ""),
            p[14].isEmpty() ? 0 : Long.parseLong(p[14])));
      }
    }
    return new Gazetteer(cities);
  }

  public Optional<GeoNamesCity> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Cities whose name, ASCII name or an alternate name has the given key, in id order. */
  public List<GeoNamesCity> withKey(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** True when the key is the city's own name (not only an alternate name). */
  public boolean isPrimaryKey(GeoNamesCity c, String key) {
    return primaryKeys.getOrDefault(c.id(), Set.of()).contains(key);
  }

  public List<GeoNamesCity> inCountry(String iso2) {
    return byCountry.getOrDefault(iso2, List.of());
  }

  /** The capital (feature code PPLC) of a country, if GeoNames marks one. */
  public Optional<GeoNamesCity> capital(String iso2) {
    return inCountry(iso2).stream().filter(c -> c.featureCode().equals("PPLC"))
        .max(Comparator.comparingLong(GeoNamesCity::population));
  }

  public int size() {
    return byId.size();
  }
}
