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
    List<Tie> own = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Tie t : ties.values()) {
      if (t.involves(to.id())) {
        taken.add(t.type().key() + "|" + t.otherEnd(to.id()) + "|" + t.detail());
      }
      if (!t.involves(from.id()) || DiplomaticFunction.of(t, actors.get(t.partnerId())) != f) {
        continue;
      }
      if (t.type().isCityToCity()
          && base.cities().get(t.otherEnd(from.id())).country().equals(from.country())) {
        continue; // domestic: not an international tie
      }
      own.add(t);
    }
    own.sort(Comparator.comparing(Tie::id));
    long quota = Math.round(h.share() * own.size());
    int moved = 0;
    int skipped = 0;
    for (Tie t : own) {
      if (moved >= quota) {
        break;
      }
      String partner = t.otherEnd(from.id());
      if (partner.equals(to.id()) || taken.contains(t.type().key() + "|" + partner + "|" + t.detail())) {
        skipped++;
        continue;
      }
      ties.remove(t.id());
      Tie n = tie(t.type().key(), to.id(), partner, t.fromYear(), t.toYear(), t.weight(), t.detail(), next);
      ties.put(n.id(), n);
      taken.add(t.type().key() + "|" + partner + "|" + t.detail());
      moved++;
    }
    log.add("handed over " + moved + " of " + own.size() + " international " + f.key() + " tie(s) of " + from.id()
        + " to " + to.id() + (skipped > 0 ? " (" + skipped + " skipped: " + to.id() + " already had the partner)"
        : ""));
  }
}
