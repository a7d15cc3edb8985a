package org.hanse.report.assessment;

import org.hanse.analysis.text.Localizer;

/**
 * Puts the English texts the analysis module writes for people (what is missing and why, the indicators the data
 * lack) into the report's language, with the one catalogue of their translations the analysis module keeps
 * ({@link Localizer}, shared with the dashboard and the command line); the parts of the assessment are the report's
 * own words.
 */
final class Localiser {
  private final ReportContext cx;
  private final Localizer texts;

  Localiser(ReportContext cx) {
    this.cx = cx;
    this.texts = Localizer.of(cx.lang, cx.assessment).cityNames(cx.dataset);
  }

  /** A text of the analysis in the report's language (unchanged in English, or when no entry matches). */
  String text(String en) {
    return texts.text(en);
  }

  /** The part of the assessment a missing item belongs to ({@code core functions} → {@code part.core_functions}). */
  String part(String section) {
    String key = "part." + section.replace(' ', '_');
    return cx.tx.has(key) ? cx.t(key) : section;
  }
}
