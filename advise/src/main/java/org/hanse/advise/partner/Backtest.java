package org.hanse.advise.partner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.hanse.advise.FunctionProfiles;
import org.hanse.analysis.Provenance;
import org.hanse.analysis.linkprediction.LinkPredictionEvaluation;
import org.hanse.analysis.linkprediction.LinkPredictor.PairScorer;
import org.hanse.model.Dataset;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * Temporal back-test of the partner scorers (methods.md §6, evaluation after Lü &amp; Zhou 2011): hide every tie
 * formed after year Y, train on the data as of Y, and ask how well each scorer ranks the ties that were formed
 * later.
 *
 * <ul>
 *   <li><b>training data</b>: {@link Dataset#asOf}(Y): ties that started after Y or had ended are dropped; ties
 *       without dates are kept (they are taken to hold, as everywhere in Hanse) — so undated ties formed after Y leak
 *       into training, a caveat every result states;</li>
 *   <li><b>candidates</b>: every (city, partner) pair with a city that has a tie of the target layer in training and a
 *       partner that has one too (the others are cold-start cases, counted and left out), not already tied in the
 *       target layer; for countries, a state does not send a mission to its own city;</li>
 *   <li><b>probe</b>: the candidate pairs tied in the target layer by a tie starting after Y;</li>
 *   <li><b>AUC</b>: exact over all (probe, non-probe) comparisons ({@link LinkPredictionEvaluation#auc}); <b>precision@L</b>
 *       over the ranking of all candidate pairs, ties broken by city then partner id
 *       ({@link LinkPredictionEvaluation#precisionAt});</li>
 *   <li><b>random</b>: seeded uniform scores; its expected precision is |probe| / |candidates|.</li>
 * </ul>
 */
public final class Backtest {
  /** Name of the random baseline row. */
  public static final String RANDOM = "random";

  /**
   * The layers whose history can be replayed: their ties carry the year they were formed, or no date at all. Firm
   * offices (GaWC, observed in 2000) and air routes (observed in 2014) carry the year they were <em>observed</em>:
   * they would enter the training network abruptly at that year and change every degree, so that weights chosen on
   * earlier splits would not describe later ones. They are left out of the back-test network (and of the function
   * profiles it uses) unless asked for; recommendations use every layer.
   */
  public static final Set<TieType> REPLAYABLE_LAYERS = Collections.unmodifiableSet(EnumSet.of(TieType.SISTER_CITY,
      TieType.NETWORK_MEMBERSHIP, TieType.ORGANISATION_SEAT, TieType.DIPLOMATIC_MISSION, TieType.EVENT_HOST,
      TieType.EVENT_COHOST));

  private Backtest() {}

  /**
   * Back-test options.
   *
   * @param kind        partner kind (its target layer is predicted)
   * @param trainUntil  Y: train on the data as of this year
   * @param probeUntil  the probe is the ties starting in (Y, probeUntil]; ties starting later count as not formed
   * @param precisionAt the L of precision@L, ascending
   * @param seed        seed of the random baseline
   * @param scorers     scorers to evaluate
   * @param weights     weights of the combined scorer
   * @param katzFactor  Katz β as a share of 1/λ_max
   * @param layers      layers of the partner network; empty = the {@link #REPLAYABLE_LAYERS} present in the data
   */
  public record Options(PartnerKind kind, int trainUntil, int probeUntil, List<Integer> precisionAt, long seed, Set<Scorer> scorers,
      CombinedWeights weights, double katzFactor, Set<TieType> layers) {
    public Options {
      Objects.requireNonNull(kind, "kind");
      if (probeUntil <= trainUntil) {
        throw new IllegalArgumentException("the probe window (" + trainUntil + ", " + probeUntil + "] is empty");
      }
      precisionAt = List.copyOf(new TreeSet<>(precisionAt));
      if (precisionAt.isEmpty() || precisionAt.get(0) < 1) {
        throw new IllegalArgumentException("precision@L needs L ≥ 1");
      }
      scorers = scorers.isEmpty() ? EnumSet.noneOf(Scorer.class) : EnumSet.copyOf(scorers);
      Objects.requireNonNull(weights, "weights");
      layers = layers.isEmpty() ? Set.of() : EnumSet.copyOf(layers);
    }

    /** Train as of the year, probe every later tie, all scorers, P@20 and P@100, default weights. */
    public static Options defaults(PartnerKind kind, int trainUntil) {
      return new Options(kind, trainUntil, Integer.MAX_VALUE, List.of(20, 100), 1, EnumSet.allOf(Scorer.class), CombinedWeights.DEFAULT,
          PartnerNetwork.DEFAULT_KATZ_FACTOR, Set.of());
    }

    public Options withScorers(Set<Scorer> s) {
      return new Options(kind, trainUntil, probeUntil, precisionAt, seed, s, weights, katzFactor, layers);
    }

    public Options withWeights(CombinedWeights w) {
      return new Options(kind, trainUntil, probeUntil, precisionAt, seed, scorers, w, katzFactor, layers);
    }

    /** The same options with the probe window (trainUntil, until]. */
    public Options withProbeUntil(int until) {
      return new Options(kind, trainUntil, until, precisionAt, seed, scorers, weights, katzFactor, layers);
    }

    /** The same options trained as of another year. */
    public Options withTrainUntil(int year) {
      return new Options(kind, year, probeUntil, precisionAt, seed, scorers, weights, katzFactor, layers);
    }

    public Options withKatzFactor(double f) {
      return new Options(kind, trainUntil, probeUntil, precisionAt, seed, scorers, weights, f, layers);
    }
  }

  /** One scorer's result: AUC and precision@L for each L. */
  public record Row(String scorer, double auc, Map<Integer, Double> precision) {
    public Row {
      precision = Collections.unmodifiableMap(new LinkedHashMap<>(precision));
    }

    public double precisionAt(int l) {
      Double p = precision.get(l);
      if (p == null) {
        throw new IllegalArgumentException("precision@" + l + " was not computed");
      }
      return p;
    }
  }

  /**
   * The back-test table.
   *
   * @param kind                    partner kind
   * @param trainUntil              Y
   * @param sources                 cities with at least one candidate partner
   * @param partners                partners scored
   * @param candidatePairs          pairs ranked
   * @param probe                   probe pairs (formed after Y, scorable)
   * @param coldStart               ties formed after Y whose city or partner had no target-layer tie in training
   * @param alreadyTied             ties formed after Y for a pair already tied in training
   * @param rows                    one row per scorer, then the random baseline
   * @param expectedRandomPrecision |probe| / |candidates|
   * @param provenance              method, parameters and data
   */
  public record Result(PartnerKind kind, int trainUntil, int sources, int partners, long candidatePairs, int probe,
      int coldStart, int alreadyTied, List<Row> rows, double expectedRandomPrecision, Provenance provenance) {
    public Result {
      rows = List.copyOf(rows);
    }

    /** The row of a scorer key ({@link Scorer#key()}) or {@value #RANDOM}. */
    public Row row(String scorer) {
      return rows.stream().filter(r -> r.scorer().equals(scorer)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no row " + scorer));
    }

    public Row row(Scorer s) {
      return row(s.key());
    }

    /** The table as plain text (one row per scorer). */
    public String table() {
      StringBuilder b = new StringBuilder();
      List<Integer> ls = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).precision().keySet());
      b.append(String.format(Locale.ROOT, "%-26s %7s", "scorer", "AUC"));
      for (int l : ls) {
        b.append(String.format(Locale.ROOT, " %8s", "P@" + l));
      }
      b.append('\n');
      for (Row r : rows) {
        b.append(String.format(Locale.ROOT, "%-26s %7.4f", label(r.scorer()), r.auc()));
        for (int l : ls) {
          b.append(String.format(Locale.ROOT, " %8.3f", r.precisionAt(l)));
        }
        b.append('\n');
      }
      return b.toString();
    }

    private static String label(String key) {
      for (Scorer s : Scorer.values()) {
        if (s.key().equals(key)) {
          return s.label();
        }
      }
      return key;
    }
  }

  /** Runs the back-test. */
  public static Result temporal(Dataset full, Options o) {
    Split s = Split.of(full, o);
    List<Row> rows = new ArrayList<>();
    for (Scorer sc : Scorer.values()) {
      if (o.scorers().contains(sc)) {
        rows.add(evaluate(sc.key(), s.scores(sc, o.weights()), s.hits, o.precisionAt()));
      }
    }
    Random rnd = new Random(o.seed());
    double[] random = new double[s.pairs];
    for (int i = 0; i < random.length; i++) {
      random[i] = rnd.nextDouble();
    }
    rows.add(evaluate(RANDOM, random, s.hits, o.precisionAt()));
    Provenance p = Provenance.of("temporal back-test of partner scorers", LinkPredictionEvaluation.CITATION)
        .withParameter("target layer", o.kind().targetLayers())
        .withParameter("train as of", o.trainUntil())
        .withParameter("probe", "target-layer ties starting in (" + o.trainUntil() + ", "
            + (o.probeUntil() == Integer.MAX_VALUE ? "end of data" : o.probeUntil())
            + "] between scorable, untied pairs")
        .withParameter("AUC", "exact")
        .withParameter("precision@L", o.precisionAt())
        .withParameter("combined weights", o.weights())
        .withParameter("Katz β", o.katzFactor() + " / λ_max")
        .withParameter("random seed", o.seed())
        .withData(s.network.provenance().data())
        .withNote("ties without dates are kept in training (taken to hold); undated ties formed after "
            + o.trainUntil() + " therefore leak into training")
        .withNote(s.coldStart + " tie(s) formed later are cold-start cases (city or partner without a target-layer"
            + " tie in training) and are left out");
    return new Result(o.kind(), o.trainUntil(), s.sources.size(), s.partnerCount, s.pairs, s.probe, s.coldStart,
        s.alreadyTied, rows, (double) s.probe / s.pairs, p);
  }

  /**
   * One point of the tuning grid with its objective.
   *
   * @param weights   the weights
   * @param auc       mean AUC over the tuning splits
   * @param precision mean precision@L over the tuning splits (L = the largest of the options)
   */
  public record TuningPoint(CombinedWeights weights, double auc, double precision) {
    public double objective() {
      return auc + precision;
    }
  }

  /**
   * Chooses the combined scorer's weights on earlier (tuning) splits, rolling the origin (Tashman 2000, Int. J.
   * Forecasting 16:437-450): every point of {@link CombinedWeights#grid()} is evaluated on each split and the one
   * with the largest mean AUC + mean precision@L wins (L = the largest L of the options), the earlier grid point on
   * equal values. Returns all points, best first. The tuning splits' probe windows must end before the evaluation
   * split's training year, so that no tie of the evaluation probe is seen.
   */
  public static List<TuningPoint> tune(Dataset full, List<Options> splits) {
    if (splits.isEmpty()) {
      throw new IllegalArgumentException("give at least one tuning split");
    }
    List<CombinedWeights> grid = CombinedWeights.grid();
    double[] auc = new double[grid.size()];
    double[] prec = new double[grid.size()];
    for (Options o : splits) {
      Split s = Split.of(full, o);
      CombinedScorer.Features f = s.combinedFeatures(o.weights());
      int l = o.precisionAt().get(o.precisionAt().size() - 1);
      IntStream.range(0, grid.size()).parallel().forEach(i -> {
        Row r = evaluate("combined", CombinedScorer.combine(f, grid.get(i), s.epsilon), s.hits, List.of(l));
        auc[i] += r.auc() / splits.size();
        prec[i] += r.precisionAt(l) / splits.size();
      });
    }
    List<TuningPoint> out = new ArrayList<>();
    for (int i = 0; i < grid.size(); i++) {
      out.add(new TuningPoint(grid.get(i), auc[i], prec[i]));
    }
    // stable sort: equal objectives keep grid order
    out.sort((a, b) -> Double.compare(b.objective(), a.objective()));
    return out;
  }

  static Row evaluate(String name, double[] scores, boolean[] hits, List<Integer> ls) {
    int n = scores.length;
    int positives = 0;
    for (boolean h : hits) {
      positives += h ? 1 : 0;
    }
    double[] pos = new double[positives];
    double[] neg = new double[n - positives];
    int p = 0;
    int q = 0;
    for (int i = 0; i < n; i++) {
      if (hits[i]) {
        pos[p++] = scores[i];
      } else {
        neg[q++] = scores[i];
      }
    }
    double auc = LinkPredictionEvaluation.auc(pos, neg);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    boolean[] ranked = new boolean[n];
    for (int i = 0; i < n; i++) {
      ranked[i] = hits[order[i]];
    }
    Map<Integer, Double> prec = new LinkedHashMap<>();
    for (int l : ls) {
      prec.put(l, LinkPredictionEvaluation.precisionAt(ranked, Math.min(l, n)));
    }
    return new Row(name, auc, prec);
  }

  /** A training snapshot with its candidate pairs (flattened in source order, then target order) and hits. */
  static final class Split {
    final Dataset train;
    final PartnerNetwork network;
    final FunctionProfiles functions;
    final PartnerKind kind;
    final List<String> sources = new ArrayList<>();
    final List<List<String>> targets = new ArrayList<>();
    final int[] offset;
    final boolean[] hits;
    final int pairs;
    final int probe;
    final int coldStart;
    final int alreadyTied;
    final int partnerCount;
    final double epsilon;

    private Split(Dataset full, Options o) {
      this.kind = o.kind();
      this.train = full.asOf(o.trainUntil());
      Set<TieType> layers = o.layers().isEmpty() ? replayable(train) : o.layers();
      this.network = PartnerNetwork.of(train, layers, o.katzFactor());
      this.functions = FunctionProfiles.of(train.filterTies(t -> layers.contains(t.type())));
      Set<TieType> target = kind.targetLayers();
      if (!layers.containsAll(target)) {
        throw new IllegalArgumentException("the partner network must contain the target layer " + target);
      }
      TreeSet<String> cities = new TreeSet<>();
      TreeSet<String> partners = new TreeSet<>();
      for (TieType t : target) {
        for (Tie tie : train.tiesOfType(t)) {
          cities.add(tie.cityId());
          partners.add(tie.partnerId());
          if (t.isCityToCity()) {
            cities.add(tie.partnerId());
          }
        }
      }
      if (kind.isCity()) {
        partners = cities;
      }
      this.partnerCount = partners.size();
      Set<String> later = new HashSet<>();
      int cold = 0;
      int tied = 0;
      for (TieType t : target) {
        for (Tie tie : full.tiesOfType(t)) {
          if (tie.fromYear() == null || tie.fromYear() <= o.trainUntil() || tie.fromYear() > o.probeUntil()) {
            continue;
          }
          String a = tie.cityId();
          String b = tie.partnerId();
          if (!cities.contains(a) || !partners.contains(b) || (kind.isCity() && !cities.contains(b))) {
            cold++;
          } else if (network.partners(a, target).contains(b)) {
            tied++;
          } else {
            later.add(kind.isCity() && a.compareTo(b) > 0 ? b + '\u0000' + a : a + '\u0000' + b);
          }
        }
      }
      if (later.isEmpty()) {
        throw new IllegalArgumentException("no scorable tie of " + target + " starts after " + o.trainUntil()
            + " (ties with a start year are needed for a temporal back-test)");
      }
      this.coldStart = cold;
      this.alreadyTied = tied;
      List<String> partnerList = new ArrayList<>(partners);
      int total = 0;
      for (String x : cities) {
        String country = train.cities().get(x).country();
        Set<String> mine = network.partners(x, target);
        List<String> ts = new ArrayList<>();
        for (String p : partnerList) {
          if (kind.isCity()) {
            if (p.compareTo(x) <= 0 || mine.contains(p) || train.cities().get(p).country().equals(country)) {
              continue;
            }
          } else if (mine.contains(p) || country.equals(train.actors().get(p).country())) {
            continue;
          }
          ts.add(p);
        }
        if (!ts.isEmpty()) {
          sources.add(x);
          targets.add(ts);
          total += ts.size();
        }
      }
      this.pairs = total;
      this.offset = new int[sources.size() + 1];
      this.hits = new boolean[total];
      int k = 0;
      int found = 0;
      for (int i = 0; i < sources.size(); i++) {
        offset[i] = k;
        for (String p : targets.get(i)) {
          if (later.contains(sources.get(i) + '\u0000' + p)) {
            hits[k] = true;
            found++;
          }
          k++;
        }
      }
      offset[sources.size()] = k;
      this.probe = found;
      int kmax = 1;
      for (int i = 0; i < network.graph().nodeCount(); i++) {
        kmax = Math.max(kmax, network.graph().outDegree(i));
      }
      this.epsilon = 0.5 / kmax;
    }

    static Split of(Dataset full, Options o) {
      return new Split(full, o);
    }

    private static Set<TieType> replayable(Dataset d) {
      EnumSet<TieType> s = EnumSet.noneOf(TieType.class);
      d.ties().forEach(t -> s.add(t.type()));
      s.retainAll(REPLAYABLE_LAYERS);
      return s;
    }

    double[] scores(Scorer s, CombinedWeights w) {
      double[] out = new double[pairs];
      if (s == Scorer.COMBINED) {
        return CombinedScorer.combine(combinedFeatures(w), w, epsilon);
      }
      if (s == Scorer.KATZ && !kind.isCity()) {
        // Katz is symmetric: one walk series per partner instead of one per city.
        PairScorer f = network.fitted(Scorer.KATZ);
        int[] idx = sources.stream().mapToInt(network.graph()::requireIndex).toArray();
        IntStream.range(0, sources.size()).parallel().forEach(i -> {
          List<String> ts = targets.get(i);
          for (int j = 0; j < ts.size(); j++) {
            out[offset[i] + j] = f.score(network.graph().requireIndex(ts.get(j)), idx[i]);
          }
        });
        return out;
      }
      network.fitted(s);
      IntStream.range(0, sources.size()).parallel().forEach(i -> {
        double[] v = network.scores(s, sources.get(i), targets.get(i), kind);
        System.arraycopy(v, 0, out, offset[i], v.length);
      });
      return out;
    }

    CombinedScorer.Features combinedFeatures(CombinedWeights w) {
      CombinedScorer c = new CombinedScorer(network, functions, w);
      network.fitted(Scorer.RESOURCE_ALLOCATION);
      network.fitted(Scorer.PREFERENTIAL_ATTACHMENT);
      double[] ra = new double[pairs];
      double[] pa = new double[pairs];
      double[] comp = new double[pairs];
      double[] nov = new double[pairs];
      IntStream.range(0, sources.size()).parallel().forEach(i -> {
        CombinedScorer.Features f = c.features(sources.get(i), targets.get(i), kind);
        System.arraycopy(f.resourceAllocation(), 0, ra, offset[i], f.resourceAllocation().length);
        System.arraycopy(f.preferentialAttachment(), 0, pa, offset[i], f.preferentialAttachment().length);
        System.arraycopy(f.complementarity(), 0, comp, offset[i], f.complementarity().length);
        System.arraycopy(f.novelty(), 0, nov, offset[i], f.novelty().length);
      });
      return new CombinedScorer.Features(ra, pa, comp, nov);
    }
  }
}
