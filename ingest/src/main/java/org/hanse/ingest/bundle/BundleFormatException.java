package org.hanse.ingest.bundle;

import java.util.List;
import org.hanse.ingest.format.Problem;

/**
 * A data folder that cannot be read as a Hanse dataset. Carries every problem found, each naming file, row,
 * column, value and rule, not just the first.
 */
public final class BundleFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public BundleFormatException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "data folder cannot be read";
    }
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problem(s))";
  }
}
