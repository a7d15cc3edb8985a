package org.hanse.cli.advise;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hanse.advise.AdviceJson;
import org.hanse.advise.cohost.CohostPlan;
import org.hanse.advise.cohost.CohostPlanner;
import org.hanse.advise.cohost.EventProfile;
import org.hanse.advise.cohost.HostCity;
import org.hanse.advise.cohost.HostSet;
import org.hanse.advise.scenario.ScenarioFiles;
import org.hanse.cli.UserError;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse advise cohost}: feasible host-city sets for an event, ranked by how much they spread opportunity. */
@Command(
    name = "cohost",
    mixinStandardHelpOptions = true,
    description = {
      "Co-hosting planner (共同承办): feasible sets of host cities of a cluster for an event, ranked by the Gini of"
          + " the members' international ties after the event (lower = opportunity spread to less open members),"
          + " subject to per-host minimum air routes and population and a maximum distance to the main host. Exact"
          + " (branch and bound); the top alternatives with the reasons each is feasible."
    },
    sortOptions = false)
public final class CohostCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", required = true, description = "The cluster (e.g. jjj).")
  String cluster;

  @Option(names = "--hosts", paramLabel = "N", required = true, description = "Host cities wanted, main host"
      + " included.")
  int hosts;

  @Option(names = "--event", paramLabel = "SERIES", defaultValue = "",
      description = "The event series id (e.g. event-olympics-winter) or a label of the kind of event.")
  String event;

  @Option(names = "--main", paramLabel = "ID", description = "The main host; default: any member of a set may lead.")
  String main;

  @Option(names = "--min-air-routes", paramLabel = "N", defaultValue = "0", description = "Minimum air routes of"
      + " every host. Default: ${DEFAULT-VALUE}.")
  int minAirRoutes;

  @Option(names = "--min-population", paramLabel = "N", defaultValue = "0", description = "Minimum population of"
      + " every host (capacity proxy). Default: ${DEFAULT-VALUE}.")
  long minPopulation;

  @Option(names = "--max-km", paramLabel = "KM", description = "Maximum great-circle distance of every host from the"
      + " main host. Default: no limit.")
  Double maxKm;

  @Option(names = "--gain", paramLabel = "G", defaultValue = "1", description = "International ties each host gains."
      + " Default: ${DEFAULT-VALUE}.")
  double gain;

  @Option(names = "--alternatives", paramLabel = "N", defaultValue = "5", description = "Host sets shown. Default:"
      + " ${DEFAULT-VALUE}.")
  int alternatives;

  @Option(names = "--save-scenario", paramLabel = "FILE", description = "Write the best set as a scenario file (run"
      + " it with 'hanse scenario run FILE'); needs --event, --edition and --year.")
  Path saveScenario;

  @Option(names = "--edition", paramLabel = "LABEL", description = "Edition label for --save-scenario.")
  String edition;

  @Option(names = "--year", paramLabel = "YEAR", description = "Year of the edition for --save-scenario.")
  Integer year;

  @Mixin OutputOptions output;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = output.format();
    Lang l = output.lang();
    if (saveScenario != null && (event.isBlank() || edition == null || year == null)) {
      throw new UserError("--save-scenario needs --event SERIES, --edition LABEL and --year YEAR");
    }
    EventProfile profile = Formats.user(() -> new EventProfile(event, hosts, main, minAirRoutes, minPopulation,
        maxKm == null ? Double.POSITIVE_INFINITY : maxKm, gain, alternatives));
    Dataset d = data.load();
    CohostPlan plan = Formats.user(() -> new CohostPlanner(d).plan(cluster.strip(), profile));
    PrintWriter out = spec.commandLine().getOut();
    if (f.equals("json")) {
      out.print(AdviceJson.write(plan));
    } else {
      out.print(text(plan, d, Words.of(l, d)));
    }
    out.flush();
    if (saveScenario != null) {
      if (plan.sets().isEmpty()) {
        throw new UserError("no feasible host set, so no scenario was written");
      }
      if (!d.actors().containsKey(profile.series())) {
        throw new UserError("--event " + profile.series() + " is not an event series of the data; a scenario needs"
            + " one (see 'hanse advise partners --kind event_series' or add it under \"actors\")");
      }
      ScenarioFiles.write(plan.asScenario(1, edition, year), saveScenario);
      spec.commandLine().getErr().println("hanse: wrote " + saveScenario);
      spec.commandLine().getErr().flush();
    }
    return 0;
  }

  static String text(CohostPlan p, Dataset d, Words w) {
    Lang l = w.lang;
    // In English two members may share a name (Taizhou): the planner's labels tell them apart, as its reasons do.
    java.util.Map<String, String> label = org.hanse.advise.cohost.CohostPlanner.labels(p.members().stream()
        .map(m -> d.city(m.cityId()).orElseThrow()).toList());
    java.util.function.Function<String, String> nameOf = id -> l == Lang.EN && label.containsKey(id) ? label.get(id)
        : d.city(id).map(c -> c.name(l)).orElse(id);
    java.util.function.Function<HostCity, String> name = h -> nameOf.apply(h.cityId());
    int width = Math.max(16, p.members().stream().mapToInt(m -> org.hanse.report.text.DisplayWidth.of(name.apply(m)))
        .max().orElse(0));
    StringBuilder b = new StringBuilder();
    EventProfile e = p.profile();
    b.append(e.series().isEmpty() ? w.t("cohost.head.any", p.clusterId(), e.hosts())
        : w.t("cohost.head", e.series(), p.clusterId(), e.hosts()));
    if (e.mainHostId() != null) {
      b.append(w.t("cohost.main", nameOf.apply(e.mainHostId())));
    }
    b.append("\n  ").append(w.t("cohost.requirements", e.minAirRoutes(),
        String.format(java.util.Locale.ROOT, "%,d", e.minPopulation()),
        Double.isInfinite(e.maxDistanceKm()) ? w.t("cohost.unlimited")
            : "≤ " + Formats.num(e.maxDistanceKm(), 0) + " km",
        Formats.num(e.gain(), 2))).append('\n');
    b.append("  ").append(w.t("cohost.objective")).append("\n\n");
    b.append(w.t("cohost.members")).append('\n');
    for (HostCity m : p.members()) {
      b.append("  ").append(Formats.pad(name.apply(m), width)).append(String.format(java.util.Locale.ROOT,
          " %6s %5d %12s  %s%n",
          Formats.num(m.openness(), 0), m.airRoutes(),
          m.population().isPresent() ? String.format(java.util.Locale.ROOT, "%,d", m.population().getAsLong())
              : w.t("cohost.unknown"), m.problems().isEmpty() ? w.t("cohost.eligible")
              : String.join(w.t("cohost.problem.sep"), m.problems().stream().map(w::reason).toList())));
    }
    b.append('\n');
    if (p.sets().isEmpty()) {
      b.append(w.t("cohost.none")).append('\n');
    }
    for (HostSet s : p.sets()) {
      b.append(s.rank()).append(". ").append(w.t("cohost.set",
          String.join(" + ", s.hosts().stream().map(name).toList()), Formats.num(s.giniBefore(), 4),
          Formats.num(s.giniAfter(), 4), Formats.signed(s.giniChange(), 5), Formats.num(s.theilBefore(), 4),
          Formats.num(s.theilAfter(), 4))).append('\n');
      if (s.hosts().size() > 1) {
        b.append("     ").append(w.t("cohost.assessed", Formats.num(s.giniBefore(), 4),
            Formats.num(s.assessedGiniAfter(), 4), Formats.num(s.theilBefore(), 4),
            Formats.num(s.assessedTheilAfter(), 4))).append('\n');
      }
      s.feasibility().forEach(x -> b.append("     ").append(w.reason(x)).append('\n'));
    }
    b.append('\n').append(w.t("cohost.search", p.nodes(), p.pruned(), p.feasibleHosts(), p.members().size()))
        .append('\n');
    w.notes(b, "", p.provenance().notes());
    return b.toString();
  }
}
