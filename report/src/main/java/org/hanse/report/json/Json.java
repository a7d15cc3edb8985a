package org.hanse.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.hanse.analysis.Exclusion;
import org.hanse.analysis.Provenance;

/** Small helpers shared by the JSON renderings: undefined numbers become {@code null}, never 0 or NaN. */
public final class Json {
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** Pretty-printed text of a tree, ending with a line break. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + System.lineSeparator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ObjectNode object() {
    return F.objectNode();
  }

  static ArrayNode array() {
    return F.arrayNode();
  }

  /** A finite double, or null for NaN and infinities (undefined is not a number). */
  static JsonNode number(double v) {
    return Double.isFinite(v) ? F.numberNode(v) : F.nullNode();
  }

  static JsonNode number(OptionalDouble v) {
    return v.isPresent() ? number(v.getAsDouble()) : F.nullNode();
  }

  static JsonNode number(OptionalInt v) {
    return v.isPresent() ? F.numberNode(v.getAsInt()) : F.nullNode();
  }

  static JsonNode number(Double v) {
    return v == null ? F.nullNode() : number(v.doubleValue());
  }

  static ObjectNode names(String en, String zh) {
    ObjectNode n = object();
    n.put("en", en);
    n.put("zh", zh == null || zh.isEmpty() ? en : zh);
    return n;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = array();
    values.forEach(a::add);
    return a;
  }

  static ObjectNode map(Map<String, String> m) {
    ObjectNode o = object();
    m.forEach(o::put);
    return o;
  }

  /** {@code {method, citation, parameters, data, notes}}. */
  public static ObjectNode provenance(Provenance p) {
    ObjectNode o = object();
    o.put("method", p.method());
    o.put("citation", p.citation());
    o.set("parameters", map(p.parameters()));
    o.put("data", p.data());
    o.set("notes", strings(p.notes()));
    return o;
  }

  static ArrayNode exclusions(List<Exclusion> list) {
    ArrayNode a = array();
    for (Exclusion e : list) {
      ObjectNode o = a.addObject();
      o.put("id", e.id());
      o.put("reason", e.reason());
    }
    return a;
  }
}
