package org.hanse.cli.advise;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hanse.advise.AdviceJson;
import org.hanse.advise.partner.PartnerAdvisor;
import org.hanse.advise.partner.PartnerKind;
import org.hanse.advise.partner.Recommendation;
import org.hanse.advise.partner.Recommendations;
import org.hanse.advise.partner.Scorer;
import org.hanse.cli.UserError;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse advise partners}: ranked partners for a member city or a whole cluster, each with its reasons. */
@Command(
    name = "partners",
    mixinStandardHelpOptions = true,
    description = {
      "Ranked partners for a city or for a whole cluster acting as one: foreign cities to twin or cooperate with,"
          + " city networks to join, countries whose missions and organisations whose offices to attract, event"
          + " series to bid for. Link prediction on the multiplex network (methods.md §6); every recommendation"
          + " says why."
    },
    sortOptions = false)
public final class PartnersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cluster", paramLabel = "ID", description = "A cluster acting as one (e.g. yrd, jjj).")
  String cluster;

  @Option(names = "--city", paramLabel = "ID", description = "One city (its id, e.g. 1796236 for Shanghai).")
  String city;

  @Option(names = "--kind", paramLabel = "KIND", split = ",",
      description = "city, city_network, country, organisation, event_series; repeat or separate by commas."
          + " Default: city, city_network, country, organisation.")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--scorer", paramLabel = "SCORER", defaultValue = "combined",
      description = "cn, jaccard, aa, ra, pa, katz or combined. Default: ${DEFAULT-VALUE}.")
  String scorer;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Partners per kind. Default:"
      + " ${DEFAULT-VALUE}.")
  int limit;

  @Mixin OutputOptions output;

  @Option(names = "--include-hk-mo-tw", description = "For a source in mainland China (or Hong Kong, Macao): list"
      + " cities of Hong Kong, Macao and Taiwan among the city partners (left out by default: exchanges with them are"
      + " not foreign affairs; docs/advice.md).")
  boolean includeHkMoTw;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = output.format();
    Lang l = output.lang();
    if ((cluster == null) == (city == null)) {
      throw new UserError("give either --cluster ID or --city ID");
    }
    Scorer s = Formats.user(() -> Scorer.fromKey(scorer));
    List<PartnerKind> ks = kinds.isEmpty()
        ? List.of(PartnerKind.CITY, PartnerKind.CITY_NETWORK, PartnerKind.COUNTRY, PartnerKind.ORGANISATION)
        : kinds.stream().map(k -> Formats.user(() -> PartnerKind.fromKey(k.strip()))).distinct().toList();
    if (limit < 1) {
      throw new UserError("--limit must be at least 1, not " + limit);
    }
    Dataset d = data.load();
    Words w = Words.of(l, d);
    PartnerAdvisor advisor = new PartnerAdvisor(d).includingHongKongMacaoTaiwan(includeHkMoTw);
    List<Recommendations> all = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (PartnerKind k : ks) {
      if (!kinds.isEmpty() || hasLayer(d, k)) {
        all.add(Formats.user(() -> cluster != null ? advisor.forCluster(cluster.strip(), k, s, limit)
            : advisor.forCity(city.strip(), k, s, limit)));
      } else {
        org.hanse.model.TieType layer = k.targetLayers().iterator().next();
        unavailable.add(w.t("partners.unavailable", k.label(l), l == Lang.ZH ? layer.label(l) : layer.key()));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (f.equals("json")) {
      out.print(AdviceJson.write(all));
    } else {
      all.forEach(r -> out.print(text(r, w, d)));
      unavailable.forEach(u -> out.println(w.t("none.available", u)));
    }
    out.flush();
    return 0;
  }

  private static boolean hasLayer(Dataset d, PartnerKind k) {
    return k.targetLayers().stream().anyMatch(t -> !d.tiesOfType(t).isEmpty());
  }

  static String text(Recommendations r, Words w, Dataset d) {
    Lang l = w.lang;
    StringBuilder b = new StringBuilder();
    b.append(w.t("partners.head", r.sourceName(d, l), r.sourceId(), r.kind().label(l), r.scorer().label(l),
        r.candidates(), r.coveredByGroup())).append('\n');
    if (r.items().isEmpty()) {
      b.append("  ").append(w.t("partners.none")).append('\n');
    }
    for (Recommendation x : r.items()) {
      b.append(String.format(java.util.Locale.ROOT, "%3d. %s%s [%s]  %s %s%n", x.rank(), x.name(l),
          x.country().isEmpty() ? "" : " (" + x.country() + ")", x.partnerId(), w.t("partners.score"),
          Formats.num(x.score(), 4)));
      b.append("     ").append(x.explanation().summary(l)).append('\n');
    }
    r.readerNotes().forEach(n -> b.append("  ").append(w.t("note")).append(n.text(l)).append('\n'));
    w.notes(b, "  ", r.provenance().notes());
    return b.append('\n').toString();
  }
}
