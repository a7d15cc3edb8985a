package org.hanse.report.json;

import static org.hanse.report.json.Json.number;
import static org.hanse.report.json.Json.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.hanse.analysis.assessment.Composite;
import org.hanse.analysis.assessment.CoreFunctions;
import org.hanse.analysis.assessment.Driver;
import org.hanse.analysis.assessment.FunctionScore;
import org.hanse.analysis.assessment.FunctionsTable;
import org.hanse.analysis.assessment.IndicatorInfo;
import org.hanse.analysis.assessment.IndicatorReading;
import org.hanse.analysis.assessment.InnerStructure;
import org.hanse.model.Lang;

/** JSON of the assessment sections: drivers, functions, core functions, inner structure (see {@link AssessmentJson}). */
public final class SectionsJson {
  private SectionsJson() {}

  static ArrayNode drivers(List<Driver> drivers) {
    ArrayNode a = Json.array();
    for (Driver d : drivers) {
      ObjectNode o = a.addObject();
      o.put("key", d.key());
      o.set("name", Json.names(d.nameEn(), d.nameZh()));
      o.set("scores", composite(d.composite()));
      o.set("missingIndicators", Json.strings(d.missingIndicators()));
    }
    return a;
  }

  static ArrayNode functions(List<FunctionScore> functions) {
    ArrayNode a = Json.array();
    for (FunctionScore f : functions) {
      ObjectNode o = a.addObject();
      o.put("key", f.key());
      o.set("name", Json.names(f.nameEn(), f.nameZh()));
      o.set("clusters", composite(f.clusters()));
      o.set("members", composite(f.members()));
      o.set("missingIndicators", Json.strings(f.missingIndicators()));
    }
    return a;
  }

  /** {@code {indicators, weights, leftOut, subjects, undecided, provenance}}. */
  public static ObjectNode composite(Composite c) {
    ObjectNode o = object();
    ArrayNode ind = o.putArray("indicators");
    for (IndicatorInfo i : c.indicators()) {
      ObjectNode io = ind.addObject();
      io.put("code", i.code());
      io.set("name", Json.names(i.nameEn(), i.nameZh()));
      io.put("unit", i.unit());
      io.put("data", i.data());
    }
    ObjectNode w = o.putObject("weights");
    c.weights().forEach((k, v) -> w.set(k, number(v)));
    o.set("leftOut", Json.map(c.leftOut()));
    ArrayNode subjects = o.putArray("subjects");
    for (Composite.Subject s : c.subjects()) {
      ObjectNode so = subjects.addObject();
      so.put("id", s.id());
      so.set("score", number(s.score()));
      so.set("rank", number(s.rank()));
      if (s.excluded().isEmpty()) {
        so.putNull("excluded");
      } else {
        so.put("excluded", s.excluded());
      }
      ObjectNode readings = so.putObject("readings");
      for (IndicatorReading r : s.readings()) {
        ObjectNode ro = readings.putObject(r.code());
        ro.set("value", number(r.value()));
        ro.put("note", r.note());
      }
    }
    if (c.undecided().isPresent()) {
      o.put("undecided", c.undecided().get());
    } else {
      o.putNull("undecided");
    }
    o.set("provenance", Json.provenance(c.provenance()));
    return o;
  }

  static ObjectNode coreFunctions(CoreFunctions c) {
    ObjectNode o = object();
    ArrayNode fs = o.putArray("functions");
    for (CoreFunctions.Entry e : c.functions()) {
      ObjectNode eo = fs.addObject();
      eo.put("function", e.function().key());
      eo.set("name", Json.names(e.function().label(Lang.EN), e.function().label(Lang.ZH)));
      eo.put("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
      eo.set("lq", number(e.lq()));
      eo.set("clusterCount", number(e.clusterCount()));
      eo.set("clusterTotal", number(e.clusterTotal()));
      eo.set("referenceCount", number(e.referenceCount()));
      eo.set("referenceTotal", number(e.referenceTotal()));
      ArrayNode mc = eo.putArray("mainCities");
      for (CoreFunctions.MainCity m : e.mainCities()) {
        ObjectNode mo = mc.addObject();
        mo.put("cityId", m.cityId());
        mo.set("count", number(m.count()));
        mo.set("lq", number(m.lq()));
      }
      eo.set("evidence", Json.strings(e.evidence()));
    }
    o.set("core", Json.strings(c.core().stream().map(e -> e.function().key()).toList()));
    o.set("undecided", Json.strings(c.undecided().stream().map(e -> e.function().key()).toList()));
    o.set("provenance", Json.provenance(c.provenance()));
    return o;
  }

  static ObjectNode innerStructure(InnerStructure s) {
    ObjectNode o = object();
    ObjectNode rad = o.putObject("radiation");
    ArrayNode centres = rad.putArray("centres");
    for (InnerStructure.Centre c : s.radiation().centres()) {
      ObjectNode co = centres.addObject();
      co.put("cityId", c.cityId());
      co.set("gravityShare", number(c.gravityShare()));
      co.set("outLinkageShare", number(c.outLinkageShare()));
      co.set("tieShare", number(c.tieShare()));
      ArrayNode bps = co.putArray("breakingPoints");
      for (InnerStructure.BreakingPointTo b : c.breakingPoints()) {
        ObjectNode bo = bps.addObject();
        bo.put("memberId", b.memberId());
        bo.set("distanceKm", number(b.distanceKm()));
        bo.set("fromCentreKm", number(b.fromCentreKm()));
        bo.set("reach", number(b.reach()));
      }
    }
    ArrayNode hin = rad.putArray("hinterland");
    for (InnerStructure.Hinterland h : s.radiation().hinterland()) {
      ObjectNode ho = hin.addObject();
      ho.put("memberId", h.memberId());
      ho.put("centreId", h.centreId());
      ho.set("tiedCentres", Json.strings(h.tiedCentres()));
    }
    rad.set("gravityProvenance", Json.provenance(s.radiation().gravity()));
    rad.set("provenance", Json.provenance(s.radiation().provenance()));

    InnerStructure.Concentration c = s.concentration();
    ObjectNode con = o.putObject("concentration");
    con.put("resource", c.resource());
    ObjectNode vals = con.putObject("values");
    c.values().forEach((k, v) -> vals.set(k, number(v)));
    con.set("gini", number(c.gini()));
    con.set("giniCorrected", number(c.giniCorrected()));
    con.set("theil", number(c.theil()));
    con.set("hhi", number(c.hhi()));
    con.set("hhiNormalised", number(c.hhiNormalised()));
    con.set("largestShare", number(c.largestShare()));
    con.put("largest", c.largest());
    ObjectNode pr = con.putObject("primacy");
    pr.set("s2", number(c.primacyS2()));
    pr.set("s4", number(c.primacyS4()));
    pr.set("s11", number(c.primacyS11()));
    ObjectNode pp = con.putObject("populationPrimacy");
    pp.set("s2", number(c.populationS2()));
    pp.set("s4", number(c.populationS4()));
    pp.put("largest", c.populationLargest());
    con.set("provenance", Json.provenance(c.provenance()));

    InnerStructure.Coordination k = s.coordination();
    ObjectNode co = o.putObject("coordination");
    ObjectNode op = co.putObject("opening");
    k.opening().forEach((id, v) -> op.set(id, number(v)));
    ObjectNode wt = co.putObject("weights");
    k.weights().forEach((id, v) -> wt.set(id, number(v)));
    co.set("coupling", number(k.coupling()));
    co.set("comprehensive", number(k.comprehensive()));
    co.set("degree", number(k.degree()));
    co.set("couplingClass", Json.names(k.couplingClassEn(), k.couplingClassZh()));
    co.set("level", Json.names(k.levelEn(), k.levelZh()));
    ObjectNode trad = co.putObject("traditional");
    trad.set("coupling", number(k.traditionalCoupling()));
    trad.set("degree", number(k.traditionalDegree()));
    if (k.undecided().isEmpty()) {
      co.putNull("undecided");
    } else {
      co.put("undecided", k.undecided());
    }
    co.set("provenance", Json.provenance(k.provenance()));

    InnerStructure.Homogeneity h = s.homogeneity();
    ObjectNode ho = o.putObject("homogeneity");
    ArrayNode pairs = ho.putArray("pairs");
    for (InnerStructure.Pair p : h.pairs()) {
      ObjectNode po = pairs.addObject();
      po.put("a", p.a());
      po.put("b", p.b());
      po.put("sharedPartners", p.sharedPartners());
      po.set("partnerOverlap", number(p.partnerOverlap()));
      po.set("profileSimilarity", number(p.profileSimilarity()));
      po.put("homogeneous", p.homogeneous());
    }
    ho.put("pairsCompared", h.pairsCompared());
    ho.put("homogeneous", h.homogeneous());
    ho.set("provenance", Json.provenance(h.provenance()));
    return o;
  }

  /** The core-functions table as a JSON array of {@code {cluster, function, score, core, evidence}}. */
  public static ArrayNode functionsTable(List<FunctionsTable.Row> rows) {
    ArrayNode a = Json.array();
    for (FunctionsTable.Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("cluster", r.cluster());
      o.put("function", r.function());
      o.set("score", number(r.score()));
      o.put("core", r.core());
      o.put("evidence", r.evidence());
    }
    return a;
  }
}
