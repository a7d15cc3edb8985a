package org.hanse.ingest.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hanse.ingest.build.DataBuilder;
import org.hanse.ingest.bundle.BundleReader;
import org.hanse.ingest.format.Csv;
import org.hanse.ingest.format.CsvRecord;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * The data-quality summary of a data folder: ties per type overall and per cluster (within the cluster / with
 * the outside), names the build could not match (by source), duplicates it removed, and cities without a
 * population. Reads the bundle and its {@code quality/} files; renders aligned text tables.
 */
public final class DataCheck {
  private DataCheck() {}

  /** Runs the check; throws {@link org.hanse.ingest.bundle.BundleFormatException} when the folder is unreadable. */
  public static String run(Path dataDir) throws IOException {
    return run(dataDir, DataBuilder.Steps.NONE);
  }

  /** {@link #run(Path)}, telling {@code steps} of each step (reading the bundle takes most of the time). */
  public static String run(Path dataDir, DataBuilder.Steps steps) throws IOException {
    steps.step("reading and checking the data folder " + dataDir, 0, 3);
    Dataset d = BundleReader.read(dataDir);
    steps.step("counting ties per type and cluster", 1, 3);
    StringBuilder out = new StringBuilder();
    out.append(d.label()).append(" — ").append(dataDir).append('\n');
    out.append(String.format(Locale.ROOT, "%d cities, %d clusters, %d actors, %d ties, %d indicator values%n%n",
        d.cities().size(), d.clusters().size(), d.actors().size(), d.ties().size(), d.indicators().size()));
    out.append(tiesPerType(d)).append('\n');
    out.append(tiesPerCluster(d)).append('\n');
    steps.step("reading the quality reports", 2, 3);
    Path quality = dataDir.resolve(DataBuilder.QUALITY_DIR);
    out.append(unmatched(quality.resolve(DataBuilder.UNMATCHED_FILE))).append('\n');
    out.append(duplicates(quality.resolve(DataBuilder.SUMMARY_FILE))).append('\n');
    out.append(withoutPopulation(d));
    return out.toString();
  }

  static String tiesPerType(Dataset d) {
    Map<TieType, Integer> n = new EnumMap<>(TieType.class);
    for (Tie t : d.ties()) {
      n.merge(t.type(), 1, Integer::sum);
    }
    Table t = new Table("Ties per type", "type", "ties");
    for (TieType type : TieType.values()) {
      t.row(type.key(), Integer.toString(n.getOrDefault(type, 0)));
    }
    t.row("total", Integer.toString(d.ties().size()));
    return t.render();
  }

  /**
   * Per cluster and type: ties of member cities, how many stay inside the cluster (both ends members, for
   * city-to-city types) and how many reach outside.
   */
  static String tiesPerCluster(Dataset d) {
    Table t = new Table("Ties per cluster (city-to-city ties: inside = both ends members; outside = one end)",
        "cluster", "type", "ties", "inside", "outside");
    for (Cluster c : d.clusters().values()) {
      Map<TieType, int[]> n = new EnumMap<>(TieType.class);
      for (Tie tie : d.ties()) {
        boolean a = c.hasMember(tie.cityId());
        boolean b = tie.type().isCityToCity() && c.hasMember(tie.partnerId());
        if (!a && !b) {
          continue;
        }
        int[] v = n.computeIfAbsent(tie.type(), k -> new int[3]);
        v[0]++;
        if (tie.type().isCityToCity()) {
          v[(a && b) ? 1 : 2]++;
        }
      }
      for (Map.Entry<TieType, int[]> e : n.entrySet()) {
        boolean c2c = e.getKey().isCityToCity();
        t.row(c.id(), e.getKey().key(), Integer.toString(e.getValue()[0]),
            c2c ? Integer.toString(e.getValue()[1]) : "", c2c ? Integer.toString(e.getValue()[2]) : "");
      }
    }
    return t.render();
  }

  static String unmatched(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "Unmatched names: no " + DataBuilder.QUALITY_DIR + "/" + DataBuilder.UNMATCHED_FILE
          + " in this folder (it is written by 'hanse data build')\n";
    }
    List<CsvRecord> rows = Csv.read(file, ',').records();
    Map<String, long[]> bySource = new TreeMap<>();
    Map<String, List<String>> top = new LinkedHashMap<>();
    for (CsvRecord r : rows.subList(1, rows.size())) {
      long[] v = bySource.computeIfAbsent(r.get(0), k -> new long[2]);
      v[0]++;
      v[1] += Long.parseLong(r.get(4));
      List<String> names = top.computeIfAbsent(r.get(0), k -> new ArrayList<>());
      if (names.isEmpty()) {
        String n = r.get(1) + (r.get(2).isEmpty() ? "" : " (" + r.get(2) + ")") + " ×" + r.get(4);
        names.add(n.length() > 60 ? n.substring(0, 57) + "..." : n);
      }
    }
    Table t = new Table("Unmatched names by source (full list: " + DataBuilder.QUALITY_DIR + "/"
        + DataBuilder.UNMATCHED_FILE + ")", "source", "names", "occurrences", "most frequent");
    bySource.forEach((s, v) -> t.row(s, Long.toString(v[0]), Long.toString(v[1]), String.join("; ", top.get(s))));
    return t.render();
  }

  static String duplicates(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "Duplicates removed: no " + DataBuilder.QUALITY_DIR + "/" + DataBuilder.SUMMARY_FILE
          + " in this folder\n";
    }
    List<CsvRecord> rows = Csv.read(file, ',').records();
    Table t = new Table("Duplicates removed and rows left out, by source", "source", "what", "count");
    for (CsvRecord r : rows.subList(1, rows.size())) {
      String m = r.get(1);
      if (m.contains("duplicate") || m.contains("left out") || m.contains("excluded") || m.contains("unmatched")
          || m.contains("one city")) {
        t.row(r.get(0), m, r.get(2));
      }
    }
    return t.render();
  }

  static String withoutPopulation(Dataset d) {
    List<City> missing = d.cities().values().stream().filter(c -> c.population() == null).toList();
    StringBuilder s = new StringBuilder("Cities without population: " + missing.size() + " of "
        + d.cities().size() + "\n");
    missing.stream().limit(10).forEach(c -> s.append("  ").append(c.id()).append(' ').append(c.nameEn())
        .append(" (").append(c.country()).append(")\n"));
    if (missing.size() > 10) {
      s.append("  …\n");
    }
    return s.toString();
  }

  /** A text table with columns padded to their widest cell (counting CJK characters as two columns). */
  static final class Table {
    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    Table(String title, String... header) {
      this.title = title;
      rows.add(header);
    }

    void row(String... cells) {
      rows.add(cells);
    }

    String render() {
      int cols = rows.get(0).length;
      int[] w = new int[cols];
      for (String[] r : rows) {
        for (int i = 0; i < cols; i++) {
          w[i] = Math.max(w[i], width(r[i]));
        }
      }
      StringBuilder s = new StringBuilder(title).append('\n');
      for (int k = 0; k < rows.size(); k++) {
        String[] r = rows.get(k);
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < cols; i++) {
          boolean number = k > 0 && r[i].matches("-?\\d+");
          String pad = " ".repeat(w[i] - width(r[i]));
          line.append(number ? pad + r[i] : r[i] + (i < cols - 1 ? pad : "")).append(i < cols - 1 ? "  " : "");
        }
        s.append(line.toString().stripTrailing()).append('\n');
        if (k == 0) {
          s.append("  ").append("-".repeat(java.util.Arrays.stream(w).sum() + 2 * (cols - 1))).append('\n');
        }
      }
      return s.toString();
    }

    private static int width(String s) {
      return s.codePoints().map(c -> Character.isIdeographic(c) ? 2 : 1).sum();
    }
  }
}
