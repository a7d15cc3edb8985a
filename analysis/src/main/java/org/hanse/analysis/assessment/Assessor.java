package org.hanse.analysis.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Source;
import org.hanse.model.Tie;
import org.hanse.model.TieType;

/**
 * The assessment pipeline: one {@link Dataset} snapshot in, one {@link Assessment} out. Pure: the same snapshot and
 * options give the same result. Every front end calls this and renders what it returns.
 */
public final class Assessor {
  private final Dataset dataset;
  private final AssessmentOptions options;

  public Assessor(Dataset dataset, AssessmentOptions options) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.options = Objects.requireNonNull(options, "options");
    List<String> unknown = options.clusterIds().stream().filter(id -> !dataset.clusters().containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new UnknownClusterException(unknown, List.copyOf(dataset.clusters().keySet()));
    }
  }

  /** Assesses with the default options. */
  public static Assessment assess(Dataset dataset) {
    return new Assessor(dataset, AssessmentOptions.defaults()).run(ProgressListener.NONE);
  }

  /** Runs the pipeline, reporting its steps. */
  public Assessment run(ProgressListener progress) {
    List<Cluster> reported = new ArrayList<>();
    for (Cluster c : dataset.clusters().values()) {
      if (options.clusterIds().isEmpty() || options.clusterIds().contains(c.id())) {
        reported.add(c);
      }
    }
    int steps = reported.size() + 4;
    int done = 0;
    progress.step("tie profiles and firm-network connectivity", done++, steps);
    Facts facts = new Facts(dataset, options);
    facts.firmGnc();
    progress.step("drivers scorecard", done++, steps);
    List<Driver> drivers = Drivers.of(facts);
    progress.step("function profiles", done++, steps);
    Map<String, List<FunctionScore>> functions = Functions.of(facts);
    progress.step("core diplomatic functions", done++, steps);
    Map<String, CoreFunctions> core = CoreFunctionAnalysis.of(facts);
    List<ClusterAssessment> out = new ArrayList<>();
    NetworkPositionAnalysis positions = new NetworkPositionAnalysis(facts);
    Set<String> sourceIds = new LinkedHashSet<>();
    for (Cluster c : reported) {
      progress.step("inner structure of " + c.id(), done++, steps);
      out.add(assessCluster(facts, positions, c, drivers, functions.get(c.id()), core.get(c.id()), sourceIds));
    }
    for (IndicatorDefinitionUse use : indicatorSources(facts)) {
      sourceIds.add(use.sourceId());
    }
    List<SourceNote> sources = new ArrayList<>();
    for (String id : sourceIds) {
      Source s = dataset.sources().get(id);
      if (s != null) {
        sources.add(new SourceNote(s.id(), s.title(), s.licence(), s.vintage(), s.attribution(), s.url()));
      }
    }
    List<String> notes = new ArrayList<>();
    if (dataset.clusters().isEmpty()) {
      notes.add("the dataset defines no cluster");
    }
    Map<String, String> parameters = new LinkedHashMap<>(options.asParameters());
    if (dataset.asOfYear().isPresent()) {
      int year = dataset.asOfYear().getAsInt();
      parameters.put("as of year", String.valueOf(year));
      Map<TieType, Integer> undated = undated(dataset.ties());
      notes.add(undated.isEmpty() ? "as of " + year + ": every tie kept has a start or end year"
          : "as of " + year + ": " + undatedText(undated, year));
      int undatedPopulations = (int) dataset.cities().values().stream()
          .filter(c -> c.population() != null && c.population().year() == null).count();
      notes.add("as of " + year + ": " + dataset.populationsAfterAsOf().size() + " city populations dated after "
          + year + " and every indicator value observed after it are left out; " + undatedPopulations
          + " populations without a year are kept (year not given, so they may describe a later year)");
    }
    return new Assessment(dataset.label(), dataset.lastYear(), parameters, out, sources, notes);
  }

  private record IndicatorDefinitionUse(String sourceId) {}

  private List<IndicatorDefinitionUse> indicatorSources(Facts f) {
    List<IndicatorDefinitionUse> out = new ArrayList<>();
    f.gdp.ifPresent(d -> out.add(new IndicatorDefinitionUse(d.sourceId())));
    for (String code : List.of(Facts.COUNTRY_DENSITY, Facts.COUNTRY_URBAN_SHARE)) {
      var d = dataset.indicatorDefinitions().get(code);
      if (d != null) {
        out.add(new IndicatorDefinitionUse(d.sourceId()));
      }
    }
    return out;
  }

  private ClusterAssessment assessCluster(Facts facts, NetworkPositionAnalysis positions, Cluster cluster,
      List<Driver> drivers, List<FunctionScore> functions, CoreFunctions core, Set<String> sourceIds) {
    List<MissingItem> missing = new ArrayList<>();
    List<MemberCity> members = new ArrayList<>();
    for (String id : cluster.memberIds()) {
      City city = dataset.city(id).orElseThrow();
      members.add(new MemberCity(id, city.nameEn(), city.nameZh(), city.country(), cluster.isCentral(id),
          city.population()));
      if (city.population() == null) {
        java.util.OptionalInt later = dataset.populationAfterAsOf(id);
        missing.add(new MissingItem("members", id, "population", later.isPresent()
            ? "the population of " + city.nameEn() + " is dated " + later.getAsInt() + ", after the as-of year "
                + dataset.asOfYear().getAsInt() + " (left out, not carried back)"
            : "no source gives the population of " + city.nameEn()));
      } else {
        sourceIds.add(city.population().sourceId());
      }
      for (Tie t : dataset.tiesOf(id)) {
        sourceIds.add(t.sourceId());
      }
    }
    TieProfile ties = facts.profiles.get(cluster.id());
    if (ties.international() == 0) {
      missing.add(new MissingItem("ties", cluster.id(), "international ties",
          "no member has an international tie in the data: the central city's share is undefined"));
    }
    for (Driver d : drivers) {
      d.composite().subject(cluster.id()).ifPresent(s -> missingReadings("drivers", d.nameEn(), d.composite(), s,
          missing));
      for (String m : d.missingIndicators()) {
        missing.add(new MissingItem("drivers", cluster.id(), m, "not in the data: " + d.nameEn()
            + " is scored without it"));
      }
    }
    for (FunctionScore fs : functions) {
      fs.clusters().subject(cluster.id()).ifPresent(s -> missingReadings("functions", fs.nameEn(), fs.clusters(), s,
          missing));
      for (Composite.Subject s : fs.members().subjects()) {
        missingReadings("functions", fs.nameEn() + " (member cities)", fs.members(), s, missing);
      }
      for (String m : fs.missingIndicators()) {
        missing.add(new MissingItem("functions", cluster.id(), m, "not in the data: " + fs.nameEn()
            + " is scored without it"));
      }
    }
    for (CoreFunctions.Entry e : core.undecided()) {
      missing.add(new MissingItem("core functions", cluster.id(), e.function().key(),
          e.evidence().get(e.evidence().size() - 1)));
    }
    if (dataset.asOfYear().isPresent()) {
      List<Tie> own = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String id : cluster.memberIds()) {
        for (Tie t : dataset.tiesOf(id)) {
          if (seen.add(t.id())) {
            own.add(t);
          }
        }
      }
      Map<TieType, Integer> undated = undated(own);
      if (!undated.isEmpty()) {
        int n = undated.values().stream().mapToInt(Integer::intValue).sum();
        missing.add(new MissingItem("ties", cluster.id(), "start year of " + n + " ties of the members",
            undatedText(undated, dataset.asOfYear().getAsInt())));
      }
    }
    InnerStructure inner = InnerStructureAnalysis.of(facts, cluster, missing);
    NetworkPosition position = positions.of(cluster);
    for (NetworkPosition.Interlock i : position.interlock()) {
      i.undecided().ifPresent(why -> missing.add(new MissingItem("network position", cluster.id(),
          "GNC split (" + i.layer() + ")", why)));
    }
    return new ClusterAssessment(cluster.id(), cluster.nameEn(), cluster.nameZh(), cluster.definition(),
        cluster.definitionUrl(), members, ties, drivers, functions, core, inner, position, missing);
  }

  /** Ties with neither a start nor an end year, counted by type (type order). */
  private static Map<TieType, Integer> undated(List<Tie> ties) {
    Map<TieType, Integer> out = new EnumMap<>(TieType.class);
    for (Tie t : ties) {
      if (t.fromYear() == null && t.toYear() == null) {
        out.merge(t.type(), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * What an as-of view does with undated ties, with their counts. They are kept because a missing start year is
   * missing, not "after the year": dropping them would empty whole layers (most sister-city and mission records carry
   * no date). Keeping them may count ties that did not yet exist, so the result says how many there are.
   */
  private static String undatedText(Map<TieType, Integer> undated, int year) {
    List<String> parts = new ArrayList<>();
    int n = 0;
    for (Map.Entry<TieType, Integer> e : undated.entrySet()) {
      parts.add(e.getKey().key() + " " + e.getValue());
      n += e.getValue();
    }
    return n + " undated ties kept (" + String.join(", ", parts) + "): their start year is not recorded, so they"
        + " are counted although some may not have existed in " + year;
  }

  /** Lists the missing readings of one subject, naming the indicator and the reason. */
  private static void missingReadings(String section, String what, Composite c, Composite.Subject s,
      List<MissingItem> missing) {
    for (IndicatorReading r : s.readings()) {
      if (r.isMissing()) {
        String name = c.indicators().stream().filter(i -> i.code().equals(r.code())).findFirst()
            .map(IndicatorInfo::nameEn).orElse(r.code());
        missing.add(new MissingItem(section, s.id(), what + ": " + name, r.note()
            + (c.weights().containsKey(r.code()) ? "; the subject is left out of the score" : "")));
      }
    }
  }
}
