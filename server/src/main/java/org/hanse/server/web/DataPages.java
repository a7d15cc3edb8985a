package org.hanse.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.model.City;
import org.hanse.model.Dataset;
import org.hanse.model.Population;
import org.hanse.model.Tie;
import org.hanse.server.api.ApiRoutes;
import org.hanse.server.api.Inputs;
import org.hanse.server.api.Paging;
import org.hanse.server.api.Queries;
import org.hanse.server.api.Views;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.ServiceException;
import org.hanse.server.service.ValidationProblem;
import org.hanse.store.AuditQuery;
import org.hanse.store.Versioned;
import org.hanse.store.access.Principal;
import org.hanse.store.io.Importer;

/**
 * The Data section: browse and search records, edit a city and its ties where the role allows, import a file and
 * see every validation problem, read the audit trail and the sources. Plain HTML forms, each with its CSRF token.
 */
final class DataPages {
  private final HanseService service;
  private final PageRoutes pages;

  DataPages(HanseService service, PageRoutes pages) {
    this.service = service;
    this.pages = pages;
  }

  void register(Javalin app) {
    app.get("/data", this::browse);
    app.get("/data/cities/{id}/edit", this::editForm);
    app.post("/data/cities/{id}", this::saveCity);
    app.post("/data/cities/{id}/ties", this::addTie);
    app.post("/data/ties/{id}/delete", this::deleteTie);
    app.get("/data/engagements/new", ctx -> engagementForm(ctx, null));
    app.get("/data/engagements/{id}/edit", ctx -> engagementForm(ctx, ctx.pathParam("id")));
    app.post("/data/engagements", ctx -> saveEngagement(ctx, null));
    app.post("/data/engagements/{id}", ctx -> saveEngagement(ctx, ctx.pathParam("id")));
    app.post("/data/engagements/{id}/delete", this::deleteEngagement);
    app.get("/data/import", ctx -> {
      requireSignedIn(ctx);
      pages.render(ctx, "import", "data", Map.of("report", false));
    });
    app.post("/data/import", this::importFile);
    app.get("/data/audit", ctx -> {
      Principal who = requireSignedIn(ctx);
      pages.render(ctx, "audit", "data", Map.of("entries", service.audit(who, AuditQuery.latest(500)).stream()
          .map(Views.AuditView::of).toList()));
    });
    app.get("/data/sources", ctx -> {
      Dataset d = service.dataset();
      String only = ctx.queryParam("id");
      pages.render(ctx, "sources", "data", Map.of("sources", d.sources().values().stream()
          .filter(s -> only == null || only.isBlank() || s.id().equals(only)).toList()));
    });
  }

  private void browse(Context ctx) {
    Dataset d = service.dataset();
    String kind = ctx.queryParamAsClass("kind", String.class).getOrDefault("cities");
    String q = ctx.queryParam("q");
    Paging paging = Paging.of(ctx);
    Map<String, Object> m = new HashMap<>();
    m.put("kind", kind);
    m.put("q", q == null ? "" : q);
    m.put("cluster", ctx.queryParam("cluster") == null ? "" : ctx.queryParam("cluster"));
    m.put("type", ctx.queryParam("type") == null ? "" : ctx.queryParam("type"));
    m.put("clusters", d.clusters().values());
    m.put("tieTypes", List.of(org.hanse.model.TieType.values()));
    Paging.PageOf<?> page;
    switch (kind) {
      case "ties" -> page = paging.apply(Queries.ties(d, Queries.tieTypes(ctx.queryParam("type")), null,
          blankToNull(q) == null ? null : cityIdFor(d, q), ctx.queryParam("cluster"), null))
          .map(t -> Views.TieView.of(t, d));
      case "actors" -> {
        String needle = q == null ? "" : q.trim().toLowerCase(java.util.Locale.ROOT);
        page = paging.apply(d.actors().values().stream()
            .filter(a -> needle.isEmpty() || a.id().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || a.nameEn().toLowerCase(java.util.Locale.ROOT).contains(needle) || a.nameZh().contains(needle))
            .map(Views.ActorView::of).toList());
      }
      case "cities" -> {
        // The name order of all cities is the same for every request until the data change: sorted once (the API's
        // list shares it), filtered here.
        List<City> sorted = service.derived("cities.sorted|null", ds -> Queries.cities(ds, null, null, null, null));
        page = paging.apply(Queries.cities(d, q, null, ctx.queryParam("cluster"), null, sorted)).map(c ->
            Views.CityView.of(c, d));
      }
      case "engagements" -> {
        // Engagements are for signed-in users only, as in the API; the others are sent to the sign-in page.
        Principal who = requireSignedIn(ctx);
        m.put("mayAdd", who.role() != org.hanse.store.access.Role.VIEWER);
        page = paging.apply(engagements(who, d, q, ctx.queryParam("cluster"))).map(e -> new EngagementRow(
            Views.EngagementView.of(e, d, null), mayEdit(who, e.cityId())));
      }
      default -> throw new io.javalin.http.BadRequestResponse("kind must be cities, ties, actors or engagements");
    }
    m.put("page", page);
    m.put("pages", Math.max(1, (page.total() + page.size() - 1) / page.size()));
    m.put("baseQuery", "kind=" + enc(kind) + "&q=" + enc(q == null ? "" : q) + "&cluster="
        + enc(ctx.queryParam("cluster") == null ? "" : ctx.queryParam("cluster"))
        + "&type=" + enc(ctx.queryParam("type") == null ? "" : ctx.queryParam("type")) + "&size=" + page.size());
    pages.render(ctx, "data", "data", m);
  }

  /** One engagement of the list, and whether the user may change it. */
  public record EngagementRow(Views.EngagementView e, boolean editable) {}

  private List<org.hanse.store.engagement.Engagement> engagements(Principal who, Dataset d, String q,
      String clusterId) {
    String needle = q == null ? "" : q.trim().toLowerCase(java.util.Locale.ROOT);
    java.util.Set<String> members = clusterId == null || clusterId.isBlank() ? null
        : d.cluster(clusterId.trim()).map(cl -> java.util.Set.copyOf(cl.memberIds())).orElse(java.util.Set.of());
    return service.engagements(who).stream()
        .filter(e -> members == null || members.contains(e.cityId()))
        .filter(e -> needle.isEmpty() || e.cityId().equals(needle) || (e.title() + " " + e.partner() + " "
            + e.topic()).toLowerCase(java.util.Locale.ROOT).contains(needle))
        .sorted(java.util.Comparator.comparing(org.hanse.store.engagement.Engagement::startDate).reversed()
            .thenComparing(org.hanse.store.engagement.Engagement::id))
        .toList();
  }

  /** The same rule the store applies to the write: the engagement's city is in the user's scope. */
  private boolean mayEdit(Principal who, String cityId) {
    return service.access().checkCityRecord(who, "engagement", List.of(cityId)) == null;
  }

  private static final List<String> ENGAGEMENT_FIELDS = List.of("version", "kind", "cityId", "partner", "partnerId",
      "partnerCountry", "title", "topic", "level", "startDate", "endDate", "status", "participants", "sourceDocument",
      "notes");

  private void engagementForm(Context ctx, String id) {
    Principal who = requireSignedIn(ctx);
    if (id == null) {
      if (who.role() == org.hanse.store.access.Role.VIEWER) {
        throw new ServiceException.Forbidden(who.username() + " is a viewer and may not change anything");
      }
      Map<String, String> form = new HashMap<>();
      ENGAGEMENT_FIELDS.forEach(k -> form.put(k, ""));
      form.put("version", "0");
      renderEngagement(ctx, null, form, List.of());
      return;
    }
    Versioned<org.hanse.store.engagement.Engagement> v = service.engagement(who, id)
        .orElseThrow(() -> new ServiceException.NotFound("no engagement with id " + id));
    String denied = service.access().checkCityRecord(who, "engagement " + id, List.of(v.value().cityId()));
    if (denied != null) {
      throw new ServiceException.Forbidden(denied);
    }
    renderEngagement(ctx, id, formOf(v.value(), v.version()), List.of());
  }

  private void renderEngagement(Context ctx, String id, Map<String, String> form, List<ValidationProblem> problems) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", id == null ? "" : id);
    m.put("form", form);
    m.put("problems", problems);
    m.put("kinds", List.of(org.hanse.store.engagement.EngagementKind.values()));
    m.put("statuses", List.of(org.hanse.store.engagement.EngagementStatus.values()));
    m.put("levels", List.of(org.hanse.store.engagement.VisitLevel.values()));
    pages.render(ctx, "edit-engagement", "data", m);
  }

  private static Map<String, String> formOf(org.hanse.store.engagement.Engagement e, int version) {
    Map<String, String> f = new HashMap<>();
    f.put("version", Integer.toString(version));
    f.put("kind", e.kind().key());
    f.put("cityId", e.cityId());
    f.put("partner", e.partner());
    f.put("partnerId", e.partnerId());
    f.put("partnerCountry", e.partnerCountry());
    f.put("title", e.title());
    f.put("topic", e.topic());
    f.put("level", e.level() == null ? "" : e.level().key());
    f.put("startDate", e.startDate().toString());
    f.put("endDate", e.endDate() == null ? "" : e.endDate().toString());
    f.put("status", e.status().key());
    f.put("participants", e.participants() == null ? "" : e.participants().toString());
    f.put("sourceDocument", e.sourceDocument());
    f.put("notes", e.notes());
    return f;
  }

  private void saveEngagement(Context ctx, String id) {
    Principal who = requireSignedIn(ctx);
    Map<String, String> form = new HashMap<>();
    for (String k : ENGAGEMENT_FIELDS) {
      String v = ctx.formParam(k);
      form.put(k, v == null ? "" : v.trim());
    }
    try {
      List<ValidationProblem> p = new java.util.ArrayList<>();
      Integer participants = null;
      if (!form.get("participants").isEmpty()) {
        Double n = number(form.get("participants"), "participants", p);
        participants = n == null ? null : (int) Math.round(n);
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the form has problems", p);
      }
      int version;
      try {
        version = Integer.parseInt(form.get("version"));
      } catch (NumberFormatException e) {
        throw new io.javalin.http.BadRequestResponse("the form lacks the version of the engagement; reload the page");
      }
      org.hanse.store.engagement.Engagement e = new Inputs.EngagementInput(null, form.get("kind"),
          form.get("cityId"), form.get("partner"), form.get("partnerId"), form.get("partnerCountry"),
          form.get("title"), form.get("topic"), form.get("level"), form.get("startDate"), form.get("endDate"),
          form.get("status"), participants, form.get("sourceDocument"), form.get("notes")).toEngagement(id);
      service.saveEngagement(who, e, id == null ? 0 : version);
      ctx.redirect("/data?kind=engagements&q=" + enc(e.title()));
    } catch (ServiceException.Invalid e) {
      ctx.status(422);
      renderEngagement(ctx, id, form, e.problems());
    } catch (ServiceException.Conflict e) {
      // Someone changed it meanwhile (or it exists already): show theirs, keep nothing of ours silently.
      ctx.status(409);
      Map<String, String> current = id == null ? form : service.engagement(who, id)
          .map(v -> formOf(v.value(), v.version())).orElse(form);
      renderEngagement(ctx, id, current, List.of(new ValidationProblem(0, "", e.getMessage())));
    }
  }

  private void deleteEngagement(Context ctx) {
    Principal who = requireSignedIn(ctx);
    String id = ctx.pathParam("id");
    int version;
    try {
      version = Integer.parseInt(ctx.formParam("version") == null ? "" : ctx.formParam("version").trim());
    } catch (NumberFormatException e) {
      throw new io.javalin.http.BadRequestResponse("the form lacks the version of the engagement; reload the page");
    }
    service.deleteEngagement(who, id, version);
    ctx.redirect("/data?kind=engagements");
  }

  /** For the ties search the text names a city: its id, or the first city whose name matches. */
  private static String cityIdFor(Dataset d, String q) {
    List<City> found = Queries.cities(d, q, null, null, null);
    return found.isEmpty() ? "\u0000no-such-city" : found.get(0).id();
  }

  private void editForm(Context ctx) {
    Principal who = requireSignedIn(ctx);
    Versioned<City> c = service.city(ctx.pathParam("id"))
        .orElseThrow(() -> new ServiceException.NotFound("no city with id " + ctx.pathParam("id")));
    String denied = service.access().checkCity(who, c.value().id(), true);
    if (denied != null) {
      throw new ServiceException.Forbidden(denied);
    }
    renderEdit(ctx, c.value(), formOf(c), List.of());
  }

  private void renderEdit(Context ctx, City c, Map<String, String> form, List<ValidationProblem> problems) {
    Dataset d = service.dataset();
    Map<String, Object> m = new HashMap<>();
    m.put("city", c);
    m.put("form", form);
    m.put("problems", problems);
    m.put("ties", Queries.ties(d, Queries.tieTypes(null), null, c.id(), null, null).stream()
        .map(t -> Views.TieView.of(t, d)).toList());
    m.put("tieTypes", List.of(org.hanse.model.TieType.values()));
    m.put("sources", d.sources().values());
    pages.render(ctx, "edit-city", "data", m);
  }

  private static Map<String, String> formOf(Versioned<City> v) {
    City c = v.value();
    Map<String, String> f = new HashMap<>();
    f.put("version", Integer.toString(v.version()));
    f.put("nameEn", c.nameEn());
    f.put("nameZh", c.nameZh());
    f.put("country", c.country());
    f.put("adminRegion", c.adminRegion());
    f.put("latitude", String.valueOf(c.latitude()));
    f.put("longitude", String.valueOf(c.longitude()));
    Population p = c.population();
    f.put("population", p == null ? "" : String.valueOf(p.value()));
    f.put("populationYear", p == null || p.year() == null ? "" : String.valueOf(p.year()));
    f.put("populationSource", p == null ? "" : p.sourceId());
    return f;
  }

  private void saveCity(Context ctx) {
    Principal who = requireSignedIn(ctx);
    String id = ctx.pathParam("id");
    City current = service.city(id)
        .orElseThrow(() -> new ServiceException.NotFound("no city with id " + id)).value();
    Map<String, String> form = new HashMap<>();
    for (String k : List.of("version", "nameEn", "nameZh", "country", "adminRegion", "latitude", "longitude",
        "population", "populationYear", "populationSource")) {
      String v = ctx.formParam(k);
      form.put(k, v == null ? "" : v.trim());
    }
    try {
      Views.PopulationView pop = null;
      List<ValidationProblem> numberProblems = new java.util.ArrayList<>();
      Double lat = number(form.get("latitude"), "latitude", numberProblems);
      Double lon = number(form.get("longitude"), "longitude", numberProblems);
      if (!form.get("population").isEmpty()) {
        Double value = number(form.get("population"), "population", numberProblems);
        Double year = number(form.get("populationYear"), "populationYear", numberProblems);
        if (value != null && year != null) {
          pop = new Views.PopulationView(value.longValue(), year.intValue(), form.get("populationSource"));
        }
      }
      if (!numberProblems.isEmpty()) {
        throw new ServiceException.Invalid("the form has problems", numberProblems);
      }
      City c = new Inputs.CityInput(id, form.get("nameEn"), form.get("nameZh"), form.get("country"),
          form.get("adminRegion"), lat, lon, pop).toCity(id);
      int version;
      try {
        version = Integer.parseInt(form.get("version"));
      } catch (NumberFormatException e) {
        throw new io.javalin.http.BadRequestResponse("the form lacks the version of the city; reload the page");
      }
      service.saveCity(who, c, version);
      ctx.redirect("/cities/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + "?saved=1");
    } catch (ServiceException.Invalid e) {
      ctx.status(422);
      renderEdit(ctx, current, form, e.problems());
    } catch (ServiceException.Conflict e) {
      // Someone saved the city meanwhile: show their version, keep nothing of ours silently.
      ctx.status(409);
      renderEdit(ctx, current, formOf(service.city(id).orElseThrow()),
          List.of(new ValidationProblem(0, "", e.getMessage())));
    }
  }

  private static Double number(String text, String field, List<ValidationProblem> problems) {
    if (text == null || text.isEmpty()) {
      problems.add(new ValidationProblem(0, field, "is required"));
      return null;
    }
    try {
      return Double.parseDouble(text.replace(",", ""));
    } catch (NumberFormatException e) {
      problems.add(new ValidationProblem(0, field, "'" + text + "' is not a number"));
      return null;
    }
  }

  private void addTie(Context ctx) {
    Principal who = requireSignedIn(ctx);
    String id = ctx.pathParam("id");
    Versioned<City> current = service.city(id)
        .orElseThrow(() -> new ServiceException.NotFound("no city with id " + id));
    try {
      List<ValidationProblem> p = new java.util.ArrayList<>();
      String fromText = ctx.formParam("fromYear");
      Double fromValue = fromText == null || fromText.isBlank() ? null : number(fromText.trim(), "fromYear", p);
      Integer from = fromValue == null ? null : (int) Math.round(fromValue);
      Double weight = number(ctx.formParam("weight"), "weight", p);
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the form has problems", p);
      }
      Tie t = new Inputs.TieInput(null, ctx.formParam("type"), id, ctx.formParam("partnerId"), from, null, weight,
          ctx.formParam("detail"), ctx.formParam("sourceId")).toTie(null);
      service.saveTie(who, t, 0);
      ctx.redirect("/data/cities/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8) + "/edit");
    } catch (ServiceException.Invalid e) {
      ctx.status(422);
      renderEdit(ctx, current.value(), formOf(current), e.problems());
    } catch (ServiceException.Conflict e) {
      ctx.status(409);
      renderEdit(ctx, current.value(), formOf(current), List.of(new ValidationProblem(0, "", e.getMessage())));
    }
  }

  private void deleteTie(Context ctx) {
    Principal who = requireSignedIn(ctx);
    String back = PageRoutes.safeNext(ctx.formParam("next"));
    String id = ctx.pathParam("id");
    int version = service.tie(id).map(Versioned::version)
        .orElseThrow(() -> new ServiceException.NotFound("no tie with id " + id));
    service.deleteTie(who, id, version);
    ctx.redirect(back);
  }

  private void importFile(Context ctx) throws IOException {
    Principal who = requireSignedIn(ctx);
    List<UploadedFile> uploaded = ctx.uploadedFiles("file").stream().filter(f -> f.size() > 0).toList();
    boolean dryRun = "on".equals(ctx.formParam("dryRun")) || "true".equals(ctx.formParam("dryRun"));
    if (uploaded.isEmpty()) {
      ctx.status(422);
      pages.render(ctx, "import", "data", Map.of("report", true, "dryRun", dryRun, "result", new Views.ImportView(
          List.of(), false, dryRun, false, 0, 0, 0, List.of(), List.of(),
          List.of(new ValidationProblem(0, "file", "choose a file to import")), "")));
      return;
    }
    List<Importer.InputFile> files = new java.util.ArrayList<>();
    long total = 0;
    for (UploadedFile f : uploaded) {
      total += f.size();
      if (total > ApiRoutes.MAX_IMPORT_BYTES) {
        throw new ServiceException.Invalid("the files are larger than " + ApiRoutes.MAX_IMPORT_BYTES / (1024 * 1024)
            + " MB", List.of());
      }
      try (InputStream in = f.content()) {
        files.add(new Importer.InputFile(f.filename(), in.readAllBytes()));
      }
    }
    Views.ImportView report = Views.ImportView.of(service.importFiles(who, files, dryRun));
    ctx.status(report.valid() ? 200 : 422);
    pages.render(ctx, "import", "data", Map.of("report", true, "dryRun", dryRun, "result", report));
  }

  /** The signed-in user; otherwise a 401, which the server turns into a redirect to the sign-in page. */
  private static Principal requireSignedIn(Context ctx) {
    Principal who = RequestState.of(ctx).principal();
    if (who == null) {
      throw new ServiceException.Unauthenticated("sign in first");
    }
    return who;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
