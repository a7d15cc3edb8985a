package org.hanse.advise.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.model.Actor;
import org.hanse.model.ActorKind;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.InvalidDatasetException;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Applies a {@link Scenario} to a copy of a dataset. The base is never changed. Every added record carries the
 * source {@value #SOURCE_ID} so that a reader can tell hypothetical ties from recorded ones. Order: actors, removed
 * ties, added ties, events, memberships, hand-overs. A scenario that refers to an unknown city, actor, cluster or tie
 * is refused with every problem listed.
 */
public final class ScenarioApplier {
  /** Source id of every record a scenario adds. */
  public static final String SOURCE_ID = "scenario";

  private ScenarioApplier() {}

  /**
   * The scenario's dataset and what was done, step by step.
   *
   * @param dataset the changed copy
   * @param log     one line per change
   */
  public record Applied(Dataset dataset, List<String> log) {
    public Applied {
      log = List.copyOf(log);
    }
  }

  public static Applied apply(Dataset base, Scenario s) {
    List<String> problems = new ArrayList<>();
    List<String> log = new ArrayList<>();
    Map<String, Actor> actors = new LinkedHashMap<>(base.actors());
    for (Scenario.ActorSpec a : s.actors()) {
      try {
        Actor actor = new Actor(a.id(), ActorKind.fromKey(a.kind()), a.nameEn(), a.nameZh(), a.country(), a.sector(),
            SOURCE_ID);
        if (actors.containsKey(actor.id())) {
          problems.add("actor " + a.id() + " already exists");
        } else {
          actors.put(actor.id(), actor);
          log.add("added actor " + actor.id() + " (" + actor.kind().key() + ")");
        }
      } catch (RuntimeException e) {
        problems.add("actor " + a.id() + ": " + e.getMessage());
      }
    }
    Map<String, Tie> ties = new LinkedHashMap<>();
    base.ties().forEach(t -> ties.put(t.id(), t));
    for (String id : s.removeTies()) {
      Tie t = ties.remove(id);
      if (t == null) {
        problems.add("tie " + id + " to remove does not exist");
      } else {
        log.add("removed tie " + id + " (" + t.type().key() + " " + t.cityId() + " – " + t.partnerId() + ")");
      }
    }
    int[] next = {0};
    int lastYear = base.lastYear();
    for (Scenario.TieSpec t : s.addTies()) {
      String missing = unknownEnd(base, actors, t.cityId(), t.partnerId());
      if (missing != null) {
        problems.add("tie " + t.cityId() + " – " + t.partnerId() + ": " + missing);
        continue;
      }
      try {
        Tie tie = tie(t.type(), t.cityId(), t.partnerId(), t.fromYear(), t.toYear(),
            t.weight() == null ? 1 : t.weight(), t.detail(), next);
        ties.put(tie.id(), tie);
        lastYear = Math.max(lastYear, year(tie));
        log.add("added " + tie.type().key() + " tie " + tie.cityId() + " – " + tie.partnerId()
            + (tie.fromYear() == null ? "" : " from " + tie.fromYear()));
      } catch (RuntimeException e) {
        problems.add("tie " + t.cityId() + " – " + t.partnerId() + ": " + e.getMessage());
      }
    }
    for (Scenario.EventSpec e : s.events()) {
      if (e.hosts().isEmpty()) {
        problems.add("event " + e.series() + " " + e.edition() + " has no host");
        continue;
      }
      Actor series = actors.get(e.series());
      if (series == null || series.kind() != ActorKind.EVENT_SERIES) {
        problems.add("event " + e.series() + " " + e.edition() + ": " + e.series() + " is not a known event series");
        continue;
      }
      List<String> unknownHosts = e.hosts().stream().filter(h -> !base.cities().containsKey(h)).toList();
      if (!unknownHosts.isEmpty()) {
        problems.add("event " + e.series() + " " + e.edition() + ": unknown host city " + String.join(", ",
            unknownHosts));
        continue;
      }
      TieType type = e.hosts().size() == 1 ? TieType.EVENT_HOST : TieType.EVENT_COHOST;
      for (String h : e.hosts()) {
        Tie tie = tie(type.key(), h, e.series(), e.year(), e.year(), 1, e.edition(), next);
        ties.put(tie.id(), tie);
      }
      lastYear = Math.max(lastYear, e.year());
      log.add("added event " + e.series() + " " + e.edition() + " (" + e.year() + ") "
          + (type == TieType.EVENT_HOST ? "hosted by " : "co-hosted by ") + String.join(", ", e.hosts()));
    }
    Map<String, Cluster> clusters = new LinkedHashMap<>(base.clusters());
    for (Scenario.MembershipChange m : s.memberships()) {
      Cluster c = clusters.get(m.clusterId());
      if (c == null) {
        problems.add("cluster " + m.clusterId() + " does not exist");
        continue;
      }
      if (!base.cities().containsKey(m.cityId())) {
        problems.add("city " + m.cityId() + " does not exist");
        continue;
      }
      List<String> members = new ArrayList<>(c.memberIds());
      List<String> central = new ArrayList<>(c.centralIds());
      switch (m.action() == null ? "" : m.action()) {
        case "add" -> {
          if (members.contains(m.cityId())) {
            problems.add(m.cityId() + " is already a member of " + c.id());
            continue;
          }
          members.add(m.cityId());
          if (m.central()) {
            central.add(m.cityId());
          }
        }
        case "remove" -> {
          if (!members.remove(m.cityId())) {
            problems.add(m.cityId() + " is not a member of " + c.id());
            continue;
          }
          central.remove(m.cityId());
          if (central.isEmpty()) {
            problems.add("removing " + m.cityId() + " leaves " + c.id() + " without a central city");
            continue;
          }
        }
        default -> {
          problems.add("membership action must be add or remove, not '" + m.action() + "'");
          continue;
        }
      }
      clusters.put(c.id(), new Cluster(c.id(), c.nameEn(), c.nameZh(), members, central, c.definition(),
          c.definitionUrl()));
      log.add(m.action() + (m.action().equals("add") ? "ed " : "d ") + m.cityId() + (m.action().equals("add")
          ? " to " : " from ") + c.id() + (m.central() && m.action().equals("add") ? " as a central city" : ""));
    }
    for (Scenario.HandoverSpec h : s.handovers()) {
      handover(base, h, ties, actors, next, problems, log);
    }
    if (!problems.isEmpty()) {
      throw new InvalidDatasetException(problems);
    }
    Dataset.Builder b = Dataset.builder().label(base.label() + " + scenario '" + s.name() + "'").lastYear(lastYear);
    base.sources().values().forEach(b::source);
    b.source(new Source(SOURCE_ID, "Scenario: " + s.name(), "", "hypothetical", "hypothetical records of the"
        + " scenario '" + s.name() + "'", ""));
    base.cities().values().forEach(b::city);
    clusters.values().forEach(b::cluster);
    actors.values().forEach(b::actor);
    ties.values().forEach(b::tie);
    base.indicatorDefinitions().values().forEach(b::indicatorDefinition);
    base.indicators().forEach(b::indicator);
    return new Applied(b.build(), log);
  }

  /** Why a tie between the two ids cannot be added, or null when both ends exist. */
  private static String unknownEnd(Dataset base, Map<String, Actor> actors, String city, String partner) {
    if (city == null || !base.cities().containsKey(city)) {
      return "unknown city " + city;
    }
    if (partner == null || !(base.cities().containsKey(partner) || actors.containsKey(partner))) {
      return "unknown partner " + partner + " (neither a city nor an actor; add actors under \"actors\")";
    }
    return null;
  }

  private static int year(Tie t) {
    int y = 0;
    if (t.fromYear() != null) {
      y = t.fromYear();
    }
    if (t.toYear() != null) {
      y = Math.max(y, t.toYear());
    }
    return y;
  }

  private static Tie tie(String typeKey, String city, String partner, Integer from, Integer to, double weight,
      String detail, int[] next) {
    TieType type = TieType.fromKey(typeKey);
    String a = city;
    String p = partner;
    if (type.isCityToCity() && a.compareTo(p) > 0) {
      a = partner;
      p = city;
    }
    return new Tie(SOURCE_ID + "-" + (++next[0]), type, a, p, from, to, weight, detail, SOURCE_ID);
  }

  private static void handover(Dataset base, Scenario.HandoverSpec h, Map<String, Tie> ties, Map<String, Actor> actors,
      int[] next, List<String> problems, List<String> log) {
    City from = base.cities().get(h.from());
    City to = base.cities().get(h.to());
    if (from == null || to == null) {
      problems.add("hand-over " + h.from() + " → " + h.to() + ": unknown city");
      return;
    }
    DiplomaticFunction f;
    try {
      f = DiplomaticFunction.fromKey(h.function());
    } catch (RuntimeException e) {
      problems.add("hand-over " + h.from() + " → " + h.to() + ": unknown function '" + h.function() + "'");
      return;
    }
    if (!(h.share() > 0 && h.share() <= 1)) {
      problems.add("hand-over share must be in (0, 1]: " + h.share());
      return;
    }
    // Which ties of `from` are international: the assessment's rule of a cluster the two cities share (ties between
    // members and editions co-hosted by members are inside), else the country rule.
    java.util.function.BiPredicate<String, Tie> international = (m, t) -> !(t.type().isCityToCity()
        && base.cities().get(t.otherEnd(m)).country().equals(from.country()));
    for (Cluster c : new java.util.TreeMap<>(base.clusters()).values()) {
      if (c.hasMember(from.id()) && c.hasMember(to.id())) {
        international = org.hanse.analysis.assessment.TieProfile.classifier(base, c)::international;
        break;
      }
    }
    List<Tie> own = ownTies(ties.values(), actors, base, from, f, international);
    int[] skippedOut = new int[1];
    List<Tie> chosen = choose(ties.values(), own, to.id(), from.id(), h.share(), skippedOut);
    int skipped = skippedOut[0];
    for (Tie t : chosen) {
      String partner = t.otherEnd(from.id());
      ties.remove(t.id());
      Tie n = tie(t.type().key(), to.id(), partner, t.fromYear(), t.toYear(), t.weight(), t.detail(), next);
      ties.put(n.id(), n);
    }
    int moved = chosen.size();
    log.add("handed over " + moved + " of " + own.size() + " international " + f.key() + " tie(s) of " + from.id()
        + " to " + to.id() + (skipped > 0 ? " (" + skipped + " skipped: " + to.id() + " already had the partner)"
        : ""));
  }

  /**
   * The ties of {@code fromId} a hand-over of {@code share} of its international ties of function f to
   * {@code toId} moves: round(share × n) of its n international ties of f, in id order, passing over those whose
   * partner {@code toId} already has (same type and detail) or that are with {@code toId} itself. The hand-over
   * advisor predicts its effect with the same ties, so that its figures are those the scenario records.
   *
   * @param international which of the city's ties count as international (the caller's rule)
   */
  public static List<Tie> handoverTies(Dataset base, String fromId, String toId, DiplomaticFunction f, double share,
      java.util.function.BiPredicate<String, Tie> international) {
    City from = base.cities().get(fromId);
    // Only ties of the two cities can move or stand in the way: the dataset's index of each city's ties has exactly
    // those, so the advisor, which asks for every member in turn, does not read every tie each time.
    List<Tie> own = ownTies(base.tiesOf(fromId), base.actors(), base, from, f, international);
    return choose(base.tiesOf(toId), own, toId, fromId, share, new int[1]);
  }

  private static List<Tie> ownTies(java.util.Collection<Tie> ties, Map<String, Actor> actors, Dataset base, City from,
      DiplomaticFunction f, java.util.function.BiPredicate<String, Tie> international) {
    List<Tie> own = new ArrayList<>();
    for (Tie t : ties) {
      if (!t.involves(from.id()) || DiplomaticFunction.of(t, actors.get(t.partnerId())) != f) {
        continue;
      }
      if (!international.test(from.id(), t)) {
        continue; // domestic or inside: not an international tie
      }
      own.add(t);
    }
    own.sort(Comparator.comparing(Tie::id));
    return own;
  }

  private static Set<String> taken(java.util.Collection<Tie> ties, String toId) {
    Set<String> taken = new HashSet<>();
    for (Tie t : ties) {
      if (t.involves(toId)) {
        taken.add(t.type().key() + "|" + t.otherEnd(toId) + "|" + t.detail());
      }
    }
    return taken;
  }

  private static List<Tie> choose(java.util.Collection<Tie> ties, List<Tie> own, String toId, String fromId,
      double share, int[] skipped) {
    Set<String> taken = taken(ties, toId);
    long quota = Math.round(share * own.size());
    List<Tie> chosen = new ArrayList<>();
    for (Tie t : own) {
      if (chosen.size() >= quota) {
        break;
      }
      String partner = t.otherEnd(fromId);
      String key = t.type().key() + "|" + partner + "|" + t.detail();
      if (partner.equals(toId) || taken.contains(key)) {
        skipped[0]++;
        continue;
      }
      chosen.add(t);
      taken.add(key);
    }
    return chosen;
  }

}
