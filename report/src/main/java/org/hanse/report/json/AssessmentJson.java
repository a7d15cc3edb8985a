package org.hanse.report.json;

import static org.hanse.report.json.Json.array;
import static org.hanse.report.json.Json.number;
import static org.hanse.report.json.Json.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.analysis.assessment.MemberCity;
import org.hanse.analysis.assessment.MissingItem;
import org.hanse.analysis.assessment.SourceNote;
import org.hanse.analysis.assessment.TieProfile;
import org.hanse.model.Lang;
import org.hanse.model.TieType;

/**
 * The JSON form of the assessment. The shape is documented in docs/metrics.md ("JSON form") and kept stable: a
 * top-level object with {@code schema}, {@code dataset}, {@code parameters}, a {@code clusters} array whose items
 * have {@code id}, {@code name}, {@code members} and the measures ({@code ties}, {@code drivers}, {@code functions},
 * {@code coreFunctions}, {@code innerStructure}, {@code missing}), then {@code coreFunctionTable}, {@code sources}
 * and {@code notes}. Undefined numbers are {@code null}, never 0; keys are camelCase; tie types use their file keys
 * ({@code sister_city} …).
 */
public final class AssessmentJson {
  /** Identifies the shape; a change that removes or renames a key changes the version. */
  public static final String SCHEMA = "hanse.assessment/1";

  private AssessmentJson() {}

  public static String write(Assessment a) {
    return Json.write(toJson(a));
  }

  public static ObjectNode toJson(Assessment a) {
    ObjectNode root = object();
    root.put("schema", SCHEMA);
    ObjectNode ds = root.putObject("dataset");
    ds.put("label", a.datasetLabel());
    ds.put("lastYear", a.lastYear());
    root.set("parameters", Json.map(a.parameters()));
    ArrayNode clusters = root.putArray("clusters");
    a.clusters().forEach(c -> clusters.add(cluster(c)));
    root.set("coreFunctionTable", SectionsJson.functionsTable(FunctionsTable.of(a)));
    ArrayNode sources = root.putArray("sources");
    for (SourceNote s : a.sources()) {
      ObjectNode o = sources.addObject();
      o.put("id", s.id());
      o.put("title", s.title());
      o.put("licence", s.licence());
      o.put("vintage", s.vintage());
      o.put("attribution", s.attribution());
      o.put("url", s.url());
    }
    root.set("notes", Json.strings(a.notes()));
    return root;
  }

  /** One item of the {@code clusters} array. */
  public static ObjectNode cluster(ClusterAssessment c) {
    ObjectNode o = object();
    o.put("id", c.id());
    o.set("name", Json.names(c.nameEn(), c.nameZh()));
    o.put("definition", c.definition());
    o.put("definitionUrl", c.definitionUrl());
    ArrayNode members = o.putArray("members");
    for (MemberCity m : c.members()) {
      ObjectNode mo = members.addObject();
      mo.put("id", m.id());
      mo.set("name", Json.names(m.nameEn(), m.nameZh()));
      mo.put("country", m.country());
      mo.put("central", m.central());
      if (m.population() == null) {
        mo.putNull("population");
      } else {
        ObjectNode p = mo.putObject("population");
        p.put("value", m.population().value());
        p.put("year", m.population().year()); // null where the source gives no year (GeoNames)
        p.put("source", m.population().sourceId());
      }
    }
    o.set("ties", ties(c.ties()));
    o.set("drivers", SectionsJson.drivers(c.drivers()));
    o.set("functions", SectionsJson.functions(c.functions()));
    o.set("coreFunctions", SectionsJson.coreFunctions(c.coreFunctions()));
    o.set("innerStructure", SectionsJson.innerStructure(c.innerStructure()));
    o.set("networkPosition", PositionJson.networkPosition(c.networkPosition()));
    ArrayNode missing = o.putArray("missing");
    for (MissingItem m : c.missing()) {
      ObjectNode mo = missing.addObject();
      mo.put("section", m.section());
      mo.put("subject", m.subject());
      mo.put("what", m.what());
      mo.put("reason", m.reason());
    }
    return o;
  }

  static ObjectNode ties(TieProfile t) {
    ObjectNode o = object();
    ArrayNode rows = o.putArray("byType");
    for (TieProfile.TypeCount r : t.byType()) {
      ObjectNode ro = rows.addObject();
      ro.put("type", r.type().key());
      ro.set("label", Json.names(r.type().label(Lang.EN), r.type().label(Lang.ZH)));
      ro.put("cityToCity", r.cityToCity());
      if (t.hasNoData(r.type())) {
        // No tie of this type anywhere in the data: every count is missing (null), not 0.
        for (String k : List.of("inside", "outside", "international", "domestic", "insideWeight", "outsideWeight",
            "internationalWeight", "internationalPartners")) {
          ro.putNull(k);
        }
        ro.put("missing", "the data hold no " + r.type().key() + " tie at all");
        continue;
      }
      ro.set("inside", number(r.inside()));
      ro.put("outside", r.outside());
      ro.put("international", r.international());
      ro.put("domestic", r.domestic());
      ro.set("insideWeight", r.inside().isPresent() ? number(r.insideWeight()) : Json.F.nullNode());
      ro.set("outsideWeight", number(r.outsideWeight()));
      ro.set("internationalWeight", number(r.internationalWeight()));
      ro.put("internationalPartners", r.internationalPartners());
    }
    o.put("international", t.international());
    ArrayNode members = o.putArray("perMember");
    for (TieProfile.MemberTies m : t.perMember()) {
      ObjectNode mo = members.addObject();
      mo.put("cityId", m.cityId());
      mo.put("central", m.central());
      ObjectNode by = mo.putObject("international");
      ObjectNode why = null;
      for (TieType type : TieType.values()) {
        if (t.hasNoData(type)) {
          // Not known, not 0: the reason is stated beside the counts, as in the byType rows.
          by.putNull(type.key());
          if (why == null) {
            why = object();
          }
          why.put(type.key(), "the data hold no " + type.key() + " tie at all");
        } else {
          by.put(type.key(), m.of(type));
        }
      }
      mo.put("total", m.total());
      if (why != null) {
        mo.set("missing", why);
      }
    }
    o.set("centralShare", share(t.centralCombined()));
    ArrayNode each = o.putArray("centralCities");
    t.centralCities().forEach(s -> each.add(share(s)));
    o.set("provenance", Json.provenance(t.provenance()));
    return o;
  }

  static ObjectNode share(TieProfile.CentralShare s) {
    ObjectNode o = object();
    o.set("cityIds", Json.strings(s.cityIds()));
    o.put("ties", s.ties());
    o.put("clusterTies", s.clusterTies());
    o.set("share", number(s.share()));
    ObjectNode by = o.putObject("byType");
    for (Map.Entry<TieType, OptionalDouble> e : s.byType().entrySet()) {
      by.set(e.getKey().key(), number(e.getValue()));
    }
    return o;
  }

}
