package org.hanse.analysis.assessment;

import java.util.List;

/** A cluster id that the dataset does not define; carries the valid ids so that a front end can list them. */
public final class UnknownClusterException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> unknown;
  private final transient List<String> valid;

  public UnknownClusterException(List<String> unknown, List<String> valid) {
    super("unknown cluster " + String.join(", ", unknown) + "; valid ids: " + String.join(" ", valid));
    this.unknown = List.copyOf(unknown);
    this.valid = List.copyOf(valid);
  }

  public List<String> unknownIds() {
    return unknown;
  }

  public List<String> validIds() {
    return valid;
  }
}
