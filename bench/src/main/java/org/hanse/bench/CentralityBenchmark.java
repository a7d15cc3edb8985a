package org.hanse.bench;

import java.util.concurrent.TimeUnit;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.PageRank;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Weighted betweenness and closeness (shortest paths on costs 1/w) and weighted PageRank on preferential-attachment
 * networks of 1,000 and 10,000 cities with five ties per city (on the 10k network an iteration is one operation).
 * Betweenness and closeness are O(n·m) in total: larger sizes are measured once each by
 * {@link LargeCentralityBenchmark}, PageRank at 100,000 nodes by {@link PageRankBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 10, time = 2)
public class CentralityBenchmark extends SyntheticCentralityBenchmark {
  @Param({"1000", "10000"})
  public int nodes;

  @Override
  protected int nodes() {
    return nodes;
  }

  @Benchmark
  public Scores weightedPageRank() {
    return new PageRank().compute(graph);
  }
}
