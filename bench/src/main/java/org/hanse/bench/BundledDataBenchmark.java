package org.hanse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hanse.analysis.Scores;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.ClosenessCentrality;
import org.hanse.analysis.network.MultiplexNetwork;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrices;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.bundle.Bundles;
import org.hanse.model.Dataset;
import org.hanse.model.TieType;
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

/**
 * The core analysis on the real bundled data (the {@code data/} folder, or {@code -Dhanse.data=DIR}): GNC of the
 * GaWC DS11 firm table, weighted betweenness, closeness and PageRank of the city-to-city air-route network
 * (OpenFlights routes aggregated to cities), and the whole cluster assessment that {@code hanse analyze} runs,
 * in-process (the launcher's JVM start and database load are measured by {@code bench/analyze.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 10, time = 2)
public class BundledDataBenchmark {
  private Dataset dataset;
  private ServiceValueMatrix firms;
  private WeightedGraph airRoutes;

  @Setup(Level.Trial)
  public void setUp() {
    Path dir = Bundles.defaultDataDir();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("bundled data folder " + dir.toAbsolutePath()
          + " not found: run from the project root or pass -Dhanse.data=DIR");
    }
    dataset = BundleReader.read(dir);
    firms = ServiceValueMatrices.firmOffices(dataset, null);
    airRoutes = MultiplexNetwork.builder(dataset).layers(TieType.AIR_ROUTE).build().layer(TieType.AIR_ROUTE);
  }

  @Benchmark
  public ConnectivityResult gncOfGawcFirmTable() {
    return GlobalNetworkConnectivity.of(firms);
  }

  @Benchmark
  public BetweennessCentrality.Result airRouteBetweenness() {
    return new BetweennessCentrality().compute(airRoutes);
  }

  @Benchmark
  public Scores airRouteCloseness() {
    return new ClosenessCentrality().compute(airRoutes);
  }

  @Benchmark
  public Scores airRoutePageRank() {
    return new PageRank().compute(airRoutes);
  }

  @Benchmark
  public Assessment fullAssessmentOfEightClusters() {
    return Assessor.assess(dataset);
  }
}
