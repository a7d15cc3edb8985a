package org.hanse.analysis.assessment;

import java.util.Objects;

/**
 * A piece of data the assessment needed and did not find. Missing data is never read as zero: it is listed here,
 * and the measure that needed it says what it did instead (left the city out, left the indicator out, gave no
 * value).
 *
 * @param section  where it was needed: {@code ties}, {@code drivers}, {@code functions}, {@code core functions},
 *                 {@code inner structure}
 * @param subject  the city id, cluster id or indicator the gap concerns
 * @param what     what is missing, e.g. {@code population density}
 * @param reason   why, and what was done about it
 */
public record MissingItem(String section, String subject, String what, String reason) {
  public MissingItem {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(reason, "reason");
  }
}
