package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The core-functions table of the {@code functions} command and the reports: one row per cluster and decided
 * function ({@code cluster}, {@code function} = the English name in lower case, {@code score} = the location
 * quotient, {@code evidence}), and per cluster one row with function {@code undecided} naming the functions the
 * data cannot decide and why.
 */
public final class FunctionsTable {
  /** The function name of the row that lists what the data cannot decide. */
  public static final String UNDECIDED = "undecided";

  private FunctionsTable() {}

  /**
   * One row.
   *
   * @param cluster  cluster id
   * @param function function name (lower-case English) or {@code undecided}
   * @param score    the location quotient; empty on the undecided row
   * @param core     whether the function is core to the cluster
   * @param evidence the evidence, one sentence per item, separated by "; "
   * @param items    the same items one by one (an item may hold "; " itself, so the joined text cannot be split)
   */
  public record Row(String cluster, String function, OptionalDouble score, boolean core, String evidence,
      List<String> items) {
    public Row {
      items = List.copyOf(items);
    }

    /** The evidence with each item in the localizer's language, joined as the language joins clauses. */
    public String evidence(org.hanse.analysis.text.Localizer loc) {
      if (loc.lang() == org.hanse.model.Lang.EN) {
        return evidence;
      }
      return String.join("；", items.stream().map(loc::text).toList());
    }
  }

  public static List<Row> of(Assessment a) {
    List<Row> rows = new ArrayList<>();
    for (ClusterAssessment c : a.clusters()) {
      List<String> undecided = new ArrayList<>();
      for (CoreFunctions.Entry e : c.coreFunctions().functions()) {
        if (e.status() == CoreFunctions.Status.UNDECIDED) {
          String why = e.evidence().get(e.evidence().size() - 1).replaceFirst("^undecided: ", "");
          undecided.add(e.function().key() + " (" + why + ")");
          continue;
        }
        boolean core = e.status() == CoreFunctions.Status.CORE;
        List<String> ev = new ArrayList<>();
        ev.add(core ? String.format(Locale.ROOT, "core (LQ %.2f)", e.lq().getAsDouble())
            : String.format(Locale.ROOT, "not core (LQ %.2f)", e.lq().getAsDouble()));
        for (String s : e.evidence()) {
          if (!s.startsWith("core:") && !s.startsWith("not core:")) {
            ev.add(s);
          }
        }
        rows.add(new Row(c.id(), e.function().key(), e.lq(), core, String.join("; ", ev), ev));
      }
      List<String> items = undecided.isEmpty() ? List.of("none") : undecided;
      rows.add(new Row(c.id(), UNDECIDED, OptionalDouble.empty(), false, String.join("; ", items), items));
    }
    return rows;
  }
}
