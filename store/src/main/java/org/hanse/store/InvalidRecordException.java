package org.hanse.store;

import java.util.List;
import org.hanse.ingest.format.Problem;

/** A record breaks a rule (unknown reference, duplicate, date out of range); nothing was written. */
public final class InvalidRecordException extends StoreUserException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InvalidRecordException(List<Problem> problems) {
    super(String.join("; ", problems.stream().map(p -> (p.column().isEmpty() ? "" : p.column() + ": ")
        + (p.value().isEmpty() || !p.column().isEmpty() && p.rule().contains(p.value()) ? "" : "'" + p.value()
        + "': ") + p.rule()).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
