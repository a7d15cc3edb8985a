package org.hanse.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.server.BuildInfo;
import org.hanse.server.api.ApiDoc;
import org.hanse.server.api.ApiRoutes;
import org.hanse.server.api.AssessmentSections;
import org.hanse.server.api.Queries;
import org.hanse.server.api.Views;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.Measure;
import org.hanse.store.access.Principal;
import org.hanse.server.service.ServiceException;
import org.hanse.server.service.ValidationProblem;

/**
 * The dashboard's pages. Each page is server-rendered HTML (tables, forms, links: usable with the keyboard and
 * without scripts); charts and maps are drawn by the page's script module from the same API the page links to.
 */
public final class PageRoutes {
  private final Javalin app;
  private final HanseService service;
  private final SecurityFilter security;
  private final Templates templates;
  private final I18n i18n;
  private final ApiDoc apiDoc;
  private final ObjectMapper mapper;

  public PageRoutes(Javalin app, HanseService service, SecurityFilter security, Templates templates, I18n i18n,
      ApiDoc apiDoc, ObjectMapper mapper) {
    this.app = app;
    this.service = service;
    this.security = security;
    this.templates = templates;
    this.i18n = i18n;
    this.apiDoc = apiDoc;
    this.mapper = mapper;
  }

  public void register() {
    app.get("/", this::worldMap);
    app.get("/clusters", ctx -> ctx.redirect("/#clusters"));
    app.get("/clusters/{id}", this::cluster);
    app.get("/rankings", this::rankings);
    app.get("/functions", this::functions);
    app.get("/api", ctx -> render(ctx, "api", "api", Map.of("groups",
        apiGroups(RequestState.of(ctx).lang()))));
    app.get("/network", ctx -> render(ctx, "network", "network", Map.of("tieTypes", List.of(TieType.values()),
        "lastYear", service.dataset().lastYear())));
    app.get("/cities/{id}", this::city);
    app.get("/advice", this::advice);
    // A shared scenario opens the Advice page, whose script loads it from the API and shows its result of the day.
    app.get("/advice/scenarios/{id}", ctx -> ctx.redirect("/advice?scenario="
        + java.net.URLEncoder.encode(ctx.pathParam("id"), java.nio.charset.StandardCharsets.UTF_8) + "#scenario"));
    app.get("/login", ctx -> render(ctx, "login", "login", Map.of("failed", false, "next",
        safeNext(ctx.queryParam("next")), "message", "")));
    app.post("/login", this::login);
    new DataPages(service, this).register(app);
    app.post("/logout", ctx -> {
      security.signOut(ctx);
      ctx.redirect("/");
    });
  }

  private void worldMap(Context ctx) {
    Dataset d = service.dataset();
    Map<String, Object> m = new HashMap<>();
    m.put("clusters", d.clusters().values());
    m.put("measures", service.analysis().cityMeasures());
    m.put("tieTypes", cityToCityTypes());
    m.put("lastYear", d.lastYear());
    render(ctx, "map", "map", m);
  }

  private void cluster(Context ctx) {
    Dataset d = service.dataset();
    Cluster cl = d.cluster(ctx.pathParam("id"))
        .orElseThrow(() -> new ServiceException.NotFound("no cluster with id " + ctx.pathParam("id")));
    Map<String, Object> m = new HashMap<>();
    m.put("cluster", cl);
    m.put("centralCities", cl.centralIds().stream().map(d.cities()::get).toList());
    m.put("members", ApiRoutes.memberTable(service, cl));
    Lang lang = RequestState.of(ctx).lang();
    // The assessment's texts for people (reasons, notes, evidence) in the page's language.
    JsonNode raw = service.analysis().clusterAssessment(cl.id()).orElse(null);
    org.hanse.analysis.text.Localizer loc = LocalisedJson.localizer(raw, lang);
    JsonNode assessment = LocalisedJson.of(raw, loc);
    m.put("assessment", assessment);
    m.put("tieRows", AssessmentViews.tieRows(assessment));
    m.put("centralShare", AssessmentViews.centralShare(assessment));
    m.put("tieMethod", AssessmentViews.tieMethod(assessment));
    m.put("missing", AssessmentViews.missing(assessment));
    m.put("absentSections", AssessmentViews.absentSections(assessment));
    JsonNode drivers = assessment == null ? null : LocalisedJson.of(AssessmentSections.drivers(cl, raw), loc);
    JsonNode functions = assessment == null ? null
        : LocalisedJson.of(AssessmentSections.functions(cl, raw), loc);
    JsonNode inner = assessment == null ? null
        : LocalisedJson.of(AssessmentSections.innerStructure(d, cl, raw), loc);
    m.put("drivers", AssessmentViews.scoreRows(drivers, "drivers", lang));
    m.put("functionScores", AssessmentViews.scoreRows(functions, "functions", lang));
    m.put("coreFunctions", AssessmentViews.coreFunctions(functions, lang));
    m.put("undecidedFunctions", AssessmentViews.undecidedFunctions(functions, lang));
    m.put("structure", AssessmentViews.structureFacts(inner, lang));
    m.put("engagements", Queries.engagements(d, cl, Queries.tieTypes(null), null).stream()
        .filter(e -> e.memberIds().size() > 1).limit(25).toList());
    m.put("cityNames", cityNames(d, cl.memberIds(), RequestState.of(ctx).lang()));
    render(ctx, "cluster", "clusters", m);
  }

  private void city(Context ctx) {
    Dataset d = service.dataset();
    City c = d.city(ctx.pathParam("id"))
        .orElseThrow(() -> new ServiceException.NotFound("no city with id " + ctx.pathParam("id")));
    Lang lang = RequestState.of(ctx).lang();
    List<CityTieRow> ties = new ArrayList<>();
    for (Tie t : Queries.ties(d, Queries.tieTypes(null), null, c.id(), null, null)) {
      ties.add(CityTieRow.of(t, c.id(), d, lang));
    }
    Map<String, Object> m = new HashMap<>();
    m.put("city", c);
    m.put("clusters", d.clustersOf(c.id()).stream().map(d.clusters()::get).toList());
    m.put("ties", ties);
    m.put("canEdit", canEdit(RequestState.of(ctx).principal(), c.id()));
    m.put("measures", service.analysis().cityMeasures());
    m.put("saved", "1".equals(ctx.queryParam("saved")));
    render(ctx, "city", "clusters", m);
  }

  private void login(Context ctx) {
    String username = ctx.formParam("username");
    String password = ctx.formParam("password");
    String next = safeNext(ctx.formParam("next"));
    Principal principal;
    try {
      if (username == null || password == null || username.isBlank()) {
        throw new ServiceException.Unauthenticated("wrong user name or password");
      }
      principal = service.login(username.trim(), password.toCharArray(), ctx.ip());
    } catch (ServiceException.Unauthenticated e) {
      ctx.status(401);
      render(ctx, "login", "login", Map.of("failed", true, "next", next, "message", ""));
      return;
    } catch (ServiceException.TooManyRequests e) {
      ctx.status(429).header("Retry-After", Long.toString(e.retryAfterSeconds()));
      render(ctx, "login", "login", Map.of("failed", true, "next", next, "message", e.getMessage()));
      return;
    }
    security.signIn(ctx, principal);
    ctx.redirect(next);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private void advice(Context ctx) {
    Dataset d = service.dataset();
    Lang lang = RequestState.of(ctx).lang();
    if (d.clusters().isEmpty()) {
      throw new ServiceException.NotFound("the knowledge base has no cluster to advise on");
    }
    String firstCluster = d.clusters().keySet().iterator().next();
    String source = ctx.queryParam("source") == null || ctx.queryParam("source").isBlank()
        ? "cluster:" + firstCluster : ctx.queryParam("source").trim();
    String kind = ctx.queryParam("kind") == null || ctx.queryParam("kind").isBlank() ? "city"
        : ctx.queryParam("kind").trim();
    String scorer = ctx.queryParam("scorer") == null || ctx.queryParam("scorer").isBlank() ? "combined"
        : ctx.queryParam("scorer").trim();
    String hcluster = ctx.queryParam("hcluster") == null || ctx.queryParam("hcluster").isBlank() ? firstCluster
        : ctx.queryParam("hcluster").trim();
    String city = source.startsWith("city:") ? source.substring(5) : null;
    String cluster = source.startsWith("cluster:") ? source.substring(8) : null;
    if (city == null && cluster == null) {
      throw new io.javalin.http.BadRequestResponse("source must be city:<id> or cluster:<id>");
    }
    Map<String, Object> m = new HashMap<>();
    m.put("clusters", d.clusters().values());
    m.put("cities", d.cities());
    m.put("kinds", List.of(org.hanse.advise.partner.PartnerKind.values()));
    m.put("scorers", List.of(org.hanse.advise.partner.Scorer.values()));
    m.put("source", source);
    m.put("kind", kind);
    m.put("scorer", scorer);
    m.put("hcluster", hcluster);
    m.put("langEnum", lang);
    try {
      m.put("partners", org.hanse.server.api.AdviceRoutes.partners(service, city, cluster, kind, scorer, 10, lang));
      m.put("partnersProblem", null);
    } catch (org.hanse.advise.partner.PartnerAdvisor.MissingLayers e) {
      // E.g. event series when the data hold no hosted event: say so and keep the rest of the page.
      m.put("partners", null);
      m.put("partnersProblem", e.message(lang));
    }
    try {
      m.put("handover", org.hanse.server.api.AdviceRoutes.handover(service, hcluster, null, null, null, lang));
      m.put("handoverProblem", null);
    } catch (io.javalin.http.BadRequestResponse e) {
      // E.g. a cluster with too few members for a ranking: say so instead of failing the whole page.
      m.put("handover", null);
      m.put("handoverProblem", e.getMessage());
    }
    String ccluster = ctx.queryParam("ccluster") == null || ctx.queryParam("ccluster").isBlank() ? hcluster
        : ctx.queryParam("ccluster").trim();
    String chosts = ctx.queryParam("chosts") == null || ctx.queryParam("chosts").isBlank() ? "2"
        : ctx.queryParam("chosts").trim();
    String cmain = blank(ctx.queryParam("cmain"));
    String cminair = blank(ctx.queryParam("cminair"));
    String cminpop = blank(ctx.queryParam("cminpop"));
    String cmaxkm = blank(ctx.queryParam("cmaxkm"));
    m.put("ccluster", ccluster);
    m.put("chosts", chosts);
    m.put("cmain", cmain);
    m.put("cminair", cminair);
    m.put("cminpop", cminpop);
    m.put("cmaxkm", cmaxkm);
    m.put("cmembers", d.cluster(ccluster).map(c -> c.memberIds()).orElse(List.of()));
    m.put("thisWeek", org.hanse.advise.calendar.WeeklyDigest.weekOf(java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
    m.put("firstYear", Dataset.FIRST_YEAR);
    m.put("lastYear", d.lastYear());
    try {
      m.put("cohost", org.hanse.server.api.AdviceRoutes.cohost(service, ccluster, chosts, cmain, cminair, cminpop,
          cmaxkm).in(lang, service));
      m.put("cohostProblem", null);
    } catch (io.javalin.http.BadRequestResponse e) {
      m.put("cohost", null);
      m.put("cohostProblem", e.getMessage());
    }
    render(ctx, "advice", "advice", m);
  }

  /** Whether the user may change the city (pages offer the edit links only then; the store checks again). */
  boolean canEdit(Principal who, String cityId) {
    return who != null && service.access().checkCity(who, cityId, true) == null;
  }

  private void rankings(Context ctx) {
    Dataset d = service.dataset();
    List<Measure> measures = service.analysis().cityMeasures();
    String id = ctx.queryParam("measure");
    Measure measure = id == null || id.isBlank() ? firstMeasure()
        : service.analysis().cityMeasure(id).orElseThrow(() -> new ServiceException.NotFound("no measure " + id));
    if (measure == null) {
      throw new ServiceException.NotFound("no measure is available");
    }
    String cluster = ctx.queryParam("cluster") == null ? "" : ctx.queryParam("cluster");
    var page = org.hanse.server.api.Paging.of(ctx).apply(Queries.ranking(d, measure, cluster));
    Map<String, Object> m = new HashMap<>();
    m.put("measures", measures);
    m.put("measure", measure);
    m.put("clusters", d.clusters().values());
    m.put("cluster", cluster);
    m.put("page", page);
    m.put("pages", Math.max(1, (page.total() + page.size() - 1) / page.size()));
    render(ctx, "rankings", "rankings", m);
  }

  /**
   * One core (or undecided) function of a cluster with the evidence for it, as the assessment gives them: the
   * indicator it is counted by, the cluster's location quotient (null when undecided) and the evidence lines.
   */
  public record FunctionView(String id, String name, String indicator, Double lq, List<String> evidence) {}

  /** One row of the functions table. */
  public record FunctionRow(Cluster cluster, List<City> central, List<City> main, List<FunctionView> functions) {}

  private void functions(Context ctx) {
    Dataset d = service.dataset();
    Lang lang = RequestState.of(ctx).lang();
    Measure mainBy = firstMeasure();
    List<FunctionRow> rows = new ArrayList<>();
    for (Cluster cl : d.clusters().values()) {
      List<City> main = mainBy == null ? List.of() : Queries.ranking(d, mainBy, cl.id()).stream().limit(3)
          .map(r -> d.cities().get(r.cityId())).toList();
      rows.add(new FunctionRow(cl, cl.centralIds().stream().map(d.cities()::get).toList(), main,
          AssessmentViews.coreFunctions(service.analysis().clusterAssessment(cl.id())
              .map(a -> LocalisedJson.of(AssessmentSections.functions(cl, a), lang)).orElse(null), lang)));
    }
    render(ctx, "functions", "functions", Map.of("rows", rows, "mainMeasure", mainBy));
  }

  private Map<String, List<ApiDoc.Operation>> apiGroups(Lang lang) {
    Map<String, List<ApiDoc.Operation>> groups = new java.util.LinkedHashMap<>();
    for (ApiDoc.Operation op : apiDoc.operations()) {
      groups.computeIfAbsent(op.tag(), k -> new ArrayList<>()).add(ApiTexts.of(op, lang));
    }
    return groups;
  }

  /** A tie as seen from one of its cities: the other end is the partner. */
  public record CityTieRow(String id, String type, String partnerId, String partnerName, boolean partnerIsCity,
      String years, double weight, String sourceId) {
    static CityTieRow of(Tie t, String cityId, Dataset d, Lang lang) {
      String partner = t.otherEnd(cityId);
      String name;
      if (t.type().isCityToCity()) {
        name = d.city(partner).map(p -> p.name(lang)).orElse(partner);
      } else {
        name = d.actor(partner).map(a -> a.name(lang)).orElse(partner);
      }
      String years = (t.fromYear() == null ? "" : String.valueOf(t.fromYear()))
          + (t.toYear() == null ? "" : "–" + t.toYear());
      return new CityTieRow(t.id(), t.type().key(), partner, name, t.type().isCityToCity(), years, t.weight(),
          t.sourceId());
    }
  }

  /** Only local paths: a "next" parameter must not send a user to another site after signing in. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  private List<TieType> cityToCityTypes() {
    return java.util.Arrays.stream(TieType.values()).filter(TieType::isCityToCity).toList();
  }

  private static Map<String, String> cityNames(Dataset d, List<String> ids, Lang lang) {
    Map<String, String> out = new HashMap<>();
    for (String id : ids) {
      d.city(id).ifPresent(c -> out.put(id, c.name(lang)));
    }
    return out;
  }

  void render(Context ctx, String template, String nav, Map<String, Object> model) {
    Map<String, Object> m = new HashMap<>(model);
    m.putAll(common(ctx, nav));
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Cache-Control", "no-store");
    ctx.result(templates.render(template, RequestState.of(ctx).lang(), m));
  }

  private Map<String, Object> common(Context ctx, String nav) {
    Session session = security.ensureSession(ctx);
    RequestState state = RequestState.of(ctx);
    Map<String, Object> m = baseModel(ctx, state.lang(), nav);
    m.put("user", state.principal());
    m.put("csrf", session.csrfToken());
    try {
      // Data block for the scripts; '<' is escaped so the JSON can never close its script element.
      m.put("i18nJson", mapper.writeValueAsString(i18n.withPrefix(state.lang(), "js."))
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  private static Map<String, Object> baseModel(Context ctx, Lang lang, String nav) {
    Map<String, Object> m = new HashMap<>();
    m.put("lang", lang == Lang.ZH ? "zh" : "en");
    m.put("htmlLang", lang == Lang.ZH ? "zh-CN" : "en");
    m.put("nav", nav);
    m.put("switchUrl", switchUrl(ctx, lang == Lang.ZH ? "en" : "zh"));
    m.put("echartsJs", "/webjars/echarts/" + BuildInfo.echartsVersion() + "/echarts.min.js");
    m.put("version", BuildInfo.version());
    m.put("t", new Texts(lang));
    return m;
  }

  /** The current page in the other language: same path and query, {@code lang} replaced. */
  static String switchUrl(Context ctx, String other) {
    StringBuilder q = new StringBuilder();
    ctx.queryParamMap().forEach((k, vs) -> {
      if (!k.equals("lang")) {
        for (String v : vs) {
          q.append(q.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v));
        }
      }
    });
    q.append(q.length() == 0 ? "" : "&").append("lang=").append(other);
    return ctx.path() + "?" + q;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The model of the error page; works even when the request never reached the security filter. */
  public static Map<String, Object> errorModel(Context ctx, int status, String message,
      List<ValidationProblem> problems) {
    RequestState state = ctx.attribute("hanse.request");
    Lang lang = state == null ? Lang.EN : state.lang();
    Map<String, Object> m = baseModel(ctx, lang, "");
    m.put("user", state == null ? null : state.principal());
    m.put("csrf", state == null || state.session() == null ? "" : state.session().csrfToken());
    m.put("i18nJson", "{}");
    m.put("status", status);
    m.put("message", message);
    m.put("problems", problems);
    return m;
  }

  Measure firstMeasure() {
    List<Measure> all = service.analysis().cityMeasures();
    return all.isEmpty() ? null : all.get(0);
  }
}
