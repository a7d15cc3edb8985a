package org.hanse.model;

import java.util.List;

/** Thrown when a dataset breaks its invariants; carries every problem found, not just the first. */
public final class InvalidDatasetException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public InvalidDatasetException(List<String> problems) {
    super(problems.size() + " problem(s) in dataset: " + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
        + (problems.size() > 5 ? "; …" : ""));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
