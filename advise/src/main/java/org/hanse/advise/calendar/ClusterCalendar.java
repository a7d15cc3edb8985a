package org.hanse.advise.calendar;

import java.util.List;
import org.hanse.analysis.Provenance;

/**
 * The shared calendar of a cluster: its members' dated engagements and the flags raised among them.
 *
 * @param clusterId  the cluster
 * @param entries    the members' entries by start date (entries of other cities are left out)
 * @param flags      duplications and conflicts, by date of the earlier entry
 * @param provenance the rules' parameters and the data
 */
public record ClusterCalendar(String clusterId, List<CalendarEntry> entries, List<CalendarFlag> flags,
    Provenance provenance) {
  public ClusterCalendar {
    entries = List.copyOf(entries);
    flags = List.copyOf(flags);
  }
}
