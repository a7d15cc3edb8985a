package org.hanse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.index.EntropyWeights;
import org.hanse.analysis.index.IndicatorDirection;
import org.hanse.analysis.index.IndicatorTable;
import org.hanse.analysis.index.Normalisation;
import org.hanse.analysis.index.Topsis;
import org.hanse.analysis.index.Weights;
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

/** Entropy weights and TOPSIS over 10,000 cities × 50 indicators (seeded log-normal values, 10 % of them negative). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 10, time = 1)
public class IndexBenchmark {
  private IndicatorTable table;

  @Setup(Level.Trial)
  public void setUp() {
    Random rnd = new Random(17);
    int cities = 10_000;
    int indicators = 50;
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    List<IndicatorDirection> directions = new ArrayList<>();
    double[][] x = new double[cities][indicators];
    for (int i = 0; i < cities; i++) {
      rows.add(SyntheticNetworks.id(i));
      for (int j = 0; j < indicators; j++) {
        x[i][j] = Math.exp(rnd.nextGaussian());
      }
    }
    for (int j = 0; j < indicators; j++) {
      cols.add("ind" + j);
      directions.add(j % 10 == 9 ? IndicatorDirection.NEGATIVE : IndicatorDirection.POSITIVE);
    }
    table = IndicatorTable.of(new LabelledMatrix(rows, cols, x), directions);
  }

  @Benchmark
  public Topsis.Result entropyTopsis() {
    LabelledMatrix z = Normalisation.minMax(table, Normalisation.Shift.TRANSLATE).z();
    Weights w = EntropyWeights.compute(z);
    return Topsis.onNormalised(z, w);
  }
}
