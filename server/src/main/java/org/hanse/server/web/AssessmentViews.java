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

  /** The core diplomatic functions with their evidence, in the assessment's order. */
  static List<PageRoutes.FunctionView> coreFunctions(JsonNode assessment, Lang lang) {
    List<PageRoutes.FunctionView> out = new ArrayList<>();
    if (assessment == null) {
      return out;
    }
    JsonNode list = assessment.path("coreFunctions");
    for (JsonNode f : list) {
      String name = text(f, lang, "name");
      if (name.isEmpty()) {
        name = f.path("function").asText(f.path("id").asText(""));
      }
      out.add(new PageRoutes.FunctionView(name, text(f, lang, "evidence")));
    }
    return out;
  }

  /** One row of the ties-by-type table: inside is null for actor types (no partner inside a cluster). */
  record TieRow(String type, Integer inside, int outside, int international, int domestic, int partners) {}

  static List<TieRow> tieRows(JsonNode assessment) {
    List<TieRow> out = new ArrayList<>();
    if (assessment == null) {
      return out;
    }
    for (JsonNode r : assessment.path("ties").path("byType")) {
      JsonNode inside = r.path("inside");
      int outside = r.path("outside").asInt();
      int international = r.path("international").asInt();
      out.add(new TieRow(r.path("type").asText().toLowerCase(java.util.Locale.ROOT),
          inside.isNumber() ? inside.asInt() : null, outside, international, outside - international,
          r.path("internationalPartners").asInt()));
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
