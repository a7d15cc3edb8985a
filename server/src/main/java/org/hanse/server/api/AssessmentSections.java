package org.hanse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.analysis.assessment.CoreFunction;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;

/**
 * The sections of a cluster assessment as the dashboard shows them, read from the assessment's JSON form: the drivers
 * scorecard, the function profile with the core functions, and the inner structure. Every number is the
 * assessment's own; the server adds only what a chart needs to place it (member coordinates, the point of a
 * breaking point on the line between two cities, the cumulative shares of the Lorenz curve).
 */
public final class AssessmentSections {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private AssessmentSections() {}

  /** The drivers scorecard: per driver the cluster's score and rank, each indicator's reading, missing indicators. */
  public static ObjectNode drivers(Cluster cl, JsonNode a) {
    ObjectNode out = F.objectNode();
    out.put("clusterId", cl.id());
    ArrayNode list = out.putArray("drivers");
    for (JsonNode d : a.path("drivers")) {
      ObjectNode o = list.addObject();
      o.put("key", d.path("key").asText());
      o.put("nameEn", d.path("nameEn").asText());
      o.put("nameZh", d.path("nameZh").asText());
      composite(o, d.path("composite"), cl.id());
      o.set("missingIndicators", d.path("missingIndicators").deepCopy());
    }
    return out;
  }

  /** The function profile (four functions) and the core diplomatic functions with their evidence. */
  public static ObjectNode functions(Cluster cl, JsonNode a) {
    ObjectNode out = F.objectNode();
    out.put("clusterId", cl.id());
    ArrayNode list = out.putArray("functions");
    for (JsonNode f : a.path("functions")) {
      ObjectNode o = list.addObject();
      o.put("key", f.path("key").asText());
      o.put("nameEn", f.path("nameEn").asText());
      o.put("nameZh", f.path("nameZh").asText());
      composite(o, f.path("clusters"), cl.id());
      o.set("missingIndicators", f.path("missingIndicators").deepCopy());
    }
    ArrayNode core = out.putArray("coreFunctions");
    ArrayNode undecided = out.putArray("undecidedFunctions");
    ArrayNode notCore = out.putArray("otherFunctions");
    for (JsonNode e : a.path("coreFunctions").path("functions")) {
      ObjectNode o = coreEntry(e);
      switch (e.path("status").asText()) {
        case "CORE" -> core.add(o);
        case "UNDECIDED" -> undecided.add(o);
        default -> notCore.add(o);
      }
    }
    out.set("coreProvenance", a.path("coreFunctions").path("provenance").deepCopy());
    return out;
  }

  private static ObjectNode coreEntry(JsonNode e) {
    ObjectNode o = F.objectNode();
    String id = e.path("function").asText();
    CoreFunction f = coreFunction(id);
    o.put("function", id);
    o.put("nameEn", f == null ? id : f.label(Lang.EN));
    o.put("nameZh", f == null ? id : f.label(Lang.ZH));
    o.put("indicator", f == null ? "" : f.measure());
    o.put("status", e.path("status").asText());
    o.set("lq", number(e.path("lq")));
    o.set("clusterCount", number(e.path("clusterCount")));
    o.set("clusterTotal", number(e.path("clusterTotal")));
    o.set("referenceCount", number(e.path("referenceCount")));
    o.set("referenceTotal", number(e.path("referenceTotal")));
    o.set("mainCities", e.path("mainCities").deepCopy());
    o.set("evidence", e.path("evidence").isArray() ? e.path("evidence").deepCopy() : F.arrayNode());
    return o;
  }

  private static CoreFunction coreFunction(String id) {
    for (CoreFunction f : CoreFunction.values()) {
      if (f.name().equals(id)) {
        return f;
      }
    }
    return null;
  }

  /** The cluster's row of a composite: score, rank, indicators with weight and reading. */
  private static void composite(ObjectNode o, JsonNode c, String clusterId) {
    JsonNode subject = null;
    int scored = 0;
    for (JsonNode s : c.path("subjects")) {
      if (s.path("score").isNumber()) {
        scored++;
      }
      if (s.path("id").asText().equals(clusterId)) {
        subject = s;
      }
    }
    o.set("score", subject == null ? F.nullNode() : number(subject.path("score")));
    o.set("rank", subject == null ? F.nullNode() : number(subject.path("rank")));
    o.put("scored", scored);
    o.put("excluded", subject == null ? "" : subject.path("excluded").asText(""));
    JsonNode undecided = c.path("undecided");
    o.put("undecided", undecided.isTextual() ? undecided.asText() : "");
    Map<String, JsonNode> readings = new HashMap<>();
    if (subject != null) {
      subject.path("readings").forEach(r -> readings.put(r.path("code").asText(), r));
    }
    ArrayNode ind = o.putArray("indicators");
    for (JsonNode i : c.path("indicators")) {
      String code = i.path("code").asText();
      ObjectNode x = ind.addObject();
      x.put("code", code);
      x.put("nameEn", i.path("nameEn").asText());
      x.put("nameZh", i.path("nameZh").asText());
      x.put("unit", i.path("unit").asText(""));
      x.put("data", i.path("data").asText(""));
      x.set("weight", number(c.path("weights").path(code)));
      JsonNode leftOut = c.path("leftOut").path(code);
      x.put("leftOut", leftOut.isTextual() ? leftOut.asText() : "");
      JsonNode r = readings.get(code);
      x.set("value", r == null ? F.nullNode() : number(r.path("value")));
      x.put("note", r == null ? "" : r.path("note").asText(""));
    }
    o.set("provenance", c.path("provenance").deepCopy());
  }

  /**
   * The inner structure: members placed on the map with their hinterland, the central cities with their breaking
   * points, the concentration of international ties (with the Lorenz curve), the coupling coordination and the
   * homogeneous-competition pairs.
   */
  public static ObjectNode innerStructure(Dataset d, Cluster cl, JsonNode a) {
    JsonNode inner = a.path("innerStructure");
    ObjectNode out = F.objectNode();
    out.put("clusterId", cl.id());
    JsonNode radiation = inner.path("radiation");
    Map<String, String> hinterland = new HashMap<>();
    for (JsonNode h : radiation.path("hinterland")) {
      hinterland.put(h.path("memberId").asText(), h.path("centreId").asText());
    }
    ArrayNode members = out.putArray("members");
    for (String id : cl.memberIds()) {
      City c = d.cities().get(id);
      if (c == null) {
        continue;
      }
      ObjectNode m = members.addObject();
      m.put("id", id);
      m.put("nameEn", c.nameEn());
      m.put("nameZh", c.nameZh());
      m.put("latitude", c.latitude());
      m.put("longitude", c.longitude());
      m.put("central", cl.centralIds().contains(id));
      String centre = hinterland.get(id);
      if (centre == null && cl.centralIds().size() == 1) {
        centre = cl.centralIds().get(0);
      }
      if (centre == null) {
        m.putNull("hinterlandOf");
      } else {
        m.put("hinterlandOf", centre);
      }
    }
    ArrayNode centres = out.putArray("centres");
    for (JsonNode c : radiation.path("centres")) {
      ObjectNode o = centres.addObject();
      String centreId = c.path("cityId").asText();
      o.put("cityId", centreId);
      o.set("gravityShare", number(c.path("gravityShare")));
      o.set("outLinkageShare", number(c.path("outLinkageShare")));
      o.set("tieShare", number(c.path("tieShare")));
      ArrayNode bps = o.putArray("breakingPoints");
      City from = d.cities().get(centreId);
      for (JsonNode b : c.path("breakingPoints")) {
        ObjectNode bp = bps.addObject();
        String to = b.path("memberId").asText();
        double distance = b.path("distanceKm").asDouble();
        double fromCentre = b.path("fromCentreKm").asDouble();
        bp.put("memberId", to);
        bp.put("distanceKm", distance);
        bp.put("fromCentreKm", fromCentre);
        City toCity = d.cities().get(to);
        if (from != null && toCity != null && distance > 0) {
          double[] p = alongGreatCircle(from, toCity, fromCentre / distance);
          bp.put("latitude", p[0]);
          bp.put("longitude", p[1]);
        }
      }
    }
    out.set("radiationProvenance", radiation.path("provenance").deepCopy());
    out.set("gravityProvenance", radiation.path("gravity").deepCopy());
    out.set("concentration", concentration(inner.path("concentration")));
    out.set("coordination", inner.path("coordination").deepCopy());
    out.set("homogeneity", inner.path("homogeneity").deepCopy());
    return out;
  }

  private static ObjectNode concentration(JsonNode c) {
    ObjectNode o = c.isObject() ? ((ObjectNode) c).deepCopy() : F.objectNode();
    List<Double> values = new ArrayList<>();
    c.path("values").forEach(v -> {
      if (v.isNumber()) {
        values.add(v.asDouble());
      }
    });
    values.sort(Double::compare);
    double total = values.stream().mapToDouble(Double::doubleValue).sum();
    ArrayNode lorenz = o.putArray("lorenz");
    ArrayNode origin = lorenz.addArray();
    origin.add(0.0);
    origin.add(0.0);
    if (total > 0) {
      double cumulative = 0;
      for (int i = 0; i < values.size(); i++) {
        cumulative += values.get(i);
        ArrayNode p = lorenz.addArray();
        p.add((double) (i + 1) / values.size());
        p.add(cumulative / total);
      }
    }
    return o;
  }

  /** The point a share {@code f} of the way from a to b on the great circle, as latitude and longitude. */
  static double[] alongGreatCircle(City a, City b, double f) {
    double lat1 = Math.toRadians(a.latitude());
    double lon1 = Math.toRadians(a.longitude());
    double lat2 = Math.toRadians(b.latitude());
    double lon2 = Math.toRadians(b.longitude());
    double delta = 2 * Math.asin(Math.sqrt(Math.pow(Math.sin((lat2 - lat1) / 2), 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin((lon2 - lon1) / 2), 2)));
    if (delta == 0) {
      return new double[] {a.latitude(), a.longitude()};
    }
    double wa = Math.sin((1 - f) * delta) / Math.sin(delta);
    double wb = Math.sin(f * delta) / Math.sin(delta);
    double x = wa * Math.cos(lat1) * Math.cos(lon1) + wb * Math.cos(lat2) * Math.cos(lon2);
    double y = wa * Math.cos(lat1) * Math.sin(lon1) + wb * Math.cos(lat2) * Math.sin(lon2);
    double z = wa * Math.sin(lat1) + wb * Math.sin(lat2);
    return new double[] {Math.toDegrees(Math.atan2(z, Math.sqrt(x * x + y * y))), Math.toDegrees(Math.atan2(y, x))};
  }

  private static JsonNode number(JsonNode n) {
    return n != null && n.isNumber() ? n.deepCopy() : F.nullNode();
  }
}
