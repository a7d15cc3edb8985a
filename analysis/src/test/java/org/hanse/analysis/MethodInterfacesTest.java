package org.hanse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hanse.analysis.community.CommunityDetector;
import org.hanse.analysis.community.Leiden;
import org.hanse.analysis.community.Louvain;
import org.hanse.analysis.index.CompositeIndexTestAccess;
import org.hanse.analysis.index.EntropyWeights;
import org.hanse.analysis.index.WeightingMethod;
import org.hanse.analysis.inequality.Gini;
import org.hanse.analysis.inequality.InequalityMeasure;
import org.hanse.analysis.inequality.Theil;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.ClosenessCentrality;
import org.hanse.analysis.network.NodeMeasure;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.junit.jupiter.api.Test;

/** Each method behind its small interface gives exactly what the class gives when called directly. */
class MethodInterfacesTest {
  private static WeightedGraph graph() {
    return WeightedGraph.undirected().edge("0", "1", 1).edge("0", "2", 1).edge("0", "3", 1).edge("1", "2", 1)
        .edge("3", "4", 1).build();
  }

  @Test
  void nodeMeasuresAndCommunityDetectors() {
    WeightedGraph g = graph();
    List<NodeMeasure<Scores>> measures = List.of(new PageRank(), new ClosenessCentrality());
    assertThat(measures.get(0).compute(g).values()).containsExactly(new PageRank().compute(g).values());
    NodeMeasure<BetweennessCentrality.Result> b = new BetweennessCentrality();
    assertThat(b.compute(g).raw().get("0")).isEqualTo(new BetweennessCentrality().compute(g).raw().get("0"));
    for (CommunityDetector d : List.<CommunityDetector>of(new Louvain(7), new Leiden(7))) {
      assertThat(d.compute(g).quality()).isBetween(-0.5, 1.0);
    }
  }

  @Test
  void weightingAndInequalityMeasures() {
    LabelledMatrix z = CompositeIndexTestAccess.shiftedExample();
    assertThat(WeightingMethod.ENTROPY.weights(z).values()).containsExactly(EntropyWeights.compute(z).values());
    List<String> ids = List.of("a", "b", "c", "d", "e");
    double[] y = {10, 20, 30, 40, 100};
    assertThat(InequalityMeasure.GINI.of(ids, y)).isEqualTo(Gini.of(ids, y).gini());
    assertThat(InequalityMeasure.THEIL.of(ids, y).getAsDouble()).isEqualTo(Theil.of(ids, y));
    assertThat(InequalityMeasure.HHI.of(ids, y).getAsDouble()).isEqualTo(0.325, org.assertj.core.api.Assertions
        .within(1e-12));
  }
}
