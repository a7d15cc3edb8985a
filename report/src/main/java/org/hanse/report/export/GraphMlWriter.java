package org.hanse.report.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hanse.model.Lang;

/**
 * GraphML (graphdrawing.org schema): keys {@code label}, {@code name_en}, {@code name_zh}, {@code kind},
 * {@code country}, {@code latitude}, {@code longitude}, {@code clusters} and the measures for nodes; {@code weight}
 * and {@code layer} for edges; an undirected graph with one edge element per node pair and layer (parallel edges
 * of different layers are allowed). Missing values are left out.
 */
public final class GraphMlWriter {
  /** GraphML namespace. */
  public static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphMlWriter() {}

  public static void write(NetworkExport n, Lang lang, OutputStream out) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.setDefaultNamespace(NS);
      x.writeStartElement(NS, "graphml");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
      x.writeCharacters("\n");
      x.writeStartElement(NS, "desc");
      x.writeCharacters(n.description());
      x.writeEndElement();
      List<String[]> keys = new ArrayList<>(List.of(
          new String[] {"node", "label", "string"}, new String[] {"node", "name_en", "string"},
          new String[] {"node", "name_zh", "string"}, new String[] {"node", "kind", "string"},
          new String[] {"node", "country", "string"}, new String[] {"node", "latitude", "double"},
          new String[] {"node", "longitude", "double"}, new String[] {"node", "clusters", "string"}));
      n.measureNames().forEach(m -> keys.add(new String[] {"node", m, "double"}));
      keys.add(new String[] {"edge", "weight", "double"});
      keys.add(new String[] {"edge", "layer", "string"});
      for (String[] k : keys) {
        x.writeCharacters("\n");
        x.writeEmptyElement(NS, "key");
        x.writeAttribute("id", k[0].charAt(0) + "_" + k[1]);
        x.writeAttribute("for", k[0]);
        x.writeAttribute("attr.name", k[1]);
        x.writeAttribute("attr.type", k[2]);
      }
      x.writeCharacters("\n");
      x.writeStartElement(NS, "graph");
      x.writeAttribute("id", "hanse");
      x.writeAttribute("edgedefault", "undirected");
      for (NetworkExport.Node node : n.nodes()) {
        x.writeCharacters("\n");
        x.writeStartElement(NS, "node");
        x.writeAttribute("id", node.id());
        data(x, "n_label", node.label(lang));
        data(x, "n_name_en", node.nameEn());
        data(x, "n_name_zh", node.nameZh());
        data(x, "n_kind", node.kind());
        data(x, "n_country", node.country());
        if (node.latitude() != null) {
          data(x, "n_latitude", Double.toString(node.latitude()));
          data(x, "n_longitude", Double.toString(node.longitude()));
        }
        data(x, "n_clusters", node.clusters());
        for (String m : n.measureNames()) {
          Double v = node.measures().get(m);
          if (v != null) {
            data(x, "n_" + m, Double.toString(v));
          }
        }
        x.writeEndElement();
      }
      int id = 0;
      for (NetworkExport.Edge e : n.edges()) {
        x.writeCharacters("\n");
        x.writeStartElement(NS, "edge");
        x.writeAttribute("id", "e" + id++);
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        data(x, "e_weight", Double.toString(e.weight()));
        data(x, "e_layer", e.layer());
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  /** A data value; an empty one is left out (GraphML readers take a missing key as missing, "" as a value). */
  private static void data(XMLStreamWriter x, String key, String v) throws XMLStreamException {
    if (v == null || v.isEmpty()) {
      return;
    }
    x.writeStartElement(NS, "data");
    x.writeAttribute("key", key);
    x.writeCharacters(v);
    x.writeEndElement();
  }
}
