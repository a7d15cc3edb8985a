package org.hanse.advise.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly digest of a cluster's calendar: what happens in an ISO week, what starts in the weeks after, and every
 * flag touching either.
 *
 * @param clusterId the cluster
 * @param week      ISO week, {@code YYYY-Www}
 * @param monday    its first day
 * @param sunday    its last day
 * @param thisWeek  entries running on a day of the week
 * @param upcoming  entries starting in the {@value #LOOKAHEAD_WEEKS} weeks after it
 * @param flags     flags with an entry in either list
 */
public record WeeklyDigest(String clusterId, String week, LocalDate monday, LocalDate sunday,
    List<CalendarEntry> thisWeek, List<CalendarEntry> upcoming, List<CalendarFlag> flags) {
  /** Weeks after the digest's week whose starts are listed as upcoming. */
  public static final int LOOKAHEAD_WEEKS = 4;
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  public WeeklyDigest {
    thisWeek = List.copyOf(thisWeek);
    upcoming = List.copyOf(upcoming);
    flags = List.copyOf(flags);
  }

  /** The digest of a calendar for the given week. */
  public static WeeklyDigest of(ClusterCalendar c, String isoWeek) {
    LocalDate monday = monday(isoWeek);
    LocalDate sunday = monday.plusDays(6);
    LocalDate horizon = sunday.plusWeeks(LOOKAHEAD_WEEKS);
    List<CalendarEntry> now = c.entries().stream().filter(e -> e.overlaps(monday, sunday)).toList();
    List<CalendarEntry> next = c.entries().stream()
        .filter(e -> e.start().isAfter(sunday) && !e.start().isAfter(horizon)).toList();
    List<CalendarFlag> flags = c.flags().stream()
        .filter(f -> f.entries().stream().anyMatch(e -> now.contains(e) || next.contains(e))).toList();
    return new WeeklyDigest(c.clusterId(), weekOf(monday), monday, sunday, now, next, flags);
  }

  /** The ISO week of a date, {@code YYYY-Www}. */
  public static String weekOf(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * The Monday of an ISO week {@code YYYY-Www}.
   *
   * @throws IllegalArgumentException naming the problem when the text is not a week of that year
   */
  public static LocalDate monday(String isoWeek) {
    Matcher m = WEEK.matcher(isoWeek == null ? "" : isoWeek.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("week '" + isoWeek + "' is not of the form YYYY-Www (e.g. 2026-W05)");
    }
    int year = Integer.parseInt(m.group(1));
    int w = Integer.parseInt(m.group(2));
    try {
      LocalDate jan4 = LocalDate.of(year, 1, 4);
      long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4).getMaximum();
      if (w < 1 || w > weeks) {
        throw new IllegalArgumentException("week '" + isoWeek + "': " + year + " has weeks 01–" + weeks);
      }
      return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("week '" + isoWeek + "': " + e.getMessage(), e);
    }
  }
}
