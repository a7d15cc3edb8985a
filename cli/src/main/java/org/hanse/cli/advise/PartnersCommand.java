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

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default:"
      + " ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en or zh. Default:"
      + " ${DEFAULT-VALUE}.")
  String lang;

  @Option(names = "--include-hk-mo-tw", description = "For a source in mainland China (or Hong Kong, Macao): list"
      + " cities of Hong Kong, Macao and Taiwan among the city partners (left out by default: exchanges with them are"
      + " not foreign affairs; docs/advice.md).")
  boolean includeHkMoTw;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = Formats.format(format, List.of("text", "json"));
    Lang l = Formats.lang(lang);
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
    PartnerAdvisor advisor = new PartnerAdvisor(d).includingHongKongMacaoTaiwan(includeHkMoTw);
    List<Recommendations> all = new ArrayList<>();
    List<String> unavailable = new ArrayList<>();
    for (PartnerKind k : ks) {
      if (!kinds.isEmpty() || hasLayer(d, k)) {
        all.add(Formats.user(() -> cluster != null ? advisor.forCluster(cluster.strip(), k, s, limit)
            : advisor.forCity(city.strip(), k, s, limit)));
      } else {
        unavailable.add(k.label(l) + ": the data hold no " + k.targetLayers().iterator().next().key()
            + " tie, so there is no evidence to rank such partners");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (f.equals("json")) {
      out.print(AdviceJson.write(all));
    } else {
      all.forEach(r -> out.print(text(r, l)));
      unavailable.forEach(u -> out.println("not available — " + u));
    }
    out.flush();
    return 0;
  }

  private static boolean hasLayer(Dataset d, PartnerKind k) {
    return k.targetLayers().stream().anyMatch(t -> !d.tiesOfType(t).isEmpty());
  }

  static String text(Recommendations r, Lang l) {
    StringBuilder b = new StringBuilder();
    if (l == Lang.ZH) {
      b.append(r.sourceName()).append(" [").append(r.sourceId()).append("] — ").append(r.kind().label(l))
          .append("；评分方法：").append(r.scorer().label(l)).append("；候选 ").append(r.candidates())
          .append(" 个，已有伙伴 ").append(r.coveredByGroup()).append(" 个未列入\n");
    } else {
      b.append(r.sourceName()).append(" [").append(r.sourceId()).append("] — ").append(r.kind().label(l))
          .append("; scorer ").append(r.scorer().label()).append("; ").append(r.candidates()).append(" candidates, ")
          .append(r.coveredByGroup()).append(" already partners left out\n");
    }
    if (r.items().isEmpty()) {
      b.append(l == Lang.ZH ? "  无候选：网络中没有此类伙伴的依据\n"
          : "  no candidate: the network gives no evidence for this kind of partner\n");
    }
    for (Recommendation x : r.items()) {
      b.append(String.format(java.util.Locale.ROOT, "%3d. %s%s [%s]  %s %s%n", x.rank(), x.name(l),
          x.country().isEmpty() ? "" : " (" + x.country() + ")", x.partnerId(), l == Lang.ZH ? "得分" : "score",
          Formats.num(x.score(), 4)));
      b.append("     ").append(x.explanation().summary(l)).append('\n');
    }
    r.readerNotes().forEach(n -> b.append(l == Lang.ZH ? "  注：" : "  note: ").append(n.text(l)).append('\n'));
    org.hanse.analysis.text.Localizer loc = org.hanse.analysis.text.Localizer.of(l);
    r.provenance().notes().forEach(n -> b.append(l == Lang.ZH ? "  注：" : "  note: ").append(loc.text(n)).append('\n'));
    return b.append('\n').toString();
  }
}
