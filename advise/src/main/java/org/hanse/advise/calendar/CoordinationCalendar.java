package org.hanse.advise.calendar;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.analysis.Provenance;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;

/**
 * Coordination calendar (concepts.md: the cluster "acting as one" abroad): the dated engagements of a cluster's
 * members on one calendar, with three rules that flag duplication and conflict between pairs of active entries.
 *
 * <ul>
 *   <li>same partner — two different member cities approach the same foreign partner (visits, agreements, MoUs,
 *       exchanges) with starts at most {@link CalendarRules#samePartnerDays()} apart: the partner is approached
 *       twice by one cluster; coordinate or go together;</li>
 *   <li>competing bids — two different member cities bid for the same event series with starts at most
 *       {@link CalendarRules#sameSeriesDays()} apart: the cluster competes with itself; consider a joint bid (see the
 *       co-hosting planner);</li>
 *   <li>overlapping delegations — two visits (incoming or outgoing, any members, the same city included) with the
 *       same partner country whose dates overlap: receive or send them together, or move one.</li>
 * </ul>
 *
 * Cancelled, withdrawn, lost, expired and terminated entries raise no flag. A pair raises at most one flag per rule.
 * The rules are the project's own operationalisation of duplication in a cluster's external work; they carry no
 * weights, only the two windows.
 */
public final class CoordinationCalendar {
  private CoordinationCalendar() {}

  /** The calendar of a cluster of the dataset. */
  public static ClusterCalendar of(Dataset d, String clusterId, List<CalendarEntry> all, CalendarRules rules) {
    Cluster c = d.cluster(clusterId).orElseThrow(() -> new java.util.NoSuchElementException("unknown cluster "
        + clusterId + "; valid ids: " + String.join(" ", d.clusters().keySet())));
    Map<String, String> names = new java.util.HashMap<>();
    for (String m : c.memberIds()) {
      names.put(m, d.city(m).map(City::nameEn).orElse(m));
    }
    return of(clusterId, Set.copyOf(c.memberIds()), names, all, rules, partnerNames(d));
  }

  /**
   * The weekly digest of a cluster in one call, for a front end: the calendar of the cluster's entries under the
   * rules (partners matched with the dataset's names, as {@link #of(Dataset, String, List, CalendarRules)}), then the
   * digest of the ISO week.
   *
   * @param isoWeek {@code YYYY-Www}, e.g. {@code 2026-W10}
   * @throws java.util.NoSuchElementException for an unknown cluster
   * @throws IllegalArgumentException         for a malformed week, naming the problem
   */
  public static WeeklyDigest digest(Dataset d, String clusterId, List<CalendarEntry> entries, CalendarRules rules,
      String isoWeek) {
    WeeklyDigest.monday(isoWeek); // a bad week is refused before any work
    return WeeklyDigest.of(of(d, clusterId, entries, rules), isoWeek);
  }

  /**
   * The names (English, Chinese) of every city and actor of the dataset by id, for {@link #of(String, Set, Map,
   * List, CalendarRules, Map)}: an entry that names its partner only ("Lyon") is then recognised as the same partner
   * as an entry that gives the partner's id.
   */
  public static Map<String, List<String>> partnerNames(Dataset d) {
    Map<String, List<String>> out = new java.util.HashMap<>();
    d.cities().values().forEach(x -> out.put(x.id(), List.of(x.nameEn(), x.nameZh())));
    d.actors().values().forEach(x -> out.put(x.id(), List.of(x.nameEn(), x.nameZh())));
    return out;
  }

  /** The calendar of a group of cities, without dataset names for the partners (ids and names compared as given). */
  public static ClusterCalendar of(String clusterId, Set<String> members, Map<String, String> cityNames,
      List<CalendarEntry> all, CalendarRules rules) {
    return of(clusterId, members, cityNames, all, rules, Map.of());
  }

  /**
   * Whether two entries name the same partner. Two entries that both give the partner's id are the same partner
   * when the ids are equal, whatever they are called. Otherwise the partner's comparison keys are compared: the key
   * of each entry (its id, or its name case-folded), the name as written, and for a known id the dataset's names of
   * it (English and Chinese, case-folded).
   */
  static boolean samePartner(CalendarEntry a, CalendarEntry b, Map<String, List<String>> partnerNames) {
    if (hasId(a) && hasId(b)) {
      return a.partnerKey().equals(b.partnerKey());
    }
    Set<String> ka = keys(a, partnerNames);
    for (String k : keys(b, partnerNames)) {
      if (ka.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** True when the entry gives a partner id (its key is then not its name's key). */
  private static boolean hasId(CalendarEntry e) {
    return !e.partnerKey().equals(CalendarEntry.keyOf(e.partner()));
  }

  private static Set<String> keys(CalendarEntry e, Map<String, List<String>> partnerNames) {
    Set<String> k = new java.util.HashSet<>();
    k.add(e.partnerKey());
    k.add(CalendarEntry.keyOf(e.partner()));
    for (String n : partnerNames.getOrDefault(e.partnerKey(), List.of())) {
      k.add(CalendarEntry.keyOf(n));
    }
    k.remove("");
    return k;
  }

  /**
   * The calendar of a group of cities.
   *
   * @param members   the member city ids; entries of other cities are left out
   * @param cityNames names used in the explanations (id when missing)
   * @param partnerNames names (English, Chinese) of the dataset's cities and actors by id ({@link #partnerNames})
   */
  public static ClusterCalendar of(String clusterId, Set<String> members, Map<String, String> cityNames,
      List<CalendarEntry> all, CalendarRules rules, Map<String, List<String>> partnerNames) {
    Objects.requireNonNull(rules, "rules");
    List<CalendarEntry> entries = all.stream().filter(e -> members.contains(e.cityId()))
        .sorted(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::id)).toList();
    List<CalendarFlag> flags = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CalendarEntry a = entries.get(i);
      if (!a.active()) {
        continue;
      }
      for (int j = i + 1; j < entries.size(); j++) {
        CalendarEntry b = entries.get(j);
        if (!b.active()) {
          continue;
        }
        long apart = ChronoUnit.DAYS.between(a.start(), b.start());
        if (apart > Math.max(rules.samePartnerDays(), rules.sameSeriesDays()) && b.start().isAfter(a.last())) {
          break; // sorted by start: no later entry can fall in a window or overlap a
        }
        String an = cityNames.getOrDefault(a.cityId(), a.cityId());
        String bn = cityNames.getOrDefault(b.cityId(), b.cityId());
        boolean twoCities = !a.cityId().equals(b.cityId());
        if (twoCities && a.kind().isApproach() && b.kind().isApproach() && apart <= rules.samePartnerDays()
            && samePartner(a, b, partnerNames)) {
          flags.add(new CalendarFlag(CalendarFlag.Rule.SAME_PARTNER, a, b, apart, an + " and " + bn + " both approach "
              + a.partner() + " within " + apart + " day(s) (" + a.start() + ", " + b.start() + "): coordinate the"
              + " approach or go together."));
        }
        if (twoCities && a.kind() == EntryKind.EVENT_BID && b.kind() == EntryKind.EVENT_BID
            && apart <= rules.sameSeriesDays() && samePartner(a, b, partnerNames)) {
          flags.add(new CalendarFlag(CalendarFlag.Rule.SAME_EVENT_SERIES, a, b, apart, an + " and " + bn
              + " both bid for " + a.partner() + " within " + apart + " day(s): the cluster competes with itself;"
              + " consider one joint bid."));
        }
        if (a.kind().isVisit() && b.kind().isVisit() && !a.partnerCountry().isEmpty()
            && a.partnerCountry().equals(b.partnerCountry()) && b.overlaps(a.start(), a.last())) {
          flags.add(new CalendarFlag(CalendarFlag.Rule.OVERLAPPING_DELEGATIONS, a, b, apart, "delegations with "
              + a.partnerCountry() + " overlap: " + an + " (" + a.kind().label(org.hanse.model.Lang.EN) + " "
              + a.start() + "–" + a.last() + ") and " + bn + " (" + b.kind().label(org.hanse.model.Lang.EN) + " "
              + b.start() + "–" + b.last() + "): receive or send them together, or move one."));
        }
      }
    }
    flags.sort(Comparator.comparing((CalendarFlag f) -> f.first().start()).thenComparing(f -> f.first().id())
        .thenComparing(f -> f.second().id()).thenComparing(CalendarFlag::rule));
    Provenance p = Provenance.of("coordination calendar: pairwise duplication and conflict rules",
            "Hanse rules (docs/advice.md, coordination calendar)")
        .withParameter("same partner window (days)", rules.samePartnerDays())
        .withParameter("competing bids window (days)", rules.sameSeriesDays())
        .withParameter("overlapping delegations", "visits with the same partner country sharing a day")
        .withData(entries.size() + " dated engagements of " + members.size() + " member cities (of " + all.size()
            + " given)");
    if (entries.isEmpty()) {
      p = p.withNote("no engagement of a member city is recorded");
    }
    return new ClusterCalendar(clusterId, entries, flags, p);
  }
}
