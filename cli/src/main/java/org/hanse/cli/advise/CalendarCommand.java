package org.hanse.cli.advise;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hanse.advise.AdviceJson;
import org.hanse.advise.calendar.CalendarEntry;
import org.hanse.advise.calendar.CalendarRules;
import org.hanse.advise.calendar.ClusterCalendar;
import org.hanse.advise.calendar.CoordinationCalendar;
import org.hanse.advise.calendar.DigestRenderer;
import org.hanse.advise.calendar.EntryKind;
import org.hanse.advise.calendar.WeeklyDigest;
import org.hanse.cli.UserError;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.engagement.EngagementStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse advise calendar}: a cluster's shared calendar of engagements, its conflicts and the weekly digest. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Coordination calendar: the dated engagements of a cluster's members (from the knowledge base; add them with"
          + " 'hanse import') on one calendar; flags two members approaching the same partner or bidding for the"
          + " same event series within a window, and overlapping delegations; prints the weekly digest."
    },
    sortOptions = false)
public final class CalendarCommand implements Callable<Integer> {
  private static final Set<EngagementStatus> INACTIVE = Set.of(EngagementStatus.CANCELLED,
      EngagementStatus.WITHDRAWN, EngagementStatus.LOST, EngagementStatus.EXPIRED, EngagementStatus.TERMINATED);

  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", required = true, description = "The cluster (e.g. yrd).")
  String cluster;

  @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week of the digest. Default: this week.")
  String week;

  @Option(names = "--same-partner-days", paramLabel = "N", defaultValue = "90",
      description = "Window of the same-partner rule, in days. Default: ${DEFAULT-VALUE}.")
  int samePartnerDays;

  @Option(names = "--bid-days", paramLabel = "N", defaultValue = "730",
      description = "Window of the competing-bids rule, in days. Default: ${DEFAULT-VALUE}.")
  int bidDays;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, html or json."
      + " Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh. Default:"
      + " ${DEFAULT-VALUE}.")
  String lang;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = Formats.format(format, List.of("text", "html", "json"));
    Lang l = Formats.lang(lang);
    String w = week == null ? WeeklyDigest.weekOf(LocalDate.now()) : week.strip();
    Formats.user(() -> WeeklyDigest.monday(w));
    CalendarRules rules = Formats.user(() -> new CalendarRules(samePartnerDays, bidDays));
    DataOptions.Stored stored = data.loadWithEngagements();
    Dataset d = stored.dataset();
    Cluster c = d.cluster(cluster.strip()).orElseThrow(() -> new UserError("unknown cluster " + cluster
        + "; valid ids: " + String.join(" ", d.clusters().keySet())));
    List<CalendarEntry> entries = stored.engagements().stream().map(CalendarCommand::entry).toList();
    Map<String, String> names = new HashMap<>();
    c.memberIds().forEach(id -> names.put(id, d.city(id).map(x -> x.name(l)).orElse(id)));
    ClusterCalendar cal = CoordinationCalendar.of(c.id(), Set.copyOf(c.memberIds()), names, entries, rules,
        CoordinationCalendar.partnerNames(d));
    WeeklyDigest digest = WeeklyDigest.of(cal, w);
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case "json" -> {
        Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("digest", digest);
        root.put("calendar", cal);
        out.print(AdviceJson.write(root));
      }
      case "html" -> out.print(DigestRenderer.html(digest, names, l));
      default -> {
        out.print(DigestRenderer.text(digest, names, l));
        out.println();
        out.println(Words.of(l, d).t("calendar.count", cal.entries().size(), c.id(), cal.flags().size()));
      }
    }
    out.flush();
    return 0;
  }

  /** A stored engagement as a calendar entry (the store's kinds and statuses mapped to the calendar's). */
  static CalendarEntry entry(Engagement e) {
    EntryKind k = switch (e.kind()) {
      case VISIT_INCOMING -> EntryKind.VISIT_INCOMING;
      case VISIT_OUTGOING -> EntryKind.VISIT_OUTGOING;
      case AGREEMENT -> EntryKind.AGREEMENT;
      case MOU -> EntryKind.MOU;
      case EVENT_BID -> EntryKind.EVENT_BID;
      case EVENT -> EntryKind.EVENT;
      case EXCHANGE_STUDENTS, EXCHANGE_OFFICIALS -> EntryKind.EXCHANGE;
    };
    return new CalendarEntry(e.id(), k, e.cityId(), e.partner(), e.partnerId(), e.partnerCountry(), e.title(),
        e.startDate(), e.endDate(), e.status().key(), !INACTIVE.contains(e.status()));
  }
}
