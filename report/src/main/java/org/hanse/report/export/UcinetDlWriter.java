package org.hanse.report.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hanse.model.Lang;

/**
 * UCINET DL files. One network file per layer, {@code DL N=n FORMAT=EDGELIST1} with the node labels and one line
 * {@code i j w} per direction of each undirected edge (so that UCINET builds a symmetric matrix); and one attribute
 * file, {@code DL NR=n NC=k FORMAT=FULLMATRIX} with the node labels as row labels and the measures (plus latitude
 * and longitude when every node has coordinates) as columns. Labels are quoted; a label may hold any character
 * but a double quote, which is replaced by an apostrophe.
 */
public final class UcinetDlWriter {
  private UcinetDlWriter() {}

  public static void writeLayer(NetworkExport n, String layer, Lang lang, Writer w) throws IOException {
    Map<String, Integer> number = PajekWriter.numbers(n);
    w.write("DL N=" + n.nodes().size() + " FORMAT=EDGELIST1\r\n");
    labels(n, lang, "LABELS:", w);
    w.write("DATA:\r\n");
    for (NetworkExport.Edge e : n.edges()) {
      if (e.layer().equals(layer)) {
        String wt = Csv.number(e.weight());
        w.write(number.get(e.source()) + " " + number.get(e.target()) + " " + wt + "\r\n");
        w.write(number.get(e.target()) + " " + number.get(e.source()) + " " + wt + "\r\n");
      }
    }
    w.flush();
  }

  /** The columns of the attribute file: the measures, and latitude and longitude if every node has them. */
  public static List<String> attributeColumns(NetworkExport n) {
    List<String> cols = new ArrayList<>(n.measureNames());
    if (n.nodes().stream().allMatch(x -> x.latitude() != null)) {
      cols.add("latitude");
      cols.add("longitude");
    }
    return cols;
  }

  public static void writeAttributes(NetworkExport n, Lang lang, Writer w) throws IOException {
    List<String> cols = attributeColumns(n);
    w.write("DL NR=" + n.nodes().size() + " NC=" + cols.size() + " FORMAT=FULLMATRIX\r\n");
    labels(n, lang, "ROW LABELS:", w);
    w.write("COLUMN LABELS:\r\n");
    w.write(String.join(",", cols.stream().map(c -> "\"" + c + "\"").toList()) + "\r\n");
    w.write("DATA:\r\n");
    for (NetworkExport.Node node : n.nodes()) {
      List<String> v = new ArrayList<>();
      for (String c : cols) {
        Double x = switch (c) {
          case "latitude" -> node.latitude();
          case "longitude" -> node.longitude();
          default -> node.measures().get(c);
        };
        if (x == null) {
          throw new IllegalStateException("node " + node.id() + " has no " + c);
        }
        v.add(Csv.number(x));
      }
      w.write(String.join(" ", v) + "\r\n");
    }
    w.flush();
  }

  private static void labels(NetworkExport n, Lang lang, String header, Writer w) throws IOException {
    w.write(header + "\r\n");
    List<String> l = new ArrayList<>();
    for (NetworkExport.Node node : n.nodes()) {
      l.add("\"" + PajekWriter.label(node.label(lang)) + "\"");
    }
    w.write(String.join(",", l) + "\r\n");
  }
}
