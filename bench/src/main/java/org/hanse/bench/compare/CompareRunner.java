package org.hanse.bench.compare;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.hanse.analysis.Scores;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.ClosenessCentrality;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.bench.SyntheticNetworks;

/**
 * The Java side of {@code bench/compare/compare.py}: writes the shared input files, and computes one measure on one
 * input the way the Python side does with igraph and NetworkX, printing the compute time (best of three runs, so
 * that JIT warm-up is not counted, as the Python side also takes its best of three) and writing the values.
 *
 * <pre>
 *   inputs DIR                         write synthetic-1k.tsv, synthetic-10k.tsv, svm-*.tsv into DIR
 *   MEASURE INPUT OUTPUT               MEASURE: betweenness closeness pagerank gnc
 * </pre>
 *
 * Edge files are {@code source target weight} lines (weights are strengths; path lengths are 1/weight on every
 * side); service-value files are {@code city actor value} lines.
 */
public final class CompareRunner {
  private CompareRunner() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("inputs")) {
      writeInputs(Path.of(args[1]));
      return;
    }
    if (args.length != 3) {
      System.err.println("usage: CompareRunner inputs DIR | CompareRunner MEASURE INPUT OUTPUT");
      System.exit(2);
    }
    String measure = args[0];
    Path input = Path.of(args[1]);
    Path output = Path.of(args[2]);
    long best = Long.MAX_VALUE;
    Object result = null;
    for (int run = 0; run < 3; run++) {
      Supplier<Object> job = job(measure, input);
      long t0 = System.nanoTime();
      result = job.get();
      best = Math.min(best, System.nanoTime() - t0);
    }
    write(result, output);
    System.out.printf(Locale.ROOT, "{\"seconds\": %.6f}%n", best / 1e9);
  }

  private static Supplier<Object> job(String measure, Path input) throws IOException {
    switch (measure) {
      case "gnc": {
        ServiceValueMatrix m = readMatrix(input);
        return () -> GlobalNetworkConnectivity.of(m);
      }
      case "betweenness": {
        WeightedGraph g = readGraph(input);
        return () -> new BetweennessCentrality().compute(g).raw();
      }
      case "closeness": {
        WeightedGraph g = readGraph(input);
        return () -> new ClosenessCentrality().compute(g);
      }
      case "pagerank": {
        WeightedGraph g = readGraph(input);
        return () -> new PageRank().compute(g);
      }
      default:
        throw new IllegalArgumentException("unknown measure " + measure);
    }
  }

  private static WeightedGraph readGraph(Path file) throws IOException {
    WeightedGraph.Builder b = WeightedGraph.undirected();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      b.edge(f[0], f[1], Double.parseDouble(f[2]));
    }
    return b.build();
  }

  private static ServiceValueMatrix readMatrix(Path file) throws IOException {
    ServiceValueMatrix.Builder b = ServiceValueMatrix.builder(5);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      b.row(f[0]);
      b.column(f[1], "");
      b.value(f[0], f[1], Integer.parseInt(f[2]));
    }
    return b.build();
  }

  private static void write(Object result, Path output) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      if (result instanceof Scores s) {
        for (int i = 0; i < s.size(); i++) {
          w.write(s.ids().get(i) + "\t" + Double.toString(s.valueAt(i)) + "\n");
        }
      } else if (result instanceof ConnectivityResult c) {
        Scores s = c.connectivityScores();
        for (int i = 0; i < s.size(); i++) {
          w.write(s.ids().get(i) + "\t" + (long) s.valueAt(i) + "\n");
        }
      }
    }
  }

  private static void writeInputs(Path dir) throws IOException {
    Files.createDirectories(dir);
    writeGraph(SyntheticNetworks.preferentialAttachment(1_000, 5, 3), dir.resolve("synthetic-1k.tsv"));
    writeGraph(SyntheticNetworks.preferentialAttachment(10_000, 5, 3), dir.resolve("synthetic-10k.tsv"));
    writeMatrix(SyntheticNetworks.cityActorTable(1_000, 100, 0.24, 11), dir.resolve("svm-1000x100.tsv"));
    writeMatrix(SyntheticNetworks.cityActorTable(3_000, 100, 0.24, 11), dir.resolve("svm-3000x100.tsv"));
  }

  private static void writeGraph(WeightedGraph g, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> ids = g.ids();
      g.forEachEdge((u, v, weight) -> {
        try {
          w.write(ids.get(u) + "\t" + ids.get(v) + "\t" + (long) weight + "\n");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  private static void writeMatrix(ServiceValueMatrix m, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      m.forEachCell((row, column, value) -> {
        try {
          w.write(m.rowIds().get(row) + "\t" + m.columnIds().get(column) + "\t" + value + "\n");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }
}
