package org.hanse.advise;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.analysis.assessment.TieProfile;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;

/**
 * The international ties of a cluster's members by {@link DiplomaticFunction}, classified by the assessment's own
 * rule ({@link TieProfile.Classifier}): ties between members and event editions co-hosted by two or more members are
 * inside the cluster, city-to-city ties within the country are domestic, everything else is international. The
 * hand-over advisor and the co-hosting planner count with this class so that their levels (a member's ties, the
 * Gini and Theil of the members) are the ones the assessment reports.
 */
public final class MemberFunctionTies {
  private final TieProfile.Classifier rule;
  private final Map<String, double[]> counts = new HashMap<>();
  private final Map<String, Map<DiplomaticFunction, Set<String>>> partners = new HashMap<>();
  private final List<String> members;

  private MemberFunctionTies(Dataset d, Cluster c) {
    this.rule = TieProfile.classifier(d, c);
    this.members = c.memberIds();
    for (String m : members) {
      double[] row = new double[DiplomaticFunction.values().length];
      Map<DiplomaticFunction, Set<String>> ps = new EnumMap<>(DiplomaticFunction.class);
      for (Tie t : rule.internationalTies(m)) {
        DiplomaticFunction f = DiplomaticFunction.of(t, d.actors().get(t.partnerId()));
        row[f.ordinal()]++;
        ps.computeIfAbsent(f, k -> new HashSet<>()).add(t.otherEnd(m));
      }
      counts.put(m, row);
      partners.put(m, ps);
    }
  }

  public static MemberFunctionTies of(Dataset d, Cluster c) {
    return new MemberFunctionTies(d, c);
  }

  /** The classifier the counts come from. */
  public TieProfile.Classifier rule() {
    return rule;
  }

  /** The member's international ties serving f (0 for a city that is not a member). */
  public double count(String member, DiplomaticFunction f) {
    double[] row = counts.get(member);
    return row == null ? 0 : row[f.ordinal()];
  }

  /** The member's international ties, all functions: the assessment's figure for the member. */
  public double total(String member) {
    double[] row = counts.get(member);
    double s = 0;
    if (row != null) {
      for (double v : row) {
        s += v;
      }
    }
    return s;
  }

  /** The partners (other ends) of the member's international ties serving f. */
  public Set<String> partners(String member, DiplomaticFunction f) {
    return Collections.unmodifiableSet(partners.getOrDefault(member, Map.of()).getOrDefault(f, Set.of()));
  }

  /** The members, in the cluster's order. */
  public List<String> members() {
    return members;
  }
}
