package org.hanse.report.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hanse.advise.cohost.CohostPlanner;
import org.hanse.advise.handover.HandoverAdvisor;
import org.hanse.advise.partner.PartnerAdvisor;
import org.hanse.analysis.LabelledMatrix;
import org.hanse.analysis.assessment.Assessment;
import org.hanse.analysis.assessment.AssessmentOptions;
import org.hanse.analysis.assessment.Assessor;
import org.hanse.analysis.assessment.ClusterAssessment;
import org.hanse.analysis.assessment.IndicatorSources;
import org.hanse.analysis.assessment.ProgressListener;
import org.hanse.analysis.inequality.Specialisation;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Population;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.report.assessment.Block.KeyFigure;
import org.hanse.report.assessment.Block.NoticeKind;
import org.hanse.report.assessment.ReportTable.Column;
import org.hanse.report.svg.Charts;

/**
 * Builds the {@link ClusterReport} of one cluster from a {@link Dataset} snapshot. Every number is computed from
 * the snapshot with the measures of the analysis module (or, for plain counts and shares, with a formula listed in
 * the methods appendix), and every part that the data cannot support says so instead of showing a number.
 *
 * <p>The sections, in order, are listed in {@link #SECTION_IDS}; a test keeps that list from changing silently.
 */
public final class ClusterReportBuilder {
  /** The report's outline: section ids, sub-sections as {@code parent/child}. */
  public static final List<String> SECTION_IDS = List.of(
      "summary",
      "cluster-map",
      "drivers",
      "function-profile",
      "core-functions",
      "inner-structure",
      "inner-structure/radiation",
      "inner-structure/concentration",
      "inner-structure/coordinated-opening",
      "inner-structure/homogeneous-competition",
      "connectivity",
      "connectivity/world-city-network",
      "connectivity/diplomatic-connectivity",
      "connectivity/network-position",
      "advice",
      "advice/partners",
      "advice/handover",
      "advice/cohosting",
      "methods",
      "data");

  private final Dataset dataset;
  private LocalDate date = LocalDate.now();
  private Integer year;
  private Assessment assessment;
  /** Advisors of the snapshot as a whole, built once: the partner network spans every cluster. */
  private PartnerAdvisor partnerAdvisor;
  private HandoverAdvisor handoverAdvisor;
  private CohostPlanner cohostPlanner;
  private Function<String, Optional<String>> clusterSources = id -> Optional.empty();

  public ClusterReportBuilder(Dataset dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
  }

  /**
   * The assessment of the same snapshot to render (as every front end renders the same one); without it the
   * builder runs the {@link Assessor} with the default options for the cluster it reports.
   */
  public ClusterReportBuilder assessment(Assessment assessment) {
    this.assessment = assessment;
    return this;
  }

  /** The date printed on the report (default today). */
  public ClusterReportBuilder date(LocalDate date) {
    this.date = Objects.requireNonNull(date);
    return this;
  }

  /**
   * Where each cluster's definition and member list come from, as a source id of the snapshot: clusters carry no
   * source of their own, so the caller who knows the data says it (for the bundled data:
   * {@code SourceCatalog.clusterSourceId} of the ingest module). Without it, or for an id the snapshot does not
   * list, the data appendix says that the source is not recorded.
   */
  public ClusterReportBuilder clusterSources(Function<String, Optional<String>> sourceOfCluster) {
    this.clusterSources = Objects.requireNonNull(sourceOfCluster);
    return this;
  }

  /** Restrict the snapshot to what holds in a year ({@link Dataset#asOf}); default: the whole snapshot. */
  public ClusterReportBuilder asOf(Integer year) {
    this.year = year;
    return this;
  }

  /**
   * The report of one cluster.
   *
   * @throws IllegalArgumentException for an unknown cluster id (the message lists the known ids)
   */
  public ClusterReport build(String clusterId, Lang lang) {
    Dataset d = year == null ? dataset : dataset.asOf(year);
    Cluster cluster = d.cluster(clusterId).orElseThrow(() -> new IllegalArgumentException(
        "unknown cluster '" + clusterId + "'; known clusters: " + String.join(", ", d.clusters().keySet())));
    ClusterAssessment ca = assessment != null && year == null
        ? assessment.cluster(clusterId)
        : new Assessor(d, AssessmentOptions.defaults().withClusters(List.of(clusterId))).run(ProgressListener.NONE)
            .cluster(clusterId);
    ReportContext cx = new ReportContext(d, cluster, ca, lang);
    cx.clusterSource = clusterSources.apply(cluster.id()).filter(d.sources()::containsKey);
    List<ReportSection> body = new ArrayList<>();
    body.add(map(cx));
    body.add(drivers(cx));
    FunctionProfile profile = FunctionProfile.of(cx);
    body.add(profile.profileSection(new AssessmentSections(cx).functions()));
    body.add(new AssessmentSections(cx).coreFunctions());
    body.add(new InnerStructure(cx).section());
    body.add(new ConnectivitySections(cx).section());
    body.add(new AdviceSections(cx, year == null ? partnerAdvisor() : new PartnerAdvisor(d),
        year == null ? handoverAdvisor() : new HandoverAdvisor(d),
        year == null ? cohostPlanner() : new CohostPlanner(d)).section());
    List<ReportSection> sections = new ArrayList<>();
    sections.add(summary(cx));
    sections.addAll(body);
    sections.add(Appendices.methods(cx));
    sections.add(Appendices.data(cx));
    String other = lang == Lang.ZH ? cluster.nameEn() : cluster.nameZh();
    String subtitle = (other.isEmpty() ? "" : other + " · ") + cx.t("report.subtitle", d.label(), date.toString())
        + (year == null ? "" : " · " + cx.t("report.asof", year));
    return new ClusterReport(cluster.id(), lang, cx.t("report.title", cluster.name(lang)), subtitle, d.label(),
        date.toString(), sections);
  }

  // ---------------------------------------------------------------------------------------------- summary

  private ReportSection summary(ReportContext cx) {
    Cluster c = cx.cluster;
    ReportSection.Builder s = new ReportSection.Builder("summary", cx.t("section.summary"));
    Set<String> countries = new TreeSet<>();
    for (String m : cx.members) {
      countries.add(cx.city(m).country());
    }
    if (cx.clusterSource.isPresent()) {
      cx.source(cx.clusterSource.get(), cx.t("usage.cluster.definition"));
    } else {
      cx.missing(cx.t("missing.cluster.source"));
    }
    for (String m : cx.members) {
      // the assessment's tie profile reads every tie of the members, inside the cluster and at home too
      cx.sources(cx.dataset.tiesOf(m), cx.t("usage.member.ties"));
    }
    List<String> centralNames = c.centralIds().stream().map(cx::cityName).toList();
    s.paragraph(cx.t("summary.intro", c.name(cx.lang), cx.members.size(), String.join(", ", countries),
        String.join(cx.t("list.sep"), centralNames),
        c.definition().isEmpty() ? cx.t("summary.nodefinition") : c.definition()));
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(new KeyFigure(cx.t("kf.members"), Integer.toString(cx.members.size()),
        cx.t("prov.cluster.definition", c.definition().isEmpty() ? cx.dataLabel() : c.definition())));
    long pop = 0;
    int known = 0;
    Set<Integer> years = new TreeSet<>();
    int undated = 0;
    for (String m : cx.members) {
      Population p = cx.city(m).population();
      if (p != null) {
        pop += p.value();
        known++;
        if (p.year() != null) {
          years.add(p.year());
        } else {
          undated++;
        }
        cx.source(p.sourceId(), cx.t("usage.population"));
      }
    }
    if (known > 0) {
      figures.add(new KeyFigure(cx.t("kf.population"), Texts.number(pop, 0) + " " + cx.t("unit.persons"),
          cx.t("prov.population", known, cx.members.size(), joinYears(years)
              + (undated > 0 ? "; " + cx.t("population.year.notGiven", undated) : ""))));
    }
    if (known < cx.members.size()) {
      cx.missing(cx.t("missing.population", cx.members.size() - known, cx.members.size()));
    }
    int intl = 0;
    Set<String> partners = new LinkedHashSet<>();
    List<Tie> all = new ArrayList<>();
    for (String m : cx.members) {
      for (Tie t : cx.internationalTies(m)) {
        intl++;
        partners.add(t.otherEnd(m));
        all.add(t);
      }
    }
    cx.used(Method.INTERNATIONAL_TIE, cx.t("section.summary"));
    figures.add(new KeyFigure(cx.t("kf.ties"), Texts.number(intl, 0) + " " + cx.t("unit.ties"),
        cx.provenance(Method.INTERNATIONAL_TIE, cx.dataLabel())));
    figures.add(new KeyFigure(cx.t("kf.partners"), Texts.number(partners.size(), 0),
        cx.provenance(Method.INTERNATIONAL_TIE, cx.dataLabel())));
    s.add(new Block.KeyFigures(figures));
    if (!cx.findings.isEmpty()) {
      s.paragraph(cx.t("summary.findings"));
      s.add(new Block.Bullets(cx.findings));
    }
    s.notice(NoticeKind.CAVEAT, cx.t("summary.caveat"));
    return s.build();
  }

  private static String joinYears(Set<Integer> years) {
    if (years.isEmpty()) {
      return "—";
    }
    int first = years.iterator().next();
    int last = ((TreeSet<Integer>) years).last();
    return first == last ? Integer.toString(first) : first + "–" + last;
  }

  // ---------------------------------------------------------------------------------------------- map

  private ReportSection map(ReportContext cx) {
    ReportSection.Builder s = new ReportSection.Builder("cluster-map", cx.t("section.map"));
    List<Charts.Place> places = new ArrayList<>();
    for (String m : cx.members) {
      City c = cx.city(m);
      places.add(new Charts.Place(c.name(cx.lang), c.latitude(), c.longitude(), cx.cluster.isCentral(m),
          c.name(cx.lang) + " (" + Texts.number(c.latitude(), 2) + ", " + Texts.number(c.longitude(), 2) + ")"));
    }
    cx.used(Method.HAVERSINE, cx.t("section.map"));
    s.add(new Block.Chart("map", cx.t("map.caption", cx.cluster.name(cx.lang)),
        Charts.map(cx.t("map.caption", cx.cluster.name(cx.lang)), places, cx.t("unit.km"),
            List.of(cx.t("map.legend.central"), cx.t("map.legend.member"))),
        cx.t("map.provenance", cx.dataLabel())));
    ReportTable.Builder t = new ReportTable.Builder("members", cx.t("table.members"))
        .column(Column.text(cx.t("col.city")))
        .column(Column.text(cx.t("col.city.other")))
        .column(Column.text(cx.t("col.country")))
        .column(Column.text(cx.t("col.region")))
        .column(Column.text(cx.t("col.role")))
        .column(Column.decimal(cx.t("col.latitude"), cx.t("unit.degrees"), 4))
        .column(Column.decimal(cx.t("col.longitude"), cx.t("unit.degrees"), 4))
        .column(Column.decimal(cx.t("col.distance.centre"), cx.t("unit.km"), 0))
        .column(Column.integer(cx.t("col.population"), cx.t("unit.persons")))
        .column(Column.year(cx.t("col.population.year")))
        .column(Column.text(cx.t("col.source")));
    for (String m : cx.members) {
      City c = cx.city(m);
      Double dist = null;
      if (!cx.cluster.isCentral(m)) {
        double best = Double.MAX_VALUE;
        for (String centre : cx.cluster.centralIds()) {
          best = Math.min(best, c.distanceKm(cx.city(centre)));
        }
        dist = best;
      } else {
        dist = 0.0;
      }
      Population p = c.population();
      t.row(c.name(cx.lang), cx.lang == Lang.ZH ? c.nameEn() : c.nameZh(), c.country(), c.adminRegion(),
          cx.cluster.isCentral(m) ? cx.t("role.central") : cx.t("role.member"), c.latitude(), c.longitude(), dist,
          p == null ? null : p.value(), p == null ? null : p.year(),
          p == null ? cx.t("missing.value") : sourceTitle(cx.dataset, p.sourceId()));
    }
    t.provenance(cx.provenance(Method.HAVERSINE, cx.dataLabel()));
    s.table(t.build());
    return s.build();
  }

  static String sourceTitle(Dataset d, String sourceId) {
    Source src = d.sources().get(sourceId);
    return src == null ? sourceId : src.title();
  }

  // ---------------------------------------------------------------------------------------------- drivers

  /** Evidence of the four drivers (concepts.md), each relative to the mean of the dataset's clusters. */
  private ReportSection drivers(ReportContext cx) {
    ReportSection.Builder s = new ReportSection.Builder("drivers", cx.t("section.drivers"));
    new AssessmentSections(cx).drivers().forEach(s::add);
    cx.used(Method.ENTROPY_TOPSIS, cx.t("section.drivers"));
    // the scorecard's readings: national designation from the cluster definition, World Bank country indicators
    cx.clusterSource.ifPresent(id -> cx.source(id, cx.t("usage.indicator.drivers", cx.t("usage.designation"))));
    Map<String, Set<String>> indicatorSources = IndicatorSources.forCluster(cx.dataset, cx.cluster);
    for (String code : IndicatorSources.countryCodes()) {
      indicatorSources.getOrDefault(code, Set.of()).forEach(id -> cx.source(id,
          cx.t("usage.indicator.drivers", cx.indicatorName(code))));
    }
    s.paragraph(cx.t("drivers.intro", cx.dataset.clusters().size()));
    Map<String, double[]> evidence = new LinkedHashMap<>();
    for (Cluster k : cx.dataset.clusters().values()) {
      evidence.put(k.id(), driverEvidence(cx.dataset, k));
    }
    double[] own = evidence.get(cx.cluster.id());
    String[] keys = {"networks", "organisations", "missions", "firms", "events", "jurisdictions"};
    String[] drivers = {"d1", "d1", "d2", "d3", "d1", "d4"};
    String[] units = {"unit.ties", "unit.ties", "unit.countries", "unit.ties", "unit.ties", "unit.jurisdictions"};
    ReportTable.Builder t = new ReportTable.Builder("drivers", cx.t("table.drivers"))
        .column(Column.text(cx.t("col.driver")))
        .column(Column.text(cx.t("col.evidence")))
        .column(Column.integer(cx.t("col.value"), ""))
        .column(Column.text(cx.t("col.unit")))
        .column(Column.decimal(cx.t("col.mean.clusters"), "", 1))
        .column(Column.decimal(cx.t("col.relative"), "", 2));
    List<Charts.Bar> bars = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (!evidenceInData(cx.dataset, i)) {
        // nobody recorded such ties: a count of 0 and a mean of 0 would claim that no cluster has any
        t.row(cx.t("driver." + drivers[i]), cx.t("evidence." + keys[i]), null, cx.t(units[i]), null, null);
        bars.add(new Charts.Bar(cx.t("evidence." + keys[i]), Double.NaN, false));
        cx.missing(cx.t("missing.driver.nodata", cx.t("evidence." + keys[i])));
        continue;
      }
      double sum = 0;
      for (double[] e : evidence.values()) {
        sum += e[i];
      }
      double mean = sum / evidence.size();
      Double rel = mean > 0 ? own[i] / mean : null;
      t.row(cx.t("driver." + drivers[i]), cx.t("evidence." + keys[i]), (long) own[i], cx.t(units[i]), mean, rel);
      bars.add(new Charts.Bar(cx.t("evidence." + keys[i]), rel == null ? Double.NaN : rel, false));
      if (rel == null) {
        cx.missing(cx.t("missing.driver", cx.t("evidence." + keys[i])));
      }
    }
    cx.used(Method.INTERNATIONAL_TIE, cx.t("section.drivers"));
    cx.used(Method.RELATIVE_LEVEL, cx.t("section.drivers"));
    String prov = cx.provenance(Method.RELATIVE_LEVEL, cx.t("drivers.data", cx.dataLabel(),
        cx.dataset.clusters().size()));
    t.provenance(prov);
    s.add(new Block.Chart("drivers", cx.t("drivers.chart"),
        Charts.bars(cx.t("drivers.chart"), bars, 2, cx.t("drivers.axis"), cx.t("missing.value")), prov));
    s.table(t.build());
    s.paragraph(cx.t("drivers.d2", cx.cluster.definition().isEmpty() ? cx.t("summary.nodefinition")
        : cx.cluster.definition()));
    for (String m : cx.members) {
      cx.sources(cx.internationalTies(m), cx.t("usage.ties"));
    }
    s.notice(NoticeKind.CAVEAT, cx.t("drivers.caveat"));
    return s.build();
  }

  /** Tie types behind each entry of {@link #driverEvidence}; jurisdictions come from the member list itself. */
  private static final List<List<TieType>> EVIDENCE_TYPES = List.of(
      List.of(TieType.NETWORK_MEMBERSHIP), List.of(TieType.ORGANISATION_SEAT), List.of(TieType.DIPLOMATIC_MISSION),
      List.of(TieType.FIRM_OFFICE), List.of(TieType.EVENT_HOST, TieType.EVENT_COHOST), List.of());

  /** Whether the snapshot holds any tie behind evidence entry {@code i} (always true for jurisdictions). */
  static boolean evidenceInData(Dataset d, int i) {
    List<TieType> types = EVIDENCE_TYPES.get(i);
    return types.isEmpty() || types.stream().anyMatch(t -> !d.tiesOfType(t).isEmpty());
  }

  /** networks, organisations, missions (distinct sending countries), firms, events, jurisdictions. */
  static double[] driverEvidence(Dataset d, Cluster k) {
    Map<TieType, Integer> counts = ReportContext.countsByType(d, k.memberIds());
    Set<String> sendingCountries = new TreeSet<>();
    Set<String> jurisdictions = new TreeSet<>();
    Set<String> members = new java.util.HashSet<>(k.memberIds());
    for (String m : k.memberIds()) {
      City c = d.city(m).orElseThrow();
      jurisdictions.add(c.country() + "/" + c.adminRegion());
      for (Tie t : ReportContext.internationalTies(d, members, m)) {
        if (t.type() == TieType.DIPLOMATIC_MISSION) {
          sendingCountries.add(t.partnerId());
        }
      }
    }
    return new double[] {
      counts.get(TieType.NETWORK_MEMBERSHIP),
      counts.get(TieType.ORGANISATION_SEAT),
      sendingCountries.size(),
      counts.get(TieType.FIRM_OFFICE),
      counts.get(TieType.EVENT_HOST) + counts.get(TieType.EVENT_COHOST),
      jurisdictions.size()
    };
  }

  // ---------------------------------------------------------------------------------------------- advice

  private PartnerAdvisor partnerAdvisor() {
    if (partnerAdvisor == null) {
      partnerAdvisor = new PartnerAdvisor(dataset);
    }
    return partnerAdvisor;
  }

  private CohostPlanner cohostPlanner() {
    if (cohostPlanner == null) {
      cohostPlanner = new CohostPlanner(dataset);
    }
    return cohostPlanner;
  }

  private HandoverAdvisor handoverAdvisor() {
    if (handoverAdvisor == null) {
      handoverAdvisor = new HandoverAdvisor(dataset);
    }
    return handoverAdvisor;
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** The type × member matrix of international tie counts for every member of every cluster (rows = cities). */
  static LabelledMatrix tieTypeMatrix(Dataset d) {
    Map<String, double[]> rows = new LinkedHashMap<>();
    for (Cluster k : d.clusters().values()) {
      Set<String> members = new java.util.HashSet<>(k.memberIds());
      for (String m : k.memberIds()) {
        if (rows.containsKey(m)) {
          continue;
        }
        double[] r = new double[TieType.values().length];
        for (Tie t : ReportContext.internationalTies(d, members, m)) {
          r[t.type().ordinal()]++;
        }
        rows.put(m, r);
      }
    }
    List<String> cols = new ArrayList<>();
    for (TieType t : TieType.values()) {
      cols.add(t.key());
    }
    return new LabelledMatrix(new ArrayList<>(rows.keySet()), cols, rows.values().toArray(new double[0][]));
  }

  /** Cities of all clusters, for the reference set of location quotients. */
  static List<String> allClusterMembers(Dataset d) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    d.clusters().values().forEach(k -> out.addAll(k.memberIds()));
    return new ArrayList<>(out);
  }

  static Map<TieType, Integer> emptyCounts() {
    Map<TieType, Integer> m = new EnumMap<>(TieType.class);
    for (TieType t : TieType.values()) {
      m.put(t, 0);
    }
    return m;
  }

  static <K> List<Map.Entry<K, Integer>> topCounts(Map<K, Integer> counts, int k) {
    List<Map.Entry<K, Integer>> e = new ArrayList<>(counts.entrySet());
    e.sort(Map.Entry.<K, Integer>comparingByValue().reversed().thenComparing(x -> String.valueOf(x.getKey())));
    return e.subList(0, Math.min(k, e.size()));
  }

  static Map<String, Integer> newCounter() {
    return new HashMap<>();
  }

  static Comparator<String> byName(ReportContext cx) {
    return Comparator.comparing(cx::cityName);
  }

  static Specialisation.MatrixResult groupLq(LabelledMatrix e, String id, List<String> members, List<String> ref) {
    return Specialisation.groupLocationQuotients(e, id, members, ref);
  }
}
