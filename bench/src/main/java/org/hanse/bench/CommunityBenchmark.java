package org.hanse.bench;

import java.util.concurrent.TimeUnit;
import org.hanse.analysis.community.Louvain;
import org.hanse.analysis.community.Partition;
import org.hanse.analysis.network.WeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Seeded Louvain (modularity, resolution 1) on preferential-attachment networks of 1k, 10k and 100k nodes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 10, time = 2)
public class CommunityBenchmark {
  @Param({"1000", "10000", "100000"})
  public int nodes;

  private WeightedGraph graph;

  @Setup(Level.Trial)
  public void setUp() {
    graph = SyntheticNetworks.preferentialAttachment(nodes, 5, 9);
  }

  @Benchmark
  public Partition louvain() {
    return new Louvain(1L).compute(graph);
  }
}
