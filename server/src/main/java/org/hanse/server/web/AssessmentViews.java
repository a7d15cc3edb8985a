package org.hanse.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hanse.model.Lang;

/**
 * Reads the parts of a cluster assessment (its JSON form) that the pages show. Missing parts give empty results, so
 * a page shows "not available" rather than failing when the assessment lacks a section.
 */
final class AssessmentViews {
  private AssessmentViews() {}

  /** The core diplomatic functions with their evidence (indicator and LQ), in function order. */
  static List<PageRoutes.FunctionView> coreFunctions(JsonNode functionsSection, Lang lang) {
    return functionViews(functionsSection, "coreFunctions", lang);
  }

  /** The functions the data cannot decide, with the reason. */
  static List<PageRoutes.FunctionView> undecidedFunctions(JsonNode functionsSection, Lang lang) {
    return functionViews(functionsSection, "undecidedFunctions", lang);
  }

  private static List<PageRoutes.FunctionView> functionViews(JsonNode section, String key, Lang lang) {
    List<PageRoutes.FunctionView> out = new ArrayList<>();
    if (section == null) {
      return out;
    }
    for (JsonNode f : section.path(key)) {
      List<String> evidence = new ArrayList<>();
      f.path("evidence").forEach(e -> evidence.add(e.asText()));
      out.add(new PageRoutes.FunctionView(f.path("function").asText(), text(f, lang, "name"),
          f.path("indicator").asText(""), number(f.path("lq")), evidence));
    }
    return out;
  }

  /** One indicator of a scorecard row: reading null when missing (the note says why). */
  record IndicatorRow(String code, String name, String unit, Double value, String note, Double weight,
      String leftOut) {}

  /** One driver (or function) of the scorecard: the cluster's score and rank, its indicators, missing ones. */
  record ScoreRow(String key, String name, Double score, Integer rank, int scored, String excluded, String undecided,
      List<IndicatorRow> indicators, List<String> missingIndicators) {}

  static List<ScoreRow> scoreRows(JsonNode section, String key, Lang lang) {
    List<ScoreRow> out = new ArrayList<>();
    if (section == null) {
      return out;
    }
    for (JsonNode d : section.path(key)) {
      List<IndicatorRow> indicators = new ArrayList<>();
      for (JsonNode i : d.path("indicators")) {
        indicators.add(new IndicatorRow(i.path("code").asText(), text(i, lang, "name"), i.path("unit").asText(""),
            number(i.path("value")), i.path("note").asText(""), number(i.path("weight")),
            i.path("leftOut").asText("")));
      }
      List<String> missing = new ArrayList<>();
      d.path("missingIndicators").forEach(m -> missing.add(m.asText()));
      JsonNode rank = d.path("rank");
      out.add(new ScoreRow(d.path("key").asText(), text(d, lang, "name"), number(d.path("score")),
          rank.isNumber() ? rank.asInt() : null, d.path("scored").asInt(), d.path("excluded").asText(""),
          d.path("undecided").asText(""), indicators, missing));
    }
    return out;
  }

  /** The concentration and coordination figures the page states in words. */
  record StructureFacts(Double gini, Double giniCorrected, Double theil, Double hhi, Double primacyS2,
      String resource, Double degree, Double coupling, Double comprehensive, String level, String couplingClass,
      String coordinationUndecided) {}

  static StructureFacts structureFacts(JsonNode inner, Lang lang) {
    if (inner == null) {
      return null;
    }
    JsonNode c = inner.path("concentration");
    JsonNode k = inner.path("coordination");
    return new StructureFacts(number(c.path("gini")), number(c.path("giniCorrected")), number(c.path("theil")),
        number(c.path("hhi")), number(c.path("primacyS2")), c.path("resource").asText(""), number(k.path("degree")),
        number(k.path("coupling")), number(k.path("comprehensive")), text(k, lang, "level"),
        text(k, lang, "couplingClass"), k.path("undecided").asText(""));
  }

  static Double number(JsonNode n) {
    return n != null && n.isNumber() ? n.asDouble() : null;
  }

  /**
   * One row of the ties-by-type table: inside is null for actor types (no partner inside a cluster); every count is
   * null, with the reason in {@code missing}, when the data hold no tie of the type at all (not known, not 0).
   */
  record TieRow(String type, Integer inside, Integer outside, Integer international, Integer domestic,
      Integer partners, String missing) {}

  static List<TieRow> tieRows(JsonNode assessment) {
    List<TieRow> out = new ArrayList<>();
    if (assessment == null) {
      return out;
    }
    for (JsonNode r : assessment.path("ties").path("byType")) {
      String type = r.path("type").asText().toLowerCase(java.util.Locale.ROOT);
      if (!r.path("international").isNumber()) {
        out.add(new TieRow(type, null, null, null, null, null, r.path("missing").asText("not in the data")));
        continue;
      }
      JsonNode inside = r.path("inside");
      int outside = r.path("outside").asInt();
      int international = r.path("international").asInt();
      out.add(new TieRow(type, inside.isNumber() ? inside.asInt() : null, outside, international,
          outside - international, r.path("internationalPartners").asInt(), null));
    }
    return out;
  }

  /** The central cities' share of the cluster's international ties, or null when undefined or absent. */
  static Double centralShare(JsonNode assessment) {
    JsonNode share = assessment == null ? null : assessment.path("ties").path("centralCombined").path("share");
    return share != null && share.isNumber() ? share.asDouble() : null;
  }

  /** The method line of the tie profile: method, citation, parameters, data and notes. */
  static String tieMethod(JsonNode assessment) {
    if (assessment == null) {
      return "";
    }
    JsonNode p = assessment.path("ties").path("provenance");
    StringBuilder sb = new StringBuilder(p.path("method").asText(""));
    p.path("parameters").fields().forEachRemaining(e ->
        sb.append(sb.length() == 0 ? "" : "; ").append(e.getKey()).append(" = ").append(e.getValue().asText()));
    for (String f : List.of("citation", "data")) {
      if (!p.path(f).asText("").isEmpty()) {
        sb.append(". ").append(p.path(f).asText());
      }
    }
    p.path("notes").forEach(n -> sb.append(". ").append(n.asText()));
    return sb.toString();
  }

  /** A gap the assessment met. */
  record Missing(String section, String subject, String what, String reason) {}

  static List<Missing> missing(JsonNode assessment) {
    List<Missing> out = new ArrayList<>();
    if (assessment != null) {
      for (JsonNode m : assessment.path("missing")) {
        out.add(new Missing(m.path("section").asText(), m.path("subject").asText(), m.path("what").asText(),
            m.path("reason").asText()));
      }
    }
    return out;
  }

  /** The sections of the cluster page the assessment does not provide yet (their keys are absent). */
  static List<String> absentSections(JsonNode assessment) {
    List<String> out = new ArrayList<>();
    for (String key : List.of("drivers", "functions", "coreFunctions", "innerStructure")) {
      if (assessment == null || assessment.path(key).isMissingNode() || assessment.path(key).isNull()) {
        out.add(key);
      }
    }
    return out;
  }

  /** A text field in the page's language: {@code nameZh}/{@code nameEn} pairs, or a plain field. */
  static String text(JsonNode node, Lang lang, String field) {
    String suffix = lang == Lang.ZH ? "Zh" : "En";
    JsonNode localised = node.path(field + suffix);
    if (localised.isTextual() && !localised.asText().isEmpty()) {
      return localised.asText();
    }
    JsonNode en = node.path(field + "En");
    if (en.isTextual()) {
      return en.asText();
    }
    JsonNode plain = node.path(field);
    return plain.isValueNode() ? plain.asText() : "";
  }
}
