package org.hanse.advise.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hanse.model.Lang;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class CoordinationCalendarTest {
  static final Set<String> MEMBERS = Set.of("bj", "tj", "sjz");
  static final Map<String, String> NAMES = Map.of("bj", "Beijing", "tj", "Tianjin");

  static CalendarEntry e(String id, EntryKind kind, String city, String partner, String country, String start,
      String end, boolean active) {
    return new CalendarEntry(id, kind, city, partner, "", country, "title " + id, LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end), active ? "planned" : "cancelled", active);
  }

  static ClusterCalendar calendar(List<CalendarEntry> entries) {
    return CoordinationCalendar.of("jjj", MEMBERS, NAMES, entries, CalendarRules.defaults());
  }

  @Test
  void twoMembersApproachingTheSamePartnerWithinTheWindow() {
    ClusterCalendar c = calendar(List.of(
        e("a", EntryKind.VISIT_OUTGOING, "bj", "City of  Lyon", "FR", "2026-03-01", "2026-03-03", true),
        e("b", EntryKind.MOU, "tj", "city of lyon", "FR", "2026-05-30", null, true),     // 90 days later: flagged
        e("c", EntryKind.AGREEMENT, "sjz", "City of Lyon", "FR", "2026-06-01", null, true), // 92 after a, 2 after b
        e("d", EntryKind.VISIT_OUTGOING, "bj", "City of Lyon", "FR", "2026-03-20", null, true))); // same city as a
    assertThat(c.flags()).filteredOn(f -> f.rule() == CalendarFlag.Rule.SAME_PARTNER)
        .extracting(f -> f.first().id() + f.second().id())
        .containsExactlyInAnyOrder("ab", "db", "dc", "bc");
    CalendarFlag ab = c.flags().stream().filter(f -> f.first().id().equals("a") && f.second().id().equals("b"))
        .findFirst().orElseThrow();
    assertThat(ab.daysApart()).isEqualTo(90);
    assertThat(ab.explanation()).startsWith("Beijing and Tianjin both approach City of  Lyon within 90 day(s)");
  }

  static CalendarEntry withId(String id, String city, String partner, String partnerId, String start) {
    return new CalendarEntry(id, EntryKind.MOU, city, partner, partnerId, "FR", "title " + id, LocalDate.parse(start),
        null, "planned", true);
  }

  @Test
  void anEntryNamingThePartnerMatchesOneGivingItsId() {
    Map<String, List<String>> names = Map.of("2996944", List.of("Lyon", "里昂"), "2988507", List.of("Paris", "巴黎"));
    List<CalendarEntry> entries = List.of(
        withId("a", "bj", "City of Lyon", "2996944", "2026-03-02"),
        withId("b", "tj", "LYON", "", "2026-03-22"),          // name only, case differs from the dataset's
        withId("c", "sjz", "里昂", "", "2026-04-01"),           // the Chinese name
        withId("d", "tj", "City of Lyon", "2988507", "2026-03-05")); // another id under the same label: not Lyon
    ClusterCalendar c = CoordinationCalendar.of("jjj", MEMBERS, NAMES, entries, CalendarRules.defaults(), names);
    assertThat(c.flags()).filteredOn(f -> f.rule() == CalendarFlag.Rule.SAME_PARTNER)
        .extracting(f -> f.first().id() + f.second().id())
        .containsExactlyInAnyOrder("ab", "ac"); // b and c name Lyon differently and give no id: not comparable
    // without the dataset's names only the text as written is compared: "LYON" and "City of Lyon" differ
    ClusterCalendar bare = CoordinationCalendar.of("jjj", MEMBERS, NAMES, entries, CalendarRules.defaults());
    assertThat(bare.flags()).filteredOn(f -> f.rule() == CalendarFlag.Rule.SAME_PARTNER)
        .isEmpty();
  }

  @Test
  void digestOfAWeekInOneCall() {
    org.hanse.model.Dataset d = org.hanse.advise.TestData.create().city("bj", "CN").city("tj", "CN")
        .city("2996944", "FR").cluster("jjj", List.of("bj", "tj"), List.of("bj")).build();
    List<CalendarEntry> entries = List.of(withId("a", "bj", "City of Lyon", "2996944", "2026-03-02"),
        withId("b", "tj", "2996944", "", "2026-03-22"));
    WeeklyDigest w = CoordinationCalendar.digest(d, "jjj", entries, CalendarRules.defaults(), "2026-W10");
    assertThat(w.thisWeek()).extracting(CalendarEntry::id).containsExactly("a");
    assertThat(w.upcoming()).extracting(CalendarEntry::id).containsExactly("b");
    assertThat(w.flags()).hasSize(1);
    assertThatThrownBy(() -> CoordinationCalendar.digest(d, "jjj", entries, CalendarRules.defaults(), "2026-10"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YYYY-Www");
  }

  @Test
  void competingBidsForTheSameSeries() {
    ClusterCalendar c = calendar(List.of(
        e("a", EntryKind.EVENT_BID, "bj", "Olympic Winter Games", "", "2013-11-01", null, true),
        e("b", EntryKind.EVENT_BID, "tj", "olympic winter games", "", "2015-10-31", null, true), // 729 days
        e("c", EntryKind.EVENT_BID, "sjz", "Olympic Winter Games", "", "2015-11-02", null, true), // 731 after a
        e("d", EntryKind.EVENT_BID, "sjz", "World Expo", "", "2014-01-01", null, true),
        e("x", EntryKind.EVENT_BID, "tj", "World Expo", "", "2014-01-02", null, false))); // withdrawn: no flag
    assertThat(c.flags()).extracting(f -> f.rule() + ":" + f.first().id() + f.second().id())
        .containsExactlyInAnyOrder("SAME_EVENT_SERIES:ab", "SAME_EVENT_SERIES:bc");
    assertThat(c.flags().get(0).explanation()).contains("competes with itself");
  }

  @Test
  void overlappingDelegationsWithTheSameCountry() {
    ClusterCalendar c = calendar(List.of(
        e("a", EntryKind.VISIT_INCOMING, "bj", "Mayor of Osaka", "jp", "2026-04-10", "2026-04-12", true),
        e("b", EntryKind.VISIT_OUTGOING, "tj", "Kobe", "JP", "2026-04-12", "2026-04-15", true),  // shares the 12th
        e("c", EntryKind.VISIT_INCOMING, "bj", "Governor of Aichi", "JP", "2026-04-13", null, true), // overlaps b
        e("d", EntryKind.VISIT_INCOMING, "tj", "Mayor of Lyon", "FR", "2026-04-11", null, true),
        e("f", EntryKind.MOU, "sjz", "Sapporo", "JP", "2026-04-11", null, true), // not a visit
        e("o", EntryKind.VISIT_INCOMING, "sh", "Mayor of Osaka", "JP", "2026-04-11", null, true))); // not a member
    assertThat(c.entries()).extracting(CalendarEntry::id).doesNotContain("o");
    assertThat(c.flags()).extracting(f -> f.rule() + ":" + f.first().id() + f.second().id())
        .containsExactlyInAnyOrder("OVERLAPPING_DELEGATIONS:ab", "OVERLAPPING_DELEGATIONS:bc");
  }

  @Test
  void weeklyDigestInTextAndHtml() {
    ClusterCalendar c = calendar(List.of(
        e("a", EntryKind.VISIT_OUTGOING, "bj", "Lyon <FR>", "FR", "2026-03-01", "2026-03-03", true),
        e("b", EntryKind.MOU, "tj", "Lyon <FR>", "FR", "2026-03-20", null, true),
        e("z", EntryKind.EVENT, "sjz", "Expo", "", "2026-06-20", null, true)));
    WeeklyDigest d = WeeklyDigest.of(c, "2026-W09"); // Monday 23 February – Sunday 1 March
    assertThat(d.monday()).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(d.thisWeek()).extracting(CalendarEntry::id).containsExactly("a");
    assertThat(d.upcoming()).extracting(CalendarEntry::id).containsExactly("b");
    assertThat(d.flags()).hasSize(1);
    String text = DigestRenderer.text(d, NAMES, Lang.EN);
    assertThat(text).contains("Coordination digest jjj, 2026-W09 (2026-02-23 – 2026-03-01)")
        .contains("2026-03-01–2026-03-03  Beijing · outgoing visit · Lyon <FR> (FR)")
        .contains("[same partner] Beijing and Tianjin both approach Lyon <FR> within 19 day(s)")
        .doesNotContain("Expo");
    String html = DigestRenderer.html(d, NAMES, Lang.ZH);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("Lyon &lt;FR&gt;").doesNotContain("Lyon <FR>")
        .contains("重复对接同一伙伴").contains("出访");
    WeeklyDigest quiet = WeeklyDigest.of(c, "2026-W40");
    assertThat(DigestRenderer.text(quiet, NAMES, Lang.EN)).contains("This week (0)\n  none");
  }

  @Test
  void isoWeeks() {
    assertThat(WeeklyDigest.monday("2026-W53")).isEqualTo(LocalDate.of(2026, 12, 28)); // 2026 has 53 weeks
    assertThat(WeeklyDigest.monday("2025-W01")).isEqualTo(LocalDate.of(2024, 12, 30));
    assertThat(WeeklyDigest.weekOf(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    assertThatThrownBy(() -> WeeklyDigest.monday("2025-W53")).hasMessageContaining("2025 has weeks 01–52");
    assertThatThrownBy(() -> WeeklyDigest.monday("2025-53")).hasMessageContaining("YYYY-Www");
    assertThatThrownBy(() -> WeeklyDigest.monday("2025-W00")).hasMessageContaining("weeks 01");
  }

  @Test
  void entriesEndingBeforeTheyStartAreRefused() {
    assertThatThrownBy(() -> e("a", EntryKind.EVENT, "bj", "x", "", "2026-03-02", "2026-03-01", true))
        .hasMessageContaining("ends (2026-03-01) before it starts");
  }

  /** The flags do not depend on the order in which entries are given, and each flag obeys its rule. */
  @RepeatedTest(20)
  void flagsAreIndependentOfInputOrderAndObeyTheirRules(RepetitionInfo info) {
    Random rnd = new Random(1000 + info.getCurrentRepetition());
    String[] cities = {"bj", "tj", "sjz", "sh"};
    String[] partners = {"Lyon", "Osaka", "Expo", "Games"};
    String[] countries = {"FR", "JP", ""};
    List<CalendarEntry> entries = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      LocalDate start = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(400));
      LocalDate end = rnd.nextBoolean() ? null : start.plusDays(rnd.nextInt(6));
      entries.add(new CalendarEntry("e" + i, EntryKind.values()[rnd.nextInt(EntryKind.values().length)],
          cities[rnd.nextInt(4)], partners[rnd.nextInt(4)], "", countries[rnd.nextInt(3)], "t", start, end, "s",
          rnd.nextDouble() < 0.85));
    }
    CalendarRules rules = new CalendarRules(rnd.nextInt(120), rnd.nextInt(800));
    ClusterCalendar a = CoordinationCalendar.of("k", MEMBERS, NAMES, entries, rules);
    List<CalendarEntry> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, rnd);
    ClusterCalendar b = CoordinationCalendar.of("k", MEMBERS, NAMES, shuffled, rules);
    assertThat(b.flags()).isEqualTo(a.flags());
    int expected = 0;
    List<CalendarEntry> in = entries.stream().filter(x -> MEMBERS.contains(x.cityId()) && x.active()).toList();
    for (int i = 0; i < in.size(); i++) {
      for (int j = i + 1; j < in.size(); j++) {
        CalendarEntry x = in.get(i);
        CalendarEntry y = in.get(j);
        long apart = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x.start(), y.start()));
        boolean two = !x.cityId().equals(y.cityId());
        boolean samePartner = x.partnerKey().equals(y.partnerKey());
        expected += two && x.kind().isApproach() && y.kind().isApproach() && samePartner
            && apart <= rules.samePartnerDays() ? 1 : 0;
        expected += two && x.kind() == EntryKind.EVENT_BID && y.kind() == EntryKind.EVENT_BID && samePartner
            && apart <= rules.sameSeriesDays() ? 1 : 0;
        expected += x.kind().isVisit() && y.kind().isVisit() && !x.partnerCountry().isEmpty()
            && x.partnerCountry().equals(y.partnerCountry()) && x.overlaps(y.start(), y.last()) ? 1 : 0;
      }
    }
    assertThat(a.flags()).hasSize(expected);
    for (CalendarFlag f : a.flags()) {
      assertThat(f.first().start()).isBeforeOrEqualTo(f.second().start());
      assertThat(f.entries()).allMatch(x -> MEMBERS.contains(x.cityId()) && x.active());
    }
  }
}
