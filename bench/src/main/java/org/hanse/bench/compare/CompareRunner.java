package org.hanse.bench.compare;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.hanse.analysis.Scores;
import org.hanse.analysis.community.Louvain;
import org.hanse.analysis.community.Partition;
import org.hanse.analysis.network.BetweennessCentrality;
import org.hanse.analysis.network.ClosenessCentrality;
import org.hanse.analysis.network.PageRank;
import org.hanse.analysis.network.WeightedGraph;
import org.hanse.analysis.wcn.CityDyads;
import org.hanse.analysis.wcn.ConnectivityResult;
import org.hanse.analysis.wcn.DyadConnectivity;
import org.hanse.analysis.wcn.GlobalNetworkConnectivity;
import org.hanse.analysis.wcn.ServiceValueMatrix;
import org.hanse.bench.SyntheticNetworks;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The Java side of {@code bench/compare/compare.py}: writes the shared input files, and computes one measure on one
 * input with Hanse or with JGraphT (in the same kind of JVM), printing the compute time and writing the values.
 *
 * <pre>
 *   inputs DIR                                      write the input files into DIR
 *   TOOL MEASURE INPUT OUTPUT RUNS ONCE_OVER_S      TOOL: hanse | jgrapht
 *                                                   MEASURE: betweenness closeness pagerank louvain gnc projection
 * </pre>
 *
 * <p>Repetition rule, the same on every side of the comparison (the Python side applies it too): the computation
 * runs up to RUNS times and stops after the first run that took longer than ONCE_OVER_S seconds; the best time
 * counts. Reading the input and building the tool's graph are not timed, on any side.
 *
 * <p>Edge files are {@code source target weight} lines (weights are strengths; path lengths are 1/weight on every
 * side); service-value files are {@code city actor value} lines. JGraphT gets a {@link SimpleWeightedGraph} whose
 * edge weights are the costs 1/w for betweenness and closeness and the strengths w for PageRank. JGraphT 1.5.3 has
 * no Louvain, no GNC and no bipartite projection, so only betweenness, closeness and PageRank run with it.
 */
public final class CompareRunner {
  private CompareRunner() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("inputs")) {
      writeInputs(Path.of(args[1]));
      return;
    }
    if (args.length != 6) {
      System.err.println("usage: CompareRunner inputs DIR | CompareRunner TOOL MEASURE INPUT OUTPUT RUNS ONCE_OVER_S");
      System.exit(2);
    }
    String tool = args[0];
    String measure = args[1];
    Path input = Path.of(args[2]);
    Path output = Path.of(args[3]);
    int runs = Integer.parseInt(args[4]);
    double onceOver = Double.parseDouble(args[5]);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Supplier<Object> job = switch (tool) {
      case "hanse" -> hanse(measure, input);
      case "jgrapht" -> jgrapht(measure, input);
      default -> throw new IllegalArgumentException("unknown tool " + tool);
    };
    List<Double> times = new ArrayList<>();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.NaN;
    Object result = null;
    for (int run = 0; run < runs; run++) {
      result = null; // let the previous result be collected before the next run
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      result = job.get();
      double seconds = (System.nanoTime() - t0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      times.add(seconds);
      if (seconds < best) {
        best = seconds;
        bestCpu = cpu;
      }
      if (seconds > onceOver) {
        break;
      }
    }
    long peakKib = peakRssKib(); // before the output is written: the peak of reading, building and computing
    write(result, output, input);
    StringBuilder all = new StringBuilder();
    for (double t : times) {
      all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f", t));
    }
    System.out.printf(Locale.ROOT, "{\"seconds\": %.6f, \"cpu_seconds\": %.6f, \"runs\": [%s], \"peak_kib\": %d}%n",
        best, bestCpu, all, peakKib);
  }

  /** The process's peak resident set size so far (VmHWM), in KiB; -1 where /proc is not there. */
  static long peakRssKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static Supplier<Object> hanse(String measure, Path input) throws IOException {
    switch (measure) {
      case "gnc": {
        ServiceValueMatrix m = readMatrix(input);
        return () -> GlobalNetworkConnectivity.of(m);
      }
      case "projection": {
        ServiceValueMatrix m = readMatrix(input);
        return () -> new DyadConnectivity(m).projection();
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
      case "louvain": {
        WeightedGraph g = readGraph(input);
        return () -> new Louvain(1L).compute(g);
      }
      default:
        throw new IllegalArgumentException("unknown measure " + measure);
    }
  }

  private static Supplier<Object> jgrapht(String measure, Path input) throws IOException {
    switch (measure) {
      case "betweenness": {
        Graph<String, DefaultWeightedEdge> g = readJGraphT(input, true);
        return () -> new org.jgrapht.alg.scoring.BetweennessCentrality<>(g, false).getScores();
      }
      case "closeness": {
        Graph<String, DefaultWeightedEdge> g = readJGraphT(input, true);
        // incoming = false, normalize = true: (n - 1) / Σ d, Dijkstra on the weights (here the costs 1/w)
        return () -> new org.jgrapht.alg.scoring.ClosenessCentrality<>(g, false, true).getScores();
      }
      case "pagerank": {
        Graph<String, DefaultWeightedEdge> g = readJGraphT(input, false);
        // weighted variant; damping 0.85 and the same stopping rule as Hanse (largest change below 1e-12)
        return () -> new org.jgrapht.alg.scoring.PageRank<>(g, 0.85, 100_000, 1e-12).getScores();
      }
      default:
        throw new IllegalArgumentException("JGraphT has no " + measure + " in version 1.5.3");
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

  private static Graph<String, DefaultWeightedEdge> readJGraphT(Path file, boolean costs) throws IOException {
    Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      double w = Double.parseDouble(f[2]);
      g.addVertex(f[0]);
      g.addVertex(f[1]);
      DefaultWeightedEdge e = g.addEdge(f[0], f[1]);
      g.setEdgeWeight(e, costs ? 1.0 / w : w);
    }
    return g;
  }

  private static ServiceValueMatrix readMatrix(Path file) throws IOException {
    ServiceValueMatrix.Builder b = ServiceValueMatrix.builder(5);
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      lines.forEach(line -> {
        String[] f = line.split("\t");
        b.value(f[0], f[1], Integer.parseInt(f[2]));
      });
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static void write(Object result, Path output, Path input) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      if (result instanceof Scores s) {
        for (int i = 0; i < s.size(); i++) {
          w.write(s.ids().get(i) + "\t" + s.valueAt(i) + "\n");
        }
      } else if (result instanceof ConnectivityResult c) {
        Scores s = c.connectivityScores();
        for (int i = 0; i < s.size(); i++) {
          w.write(s.ids().get(i) + "\t" + (long) s.valueAt(i) + "\n");
        }
      } else if (result instanceof Partition p) {
        int[] labels = p.labels();
        for (int i = 0; i < labels.length; i++) {
          w.write(p.ids().get(i) + "\t" + labels[i] + "\n");
        }
      } else if (result instanceof CityDyads d) {
        for (Map.Entry<String, Long> e : digest(d).entrySet()) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      } else if (result instanceof Map<?, ?> m) {
        for (Map.Entry<String, Double> e : ((Map<String, Double>) m).entrySet()) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      } else {
        throw new IllegalStateException("no writer for " + result);
      }
    }
  }

  /**
   * A digest of the projection that every tool computes the same way (compare.py, pytools.py): the number of
   * positive dyads a &lt; b, Σ r_ab, Σ r_ab² and Σ r_ab · ((i_a · n + i_b) mod 65521) with i the position of the
   * city among the covered cities sorted by id, which changes when a value lands on the wrong pair.
   */
  static Map<String, Long> digest(CityDyads d) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(d.cityIds()));
    Map<String, Integer> pos = new HashMap<>(sorted.size() * 2);
    for (int i = 0; i < sorted.size(); i++) {
      pos.put(sorted.get(i), i);
    }
    long n = sorted.size();
    long count = 0;
    long sum = 0;
    long sumSq = 0;
    long check = 0;
    for (int t = 0; t < d.size(); t++) {
      long a = pos.get(d.firstCity(t));
      long b = pos.get(d.secondCity(t));
      if (a > b) {
        long x = a;
        a = b;
        b = x;
      }
      long r = d.connectivity(t);
      count++;
      sum += r;
      sumSq += r * r;
      check += r * ((a * n + b) % 65521);
    }
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    out.put("dyads", count);
    out.put("sum", sum);
    out.put("sum_sq", sumSq);
    out.put("checksum", check);
    return out;
  }

  /** The input files; all seeded, so every run of the comparison sees the same ones. */
  private static void writeInputs(Path dir) throws IOException {
    Files.createDirectories(dir);
    writeGraph(SyntheticNetworks.preferentialAttachment(1_000, 5, 3), dir.resolve("synthetic-1k.tsv"));
    writeGraph(SyntheticNetworks.preferentialAttachment(3_000, 5, 3), dir.resolve("synthetic-3k.tsv"));
    writeGraph(SyntheticNetworks.preferentialAttachment(10_000, 5, 3), dir.resolve("synthetic-10k.tsv"));
    writeGraph(SyntheticNetworks.preferentialAttachment(100_000, 5, 3), dir.resolve("synthetic-100k.tsv"));
    writeMatrix(SyntheticNetworks.cityActorTable(1_000, 100, 0.24, 11), dir.resolve("svm-1000x100.tsv"));
    writeMatrix(SyntheticNetworks.cityActorTable(3_000, 100, 0.24, 11), dir.resolve("svm-3000x100.tsv"));
    writeMatrix(SyntheticNetworks.cityActorTable(10_000, 1_000, 0.24, 11), dir.resolve("svm-10000x1000.tsv"));
    writeMatrix(SyntheticNetworks.cityActorTable(100_000, 100, 0.24, 11), dir.resolve("svm-100000x100.tsv"));
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
