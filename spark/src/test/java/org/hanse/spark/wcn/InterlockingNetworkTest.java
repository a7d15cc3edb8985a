package org.hanse.spark.wcn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.hanse.analysis.wcn.CityDyads;
import org.hanse.analysis.wcn.ClusterConnectivity;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.DyadConnectivity;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.spark.TestSpark;
import org.junit.jupiter.api.Test;

class InterlockingNetworkTest {
  static final StructType CELLS = new StructType().add("city_id", DataTypes.StringType)
      .add("actor_id", DataTypes.StringType).add("value", DataTypes.StringType).add("sector", DataTypes.StringType);
  static final StructType MEMBERS = new StructType().add("cluster_id", DataTypes.StringType)
      .add("city_id", DataTypes.StringType);

  static Dataset<Row> table(List<Object[]> rows) {
    List<Row> r = new ArrayList<>();
    rows.forEach(x -> r.add(RowFactory.create(x)));
    return TestSpark.session().createDataFrame(r, CELLS);
  }

  static Map<String, Row> byCity(Dataset<Row> t) {
    Map<String, Row> m = new HashMap<>();
    t.collectAsList().forEach(r -> m.put(r.getAs("city_id"), r));
    return m;
  }

  @Test
  void workedExampleOfMethodsSection14() {
    // V = A:[5,2,0] B:[2,3,2] C:[0,2,0] D:[0,0,3]
    Dataset<Row> raw = table(List.of(
        new Object[] {"A", "F1", "5", ""}, new Object[] {"A", "F2", "2", ""},
        new Object[] {"B", "F1", "2", ""}, new Object[] {"B", "F2", "3", ""}, new Object[] {"B", "F3", "2", ""},
        new Object[] {"C", "F2", "2", ""}, new Object[] {"D", "F3", "3", ""}));
    InterlockingNetwork.Cells cells = InterlockingNetwork.prepare(raw, 5);
    assertThat(cells.rejected().count()).isZero();
    Map<String, Row> gnc = byCity(InterlockingNetwork.connectivity(cells.cells()));
    assertThat(gnc.get("A").<Long>getAs("gnc")).isEqualTo(20L);
    assertThat(gnc.get("B").<Long>getAs("gnc")).isEqualTo(28L);
    assertThat(gnc.get("C").<Long>getAs("gnc")).isEqualTo(10L);
    assertThat(gnc.get("D").<Long>getAs("gnc")).isEqualTo(6L);
    assertThat(gnc.get("A").<Double>getAs("proportional")).isCloseTo(0.7143, within(1e-4));
    assertThat(gnc.get("B").<Integer>getAs("rank")).isEqualTo(1);
    assertThat(gnc.get("D").<Integer>getAs("rank")).isEqualTo(4);
    Map<String, Row> dyads = new HashMap<>();
    InterlockingNetwork.dyads(cells.cells(), 5).collectAsList()
        .forEach(r -> dyads.put(r.getAs("city_a") + "-" + r.getAs("city_b"), r));
    assertThat(dyads).containsOnlyKeys("A-B", "A-C", "B-C", "B-D");
    assertThat(dyads.get("A-B").<Long>getAs("connectivity")).isEqualTo(16L);
    assertThat(dyads.get("A-C").<Long>getAs("connectivity")).isEqualTo(4L);
    assertThat(dyads.get("B-C").<Long>getAs("connectivity")).isEqualTo(6L);
    assertThat(dyads.get("B-D").<Long>getAs("connectivity")).isEqualTo(6L);
    assertThat(dyads.get("A-B").<Double>getAs("proportional")).isCloseTo(0.2133, within(1e-4));
    List<Row> top = InterlockingNetwork.topDyads(InterlockingNetwork.dyads(cells.cells(), 5), 2).collectAsList();
    assertThat(top).extracting(r -> r.getAs("city_a") + "-" + r.getAs("city_b")).containsExactly("A-B", "B-C");
  }

  @Test
  void randomTableEqualsTheEmbeddedEngineForGncSectorsDyadsAndClusterSplit() {
    Random rnd = new Random(2024);
    List<Object[]> rows = new ArrayList<>();
    ServiceValueMatrix.Builder b = ServiceValueMatrix.builder(5);
    String[] sectors = {"finance", "law", "advertising"};
    for (int j = 0; j < 25; j++) {
      b.column("f" + j, sectors[j % 3]);
    }
    for (int k = 0; k < 600; k++) {
      String city = "c" + (int) Math.floor(Math.pow(rnd.nextDouble(), 2) * 80);
      int firm = rnd.nextInt(25);
      int v = rnd.nextInt(6); // 0 declares a covered city; repeated cells are combined by the maximum
      rows.add(new Object[] {city, "f" + firm, Integer.toString(v), sectors[firm % 3]});
      b.value(city, "f" + firm, v);
    }
    rows.add(new Object[] {"c-zero", "f1", "0", "law"});
    b.value("c-zero", "f1", 0);
    ServiceValueMatrix v = b.build();
    SparkSession spark = TestSpark.session();
    InterlockingNetwork.Cells cells = InterlockingNetwork.prepare(table(rows), 5);

    ConnectivityResult embedded = GlobalNetworkConnectivity.of(v);
    Dataset<Row> connectivity = InterlockingNetwork.connectivity(cells.cells()).cache();
    Map<String, Row> gnc = byCity(connectivity);
    assertThat(gnc.keySet()).containsExactlyInAnyOrderElementsOf(v.rowIds());
    for (String c : v.rowIds()) {
      assertThat(gnc.get(c).<Long>getAs("gnc")).as("GNC of %s", c).isEqualTo(embedded.connectivity(c));
      assertThat(gnc.get(c).<Double>getAs("proportional")).isCloseTo(embedded.proportional(c), within(1e-12));
      assertThat(gnc.get(c).<Integer>getAs("rank")).isEqualTo(embedded.rank(c));
    }
    assertThat(gnc.get("c-zero").<Long>getAs("gnc")).isZero();

    Map<String, ConnectivityResult> bySector = GlobalNetworkConnectivity.bySector(v);
    Map<String, Long> sparkSector = new HashMap<>();
    InterlockingNetwork.sectorConnectivity(cells.cells(), cells.actors()).collectAsList()
        .forEach(r -> sparkSector.put(r.getAs("sector") + "|" + r.getAs("city_id"), r.getAs("gnc")));
    for (var e : bySector.entrySet()) {
      for (String c : v.rowIds()) {
        assertThat(sparkSector.getOrDefault(e.getKey() + "|" + c, 0L)).as("%s GNC of %s", e.getKey(), c)
            .isEqualTo(e.getValue().connectivity(c));
      }
    }

    CityDyads projection = new DyadConnectivity(v).projection();
    Map<String, Long> sparkDyads = new HashMap<>();
    InterlockingNetwork.dyads(cells.cells(), 5).collectAsList()
        .forEach(r -> sparkDyads.put(r.getAs("city_a") + "|" + r.getAs("city_b"), r.getAs("connectivity")));
    assertThat(sparkDyads).hasSize(projection.size());
    for (int d = 0; d < projection.size(); d++) {
      String a = projection.firstCity(d);
      String c = projection.secondCity(d);
      String key = a.compareTo(c) < 0 ? a + "|" + c : c + "|" + a;
      assertThat(sparkDyads.get(key)).as("r of %s", key).isEqualTo(projection.connectivity(d));
    }

    List<Row> memberRows = new ArrayList<>();
    List<String> north = List.of("c0", "c1", "c2", "c5", "c9", "not-covered");
    List<String> south = List.of("c1", "c3", "c40", "c-zero");
    north.forEach(c -> memberRows.add(RowFactory.create("north", c)));
    south.forEach(c -> memberRows.add(RowFactory.create("south", c)));
    Dataset<Row> members = spark.createDataFrame(memberRows, MEMBERS);
    Dataset<Row> split = InterlockingNetwork.clusterMembers(cells.cells(), members, connectivity).cache();
    Map<String, Row> clusters = new HashMap<>();
    InterlockingNetwork.clusters(members, split).collectAsList().forEach(r -> clusters.put(r.getAs("cluster_id"), r));
    Map<String, Row> splitRows = new HashMap<>();
    split.collectAsList().forEach(r -> splitRows.put(r.getAs("cluster_id") + "|" + r.getAs("city_id"), r));
    for (var e : Map.of("north", north, "south", south).entrySet()) {
      ClusterConnectivity.Result expected = ClusterConnectivity.of(v, e.getKey(), e.getValue());
      Row got = clusters.get(e.getKey());
      assertThat(got.<Long>getAs("external_connectivity")).isEqualTo(expected.externalConnectivity());
      assertThat(got.<Long>getAs("internal_connectivity")).isEqualTo(expected.internalConnectivity());
      assertThat(got.<Long>getAs("missing_members")).isEqualTo((long) expected.missingMembers().size());
      for (ClusterConnectivity.Member m : expected.members()) {
        Row r = splitRows.get(e.getKey() + "|" + m.cityId());
        assertThat(r.<Long>getAs("internal")).isEqualTo(m.internal());
        assertThat(r.<Long>getAs("external")).isEqualTo(m.external());
      }
    }
  }

  @Test
  void rowsWithBadValuesAreRejectedAndConflictingSectorsReported() {
    Dataset<Row> raw = table(List.of(
        new Object[] {"A", "F1", "5", "law"}, new Object[] {"A", "F2", "6", "law"},
        new Object[] {"B", "F1", "2.5", "law"}, new Object[] {"", "F1", "2", "law"},
        new Object[] {"C", "F1", "three", "law"}, new Object[] {"C", "F3", "2", "law"},
        new Object[] {"D", "F3", "2", "finance"}));
    InterlockingNetwork.Cells cells = InterlockingNetwork.prepare(raw, 5);
    assertThat(cells.rejected().count()).isEqualTo(4);
    assertThat(cells.sectorConflicts().collectAsList()).extracting(r -> r.getString(0)).containsExactly("F3");
  }
}
