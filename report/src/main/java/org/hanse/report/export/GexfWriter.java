package org.hanse.report.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hanse.model.Lang;

/**
 * GEXF 1.2 (namespace {@code http://www.gexf.net/1.2draft}, the version Gephi reads and writes and whose schema is
 * published) with the viz module: node attributes {@code name_en}, {@code name_zh}, {@code kind}, {@code country},
 * {@code latitude}, {@code longitude}, {@code clusters} and the measures; {@code viz:position} x = longitude,
 * y = latitude (so Gephi's canvas shows a plate carrée map); edges undirected with weight, label and attribute
 * {@code layer} (tie type). A missing value (an actor's coordinates) is left out, never written as 0.
 */
public final class GexfWriter {
  /** GEXF namespace. */
  public static final String NS = "http://www.gexf.net/1.2draft";
  /** GEXF viz namespace. */
  public static final String VIZ = "http://www.gexf.net/1.2draft/viz";

  private GexfWriter() {}

  /** Writes the network with {@code viz:position} elements. */
  public static void write(NetworkExport n, Lang lang, LocalDate date, OutputStream out) {
    write(n, lang, date, true, out);
  }

  /**
   * Writes the network.
   *
   * @param positions whether to write {@code viz:position} for the cities (Gephi then opens the network as a map)
   */
  public static void write(NetworkExport n, Lang lang, LocalDate date, boolean positions, OutputStream out) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.setDefaultNamespace(NS);
      x.setPrefix("viz", VIZ);
      x.writeStartElement(NS, "gexf");
      x.writeDefaultNamespace(NS);
      x.writeNamespace("viz", VIZ);
      x.writeAttribute("version", "1.2");
      x.writeCharacters("\n");
      x.writeStartElement(NS, "meta");
      x.writeAttribute("lastmodifieddate", date.toString());
      element(x, "creator", "Hanse");
      element(x, "description", n.description());
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeStartElement(NS, "graph");
      x.writeAttribute("mode", "static");
      x.writeAttribute("defaultedgetype", "undirected");
      List<String[]> nodeAttrs = new ArrayList<>(List.of(
          new String[] {"name_en", "string"}, new String[] {"name_zh", "string"}, new String[] {"kind", "string"},
          new String[] {"country", "string"}, new String[] {"latitude", "double"},
          new String[] {"longitude", "double"}, new String[] {"clusters", "string"}));
      n.measureNames().forEach(m -> nodeAttrs.add(new String[] {m, "double"}));
      x.writeCharacters("\n");
      x.writeStartElement(NS, "attributes");
      x.writeAttribute("class", "node");
      for (String[] a : nodeAttrs) {
        x.writeEmptyElement(NS, "attribute");
        x.writeAttribute("id", a[0]);
        x.writeAttribute("title", a[0]);
        x.writeAttribute("type", a[1]);
      }
      x.writeEndElement();
      x.writeStartElement(NS, "attributes");
      x.writeAttribute("class", "edge");
      x.writeEmptyElement(NS, "attribute");
      x.writeAttribute("id", "layer");
      x.writeAttribute("title", "layer");
      x.writeAttribute("type", "string");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeStartElement(NS, "nodes");
      for (NetworkExport.Node node : n.nodes()) {
        x.writeCharacters("\n");
        x.writeStartElement(NS, "node");
        x.writeAttribute("id", node.id());
        x.writeAttribute("label", node.label(lang));
        x.writeStartElement(NS, "attvalues");
        value(x, "name_en", node.nameEn());
        value(x, "name_zh", node.nameZh());
        value(x, "kind", node.kind());
        value(x, "country", node.country());
        if (node.latitude() != null) {
          value(x, "latitude", Double.toString(node.latitude()));
          value(x, "longitude", Double.toString(node.longitude()));
        }
        value(x, "clusters", node.clusters());
        for (String m : n.measureNames()) {
          Double v = node.measures().get(m);
          if (v != null) {
            value(x, m, Double.toString(v));
          }
        }
        x.writeEndElement();
        if (positions && node.latitude() != null) {
          x.writeEmptyElement(VIZ, "position");
          x.writeAttribute("x", Double.toString(node.longitude()));
          x.writeAttribute("y", Double.toString(node.latitude()));
          x.writeAttribute("z", "0.0");
        }
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeStartElement(NS, "edges");
      int id = 0;
      for (NetworkExport.Edge e : n.edges()) {
        x.writeCharacters("\n");
        x.writeStartElement(NS, "edge");
        x.writeAttribute("id", "e" + id++);
        x.writeAttribute("source", e.source());
        x.writeAttribute("target", e.target());
        x.writeAttribute("weight", Double.toString(e.weight()));
        x.writeAttribute("label", e.layer());
        x.writeStartElement(NS, "attvalues");
        value(x, "layer", e.layer());
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GEXF: " + e.getMessage(), e);
    }
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(NS, name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  /** An attribute value; an empty one (no Chinese name, no cluster, no country) is left out, not written as "". */
  private static void value(XMLStreamWriter x, String attr, String v) throws XMLStreamException {
    if (v == null || v.isEmpty()) {
      return;
    }
    x.writeEmptyElement(NS, "attvalue");
    x.writeAttribute("for", attr);
    x.writeAttribute("value", v);
  }
}
