package org.hanse.advise.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One dated engagement of a member city, as the calendar sees it (front ends map their own records to it).
 *
 * @param id             the engagement's id
 * @param kind           what it is
 * @param cityId         the member city
 * @param partner        the partner as named (a city, an organisation, a country, an event series)
 * @param partnerKey     what identifies the partner for comparisons: its knowledge-base id when it has one, else
 *                       the name case-folded with spaces collapsed ({@link #keyOf})
 * @param partnerCountry ISO alpha-2 code of the partner's country; may be empty
 * @param title          short description
 * @param start          first day
 * @param end            last day; null = a single day
 * @param status         status key as recorded, e.g. {@code planned}
 * @param active         false for cancelled, withdrawn, lost, expired or terminated engagements, which raise no
 *                       conflict
 */
public record CalendarEntry(String id, EntryKind kind, String cityId, String partner, String partnerKey,
    String partnerCountry, String title, LocalDate start, LocalDate end, String status, boolean active) {
  public CalendarEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cityId, "city");
    Objects.requireNonNull(start, "start");
    partner = partner == null ? "" : partner;
    partnerKey = partnerKey == null || partnerKey.isBlank() ? keyOf(partner) : partnerKey;
    partnerCountry = partnerCountry == null ? "" : partnerCountry.strip().toUpperCase(Locale.ROOT);
    title = title == null ? "" : title;
    status = status == null ? "" : status;
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("entry " + id + " ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** The last day (the start for single-day entries). */
  public LocalDate last() {
    return end == null ? start : end;
  }

  /** Whether [start, last] and [from, to] share a day. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !start.isAfter(to) && !last().isBefore(from);
  }

  /** A partner name as a comparison key: case-folded, runs of spaces collapsed. */
  public static String keyOf(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
