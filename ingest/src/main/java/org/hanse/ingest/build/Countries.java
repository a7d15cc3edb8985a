package org.hanse.ingest.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Country names and codes: ISO alpha-2, alpha-3 and numeric codes with the English names of GeoNames
 * {@code country_info.tsv}, plus the name variants that the raw sources use (e.g. {@code People's Republic of
 * China}, {@code England}, {@code Ivory Coast}), listed with their reasons in {@code country-aliases.csv}.
 */
public final class Countries {
  private final Map<String, String> byNameKey = new HashMap<>();
  private final Map<String, String> iso3To2 = new HashMap<>();
  private final Map<String, String> numericTo2 = new HashMap<>();
  private final Map<String, String> names = new TreeMap<>();

  private Countries() {}

  public static Countries read(Path countryInfoTsv) throws IOException {
    Countries c = new Countries();
    for (String line : Files.readAllLines(countryInfoTsv, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] p = line.split("\t", -1);
      c.add(p[0], p[1], p[2], p[4]);
    }
    c.loadAliases();
    return c;
  }

  /** For tests: countries given as (alpha-2, alpha-3, numeric, name) rows. */
  public static Countries of(String[]... rows) {
    Countries c = new Countries();
    for (String[] r : rows) {
      c.add(r[0], r[1], r[2], r[3]);
    }
    c.loadAliases();
    return c;
  }

  private void add(String iso2, String iso3, String numeric, String name) {
    names.put(iso2, name);
    iso3To2.put(iso3, iso2);
    numericTo2.put(Integer.toString(Integer.parseInt(numeric)), iso2);
    byNameKey.put(NameKey.of(name), iso2);
    byNameKey.put(NameKey.of(iso2), iso2);
  }

  private void loadAliases() {
    try (InputStream in = Countries.class.getResourceAsStream("country-aliases.csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int comma = line.lastIndexOf(',');
        String name = line.substring(0, comma).replace("\"", "");
        byNameKey.put(NameKey.of(name), line.substring(comma + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The alpha-2 code of a country name as the raw sources write it. */
  public Optional<String> iso2(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byNameKey.get(NameKey.of(name)));
  }

  public Optional<String> iso2FromIso3(String iso3) {
    return Optional.ofNullable(iso3To2.get(iso3));
  }

  public Optional<String> iso2FromNumeric(String numeric) {
    try {
      return Optional.ofNullable(numericTo2.get(Integer.toString(Integer.parseInt(numeric.strip()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public String name(String iso2) {
    return names.getOrDefault(iso2, iso2);
  }

  public boolean isKnown(String iso2) {
    return names.containsKey(iso2);
  }

  /** Alpha-2 codes of every country, sorted. */
  public java.util.Set<String> codes() {
    return names.keySet();
  }
}
