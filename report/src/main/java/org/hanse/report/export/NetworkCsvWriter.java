package org.hanse.report.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.hanse.model.Lang;

/**
 * Node and edge tables in CSV with the column names Gephi's spreadsheet import recognises: nodes {@code Id},
 * {@code Label}, then {@code name_en}, {@code name_zh}, {@code kind}, {@code country}, {@code latitude},
 * {@code longitude}, {@code clusters} and the measures; edges {@code Source}, {@code Target}, {@code Type}
 * ({@code Undirected}), {@code Weight}, {@code layer}. UTF-8 without byte-order mark; missing values are empty;
 * text that a spreadsheet would run as a formula is neutralised ({@link Csv}).
 */
public final class NetworkCsvWriter {
  private NetworkCsvWriter() {}

  public static void writeNodes(NetworkExport n, Lang lang, Writer w) throws IOException {
    List<Object> header = new ArrayList<>(List.of("Id", "Label", "name_en", "name_zh", "kind", "country", "latitude",
        "longitude", "clusters"));
    header.addAll(n.measureNames());
    Csv.row(w, header);
    for (NetworkExport.Node node : n.nodes()) {
      List<Object> row = new ArrayList<>(List.of(node.id(), node.label(lang), node.nameEn(), node.nameZh(),
          node.kind(), node.country()));
      row.add(node.latitude());
      row.add(node.longitude());
      row.add(node.clusters());
      for (String m : n.measureNames()) {
        row.add(node.measures().get(m));
      }
      Csv.row(w, row);
    }
    w.flush();
  }

  public static void writeEdges(NetworkExport n, Writer w) throws IOException {
    Csv.row(w, List.of("Source", "Target", "Type", "Weight", "layer"));
    for (NetworkExport.Edge e : n.edges()) {
      Csv.row(w, List.of(e.source(), e.target(), "Undirected", e.weight(), e.layer()));
    }
    w.flush();
  }
}
