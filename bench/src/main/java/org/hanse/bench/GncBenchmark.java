package org.hanse.bench;

import java.util.concurrent.TimeUnit;
import org.hanse.analysis.wcn.CityDyads;
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
 * Global network connectivity in O(nnz) against the city-dyad projection, on city × actor tables from 100 thousand
 * to 10 million cells (GaWC DS11 itself has 31,500 cells).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class GncBenchmark {
  /** cities x actors: 100k, 2M and 10M cells at a GaWC-like density of 24 %. */
  @Param({"1000x100", "10000x200", "100000x100"})
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
