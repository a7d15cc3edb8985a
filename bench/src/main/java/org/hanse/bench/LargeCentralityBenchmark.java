package org.hanse.bench;

import java.util.concurrent.TimeUnit;
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
 * Weighted betweenness and closeness on large preferential-attachment networks (five ties per city, the generator
 * and seed of {@link CentralityBenchmark}, both from {@link SyntheticCentralityBenchmark}), each measured once:
 * single shot, no warm-up (a run of minutes leaves the JIT compiler's warm-up negligible). Both are O(n·m), so a
 * run at 100,000 nodes takes about a hundred times one at 10,000; {@code bench/single_shot.py} chooses the sizes
 * (-p nodes=...) from a first run at 20,000 nodes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class LargeCentralityBenchmark extends SyntheticCentralityBenchmark {
  @Param({"20000"})
  public int nodes;

  @Override
  protected int nodes() {
    return nodes;
  }
}
