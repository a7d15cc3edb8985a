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
