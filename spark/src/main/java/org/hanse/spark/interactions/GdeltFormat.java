package org.hanse.spark.interactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Column layout of GDELT event files (GDELT Event Database Data Format Codebook V2.0, 2015-02-19, and V1.03,
 * 2013-08-25; gdeltproject.org): tab-delimited, one event per line, no header row.
 *
 * <ul>
 *   <li>GDELT 2.0 events: 61 fields, each geography block with an {@code ADM2Code} field;</li>
 *   <li>GDELT 1.0 daily files: 58 fields (no {@code ADM2Code}, {@code SOURCEURL} last);</li>
 *   <li>GDELT 1.0 historical backfile: 57 fields (as daily, without {@code SOURCEURL}).</li>
 * </ul>
 *
 * <p>Geography type codes ({@code *Geo_Type}): 1 country, 2 US state, 3 US city, 4 world city, 5 world state. Only
 * 3 and 4 place an actor in a city; the coordinates of the other types are centroids of a country or a state and
 * must not be matched to whatever city lies nearest to that centroid.
 */
public final class GdeltFormat {
  /** The 61 fields of a GDELT 2.0 event record, in file order. */
  public static final List<String> V2_COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
      "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  /** The 58 fields of a GDELT 1.0 daily file. */
  public static final List<String> V1_DAILY_COLUMNS = withoutAdm2(V2_COLUMNS);

  /** The 57 fields of the GDELT 1.0 historical backfile. */
  public static final List<String> V1_HISTORICAL_COLUMNS = V1_DAILY_COLUMNS.subList(0, 57);

  /** Field count → layout. */
  public static final Map<Integer, List<String>> LAYOUTS =
      Map.of(61, V2_COLUMNS, 58, V1_DAILY_COLUMNS, 57, V1_HISTORICAL_COLUMNS);

  /** Geography types that name a city (3 US city, 4 world city). */
  public static final List<Integer> CITY_GEO_TYPES = List.of(3, 4);

  /** The three geography blocks: the two actors and the place of the action. */
  public static final List<String> GEO_PREFIXES = List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_");

  /** CAMEO QuadClass labels (codebook: 1 verbal cooperation … 4 material conflict). */
  public static final List<String> QUAD_CLASSES =
      List.of("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict");

  private GdeltFormat() {}

  private static List<String> withoutAdm2(List<String> v2) {
    List<String> out = new ArrayList<>();
    for (String c : v2) {
      if (!c.endsWith("_ADM2Code")) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** Position of a field in a layout, or -1. */
  public static int indexOf(List<String> layout, String column) {
    return layout.indexOf(column);
  }
}
