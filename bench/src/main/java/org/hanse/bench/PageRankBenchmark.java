package org.hanse.bench;

import java.util.concurrent.TimeUnit;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Weighted PageRank on a 100,000-node preferential-attachment network (about 500,000 ties). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 10, time = 2)
public class PageRankBenchmark {
  private WeightedGraph graph;

  @Setup(Level.Trial)
  public void setUp() {
    graph = SyntheticNetworks.preferentialAttachment(100_000, 5, 5);
  }

  @Benchmark
  public Scores weightedPageRank100k() {
    return new PageRank().compute(graph);
  }
}
