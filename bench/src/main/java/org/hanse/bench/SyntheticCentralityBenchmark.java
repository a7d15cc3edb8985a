package org.hanse.bench;

import org.hanse.analysis.Scores;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.ClosenessCentrality;
import org.hanse.analysis.network.WeightedGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Weighted betweenness and closeness (shortest paths on costs 1/w) on a preferential-attachment network of
 * {@link #nodes()} cities with {@value #TIES_PER_CITY} ties per city, always from seed {@value #SEED}: what
 * {@link CentralityBenchmark} and {@link LargeCentralityBenchmark} share. Each subclass is one benchmark with its
 * own sizes, mode and forks; the benchmarks keep the subclass's name (e.g. {@code
 * LargeCentralityBenchmark.weightedBetweenness}).
 */
@State(Scope.Benchmark)
public abstract class SyntheticCentralityBenchmark {
  /** Ties each new city forms in the generator. */
  public static final int TIES_PER_CITY = 5;
  /** The generator's seed: every size is the same network family, every run the same network. */
  public static final long SEED = 3;

  protected WeightedGraph graph;

  /** Cities of the network (the subclass's size parameter). */
  protected abstract int nodes();

  @Setup(Level.Trial)
  public void setUp() {
    graph = SyntheticNetworks.preferentialAttachment(nodes(), TIES_PER_CITY, SEED);
  }

  @Benchmark
  public BetweennessCentrality.Result weightedBetweenness() {
    return new BetweennessCentrality().compute(graph);
  }

  @Benchmark
  public Scores weightedCloseness() {
    return new ClosenessCentrality().compute(graph);
  }
}
