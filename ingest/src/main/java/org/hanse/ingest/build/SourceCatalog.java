package org.hanse.ingest.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.hanse.model.Source;

/**
 * The raw sources the bundled data is built from, with licence, vintage and the attribution each asks for. The
 * same facts, with more detail, are in {@code data/README.md}.
 */
public final class SourceCatalog {
  private SourceCatalog() {}

  public static final Source GEONAMES = new Source("geonames", "GeoNames cities15000 gazetteer",
      "CC BY 4.0", "dump of 19 November 2025 (population counts of various years)",
      "GeoNames (geonames.org), CC BY 4.0", "https://download.geonames.org/export/dump/");

  public static final Source GAWC_DS11 = new Source("gawc-ds11",
      "GaWC Data Set 11: service values of 100 advanced producer service firms in 315 cities (Taylor & Catalano)",
      "GaWC data protocol (acknowledgement required); Pajek copy CC BY-NC-SA 2.5: non-commercial use only",
      "2000",
      "The data used is from Data Set 11 from the GaWC Research Network (http://www.lboro.ac.uk/gawc/). It was "
          + "created by P.J. Taylor and G. Catalano. Pajek conversion: V. Batagelj and A. Mrvar (2003), Pajek data "
          + "sets, CC BY-NC-SA 2.5. Non-commercial use only.",
      "https://www.lboro.ac.uk/microsites/geography/gawc/datasets/da11.html");

  public static final Source OPENFLIGHTS = new Source("openflights", "OpenFlights airports and routes",
      "ODbL 1.0", "routes frozen June 2014; airports as of January 2017",
      "Contains data from OpenFlights.org (Jani Patokallio et al.), made available under the Open Database "
          + "License (ODbL) 1.0; derived databases made public must be shared under the ODbL.",
      "https://openflights.org/data.php");

  public static final Source SISTER_WIKIPEDIA = new Source("sister-wikipedia",
      "English Wikipedia lists of twin towns and sister cities (compiled by E. Hekman)",
      "CC BY-SA 4.0", "Wikipedia as of February 2026",
      "Wikipedia contributors, \"List of twin towns and sister cities in …\" (English Wikipedia), CC BY-SA 4.0; "
          + "pair list compiled by Erik Hekman, github.com/Hekman/twincities (MIT). Share-alike applies.",
      "https://en.wikipedia.org/wiki/Lists_of_twin_towns_and_sister_cities");

  public static final Source SISTER_WIKIDATA = new Source("sister-wikidata",
      "Wikidata twinned administrative bodies (P190) between cities of more than 10,000 people",
      "CC0 1.0", "Wikidata of about November 2021 to January 2022", "Wikidata (CC0)",
      "https://www.wikidata.org/wiki/Property:P190");

  public static final Source MISSIONS = new Source("missions-wikidata",
      "Database of embassies and consulates (from Wikidata)", "CC0 1.0", "Wikidata of November 2022",
      "Database of embassies and consulates, github.com/database-of-embassies; powered by Wikidata (CC0)",
      "https://github.com/database-of-embassies/database-of-embassies");

  public static final Source SUPRAVERDEN = new Source("io-supraverden",
      "SupraVerden: international organisations with privileges and immunities, and their headquarters",
      "CC BY-SA 4.0", "2026", "SupraVerden (github.com/confirmordeny/supraverden), © Confirmordeny 2025–2026, "
          + "CC BY-SA 4.0. Share-alike applies.",
      "https://github.com/confirmordeny/supraverden");

  public static final Source OLYMPICS = new Source("olympics",
      "Olympic Games editions 1896–2026 (olympicAthletes R package)", "CC BY 4.0", "1896–2026",
      "olympicAthletes (C. Ismay), CC BY 4.0, derived from rgriff23 Olympic_history (sports-reference.com) and "
          + "Olympedia (olympedia.org)",
      "https://github.com/moderndive/olympicAthletes");

  public static final Source EVENT_COHOSTS = new Source("olympic-cohosts",
      "Co-host cities of Olympic editions that the editions table names by one city only",
      "facts cited from the organising committees' and IOC's descriptions; list under Apache-2.0 (Hanse)",
      "2018–2022",
      "Hanse, from the IOC's descriptions of the Games (competition zones / clusters)",
      "https://olympics.com/ioc/olympic-games");

  public static final Source WORLD_EXPOS = new Source("world-expos",
      "World expositions 1851–2020 (Wikipedia, via TidyTuesday)", "CC BY-SA 4.0 (Wikipedia); TidyTuesday MIT",
      "scraped August 2024 (Expo 2025 not included)",
      "Wikipedia contributors, \"List of world expositions\", CC BY-SA 4.0; via TidyTuesday 2024-08-13 (MIT)",
      "https://en.wikipedia.org/wiki/List_of_world_expositions");

  public static final Source WORLD_CUPS = new Source("fifa-world-cups",
      "FIFA World Cup matches and host cities 1930–2018", "MIT (TidyTuesday); factual match records",
      "1930–2018 (2022 and 2026 not included)",
      "FIFA World Cup data by Evan Gower (Kaggle), republished by TidyTuesday 2022-11-29 (MIT)",
      "https://github.com/rfordatascience/tidytuesday/tree/master/data/2022/2022-11-29");

  public static final Source CHINA_CLUSTERS = new Source("china-plans",
      "Member cities of 京津冀, 长三角 and 粤港澳大湾区 from the national plan documents",
      "facts from official plan documents (public domain); division codes WTFPL/MIT; geonameids GeoNames CC BY 4.0",
      "plans of 2015, 2016 and 2019",
      "京津冀协同发展规划纲要 (2015); 长江三角洲城市群发展规划 (国函〔2016〕87号); 粤港澳大湾区发展规划纲要 (2019)", "");

  public static final Source CLUSTER_DEFINITIONS = new Source("cluster-definitions",
      "Definitions of the US Northeast, Great Lakes, UK, North-West Europe and Japan Pacific belt clusters",
      "citations of published definitions; list under Apache-2.0 (Hanse)", "2026",
      "Hanse, after the documents cited in clusters.csv", "");

  public static final Source WUP2018 = new Source("un-wup2018",
      "UN World Urbanization Prospects 2018, File 12: urban agglomerations of 300,000 or more", "CC BY 3.0 IGO",
      "2018 revision (estimates to 2015; 2020 and later are projections)",
      "United Nations, Department of Economic and Social Affairs, Population Division (2018). World "
          + "Urbanization Prospects: The 2018 Revision, Online Edition. CC BY 3.0 IGO",
      "https://population.un.org/wup/");

  public static final Source CENSUS_CHINA = new Source("census-china",
      "China prefecture-level census population 2010 and 2020 (boundary-harmonised)", "MIT",
      "censuses of 2010 and 2020",
      "Lei Dong, Rui Du, Yu Liu, \"Mapping Evolving Population Geography in China\" (2022), SSRN 4049338; "
          + "github.com/leiii/census (MIT); from the National Bureau of Statistics of China censuses",
      "https://github.com/leiii/census");

  public static final Source YEARBOOK_CHINA = new Source("yearbook-china-2015",
      "China City Statistical Yearbook extract, 2015 (GDP, budget revenue, employment, night lights)", "MIT",
      "2015",
      "Dong L., Yuan X., Li M., Ratti C., Liu Y. (2021), Scientific Data 8:5, github.com/quanturban/firm (MIT); "
          + "from the China City Statistical Yearbook (National Bureau of Statistics of China)",
      "https://github.com/quanturban/firm");

  public static final Source WORLD_BANK = new Source("worldbank-wdi", "World Bank World Development Indicators",
      "CC BY 4.0", "WDI as served in mid-2026", "World Bank, World Development Indicators, CC BY 4.0",
      "https://data.worldbank.org/");

  /**
   * The source of a bundled cluster's definition and member list, which clusters.csv does not carry: the national
   * plans for the three Chinese clusters, Hanse's list of published definitions for the others; empty for a
   * cluster the bundle does not define (one added by a user).
   */
  public static Optional<String> clusterSourceId(String clusterId) {
    if (ClusterDefinitions.CHINESE_IDS.containsValue(clusterId)) {
      return Optional.of(CHINA_CLUSTERS.id());
    }
    try {
      return ClusterDefinitions.internationalIds().contains(clusterId) ? Optional.of(CLUSTER_DEFINITIONS.id())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cluster definitions shipped with Hanse", e);
    }
  }

  public static List<Source> all() {
    return List.of(GEONAMES, GAWC_DS11, OPENFLIGHTS, SISTER_WIKIPEDIA, SISTER_WIKIDATA, MISSIONS, SUPRAVERDEN,
        OLYMPICS, EVENT_COHOSTS, WORLD_EXPOS, WORLD_CUPS, CHINA_CLUSTERS, CLUSTER_DEFINITIONS, WUP2018,
        CENSUS_CHINA, YEARBOOK_CHINA, WORLD_BANK);
  }
}
