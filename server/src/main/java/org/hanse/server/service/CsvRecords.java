package org.hanse.server.service;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hanse.model.City;
import org.hanse.model.Population;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Reads the records of one uploaded CSV file (UTF-8, header row) into cities or ties, collecting every problem with
 * its line and column instead of stopping at the first. The column names are those of the export and the API:
 *
 * <ul>
 *   <li>cities: {@code id, name_en, name_zh, country, admin_region, latitude, longitude, population,
 *       population_year, population_source}
 *   <li>ties: {@code id, type, city_id, partner_id, from_year, to_year, weight, detail, source_id}
 * </ul>
 */
public final class CsvRecords {
  public static final List<String> CITY_COLUMNS = List.of("id", "name_en", "name_zh", "country", "admin_region",
      "latitude", "longitude", "population", "population_year", "population_source");
  public static final List<String> TIE_COLUMNS = List.of("id", "type", "city_id", "partner_id", "from_year",
      "to_year", "weight", "detail", "source_id");
  private static final List<String> CITY_REQUIRED = List.of("id", "name_en", "country", "latitude", "longitude");
  private static final List<String> TIE_REQUIRED = List.of("id", "type", "city_id", "partner_id", "weight",
      "source_id");

  /** What a file held once read: the records with the line each came from, and the problems found. */
  public record Parsed(String kind, List<City> cities, List<Tie> ties, Map<String, Integer> lineOfId,
      List<ValidationProblem> problems) {}

  private CsvRecords() {}

  public static Parsed read(byte[] content) {
    List<ValidationProblem> problems = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      problems.add(new ValidationProblem(0, "", "the file is not UTF-8 text (save it as CSV UTF-8)"));
      return new Parsed("", List.of(), List.of(), Map.of(), problems);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // spreadsheet programs write a byte-order mark
    }
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        String[] row = it.nextValue();
        if (row.length == 1 && row[0].isBlank()) {
          continue;
        }
        rows.add(row);
        lines.add(line);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new ValidationProblem(rows.size() + 1, "", "the file is not valid CSV: "
          + firstLine(e.getMessage())));
      return new Parsed("", List.of(), List.of(), Map.of(), problems);
    }
    if (rows.isEmpty()) {
      problems.add(new ValidationProblem(0, "", "the file is empty"));
      return new Parsed("", List.of(), List.of(), Map.of(), problems);
    }
    Map<String, Integer> header = new HashMap<>();
    String[] head = rows.get(0);
    for (int i = 0; i < head.length; i++) {
      header.put(head[i].trim().toLowerCase(Locale.ROOT), i);
    }
    String kind;
    List<String> required;
    if (header.containsKey("type") && header.containsKey("partner_id")) {
      kind = "ties";
      required = TIE_REQUIRED;
    } else if (header.containsKey("latitude") || header.containsKey("name_en")) {
      kind = "cities";
      required = CITY_REQUIRED;
    } else {
      problems.add(new ValidationProblem(1, "", "the header names neither cities (" + String.join(", ", CITY_COLUMNS)
          + ") nor ties (" + String.join(", ", TIE_COLUMNS) + ")"));
      return new Parsed("", List.of(), List.of(), Map.of(), problems);
    }
    for (String column : required) {
      if (!header.containsKey(column)) {
        problems.add(new ValidationProblem(1, column, "required column is missing"));
      }
    }
    if (!problems.isEmpty()) {
      return new Parsed(kind, List.of(), List.of(), Map.of(), problems);
    }
    List<City> cities = new ArrayList<>();
    List<Tie> ties = new ArrayList<>();
    Map<String, Integer> lineOfId = new HashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      Row row = new Row(rows.get(r), lines.get(r), header, problems);
      int before = problems.size();
      if (kind.equals("cities")) {
        City c = row.city();
        if (c != null && problems.size() == before) {
          record(lineOfId, c.id(), row.line, problems);
          cities.add(c);
        }
      } else {
        Tie t = row.tie();
        if (t != null && problems.size() == before) {
          record(lineOfId, t.id(), row.line, problems);
          ties.add(t);
        }
      }
    }
    if (cities.isEmpty() && ties.isEmpty() && problems.isEmpty()) {
      problems.add(new ValidationProblem(0, "", "the file has a header but no records"));
    }
    return new Parsed(kind, cities, ties, lineOfId, problems);
  }

  private static void record(Map<String, Integer> lineOfId, String id, int line, List<ValidationProblem> problems) {
    Integer earlier = lineOfId.putIfAbsent(id, line);
    if (earlier != null) {
      problems.add(new ValidationProblem(line, "id", "id '" + id + "' is already used on line " + earlier));
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** One data row with typed accessors that record a problem instead of throwing. */
  private static final class Row {
    final String[] cells;
    final int line;
    final Map<String, Integer> header;
    final List<ValidationProblem> problems;

    Row(String[] cells, int line, Map<String, Integer> header, List<ValidationProblem> problems) {
      this.cells = cells;
      this.line = line;
      this.header = header;
      this.problems = problems;
    }

    String text(String column) {
      Integer i = header.get(column);
      return i == null || i >= cells.length ? "" : cells[i].trim();
    }

    String required(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        problems.add(new ValidationProblem(line, column, "value is required"));
      }
      return v;
    }

    Double decimal(String column, boolean required) {
      String v = required ? required(column) : text(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          throw new NumberFormatException();
        }
        return d;
      } catch (NumberFormatException e) {
        problems.add(new ValidationProblem(line, column, "'" + v + "' is not a number"));
        return null;
      }
    }

    Integer year(String column) {
      String v = text(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        problems.add(new ValidationProblem(line, column, "'" + v + "' is not a year"));
        return null;
      }
    }

    City city() {
      String id = required("id");
      String nameEn = required("name_en");
      String country = required("country");
      Double lat = decimal("latitude", true);
      Double lon = decimal("longitude", true);
      Double pop = decimal("population", false);
      Integer popYear = year("population_year");
      String popSource = text("population_source");
      Population population = null;
      if (pop != null) {
        if (popYear == null || popSource.isEmpty()) {
          problems.add(new ValidationProblem(line, "population",
              "a population needs population_year and population_source"));
          return null;
        }
        if (pop < 0 || pop != Math.rint(pop)) {
          problems.add(new ValidationProblem(line, "population", "must be a whole number of persons, not " + pop));
          return null;
        }
        population = new Population(pop.longValue(), popYear, popSource);
      }
      if (id.isEmpty() || nameEn.isEmpty() || country.isEmpty() || lat == null || lon == null) {
        return null;
      }
      try {
        return new City(id, nameEn, text("name_zh"), country, text("admin_region"), lat, lon, population);
      } catch (IllegalArgumentException e) {
        problems.add(new ValidationProblem(line, "", e.getMessage()));
        return null;
      }
    }

    Tie tie() {
      String id = required("id");
      String typeKey = required("type");
      String cityId = required("city_id");
      String partnerId = required("partner_id");
      Integer from = year("from_year");
      Integer to = year("to_year");
      Double weight = decimal("weight", true);
      String sourceId = required("source_id");
      TieType type = null;
      if (!typeKey.isEmpty()) {
        try {
          type = TieType.fromKey(typeKey);
        } catch (IllegalArgumentException e) {
          problems.add(new ValidationProblem(line, "type", "unknown tie type '" + typeKey + "'"));
        }
      }
      if (id.isEmpty() || type == null || cityId.isEmpty() || partnerId.isEmpty() || weight == null
          || sourceId.isEmpty()) {
        return null;
      }
      String a = cityId;
      String b = partnerId;
      if (type.isCityToCity() && a.compareTo(b) > 0) {
        // City-to-city ties are stored once, in canonical order; users need not know that.
        a = partnerId;
        b = cityId;
      }
      try {
        return new Tie(id, type, a, b, from, to, weight, text("detail"), sourceId);
      } catch (IllegalArgumentException e) {
        problems.add(new ValidationProblem(line, "", e.getMessage()));
        return null;
      }
    }
  }
}
