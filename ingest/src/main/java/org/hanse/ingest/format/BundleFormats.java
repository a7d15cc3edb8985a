package org.hanse.ingest.format;

import static org.hanse.ingest.format.Column.key;
import static org.hanse.ingest.format.Column.optional;
import static org.hanse.ingest.format.Column.required;
import static org.hanse.ingest.format.ColumnType.COUNTRY;
import static org.hanse.ingest.format.ColumnType.ID;
import static org.hanse.ingest.format.ColumnType.INTEGER;
import static org.hanse.ingest.format.ColumnType.LATITUDE;
import static org.hanse.ingest.format.ColumnType.LONGITUDE;
import static org.hanse.ingest.format.ColumnType.NUMBER;
import static org.hanse.ingest.format.ColumnType.POSITIVE_NUMBER;
import static org.hanse.ingest.format.ColumnType.TEXT;
import static org.hanse.ingest.format.ColumnType.YEAR;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hanse.model.ActorKind;
import org.hanse.model.IndicatorScope;
import org.hanse.model.TieType;

/**
 * The files of a Hanse data folder, one per record kind of {@code org.hanse.model}, and their columns. This is the
 * single definition of the format: the bundle reader and writer, the import of user files and the documentation
 * ({@code docs/data-formats.md}) all follow it.
 */
public final class BundleFormats {
  private BundleFormats() {}

  /** Keys of the dataset itself: {@code label}, {@code last_year}, {@code format_version}. */
  public static final FileFormat MANIFEST = new FileFormat("manifest.csv",
      "one property of the dataset as a whole",
      List.of(
          required("key", ID, "label (what the dataset is), last_year (latest year a date may carry) or format_version"),
          optional("value", TEXT, "the value")));

  public static final FileFormat SOURCES = new FileFormat("sources.csv",
      "one dataset or document that records come from, with its licence and the attribution it asks for",
      List.of(
          required("id", ID, "short stable key, e.g. gawc-ds11; referenced by source_id columns"),
          required("title", TEXT, "human-readable title"),
          optional("licence", TEXT, "licence name, e.g. CC BY 4.0, ODbL 1.0"),
          optional("vintage", TEXT, "the period the data describes, e.g. 2000 or routes frozen June 2014"),
          optional("attribution", TEXT, "attribution text that must accompany outputs derived from the source"),
          optional("url", TEXT, "where the original can be found")));

  public static final FileFormat CITIES = new FileFormat("cities.csv",
      "one city: a cluster member or a city that some tie reaches",
      List.of(
          required("id", ID, "GeoNames id (digits) where one exists, otherwise x- and a slug"),
          required("name_en", TEXT, "English name"),
          optional("name_zh", TEXT, "Chinese name (simplified); empty when no source gives one"),
          required("country", COUNTRY, "ISO 3166-1 alpha-2 code of the country or territory (HK, MO are their own)"),
          optional("admin_region", TEXT, "first-level administrative region (state, province)"),
          required("latitude", LATITUDE, "WGS84 latitude, degrees"),
          required("longitude", LONGITUDE, "WGS84 longitude, degrees"),
          optional("population", INTEGER, "inhabitants; empty when no source gives a number (never 0 for unknown)"),
          optional("population_year", YEAR,
              "reference year of the population; empty when the source gives none (GeoNames)"),
          optional("population_source", ID, "source id of the population; required with population")));

  public static final FileFormat CLUSTERS = new FileFormat("clusters.csv",
      "one city cluster (城市群) and the document that defines its membership",
      List.of(
          required("id", ID, "stable id: yrd, gba, jjj, us-northeast, great-lakes, uk, nw-europe, japan-pacific …"),
          required("name_en", TEXT, "English name"),
          optional("name_zh", TEXT, "Chinese name"),
          optional("definition", TEXT, "citation of the document that defines membership"),
          optional("definition_url", TEXT, "where that document can be read")));

  /** Roles of a city in a cluster. */
  public static final List<String> MEMBER_ROLES = List.of("member", "central");

  public static final FileFormat CLUSTER_MEMBERS = new FileFormat("cluster_members.csv",
      "one member city of a cluster",
      List.of(
          required("cluster_id", ID, "id in clusters.csv"),
          required("position", INTEGER, "1, 2, 3 … : the member's place in the order of the defining document"),
          required("city_id", ID, "id in cities.csv"),
          key("role", true, MEMBER_ROLES, "central for a central city (中心城市), member otherwise"),
          optional("central_rank", INTEGER, "1, 2 … : order among the central cities; required when role is central")));

  public static final FileFormat ACTORS = new FileFormat("actors.csv",
      "one foreign actor: organisation, city network, firm, country or event series",
      List.of(
          required("id", ID, "stable id, e.g. firm-ds11-9, country-FR, event-olympics-winter"),
          key("kind", true, keys(ActorKind.values()), "kind of actor"),
          required("name_en", TEXT, "English name"),
          optional("name_zh", TEXT, "Chinese name"),
          optional("country", TEXT, "ISO alpha-2 country of the actor where that applies"),
          optional("sector", TEXT, "sector or family, e.g. banking/finance, UN system"),
          required("source_id", ID, "id in sources.csv")));

  public static final FileFormat TIES = new FileFormat("ties.csv",
      "one typed, dated international tie of a city",
      List.of(
          required("id", ID, "stable id, unique in the dataset"),
          key("type", true, keys(TieType.values()), "tie type"),
          required("city_id", ID, "id in cities.csv"),
          required("partner_id", ID, "a city id (sister_city, air_route, event_interaction; then city_id sorts before "
              + "partner_id) "
              + "or an actor id of the kind the type names"),
          optional("from_year", YEAR, "first year the tie holds; empty when unknown"),
          optional("to_year", YEAR, "last year the tie holds; empty when it still holds or is unknown"),
          required("weight", POSITIVE_NUMBER, "strength, as the type defines it (service value, routes, events, rank …)"),
          optional("detail", TEXT, "what distinguishes ties of the same pair, e.g. the event edition 2022 Winter"),
          required("source_id", ID, "id in sources.csv")));

  public static final FileFormat INDICATOR_DEFINITIONS = new FileFormat("indicator_definitions.csv",
      "what one indicator measures",
      List.of(
          required("code", ID, "stable code, e.g. pop.census, wb.NY.GDP.MKTP.CD"),
          key("scope", true, keys(IndicatorScope.values()), "city, or country (then subjects are ISO alpha-2 codes)"),
          required("name_en", TEXT, "English name"),
          optional("name_zh", TEXT, "Chinese name"),
          optional("unit", TEXT, "unit of measurement, e.g. persons, current US$"),
          required("source_id", ID, "id in sources.csv")));

  public static final FileFormat INDICATORS = new FileFormat("indicators.csv",
      "one observation: subject × indicator × year → value (a missing observation is absent, never 0)",
      List.of(
          required("subject_id", ID, "city id (scope city) or ISO alpha-2 code (scope country)"),
          required("code", ID, "code in indicator_definitions.csv"),
          required("year", YEAR, "reference year"),
          required("value", NUMBER, "the observed value"),
          optional("unit", TEXT, "unit, repeated from the definition"),
          required("source_id", ID, "id in sources.csv")));

  /** Every file of a data folder, in the order they are read (referenced records first). */
  public static final List<FileFormat> ALL = List.of(
      MANIFEST, SOURCES, CITIES, CLUSTERS, CLUSTER_MEMBERS, ACTORS, TIES, INDICATOR_DEFINITIONS, INDICATORS);

  private static List<String> keys(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
