package org.hanse.store.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hanse.ingest.format.Problem;
import org.hanse.store.write.Plan;
import org.hanse.store.write.PlannedChange;

/**
 * The outcome of one import: what was read, every problem found, and what was (or, for a dry run, would be) added,
 * changed and left unchanged. An import with problems writes nothing.
 *
 * @param files       one line per table read, e.g. {@code cities.csv: 12 rows (read as GB18030)}
 * @param problems    every problem, each with file, row, column, value and rule
 * @param warnings    things accepted but worth a look (values that look like spreadsheet formulas)
 * @param changes     every record with what happens to it
 * @param userChanges one line per user added or changed
 * @param dryRun      true when nothing was meant to be written
 * @param applied     true when the records were written
 * @param changeId    groups the import's audit entries; empty when nothing was written
 */
public record ImportReport(
    List<String> files, List<Problem> problems, List<Problem> warnings, List<PlannedChange> changes,
    List<String> userChanges, boolean dryRun, boolean applied, String changeId, List<Plan.Issue> issues) {

  public ImportReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    changes = List.copyOf(changes);
    userChanges = List.copyOf(userChanges);
    issues = List.copyOf(issues);
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  public int count(PlannedChange.Action action) {
    return (int) changes.stream().filter(c -> c.action() == action).count();
  }

  /** The report as text for the command line; at most {@code maxItems} problems and changed records are listed. */
  public String render(int maxItems) {
    StringBuilder s = new StringBuilder();
    for (String f : files) {
      s.append("read ").append(f).append('\n');
    }
    Map<String, Map<PlannedChange.Action, Integer>> counts = countsByKind();
    for (Map.Entry<String, Map<PlannedChange.Action, Integer>> e : counts.entrySet()) {
      Map<PlannedChange.Action, Integer> c = e.getValue();
      s.append(e.getKey()).append(": ").append(c.getOrDefault(PlannedChange.Action.ADDED, 0)).append(" added, ")
          .append(c.getOrDefault(PlannedChange.Action.CHANGED, 0)).append(" changed, ")
          .append(c.getOrDefault(PlannedChange.Action.UNCHANGED, 0)).append(" unchanged\n");
    }
    for (String u : userChanges) {
      s.append(u).append('\n');
    }
    if (!problems.isEmpty()) {
      s.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
          .append(", nothing was written:\n");
      list(s, problems.stream().map(Problem::toString).toList(), maxItems);
      return s.toString();
    }
    if (!warnings.isEmpty()) {
      s.append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings").append(":\n");
      list(s, warnings.stream().map(Problem::toString).toList(), maxItems);
    }
    List<String> changed = new ArrayList<>();
    for (PlannedChange c : changes) {
      if (c.action() != PlannedChange.Action.UNCHANGED) {
        changed.add(c.describe());
      }
    }
    if (dryRun) {
      s.append("dry run: nothing was written; the import would make these changes:\n");
      list(s, changed, maxItems);
      if (changed.isEmpty() && userChanges.isEmpty()) {
        s.append("  (none: everything is already recorded)\n");
      }
    } else if (applied) {
      s.append(changed.isEmpty() && userChanges.isEmpty() ? "nothing to change: everything is already recorded\n"
          : "imported (" + changed.size() + " records written, change " + changeId + ")\n");
    }
    return s.toString();
  }

  /** Counts per record kind, in write order. */
  public Map<String, Map<PlannedChange.Action, Integer>> countsByKind() {
    Map<String, Map<PlannedChange.Action, Integer>> out = new java.util.LinkedHashMap<>();
    for (PlannedChange c : changes) {
      out.computeIfAbsent(c.kind(), k -> new java.util.EnumMap<>(PlannedChange.Action.class))
          .merge(c.action(), 1, Integer::sum);
    }
    return out;
  }

  private static void list(StringBuilder s, List<String> items, int max) {
    for (int i = 0; i < items.size() && i < max; i++) {
      s.append("  ").append(items.get(i)).append('\n');
    }
    if (items.size() > max) {
      s.append("  … and ").append(items.size() - max).append(" more\n");
    }
  }
}
