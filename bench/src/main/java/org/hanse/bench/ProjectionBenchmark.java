package org.hanse.bench;

import java.util.concurrent.TimeUnit;
import org.hanse.analysis.wcn.CityDyads;
import org.hanse.analysis.wcn.DyadConnectivity;
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
 * The weighted one-mode projection (all city dyads, r_ab = Σ_j v_aj v_bj), which is quadratic in the number of
 * cities by nature: this is the computation GNC avoids, measured to show what asking for it costs, up to a table of
 * 10 million cells.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 10, time = 2)
public class ProjectionBenchmark {
  /** cities x actors at 24 % density; 10000x1000 is a table of 10 million cells (about 50 million dyads). */
  @Param({"315x100", "1000x100", "3000x100", "10000x1000"})
  public String size;

  private ServiceValueMatrix matrix;

  @Setup(Level.Trial)
  public void setUp() {
    String[] p = size.split("x");
    matrix = SyntheticNetworks.cityActorTable(Integer.parseInt(p[0]), Integer.parseInt(p[1]), 0.24, 11);
  }

  @Benchmark
  public CityDyads sparseProjection() {
    return new DyadConnectivity(matrix).projection();
  }
}
