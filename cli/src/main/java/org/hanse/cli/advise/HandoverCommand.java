package org.hanse.cli.advise;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hanse.advise.AdviceJson;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.handover.FunctionHandover;
import org.hanse.advise.handover.HandoverAdvisor;
import org.hanse.advise.handover.HandoverCandidate;
import org.hanse.advise.handover.HandoverPlan;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse advise handover}: which members are best placed to take over part of a central city's functions. */
@Command(
    name = "handover",
    mixinStandardHelpOptions = true,
    description = {
      "Function hand-over (疏解与承接): for each function of a cluster's central city, the members best placed to"
          + " take part of it (entropy-weighted TOPSIS over capacity, proximity, existing ties, readiness and"
          + " complementarity), with reasons, and the effect of the move on the Gini and Theil of the members'"
          + " ties."
    },
    sortOptions = false)
public final class HandoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", required = true, description = "The cluster (e.g. jjj).")
  String cluster;

  @Option(names = "--central", paramLabel = "ID", description = "The central city; default: the cluster's first.")
  String central;

  @Option(names = "--function", paramLabel = "KEY", description = "Only this function, e.g. political_exchange.")
  String function;

  @Option(names = "--share", paramLabel = "S", defaultValue = "0.2", description = "Share of the centre's ties of a"
      + " function assumed to move, in (0, 1]. Default: ${DEFAULT-VALUE}.")
  double share;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "Candidates shown per function."
      + " Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin OutputOptions output;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = output.format();
    Lang l = output.lang();
    DiplomaticFunction only = function == null ? null : function(function);
    if (limit < 1) {
      throw new org.hanse.cli.UserError("--limit must be at least 1, not " + limit);
    }
    Dataset d = data.load();
    HandoverPlan plan = Formats.user(() -> new HandoverAdvisor(d).plan(cluster.strip(), central, only, share));
    PrintWriter out = spec.commandLine().getOut();
    if (f.equals("json")) {
      out.print(AdviceJson.write(plan));
    } else {
      out.print(text(plan, d, Words.of(l, d), limit));
    }
    out.flush();
    return 0;
  }

  static DiplomaticFunction function(String key) {
    try {
      return DiplomaticFunction.fromKey(key.strip());
    } catch (IllegalArgumentException e) {
      throw new org.hanse.cli.UserError("unknown function '" + key + "'; use one of " + java.util.Arrays.stream(
          DiplomaticFunction.values()).map(DiplomaticFunction::key).collect(Collectors.joining(", ")), e);
    }
  }

  static String text(HandoverPlan p, Dataset d, Words w, int limit) {
    Lang l = w.lang;
    StringBuilder b = new StringBuilder();
    String centre = d.city(p.centralId()).map(c -> c.name(l)).orElse(p.centralId());
    b.append(w.t("handover.head", p.clusterId(), centre, Formats.num(p.share(), 2))).append("\n\n");
    for (FunctionHandover h : p.functions()) {
      b.append(w.t("handover.function", h.function().label(l), h.core() ? w.t("handover.core") : "",
          Formats.num(h.centralTies(), 0), Formats.num(h.centralLq(), 2), Formats.num(100 * h.centralShare(), 1)))
          .append('\n');
      b.append("  ").append(w.t("handover.weights", h.weights().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey().label(l) + " " + Formats.num(e.getValue(), 3))
          .collect(Collectors.joining(w.t("list.sep")))))
          .append('\n');
      for (HandoverCandidate c : h.candidates().subList(0, Math.min(limit, h.candidates().size()))) {
        b.append(String.format(java.util.Locale.ROOT, "  %2d. %s [%s]  ", c.rank(), c.name(l), c.cityId()))
            .append(w.t("handover.candidate", Formats.num(c.closeness(), 3), Formats.num(c.effect().giniBefore(), 3),
                Formats.num(c.effect().giniAfter(), 3), Formats.signed(c.effect().giniChange(), 3),
                Formats.signed(c.overall().giniChange(), 4), Formats.signed(c.effect().theilChange(), 3),
                Formats.signed(c.overall().theilChange(), 4)))
            .append('\n');
        if (!c.reasons().isEmpty()) {
          b.append("      ").append(c.reasons().stream().map(r -> r.text(l))
              .collect(Collectors.joining(w.t("handover.reason.sep")))).append('\n');
        }
      }
      w.notes(b, "  ", h.provenance().notes());
      b.append('\n');
    }
    if (p.functions().isEmpty()) {
      b.append(w.t("handover.none")).append('\n');
    }
    return b.toString();
  }
}
