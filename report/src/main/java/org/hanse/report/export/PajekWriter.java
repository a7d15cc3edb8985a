package org.hanse.report.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hanse.model.Lang;

/**
 * Pajek files. The network ({@code .net}): {@code *Vertices n} with 1-based numbers, quoted labels and, for
 * cities, coordinates scaled to Pajek's unit square (x = (longitude + 180) / 360, y = (90 − latitude) / 180, so
 * north is up on Pajek's screen, z = 0.5); then one multi-relational block {@code *Edges :r "layer"} per layer with
 * lines {@code i j w}. Each measure goes to a vector file ({@code .vec}: {@code *Vertices n} and one value per
 * line, in vertex order).
 */
public final class PajekWriter {
  private PajekWriter() {}

  public static void writeNetwork(NetworkExport n, Lang lang, Writer w) throws IOException {
    Map<String, Integer> number = numbers(n);
    w.write("% " + n.description().replace('\n', ' ') + "\r\n");
    w.write("*Vertices " + n.nodes().size() + "\r\n");
    int k = 1;
    for (NetworkExport.Node node : n.nodes()) {
      w.write(k++ + " \"" + label(node.label(lang)) + "\"");
      if (node.latitude() != null) {
        w.write(String.format(Locale.ROOT, " %.9f %.9f 0.5", (node.longitude() + 180) / 360,
            (90 - node.latitude()) / 180));
      }
      w.write("\r\n");
    }
    List<String> layers = n.layers();
    for (int r = 0; r < layers.size(); r++) {
      String layer = layers.get(r);
      w.write("*Edges :" + (r + 1) + " \"" + layer + "\"\r\n");
      for (NetworkExport.Edge e : n.edges()) {
        if (e.layer().equals(layer)) {
          w.write(number.get(e.source()) + " " + number.get(e.target()) + " " + Csv.number(e.weight()) + "\r\n");
        }
      }
    }
    w.flush();
  }

  /** One measure as a Pajek vector, values in vertex order. */
  public static void writeVector(NetworkExport n, String measure, Writer w) throws IOException {
    w.write("% " + measure + "\r\n");
    w.write("*Vertices " + n.nodes().size() + "\r\n");
    for (NetworkExport.Node node : n.nodes()) {
      Double v = node.measures().get(measure);
      if (v == null) {
        throw new IllegalStateException("node " + node.id() + " has no " + measure + ": Pajek vectors cannot hold"
            + " a missing value");
      }
      w.write(Csv.number(v) + "\r\n");
    }
    w.flush();
  }

  static Map<String, Integer> numbers(NetworkExport n) {
    Map<String, Integer> number = new HashMap<>();
    int k = 1;
    for (NetworkExport.Node node : n.nodes()) {
      number.put(node.id(), k++);
    }
    return number;
  }

  /** A label inside double quotes: quotes become apostrophes, line breaks spaces. */
  static String label(String s) {
    return s.replace('"', '\'').replace('\n', ' ').replace('\r', ' ');
  }
}
