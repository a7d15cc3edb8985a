package org.hanse.ingest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hanse.ingest.format.Problem;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem in a damaged folder is reported with file, line, column, value and rule. */
class BundleReaderErrorTest {
  @TempDir Path dir;

  @BeforeEach
  void writeValidFolder() {
    Dataset d = Dataset.builder().label("fixture").lastYear(2025)
        .source(new Source("s", "Source", "CC0", "2020", "", ""))
        .city(new City("1", "Alpha", "", "CN", "", 31.2, 121.5, null))
        .city(new City("2", "Beta", "", "CN", "", 30.2, 120.1, null))
        .cluster(new Cluster("c", "Cluster", "", List.of("1", "2"), List.of("1"), "", ""))
        .tie(new Tie("t1", TieType.SISTER_CITY, "1", "2", 1990, null, 1, "", "s"))
        .build();
    BundleWriter.write(d, dir);
  }

  private List<Problem> problems() {
    return catchThrowableOfType(BundleFormatException.class, () -> BundleReader.read(dir)).problems();
  }

  private void replace(String file, String text) throws Exception {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  @Test
  void validFolderReads() {
    assertThat(BundleReader.read(dir).ties()).hasSize(1);
  }

  @Test
  void badCellsAreAllReportedWithLineColumnValueAndRule() throws Exception {
    replace("cities.csv", """
        id,name_en,name_zh,country,admin_region,latitude,longitude,population,population_year,population_source
        1,Alpha,,CN,,91,121.5,,,
        2,Beta,,China,,30.2,east,,,
        """);
    assertThat(problems()).containsExactly(
        new Problem("cities.csv", 2, "latitude", "91", "must be a latitude between -90 and 90"),
        new Problem("cities.csv", 3, "country", "China", "must be an ISO 3166-1 alpha-2 code of two capital letters"),
        new Problem("cities.csv", 3, "longitude", "east", "must be a longitude between -180 and 180"),
        new Problem("cluster_members.csv", 2, "city_id", "1", "unknown city id (not in cities.csv)"),
        new Problem("cluster_members.csv", 3, "city_id", "2", "unknown city id (not in cities.csv)"),
        new Problem("clusters.csv", 2, "id", "c", "cluster has no members in cluster_members.csv"),
        new Problem("ties.csv", 2, "city_id", "1", "unknown city id (not in cities.csv)"));
  }

  @Test
  void danglingReferencesAndDuplicatesAreReported() throws Exception {
    replace("ties.csv", """
        id,type,city_id,partner_id,from_year,to_year,weight,detail,source_id
        t1,sister_city,1,2,1990,,1,,s
        t2,sister_city,1,2,1990,,1,,s
        t3,sister_city,1,9,,,1,,s
        t4,air_route,2,1,,,3,,s
        t5,firm_office,1,firm-x,,,2,,s
        t6,sister_city,1,2,1750,,1,x,s
        t1,sister_city,1,2,1991,,1,,nope
        t7,sister_city,1,2,1995,,0,,s
        t8,hosts_event,1,2,1995,,1,,s
        t9,sister_city,1,2,1996,,1,,nope
        """);
    assertThat(problems()).containsExactly(
        new Problem("ties.csv", 9, "weight", "0", "must be a positive finite number"),
        new Problem("ties.csv", 10, "type", "hosts_event", "must be one of sister_city, network_membership, "
            + "organisation_seat, diplomatic_mission, event_host, event_cohost, air_route, firm_office, event_interaction"),
        new Problem("ties.csv", 3, "", "",
            "duplicate of the tie on line 2 (same type, city, partner, detail and from_year)"),
        new Problem("ties.csv", 4, "partner_id", "9",
            "unknown city id (not in cities.csv); a sister_city tie links two cities"),
        new Problem("ties.csv", 5, "partner_id", "1",
            "a air_route tie is stored once, with city_id sorting before partner_id"),
        new Problem("ties.csv", 6, "partner_id", "firm-x", "unknown actor id (not in actors.csv)"),
        new Problem("ties.csv", 7, "from_year", "1750", "must be between 1800 and 2025 (last_year of the manifest)"),
        new Problem("ties.csv", 8, "id", "t1", "duplicate tie id"),
        new Problem("ties.csv", 11, "source_id", "nope", "unknown source id (not in sources.csv)"));
  }

  @Test
  void missingFileBadHeaderAndBrokenQuotingAreReported() throws Exception {
    Files.delete(dir.resolve("actors.csv"));
    replace("sources.csv", "id,title,colour\ns,Source,red\n");
    replace("indicators.csv", "subject_id,code,year,value,unit,source_id\n\"1,pop,2020,5,,s\n");
    assertThat(problems()).containsExactly(
        new Problem("sources.csv", 1, "colour", "",
            "unknown column (expected columns: id, title, licence, vintage, attribution, url)"),
        new Problem("actors.csv", 0, "", "", "file is missing"),
        new Problem("ties.csv", 2, "source_id", "s", "unknown source id (not in sources.csv)"),
        new Problem("indicators.csv", 2, "", "", "a quoted field is never closed"),
        new Problem("indicators.csv", 2, "", "", "has 1 fields but the header has 6"));
  }

  @Test
  void clusterMembershipRulesAreChecked() throws Exception {
    replace("cluster_members.csv", """
        cluster_id,position,city_id,role,central_rank
        c,1,1,member,
        c,1,2,member,
        d,1,1,central,1
        """);
    assertThat(problems()).containsExactly(
        new Problem("cluster_members.csv", 4, "cluster_id", "d", "unknown cluster id (not in clusters.csv)"),
        new Problem("cluster_members.csv", 3, "position", "1", "another member of cluster c has the same position"),
        new Problem("clusters.csv", 2, "id", "c", "cluster has no central city in cluster_members.csv (role central)"));
  }

  @Test
  void problemReadsAsOneLine() {
    assertThat(new Problem("cities.csv", 12, "latitude", "91", "must be between -90 and 90").toString())
        .isEqualTo("cities.csv:12: column latitude, value '91': must be between -90 and 90");
    assertThat(Problem.ofFile("actors.csv", "file is missing").toString()).isEqualTo("actors.csv: file is missing");
  }

  @Test
  void missingFolderIsOneProblem() {
    assertThat(catchThrowableOfType(BundleFormatException.class, () -> BundleReader.read(dir.resolve("nope")))
        .problems()).singleElement().satisfies(p -> assertThat(p.rule()).contains("does not exist"));
  }
}
