package org.hanse.report.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hanse.model.Lang;

/** The network file formats and the files each writes. */
public enum NetworkFormat {
  /** {@code <base>.gexf}: Gephi. */
  GEXF,
  /** {@code <base>.graphml}: Gephi, yEd, igraph, networkx, Cytoscape. */
  GRAPHML,
  /** {@code <base>.net} and {@code <base>.<measure>.vec}: Pajek. */
  PAJEK,
  /** {@code <base>.<layer>.dl} per layer and {@code <base>.attributes.dl}: UCINET. */
  UCINET_DL,
  /** {@code <base>.nodes.csv} and {@code <base>.edges.csv}: spreadsheets, R, Python, Gephi's import. */
  CSV;

  /** Parses {@code gexf}, {@code graphml}, {@code pajek}, {@code ucinet-dl}, {@code csv}. */
  public static NetworkFormat parse(String s) {
    String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (NetworkFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(k)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown network format '" + s + "' (use gexf, graphml, pajek, ucinet-dl or csv)");
  }

  /** The name as typed on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Writes the network into a folder.
   *
   * @param labels language of the node labels (both names are attributes in GEXF, GraphML and CSV)
   * @return the files written
   */
  public List<Path> write(NetworkExport n, Lang labels, Path dir, String base, LocalDate date) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    switch (this) {
      case GEXF -> {
        Path p = dir.resolve(base + ".gexf");
        try (OutputStream out = Files.newOutputStream(p)) {
          GexfWriter.write(n, labels, date, out);
        }
        files.add(p);
      }
      case GRAPHML -> {
        Path p = dir.resolve(base + ".graphml");
        try (OutputStream out = Files.newOutputStream(p)) {
          GraphMlWriter.write(n, labels, out);
        }
        files.add(p);
      }
      case PAJEK -> {
        Path p = dir.resolve(base + ".net");
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
          PajekWriter.writeNetwork(n, labels, w);
        }
        files.add(p);
        for (String m : n.measureNames()) {
          Path v = dir.resolve(base + "." + m + ".vec");
          try (Writer w = Files.newBufferedWriter(v, StandardCharsets.UTF_8)) {
            PajekWriter.writeVector(n, m, w);
          }
          files.add(v);
        }
      }
      case UCINET_DL -> {
        for (String layer : n.layers()) {
          Path p = dir.resolve(base + "." + layer + ".dl");
          try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            UcinetDlWriter.writeLayer(n, layer, labels, w);
          }
          files.add(p);
        }
        Path a = dir.resolve(base + ".attributes.dl");
        try (Writer w = Files.newBufferedWriter(a, StandardCharsets.UTF_8)) {
          UcinetDlWriter.writeAttributes(n, labels, w);
        }
        files.add(a);
      }
      case CSV -> {
        Path nodes = dir.resolve(base + ".nodes.csv");
        try (Writer w = Files.newBufferedWriter(nodes, StandardCharsets.UTF_8)) {
          NetworkCsvWriter.writeNodes(n, labels, w);
        }
        Path edges = dir.resolve(base + ".edges.csv");
        try (Writer w = Files.newBufferedWriter(edges, StandardCharsets.UTF_8)) {
          NetworkCsvWriter.writeEdges(n, w);
        }
        files.add(nodes);
        files.add(edges);
      }
      default -> throw new IllegalStateException(name());
    }
    return files;
  }
}
