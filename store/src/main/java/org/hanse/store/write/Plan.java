package org.hanse.store.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Problem;

/** The outcome of planning a write: every problem found, or the changes to make. */
public final class Plan {
  /** Why a record cannot be written. */
  public enum Category {
    /** The record breaks a rule (type, reference, duplicate, date). */
    INVALID,
    /** The writer's role or scope does not allow it. */
    DENIED,
    /** The record to change or delete does not exist. */
    NOT_FOUND,
    /** The record changed since the writer read it, or already exists. */
    CONFLICT
  }

  /** One problem and its category. */
  public record Issue(Problem problem, Category category) {}

  private final List<Problem> problems = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private final List<PlannedChange> changes = new ArrayList<>();

  public List<Problem> problems() {
    return problems;
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /** Every record of the write with what happens to it, in write order. */
  public List<PlannedChange> changes() {
    return changes;
  }

  void add(PlannedChange c) {
    changes.add(c);
  }

  void problem(Problem p) {
    issue(p, Category.INVALID);
  }

  void issue(Problem p, Category category) {
    problems.add(p);
    issues.add(new Issue(p, category));
  }

  /** The problems with their categories, in the order found. */
  public List<Issue> issues() {
    return issues;
  }

  /** Adds problems found before planning (reading and checking the files). */
  public void addReadProblems(List<Problem> found) {
    for (Problem p : found) {
      problem(p);
    }
  }

  /** Per record kind: how many records are added, changed, unchanged, deleted. */
  public Map<String, Map<PlannedChange.Action, Integer>> counts() {
    Map<String, Map<PlannedChange.Action, Integer>> out = new LinkedHashMap<>();
    for (PlannedChange c : changes) {
      out.computeIfAbsent(c.kind(), k -> new EnumMap<>(PlannedChange.Action.class)).merge(c.action(), 1, Integer::sum);
    }
    return out;
  }

  public int count(PlannedChange.Action action) {
    return (int) changes.stream().filter(c -> c.action() == action).count();
  }
}
