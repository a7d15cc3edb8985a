package org.hanse.spark.network;

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
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.DegreeCentrality;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.spark.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkMeasuresTest {
  static final StructType EDGES = new StructType()
      .add("source", DataTypes.StringType).add("target", DataTypes.StringType).add("weight", DataTypes.DoubleType);
  static final StructType NODES = new StructType().add("node_id", DataTypes.StringType);

  static Dataset<Row> edges(List<Object[]> rows) {
    List<Row> r = new ArrayList<>();
    rows.forEach(e -> r.add(RowFactory.create(e)));
    return TestSpark.session().createDataFrame(r, EDGES);
  }

  static Map<String, Row> byId(Dataset<Row> nodes) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : nodes.collectAsList()) {
      m.put(r.getString(r.fieldIndex("node_id")), r);
    }
    return m;
  }

  @Test
  void weightedTriangleHasTheStrengthsOfTheWorkedExample() {
    // methods.md §2 worked example: w01 = 3, w02 = 1, w12 = 2 → strength 4, 5, 3.
    var result = NetworkMeasures.run(TestSpark.session(),
        edges(List.of(new Object[] {"0", "1", 3.0}, new Object[] {"0", "2", 1.0}, new Object[] {"2", "1", 2.0})),
        null, NetworkMeasures.Settings.undirectedDefaults());
    Map<String, Row> n = byId(result.nodes());
    assertThat(n.get("0").<Double>getAs("strength")).isEqualTo(4.0);
    assertThat(n.get("1").<Double>getAs("strength")).isEqualTo(5.0);
    assertThat(n.get("2").<Double>getAs("strength")).isEqualTo(3.0);
    assertThat(n.get("1").<Long>getAs("degree")).isEqualTo(2L);
    assertThat(result.edgeCount()).isEqualTo(3);
    double total = n.values().stream().mapToDouble(r -> r.<Double>getAs("pagerank")).sum();
    assertThat(total).isCloseTo(1.0, within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void pageRankDegreeAndStrengthEqualTheEmbeddedEngineOnRandomGraphs(boolean directed) {
    Random rnd = new Random(directed ? 11 : 7);
    int n = 60;
    List<Object[]> rows = new ArrayList<>();
    WeightedGraph.Builder b = WeightedGraph.builder(directed);
    List<Row> isolated = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      b.node("c" + i);
    }
    for (int k = 0; k < 220; k++) {
      // Nodes 50..59 only receive edges (dangling when directed) or none at all (isolated).
      int u = rnd.nextInt(50);
      int v = rnd.nextInt(n - 5);
      double w = 1 + rnd.nextInt(9);
      rows.add(new Object[] {"c" + u, "c" + v, w});
      b.edge("c" + u, "c" + v, w);
    }
    for (int i = n - 5; i < n; i++) {
      isolated.add(RowFactory.create("c" + i));
    }
    SparkSession spark = TestSpark.session();
    var result = NetworkMeasures.run(spark, edges(rows), spark.createDataFrame(isolated, NODES),
        NetworkMeasures.Settings.undirectedDefaults().directed(directed));
    WeightedGraph g = b.build();
    Scores pr = new PageRank().compute(g);
    Map<String, Row> out = byId(result.nodes());
    assertThat(out).hasSize(n);
    assertThat(result.converged()).isTrue();
    assertThat(result.droppedSelfLoops()).isEqualTo(g.droppedSelfLoops());
    assertThat(result.edgeCount()).isEqualTo(g.edgeCount());
    DegreeCentrality.Direction all = DegreeCentrality.Direction.ALL;
    Scores degree = DegreeCentrality.degree(g, all);
    Scores strength = DegreeCentrality.strength(g, all);
    Scores outStrength = DegreeCentrality.strength(g, DegreeCentrality.Direction.OUT);
    Scores normalised = DegreeCentrality.normalisedDegree(g, all);
    for (String id : g.ids()) {
      Row r = out.get(id);
      assertThat(r.<Double>getAs("pagerank")).as("PageRank of %s", id).isCloseTo(pr.get(id), within(1e-8));
      assertThat((double) r.<Long>getAs("degree")).as("degree of %s", id).isEqualTo(degree.get(id));
      assertThat(r.<Double>getAs("strength")).as("strength of %s", id).isCloseTo(strength.get(id), within(1e-9));
      assertThat(r.<Double>getAs("out_strength")).isCloseTo(outStrength.get(id), within(1e-9));
      if (!directed) {
        assertThat(r.<Double>getAs("degree_normalised")).isCloseTo(normalised.get(id), within(1e-12));
      }
    }
  }
}
