package org.hanse.cli.advise;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hanse.advise.AdviceJson;
import org.hanse.advise.partner.Backtest;
import org.hanse.advise.partner.PartnerKind;
import org.hanse.advise.partner.Scorer;
import org.hanse.cli.UserError;
import org.hanse.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse advise backtest}: the temporal back-test of the partner scorers. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Temporal back-test of the partner scorers: hide the ties formed after YEAR, score on the rest, and measure"
          + " how well each scorer ranks the hidden ties (AUC, precision@L), against a seeded random baseline."
    },
    sortOptions = false)
public final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "country",
      description = "Partner kind whose ties are predicted: city, city_network, country, organisation,"
          + " event_series. Default: ${DEFAULT-VALUE} (diplomatic missions, the layer with dated ties).")
  String kind;

  @Option(names = "--train-until", paramLabel = "YEAR", defaultValue = "2000",
      description = "Train on the ties as of this year. Default: ${DEFAULT-VALUE}.")
  int trainUntil;

  @Option(names = "--probe-until", paramLabel = "YEAR", description = "Probe only ties formed up to this year."
      + " Default: every later tie.")
  Integer probeUntil;

  @Option(names = "--at", paramLabel = "L", split = ",", description = "The L of precision@L. Default: 20,100.")
  List<Integer> at = new ArrayList<>();

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000", description = "Bootstrap replicates of the"
      + " interval of combined − preferential attachment (0 = none). Default: ${DEFAULT-VALUE}.")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the random baseline and"
      + " of the bootstrap. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default:"
      + " ${DEFAULT-VALUE}.")
  String format;

  @Mixin DataOptions data;

  @Override
  public Integer call() {
    String f = Formats.format(format, List.of("text", "json"));
    PartnerKind k = Formats.user(() -> PartnerKind.fromKey(kind));
    if (data.asOf != null) {
      throw new UserError("the back-test sets its own cut-off: use --train-until, not --as-of");
    }
    Dataset d = data.load();
    if (trainUntil < Dataset.FIRST_YEAR || trainUntil >= d.lastYear()) {
      throw new UserError("--train-until " + trainUntil + " must lie in " + Dataset.FIRST_YEAR + "–"
          + (d.lastYear() - 1));
    }
    Backtest.Options o = Backtest.Options.defaults(k, trainUntil);
    if (probeUntil != null) {
      o = Formats.user(() -> Backtest.Options.defaults(k, trainUntil).withProbeUntil(probeUntil));
    }
    if (!at.isEmpty()) {
      Backtest.Options base = o;
      o = Formats.user(() -> base.withPrecisionAt(at));
    }
    Backtest.Options seeded = o.withSeed(seed);
    o = Formats.user(() -> seeded.withBootstrap(bootstrap));
    Backtest.Options opts = o;
    Backtest.Result r = Formats.user(() -> Backtest.temporal(d, opts));
    PrintWriter out = spec.commandLine().getOut();
    if (f.equals("json")) {
      out.print(AdviceJson.write(r));
    } else {
      out.print(text(r));
    }
    out.flush();
    return 0;
  }

  private static String interval(Backtest.Interval v, int decimals) {
    return Formats.signed(java.util.OptionalDouble.of(v.estimate()), decimals) + " ["
        + Formats.signed(java.util.OptionalDouble.of(v.low()), decimals) + ", "
        + Formats.signed(java.util.OptionalDouble.of(v.high()), decimals) + "]";
  }

  static String text(Backtest.Result r) {
    StringBuilder b = new StringBuilder();
    b.append("Back-test of the partner scorers: ").append(r.kind().key()).append(" ties, trained as of ")
        .append(r.trainUntil()).append(", probe = ties formed later\n\n");
    b.append(r.table()).append('\n');
    b.append("sources ").append(r.sources()).append(", partners ").append(r.partners()).append(", candidate pairs ")
        .append(r.candidatePairs()).append(", probe ").append(r.probe()).append(", cold start (left out) ")
        .append(r.coldStart()).append(", already tied (left out) ").append(r.alreadyTied())
        .append(", expected precision of random ").append(Formats.num(r.expectedRandomPrecision(), 4)).append('\n');
    if (!r.rows().isEmpty() && r.rows().stream().anyMatch(x -> x.scorer().equals(Scorer.COMBINED.key()))) {
      Backtest.Row c = r.row(Scorer.COMBINED);
      Backtest.Row pa = r.row(Scorer.PREFERENTIAL_ATTACHMENT);
      Backtest.Row rnd = r.row(Backtest.RANDOM);
      b.append("combined vs preferential attachment: AUC ").append(Formats.signed(java.util.OptionalDouble.of(c.auc() - pa.auc()), 4))
          .append(", vs random: AUC ").append(Formats.signed(java.util.OptionalDouble.of(c.auc() - rnd.auc()), 4)).append('\n');
    }
    r.combinedVsPa().ifPresent(cmp -> {
      b.append("combined − preferential attachment, 95% bootstrap interval (").append(cmp.replicates())
          .append(" resamples of the ").append(cmp.unit()).append(", seed ").append(cmp.seed()).append("):\n");
      b.append("  AUC ").append(interval(cmp.auc(), 4)).append('\n');
      cmp.precision().forEach((l, v) -> b.append("  P@").append(l).append(' ').append(interval(v, 3)).append('\n'));
    });
    b.append("layers of the training network (ties, of which undated): ").append(r.layers().stream()
        .map(x -> x.type().key() + " " + x.ties() + " (" + x.undated() + ")").collect(java.util.stream.Collectors
            .joining(", "))).append('\n');
    r.provenance().notes().forEach(n -> b.append("note: ").append(n).append('\n'));
    return b.toString();
  }
}
