package org.hanse.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.hanse.analysis.text.Localizer;
import org.hanse.model.Lang;

/**
 * The texts for people in an assessment's JSON form (reasons, notes, evidence, method lines, missing indicators)
 * in a page's language, with the analysis module's one catalogue of translations ({@link Localizer}). Names of
 * drivers, functions and indicators are read from the JSON's {@code nameEn}/{@code nameZh} pairs. English gives
 * the JSON back as it is; other languages a translated copy (ids, keys and numbers unchanged).
 */
public final class LocalisedJson {
  /** The fields whose text values (or arrays of them) are texts for people. */
  static final Set<String> TEXT_FIELDS = Set.of("note", "notes", "leftOut", "excluded", "undecided",
      "missingIndicators", "evidence", "reason", "what", "missing", "method", "unit", "resource", "caveats",
      "description", "data", "citation", "explanation", "reasons", "caveat", "coordinationUndecided", "indicator");

  private LocalisedJson() {}

  /** The localizer of a JSON document: the tie types' names and every name pair the document holds. */
  public static Localizer localizer(JsonNode doc, Lang lang) {
    Localizer l = Localizer.of(lang);
    collectNames(doc, l);
    return l;
  }

  private static void collectNames(JsonNode n, Localizer l) {
    if (n == null) {
      return;
    }
    if (n.isObject()) {
      if (n.path("nameEn").isTextual()) {
        l.name(n.path("nameEn").asText(), n.path("nameZh").asText(""));
      }
      n.forEach(c -> collectNames(c, l));
    } else if (n.isArray()) {
      n.forEach(c -> collectNames(c, l));
    }
  }

  /** The document with its texts for people in the language. */
  public static JsonNode of(JsonNode doc, Lang lang) {
    if (doc == null || lang == Lang.EN) {
      return doc;
    }
    return of(doc, localizer(doc, lang));
  }

  /** The document with its texts for people put into the localizer's language. */
  public static JsonNode of(JsonNode doc, Localizer l) {
    if (doc == null || l.lang() == Lang.EN) {
      return doc;
    }
    JsonNode copy = doc.deepCopy();
    walk(copy, l, false);
    return copy;
  }

  private static void walk(JsonNode n, Localizer l, boolean text) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("parameters") && e.getValue().isObject()) {
          // A method's parameters: names and values are words for people, both put into the language.
          ObjectNode params = o.objectNode();
          e.getValue().fields().forEachRemaining(x -> params.set(l.text(x.getKey()),
              x.getValue().isTextual() ? TextNode.valueOf(l.text(x.getValue().asText())) : x.getValue()));
          e.setValue(params);
          continue;
        }
        boolean t = TEXT_FIELDS.contains(e.getKey());
        if (e.getValue().isTextual()) {
          if (t) {
            e.setValue(TextNode.valueOf(l.text(e.getValue().asText())));
          }
        } else {
          walk(e.getValue(), l, t);
        }
      }
    } else if (n.isArray()) {
      ArrayNode a = (ArrayNode) n;
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          if (text) {
            a.set(i, TextNode.valueOf(l.text(a.get(i).asText())));
          }
        } else {
          walk(a.get(i), l, text && a.get(i).isArray());
        }
      }
    }
  }
}
