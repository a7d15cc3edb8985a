package org.hanse.report.json;

import static org.hanse.report.json.Json.number;
import static org.hanse.report.json.Json.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalLong;
import org.hanse.analysis.assessment.NetworkPosition;
import org.hanse.model.Lang;

/** The {@code networkPosition} part of a cluster in the assessment JSON (shape in docs/metrics.md). */
final class PositionJson {
  private PositionJson() {}

  static ObjectNode networkPosition(NetworkPosition p) {
    ObjectNode o = object();
    ArrayNode interlock = o.putArray("interlock");
    for (NetworkPosition.Interlock i : p.interlock()) {
      ObjectNode io = interlock.addObject();
      io.put("layer", i.layer());
      io.put("covered", i.covered());
      io.put("rankedCities", i.rankedCities());
      io.set("internalConnectivity", whole(i.internalConnectivity()));
      io.set("externalConnectivity", whole(i.externalConnectivity()));
      io.set("referenceCityId", text(i.referenceCityId()));
      ArrayNode members = io.putArray("members");
      for (NetworkPosition.InterlockMember m : i.members()) {
        ObjectNode mo = members.addObject();
        mo.put("cityId", m.cityId());
        mo.set("gnc", whole(m.gnc()));
        mo.set("proportionalGnc", number(m.proportional()));
        mo.set("rank", number(m.rank()));
        mo.set("internal", whole(m.internal()));
        mo.set("external", whole(m.external()));
        mo.set("externalShare", number(m.externalShare()));
      }
      io.set("undecided", text(i.undecided()));
      io.set("provenance", Json.provenance(i.provenance()));
    }
    ArrayNode layers = o.putArray("layers");
    for (NetworkPosition.Layer l : p.layers()) {
      ObjectNode lo = layers.addObject();
      lo.put("type", l.type().key());
      lo.set("label", Json.names(l.type().label(Lang.EN), l.type().label(Lang.ZH)));
      lo.put("nodes", l.nodes());
      lo.put("internalTies", l.internalTies());
      lo.put("externalTies", l.externalTies());
      lo.set("eiIndex", number(l.eiIndex()));
      lo.set("weightedEiIndex", number(l.weightedEiIndex()));
      ArrayNode members = lo.putArray("members");
      for (NetworkPosition.LayerMember m : l.members()) {
        ObjectNode mo = members.addObject();
        mo.put("cityId", m.cityId());
        mo.set("degree", number(m.degree()));
        mo.set("pageRank", number(m.pageRank()));
        mo.set("pageRankRank", number(m.pageRankRank()));
      }
      lo.set("undecided", text(l.undecided()));
      lo.set("provenance", Json.provenance(l.provenance()));
    }
    return o;
  }

  private static JsonNode whole(OptionalLong v) {
    return v.isPresent() ? Json.F.numberNode(v.getAsLong()) : Json.F.nullNode();
  }

  private static JsonNode text(Optional<String> v) {
    return v.isPresent() ? Json.F.textNode(v.get()) : Json.F.nullNode();
  }
}
