package org.hanse.bench;

import java.util.concurrent.TimeUnit;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrix;
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

/**
 * Global network connectivity in O(nnz) on city × actor tables of 100 thousand to 10 million cells at a GaWC-like
 * density of 24 % (GaWC DS11 itself has 31,500 cells), in two series: cities and actors growing together
 * (1000x100, 10000x200, 100000x100), and a fixed 10,000 cities with a growing number of actors (10000x50,
 * 10000x200, 10000x1000: 120 k, 480 k and 2.4 M non-zero cells), so that the cost per non-zero cell can be told
 * apart from the cost per city. The tables with no actor at all (10000x0, 100000x0) measure the per-city part
 * alone: the result object with its city list and index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 10, time = 1)
public class GncBenchmark {
  /** cities x actors; 24 % of the cells are non-zero. */
  @Param({"1000x100", "10000x200", "100000x100", "10000x50", "10000x1000", "10000x0", "100000x0"})
  public String size;

  private ServiceValueMatrix matrix;

  @Setup(Level.Trial)
  public void setUp() {
    String[] p = size.split("x");
    matrix = SyntheticNetworks.cityActorTable(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0.24, 7);
  }

  @Benchmark
  public ConnectivityResult gncLinearInNonZeroCells() {
    return GlobalNetworkConnectivity.of(matrix);
  }
}
