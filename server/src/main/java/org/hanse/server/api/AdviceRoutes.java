package org.hanse.server.api;

import static org.hanse.server.api.ApiDoc.Param.query;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.hanse.advise.DiplomaticFunction;
import org.hanse.advise.handover.ConcentrationEffect;
import org.hanse.advise.handover.FunctionHandover;
import org.hanse.advise.handover.HandoverAdvisor;
import org.hanse.advise.handover.HandoverCandidate;
import org.hanse.advise.handover.HandoverCriterion;
import org.hanse.advise.handover.HandoverPlan;
import org.hanse.advise.partner.Explanation;
import org.hanse.advise.partner.PartnerAdvisor;
import org.hanse.advise.partner.PartnerKind;
import org.hanse.advise.partner.Recommendation;
import org.hanse.advise.partner.Recommendations;
import org.hanse.advise.partner.Scorer;
import org.hanse.analysis.Provenance;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.ServiceException;
import org.hanse.server.service.ValidationProblem;
import org.hanse.server.web.RequestState;

/**
 * Advice from the advise module, as it computes it: partners for a city or a cluster acting as one (with the
 * evidence behind each), and the members best placed to take over part of a central city's functions. Results are
 * computed once per revision of the knowledge base and kept until it changes.
 */
public final class AdviceRoutes {
  private static final String TAG = "advice";
  public static final int MAX_LIMIT = 50;
  /** Last year of the back-test's training network when none is given, as on the command line. */
  public static final int DEFAULT_TRAIN_UNTIL = 2000;

  private AdviceRoutes() {}

  /** One recommended partner, with the explanation as text in the request's language and as data. */
  public record PartnerView(int rank, String partnerId, String nameEn, String nameZh, String country, double score,
      String why, List<String> sharedPartners, List<String> similarCities, List<String> existingLayers,
      List<String> complementaryFunctions, List<String> heldByPeers, boolean novel) {}

  public record PartnerAdvice(String sourceId, String sourceName, String kind, String kindLabel, String scorer,
      String scorerCitation, int candidates, int coveredByGroup, List<PartnerView> items, Provenance provenance) {}

  public record Effect(double moved, Double giniBefore, Double giniAfter, Double theilBefore, Double theilAfter) {
    static Effect of(ConcentrationEffect e) {
      return new Effect(e.moved(), val(e.giniBefore()), val(e.giniAfter()), val(e.theilBefore()),
          val(e.theilAfter()));
    }
  }

  public record CandidateView(int rank, String cityId, String nameEn, String nameZh, double closeness,
      Map<String, Double> criteria, List<String> reasons, Effect functionConcentration, Effect overallConcentration) {}

  public record FunctionView(String function, String label, boolean core, double centralTies, double centralLq,
      double centralShare, Map<String, Double> weights, List<CandidateView> candidates, Provenance provenance) {}

  public record HandoverAdvice(String clusterId, String centralId, String centralNameEn, String centralNameZh,
      double share, List<FunctionView> functions) {}

  public record HostView(String cityId, String nameEn, String nameZh, double openness, int airRoutes,
      Long population, Double distanceKm, int earlierEditions, List<String> problems) {
    static HostView of(org.hanse.advise.cohost.HostCity h) {
      return new HostView(h.cityId(), h.nameEn(), h.nameZh(), h.openness(), h.airRoutes(),
          h.population().isPresent() ? h.population().getAsLong() : null, val(h.distanceKm()), h.earlierEditions(),
          h.problems());
    }
  }

  public record HostSetView(int rank, String mainHostId, List<HostView> hosts, Double giniBefore, double giniAfter,
      Double giniChange, Double theilBefore, double theilAfter, List<String> feasibility) {
    /** The host ids joined by commas, for the page's data attribute. */
    public String hostIdList() {
      return String.join(",", hosts.stream().map(HostView::cityId).toList());
    }
  }

  /** {@code hostSets}, not {@code sets}: the page's expression language takes a name starting "set" for a setter. */
  public record CohostAdvice(String clusterId, String series, int hosts, String mainHostId, int feasibleHosts,
      List<HostSetView> hostSets, List<HostView> members, Provenance provenance) {
    /** The same advice with its texts for people (method line, notes, why a member can host or not) in {@code lang}. */
    public CohostAdvice in(Lang lang, HanseService service) {
      // The planner's reasons name the members in English ("Xingtai: main host", "Taizhou (Jiangsu): …").
      org.hanse.analysis.text.Localizer loc = cityTexts(service, lang);
      java.util.function.Function<HostView, HostView> host = h -> new HostView(h.cityId(), h.nameEn(), h.nameZh(),
          h.openness(), h.airRoutes(), h.population(), h.distanceKm(), h.earlierEditions(), loc.texts(h.problems()));
      return new CohostAdvice(clusterId, series, hosts, mainHostId, feasibleHosts, hostSets.stream()
          .map(x -> new HostSetView(x.rank(), x.mainHostId(), x.hosts().stream().map(host).toList(), x.giniBefore(),
              x.giniAfter(), x.giniChange(), x.theilBefore(), x.theilAfter(), loc.texts(x.feasibility()))).toList(),
          members.stream().map(host).toList(), loc.provenance(provenance));
    }
  }

  public record EntryView(String id, String kind, String cityId, String partner, String title, String start,
      String end, String status, boolean active) {
    static EntryView of(org.hanse.advise.calendar.CalendarEntry e) {
      return new EntryView(e.id(), e.kind().name().toLowerCase(Locale.ROOT), e.cityId(), e.partner(), e.title(),
          e.start().toString(), e.end() == null ? null : e.end().toString(), e.status(), e.active());
    }
  }

  public record FlagView(String rule, String ruleLabel, EntryView first, EntryView second, long daysApart,
      String explanation) {}

  /** The weekly digest of a calendar: entries running in the ISO week, those starting in the weeks after, flags. */
  public record DigestView(String week, String monday, String sunday, List<EntryView> thisWeek,
      List<EntryView> upcoming, List<FlagView> flags) {}

  /** {@code digest} is null unless a week was asked for. */
  public record CalendarAdvice(String clusterId, int samePartnerDays, int sameSeriesDays, List<EntryView> entries,
      List<FlagView> flags, DigestView digest, Provenance provenance) {}

  /** Statuses in which an engagement raises no conflict (as the command line's calendar maps them). */
  private static final java.util.Set<org.hanse.store.engagement.EngagementStatus> INACTIVE = java.util.EnumSet.of(
      org.hanse.store.engagement.EngagementStatus.CANCELLED, org.hanse.store.engagement.EngagementStatus.WITHDRAWN,
      org.hanse.store.engagement.EngagementStatus.LOST, org.hanse.store.engagement.EngagementStatus.EXPIRED,
      org.hanse.store.engagement.EngagementStatus.TERMINATED);

  static void register(ApiRoutes api, HanseService service) {
    api.route(HandlerType.GET, "/api/v1/advice/calendar", TAG, "The coordination calendar of a cluster",
        "The members' recorded engagements by date and the flags raised among them: the same partner approached by "
            + "two members within samePartnerDays, bids for the same event series within sameSeriesDays, "
            + "overlapping delegations. Cancelled, withdrawn, lost, expired and terminated engagements raise none. "
            + "Signed-in users (engagements are not public).",
        List.of(query("cluster", "string", "cluster id (required)"),
            query("samePartnerDays", "integer", "window for approaches to the same partner (default 90)"),
            query("sameSeriesDays", "integer", "window for bids for the same event series (default 730)"),
            query("week", "string", "ISO week, e.g. 2026-W09: adds the weekly digest (entries of that week, those "
                + "starting in the " + org.hanse.advise.calendar.WeeklyDigest.LOOKAHEAD_WEEKS + " weeks after, "
                + "and the flags touching them)"),
            query("lang", "string", "language of the rule labels: en or zh")),
        null, "CalendarAdvice", 200, List.of(400, 401, 404), true, ctx -> {
          var who = ApiRoutes.requireSignedIn(ctx);
          Dataset d = service.dataset();
          String clusterId = requiredCluster(d, ctx.queryParam("cluster")).id();
          org.hanse.advise.calendar.CalendarRules defaults = org.hanse.advise.calendar.CalendarRules.defaults();
          int partnerDays = Paging.intParam(ctx, "samePartnerDays", defaults.samePartnerDays());
          int seriesDays = Paging.intParam(ctx, "sameSeriesDays", defaults.sameSeriesDays());
          if (partnerDays < 0 || seriesDays < 0) {
            throw new BadRequestResponse("the windows must not be negative");
          }
          Lang lang = lang(ctx);
          List<org.hanse.advise.calendar.CalendarEntry> all = service.engagements(who).stream()
              .map(AdviceRoutes::entry).toList();
          org.hanse.advise.calendar.ClusterCalendar cal = org.hanse.advise.calendar.CoordinationCalendar.of(d,
              clusterId, all, new org.hanse.advise.calendar.CalendarRules(partnerDays, seriesDays));
          String week = ApiRoutes.blankToNull(ctx.queryParam("week"));
          DigestView digest = null;
          if (week != null) {
            org.hanse.advise.calendar.WeeklyDigest w;
            try {
              w = org.hanse.advise.calendar.WeeklyDigest.of(cal, week);
            } catch (IllegalArgumentException e) {
              throw new BadRequestResponse("week must be an ISO week such as 2026-W09, not '" + week + "'");
            }
            digest = new DigestView(w.week(), w.monday().toString(), w.sunday().toString(),
                w.thisWeek().stream().map(EntryView::of).toList(), w.upcoming().stream().map(EntryView::of).toList(),
                w.flags().stream().map(f -> flag(f, lang)).toList());
          }
          ctx.json(new CalendarAdvice(cal.clusterId(), partnerDays, seriesDays,
              cal.entries().stream().map(EntryView::of).toList(),
              cal.flags().stream().map(f -> flag(f, lang)).toList(), digest,
              org.hanse.analysis.text.Localizer.of(lang).provenance(cal.provenance())));
        });
    api.route(HandlerType.GET, "/api/v1/advice/backtest", TAG, "Back-test of the partner scorers",
        "The temporal back-test the command line's advise backtest runs: the network as of the end of year is the "
            + "training set, ties formed later the probe; AUC and precision at L of every scorer against random, "
            + "with the bootstrap interval of combined minus preferential attachment. Computed once per revision "
            + "of the data; the first request may take seconds.",
        List.of(query("kind", "string", "city (default), city_network, country, organisation or event_series"),
            query("year", "integer", "last year of the training network (default " + DEFAULT_TRAIN_UNTIL + ")")),
        null, "BacktestResult", 200, List.of(400), false, ctx -> ctx.contentType("application/json")
            .result(backtest(service, ctx.queryParam("kind"), ctx.queryParam("year"))));
    api.route(HandlerType.POST, "/api/v1/scenarios", TAG, "Run a scenario",
        "Applies a scenario (the body, in the hanse-scenario/1 file format that hanse scenario run reads) to a copy "
            + "of the current data, recomputes the whole assessment and returns every measure that changed "
            + "(before, after, difference) and the number unchanged, as the command line's JSON does. Nothing is "
            + "written. Editors and administrators: a run recomputes every cluster.",
        List.of(query("save", "boolean", "true: also save the scenario under a new id to share "
            + "(201, Location /api/v1/scenarios/{id}; the answer adds id and link)")),
        "Scenario", "ScenarioResult", 200, List.of(400, 401, 403, 422), true, ctx -> {
          var who = ApiRoutes.requireWriter(ctx);
          String result = scenario(service, ctx.body());
          if (!"true".equalsIgnoreCase(ApiRoutes.blankToNull(ctx.queryParam("save")))) {
            ctx.contentType("application/json").result(result);
            return;
          }
          // Saved only once it ran: a link never points at a scenario that does not fit the data it was made on.
          String name = org.hanse.advise.scenario.ScenarioFiles.fromJson(ctx.body()).name();
          org.hanse.store.SavedScenarios.Saved saved;
          try {
            saved = service.savedScenarios().save(who, name, ctx.body());
          } catch (org.hanse.store.AccessDeniedException e) {
            throw new ServiceException.Forbidden(e.getMessage());
          } catch (org.hanse.store.StoreUserException e) {
            throw new BadRequestResponse(e.getMessage());
          }
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("id", saved.id());
          out.put("link", "/advice/scenarios/" + saved.id());
          out.putAll(READER.readValue(result, MAP));
          ctx.status(201).header("Location", "/api/v1/scenarios/" + saved.id());
          ctx.contentType("application/json").result(org.hanse.advise.AdviceJson.write(out));
        });
    api.route(HandlerType.GET, "/api/v1/scenarios", TAG, "Saved scenarios",
        "Every saved scenario, newest first: id, name, who saved it and when, and the dashboard link to share.",
        List.of(), null, "SavedScenarioList", 200, List.of(), false, ctx -> ctx.json(
            service.savedScenarios().list().stream().map(AdviceRoutes::savedView).toList()));
    api.route(HandlerType.GET, "/api/v1/scenarios/{id}", TAG, "One saved scenario, run again",
        "The saved scenario file and its result on the current data (recomputed once per data revision, so a "
            + "shared link shows the figures of the day, not of the day it was saved).",
        List.of(ApiDoc.Param.path("id", "scenario id")), null, "SavedScenario", 200, List.of(404), false, ctx -> {
          String id = ctx.pathParam("id");
          org.hanse.store.SavedScenarios.Saved saved = service.savedScenarios().find(id)
              .orElseThrow(() -> new ServiceException.NotFound("no saved scenario with id " + id));
          Map<String, Object> out = new LinkedHashMap<>();
          SavedView v = savedView(saved);
          out.put("id", v.id());
          out.put("name", v.name());
          out.put("createdAt", v.createdAt());
          out.put("createdBy", v.createdBy());
          out.put("link", v.link());
          String result = service.derived("advice.savedScenario|" + saved.id(), ds -> scenario(service, saved.body()));
          out.put("result", READER.readValue(result, MAP));
          ctx.contentType("application/json").result(org.hanse.advise.AdviceJson.write(out));
        });
    api.route(HandlerType.GET, "/api/v1/advice/cohost", TAG, "Co-hosting an event",
        "The sets of member cities that could host an event together, best first: every host meets the "
            + "requirements (air routes, population, distance from the main host), and among feasible sets the one "
            + "leaving the members' international ties least concentrated (lowest corrected Gini) after the event "
            + "ranks first. Every member is listed with the figures used and why it cannot host, if so.",
        List.of(query("cluster", "string", "cluster id (required)"),
            query("hosts", "integer", "number of host cities, main host included (default 2)"),
            query("series", "string", "event series actor id or a label, to count earlier editions"),
            query("mainHost", "string", "the main host (default: any member of a set)"),
            query("minAirRoutes", "integer", "minimum air routes of every host (default 0)"),
            query("minPopulation", "integer", "minimum population of every host (default 0)"),
            query("maxDistanceKm", "number", "maximum distance of every host from the main host (default: none)"),
            query("alternatives", "integer", "how many sets, 1–20 (default 5)")),
        null, "CohostAdvice", 200, List.of(400, 404), false,
        ctx -> ctx.json(cohost(service, ctx).in(lang(ctx), service)));
    api.route(HandlerType.GET, "/api/v1/advice/partners", TAG, "Partners to seek",
        "For one member city (city=) or a whole cluster acting as one (cluster=): the foreign cities, city networks, "
            + "countries (missions), organisations or event series it has no tie with yet, ranked by a "
            + "link-prediction scorer on the multiplex network, each with the evidence (shared partners, similar "
            + "cities already tied to it, complementary functions, members that already have it).",
        List.of(query("city", "string", "a city id (or give cluster)"),
            query("cluster", "string", "a cluster id: the cluster acting as one"),
            query("kind", "string", "city (default), city_network, country, organisation or event_series"),
            query("scorer", "string", "combined (default), resource_allocation, adamic_adar, jaccard, "
                + "common_neighbours, preferential_attachment or katz"),
            query("limit", "integer", "how many partners, 1–" + MAX_LIMIT + " (default 10)"),
            query("lang", "string", "language of the explanations: en or zh (default: the request's)")),
        null, "PartnerAdvice", 200, List.of(400, 404), false, ctx -> {
          Lang lang = lang(ctx);
          try {
            ctx.json(partners(service, ctx.queryParam("city"), ctx.queryParam("cluster"), ctx.queryParam("kind"),
                ctx.queryParam("scorer"), Paging.intParam(ctx, "limit", 10), lang));
          } catch (org.hanse.advise.partner.PartnerAdvisor.MissingLayers e) {
            throw new ServiceException.NotFound(e.message(lang));
          }
        });
    api.route(HandlerType.GET, "/api/v1/advice/handover", TAG, "Members to take over functions of a central city",
        "For each function the central city has international ties in (core functions first): the other members "
            + "ranked by entropy-weighted TOPSIS over capacity, proximity, existing ties, readiness and "
            + "complementarity, with the reasons and the effect of the move on the concentration (Gini, Theil) of "
            + "the function's and of all international ties among members.",
        List.of(query("cluster", "string", "cluster id (required)"),
            query("central", "string", "the central city (default: the cluster's first)"),
            query("function", "string", "only this function, e.g. economic"),
            query("share", "number", "share of the centre's ties assumed to move, in (0, 1] (default "
                + HandoverAdvisor.DEFAULT_SHARE + ")"),
            query("lang", "string", "language of the reasons: en or zh")),
        null, "HandoverAdvice", 200, List.of(400, 404), false, ctx -> ctx.json(handover(service,
            ctx.queryParam("cluster"), ctx.queryParam("central"), ctx.queryParam("function"),
            ctx.queryParam("share"), lang(ctx))));
  }

  /** A saved scenario as the list shows it; {@code link} is the dashboard page to share. */
  public record SavedView(String id, String name, String createdAt, String createdBy, String link) {}

  private static final com.fasterxml.jackson.databind.ObjectMapper READER =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>> MAP =
      new com.fasterxml.jackson.core.type.TypeReference<>() {};

  static SavedView savedView(org.hanse.store.SavedScenarios.Saved s) {
    return new SavedView(s.id(), s.name(), s.createdAt().toString(), s.createdBy(), "/advice/scenarios/" + s.id());
  }

  private static FlagView flag(org.hanse.advise.calendar.CalendarFlag f, Lang lang) {
    return new FlagView(f.rule().name().toLowerCase(Locale.ROOT), f.rule().label(lang), EntryView.of(f.first()),
        EntryView.of(f.second()), f.daysApart(), f.explanation());
  }

  /** The back-test as JSON (the command line's form), computed once per revision, kind and year. */
  public static String backtest(HanseService service, String kindKey, String yearText) {
    PartnerKind kind = parse(kindKey, PartnerKind.CITY, PartnerKind::fromKey, "kind");
    String y = ApiRoutes.blankToNull(yearText);
    int year;
    try {
      // 2000 as the command line's --train-until has it
      year = y == null ? DEFAULT_TRAIN_UNTIL : Integer.parseInt(y);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("year must be a whole number, not '" + y + "'");
    }
    Dataset d = service.dataset();
    if (year < Dataset.FIRST_YEAR || year >= d.lastYear()) {
      throw new BadRequestResponse("year " + year + " must lie in " + Dataset.FIRST_YEAR + "–" + (d.lastYear() - 1)
          + ": later ties are the probe");
    }
    try {
      return service.derived("advice.backtest|" + kind + "|" + year, ds -> org.hanse.advise.AdviceJson.write(
          org.hanse.advise.partner.Backtest.temporal(ds, org.hanse.advise.partner.Backtest.Options.defaults(kind,
              year))));
    } catch (IllegalArgumentException e) {
      // e.g. no dated tie of the kind after the year: nothing to test against, the user's choice to change
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /**
   * Runs a scenario file's text on the current data and returns the command line's JSON. A text that is not a
   * scenario, or a scenario that does not fit the data, is 422 with the problems.
   */
  public static String scenario(HanseService service, String text) {
    if (text == null || text.isBlank()) {
      throw new BadRequestResponse("the request needs a scenario (hanse-scenario/1 JSON) as its body");
    }
    org.hanse.advise.scenario.Scenario s;
    try {
      s = org.hanse.advise.scenario.ScenarioFiles.fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new ServiceException.Invalid("not a valid scenario",
          List.of(new ValidationProblem(0, "", e.getMessage())));
    }
    org.hanse.advise.scenario.ScenarioResult r;
    try {
      // The runner keeps the base assessment, so it is built once per revision and shared by every run.
      r = service.derived("advice.scenarioRunner", org.hanse.advise.scenario.ScenarioRunner::new).run(s);
    } catch (org.hanse.model.InvalidDatasetException e) {
      throw new ServiceException.Invalid("the scenario does not fit the data",
          e.problems().stream().map(p -> new ValidationProblem(0, "", p)).toList());
    } catch (IllegalArgumentException e) {
      throw new ServiceException.Invalid("the scenario does not fit the data",
          List.of(new ValidationProblem(0, "", e.getMessage())));
    }
    return org.hanse.advise.AdviceJson.scenario(r);
  }

  /**
   * Partner advice for a city or a cluster (exactly one of them); the texts in {@code lang}.
   *
   * @throws org.hanse.advise.partner.PartnerAdvisor.MissingLayers when the data hold no tie that partners of the
   *     kind are scored on
   */
  public static PartnerAdvice partners(HanseService service, String cityId, String clusterId, String kindKey,
      String scorerKey, int limit, Lang lang) {
    Dataset d = service.dataset();
    String city = ApiRoutes.blankToNull(cityId);
    String cluster = ApiRoutes.blankToNull(clusterId);
    if ((city == null) == (cluster == null)) {
      throw new BadRequestResponse("give either city or cluster");
    }
    if (city != null && d.city(city).isEmpty()) {
      throw new ServiceException.NotFound("no city with id " + city);
    }
    if (cluster != null && d.cluster(cluster).isEmpty()) {
      throw new ServiceException.NotFound("no cluster with id " + cluster);
    }
    PartnerKind kind = parse(kindKey, PartnerKind.CITY, PartnerKind::fromKey, "kind");
    Scorer scorer = parse(scorerKey, Scorer.COMBINED, Scorer::fromKey, "scorer");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequestResponse("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
    }
    String key = "advice.partners|" + city + "|" + cluster + "|" + kind + "|" + scorer + "|" + limit;
    Recommendations r = service.derived(key, ds -> {
      PartnerAdvisor advisor = service.derived("advice.partnerAdvisor", PartnerAdvisor::new);
      return city != null ? advisor.forCity(city, kind, scorer, limit) : advisor.forCluster(cluster, kind, scorer,
          limit);
    });
    List<PartnerView> items = new ArrayList<>();
    for (Recommendation rec : r.items()) {
      Explanation e = rec.explanation();
      items.add(new PartnerView(rec.rank(), rec.partnerId(), rec.nameEn(), rec.nameZh(), rec.country(), rec.score(),
          e.summary(lang),
          e.sharedPartners().stream().limit(10).map(s -> s.partner().name(lang)).toList(),
          e.peers().stream().map(p -> p.city().name(lang)).toList(),
          e.existingLayers().stream().map(t -> t.key()).sorted().toList(),
          e.complementary().stream().map(f -> f.function().label(lang)).toList(),
          e.heldByPeers().stream().map(n -> n.name(lang)).toList(), e.novel()));
    }
    org.hanse.analysis.text.Localizer loc = org.hanse.analysis.text.Localizer.of(lang);
    return new PartnerAdvice(r.sourceId(), r.sourceName(d, lang), r.kind().key(), r.kind().label(lang),
        r.scorer().key(), loc.text(r.scorer().citation()), r.candidates(), r.coveredByGroup(), items,
        loc.provenance(r.provenance()));
  }

  /** Hand-over advice for a cluster's central city; the texts in {@code lang}. */
  public static HandoverAdvice handover(HanseService service, String clusterParam, String centralParam,
      String functionKey, String shareParam, Lang lang) {
    Dataset d = service.dataset();
    Cluster cl = requiredCluster(d, clusterParam);
    String central = ApiRoutes.blankToNull(centralParam);
    if (central != null && !cl.hasMember(central)) {
      throw new BadRequestResponse(central + " is not a member of " + cl.id());
    }
    DiplomaticFunction only = parse(functionKey, null, DiplomaticFunction::fromKey, "function");
    double share = HandoverAdvisor.DEFAULT_SHARE;
    String shareText = ApiRoutes.blankToNull(shareParam);
    if (shareText != null) {
      try {
        share = Double.parseDouble(shareText);
      } catch (NumberFormatException e) {
        throw new BadRequestResponse("share must be a number in (0, 1], not '" + shareText + "'");
      }
      if (!(share > 0 && share <= 1)) {
        throw new BadRequestResponse("share must be in (0, 1], not " + shareText);
      }
    }
    double s = share;
    String key = "advice.handover|" + cl.id() + "|" + central + "|" + only + "|" + share;
    HandoverPlan plan;
    try {
      plan = service.derived(key, ds -> service.derived("advice.handoverAdvisor", HandoverAdvisor::new)
          .plan(cl.id(), central, only, s));
    } catch (IllegalArgumentException e) {
      // The advisor's own refusals (too few members, a function the centre has no tie in) are the user's to fix.
      throw new BadRequestResponse(e.getMessage());
    }
    var centre = d.cities().get(plan.centralId());
    org.hanse.analysis.text.Localizer loc = cityTexts(service, lang);
    List<FunctionView> functions = new ArrayList<>();
    for (FunctionHandover f : plan.functions()) {
      List<CandidateView> candidates = new ArrayList<>();
      for (HandoverCandidate c : f.candidates()) {
        candidates.add(new CandidateView(c.rank(), c.cityId(), c.nameEn(), c.nameZh(), c.closeness(),
            criteria(c.criteria()), c.reasons().stream().map(r -> r.text(lang)).toList(), Effect.of(c.effect()),
            Effect.of(c.overall())));
      }
      functions.add(new FunctionView(f.function().key(), f.function().label(lang), f.core(), f.centralTies(),
          f.centralLq(), f.centralShare(), criteria(f.weights()), candidates,
          loc.provenance(f.provenance())));
    }
    return new HandoverAdvice(plan.clusterId(), plan.centralId(), centre.nameEn(), centre.nameZh(), plan.share(),
        functions);
  }

  /**
   * Co-hosting advice from the dashboard's form: the number of hosts and, when given (null otherwise), the main
   * host, minimum air routes, minimum population and maximum distance from the main host, as the command line has.
   */
  public static CohostAdvice cohost(HanseService service, String clusterId, String hosts, String mainHost,
      String minAirRoutes, String minPopulation, String maxDistanceKm) {
    int n;
    int minAir;
    long minPop;
    double maxKm;
    try {
      n = Integer.parseInt(hosts.trim());
      minAir = minAirRoutes == null ? 0 : Integer.parseInt(minAirRoutes.trim());
      minPop = minPopulation == null ? 0 : Long.parseLong(minPopulation.trim());
      maxKm = maxDistanceKm == null ? Double.POSITIVE_INFINITY : Double.parseDouble(maxDistanceKm.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("hosts, minimum air routes and minimum population must be whole numbers and the "
          + "maximum distance a number");
    }
    return cohost(service, clusterId, n, null, mainHost, minAir, minPop, maxKm,
        org.hanse.advise.cohost.EventProfile.DEFAULT_ALTERNATIVES);
  }

  /** Co-hosting advice from the request's parameters. */
  public static CohostAdvice cohost(HanseService service, Context ctx) {
    String clusterId = requiredCluster(service.dataset(), ctx.queryParam("cluster")).id();
    int hosts = Paging.intParam(ctx, "hosts", 2);
    int minAir = Paging.intParam(ctx, "minAirRoutes", 0);
    int alternatives = Paging.intParam(ctx, "alternatives", org.hanse.advise.cohost.EventProfile.DEFAULT_ALTERNATIVES);
    if (alternatives < 1 || alternatives > 20) {
      throw new BadRequestResponse("alternatives must be between 1 and 20, not " + alternatives);
    }
    long minPop;
    double maxKm;
    try {
      String p = ApiRoutes.blankToNull(ctx.queryParam("minPopulation"));
      minPop = p == null ? 0 : Long.parseLong(p);
      String k = ApiRoutes.blankToNull(ctx.queryParam("maxDistanceKm"));
      maxKm = k == null ? Double.POSITIVE_INFINITY : Double.parseDouble(k);
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("minPopulation must be a whole number and maxDistanceKm a number");
    }
    return cohost(service, clusterId, hosts, ApiRoutes.blankToNull(ctx.queryParam("series")),
        ApiRoutes.blankToNull(ctx.queryParam("mainHost")), minAir, minPop, maxKm, alternatives);
  }

  private static CohostAdvice cohost(HanseService service, String clusterId, int hosts, String series, String main,
      int minAir, long minPop, double maxKm, int alternatives) {
    Dataset d = service.dataset();
    Cluster cl = d.cluster(clusterId).orElseThrow(() -> new ServiceException.NotFound("no cluster with id "
        + clusterId));
    org.hanse.advise.cohost.EventProfile profile;
    org.hanse.advise.cohost.CohostPlan plan;
    try {
      profile = new org.hanse.advise.cohost.EventProfile(series, hosts, main, minAir, minPop, maxKm, 1, alternatives);
      String key = "advice.cohost|" + cl.id() + "|" + profile;
      plan = service.derived(key, ds -> service.derived("advice.cohostPlanner",
          org.hanse.advise.cohost.CohostPlanner::new).plan(cl.id(), profile));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    List<HostSetView> sets = new ArrayList<>();
    for (org.hanse.advise.cohost.HostSet hs : plan.sets()) {
      sets.add(new HostSetView(hs.rank(), hs.mainHostId(), hs.hosts().stream().map(HostView::of).toList(),
          val(hs.giniBefore()), hs.giniAfter(), val(hs.giniChange()), val(hs.theilBefore()), hs.theilAfter(),
          hs.feasibility()));
    }
    return new CohostAdvice(plan.clusterId(), profile.series(), profile.hosts(), profile.mainHostId(),
        plan.feasibleHosts(), sets, plan.members().stream().map(HostView::of).toList(), plan.provenance());
  }

  /** A stored engagement as a calendar entry (the store's kinds and statuses mapped to the calendar's). */
  static org.hanse.advise.calendar.CalendarEntry entry(org.hanse.store.engagement.Engagement e) {
    org.hanse.advise.calendar.EntryKind k = switch (e.kind()) {
      case VISIT_INCOMING -> org.hanse.advise.calendar.EntryKind.VISIT_INCOMING;
      case VISIT_OUTGOING -> org.hanse.advise.calendar.EntryKind.VISIT_OUTGOING;
      case AGREEMENT -> org.hanse.advise.calendar.EntryKind.AGREEMENT;
      case MOU -> org.hanse.advise.calendar.EntryKind.MOU;
      case EVENT_BID -> org.hanse.advise.calendar.EntryKind.EVENT_BID;
      case EVENT -> org.hanse.advise.calendar.EntryKind.EVENT;
      case EXCHANGE_STUDENTS, EXCHANGE_OFFICIALS -> org.hanse.advise.calendar.EntryKind.EXCHANGE;
    };
    return new org.hanse.advise.calendar.CalendarEntry(e.id(), k, e.cityId(), e.partner(), e.partnerId(),
        e.partnerCountry(), e.title(), e.startDate(), e.endDate(), e.status().key(), !INACTIVE.contains(e.status()));
  }

  /** The cluster a request names: 400 when it names none, 404 when the data have no such cluster. */
  /**
   * The catalogue of texts in {@code lang} knowing the names of the data's cities, built once per revision of the data
   * and language (every city's names, twice: not work for each request); only read after it is built.
   */
  static org.hanse.analysis.text.Localizer cityTexts(HanseService service, Lang lang) {
    return service.derived("text.cityNames|" + lang, d -> org.hanse.analysis.text.Localizer.of(lang).cityNames(d));
  }

  private static Cluster requiredCluster(Dataset d, String clusterParam) {
    String clusterId = ApiRoutes.blankToNull(clusterParam);
    if (clusterId == null) {
      throw new BadRequestResponse("give the cluster");
    }
    return d.cluster(clusterId).orElseThrow(() -> new ServiceException.NotFound("no cluster with id " + clusterId));
  }

  private static Map<String, Double> criteria(Map<HandoverCriterion, Double> values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (HandoverCriterion c : HandoverCriterion.values()) {
      if (values.containsKey(c)) {
        Double v = values.get(c);
        out.put(c.name().toLowerCase(Locale.ROOT), v == null || !Double.isFinite(v) ? null : v);
      }
    }
    return out;
  }

  private static Lang lang(Context ctx) {
    String l = ctx.queryParam("lang");
    if (l != null && l.trim().equalsIgnoreCase("zh")) {
      return Lang.ZH;
    }
    if (l != null && l.trim().equalsIgnoreCase("en")) {
      return Lang.EN;
    }
    return RequestState.of(ctx).lang();
  }

  private static <T> T parse(String text, T fallback, java.util.function.Function<String, T> parser, String name) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage() != null && e.getMessage().startsWith("unknown") ? e.getMessage()
          : "unknown " + name + " '" + text.trim() + "'");
    }
  }

  private static Double val(OptionalDouble d) {
    return d.isPresent() && Double.isFinite(d.getAsDouble()) ? d.getAsDouble() : null;
  }
}
