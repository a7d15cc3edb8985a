package org.hanse.server.api;

import static org.hanse.server.api.ApiDoc.Param.header;
import static org.hanse.server.api.ApiDoc.Param.path;
import static org.hanse.server.api.ApiDoc.Param.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hanse.model.City;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.server.BuildInfo;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.Measure;
import org.hanse.store.AuditQuery;
import org.hanse.store.Versioned;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;
import org.hanse.store.io.Importer;
import org.hanse.server.service.ServiceException;
import org.hanse.server.web.RequestState;

/** The REST API under {@code /api/v1}, declared once for both Javalin and the OpenAPI document. */
public final class ApiRoutes {
  /** Uploads larger than this are refused before they are read. */
  public static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

  private static final String TAG_CITIES = "cities";
  private static final String TAG_CLUSTERS = "clusters";
  private static final String TAG_TIES = "ties";
  private static final String TAG_ACTORS = "actors";
  private static final String TAG_ANALYSIS = "analysis";
  private static final String TAG_DATA = "data";
  private static final String TAG_ACCOUNT = "account";

  private static final List<Integer> READ = List.of(400);
  private static final List<Integer> READ_ONE = List.of(404);
  private static final ApiDoc.Param AS_OF = query("asOf", "integer",
      "the network as it was in this year: ties not yet started or already ended are left out (default: now)");

  private final Javalin app;
  private final HanseService service;
  private final ApiDoc doc;
  private final ObjectMapper mapper;

  public ApiRoutes(Javalin app, HanseService service, ApiDoc doc, ObjectMapper mapper) {
    this.app = app;
    this.service = service;
    this.doc = doc;
    this.mapper = mapper;
  }

  public void register() {
    List<ApiDoc.Param> paging = List.of(
        query("page", "integer", "page number, from 1 (default 1)"),
        query("size", "integer", "records per page, 1–" + Paging.MAX_SIZE + " (default " + Paging.DEFAULT_SIZE + ")"));

    // Cities
    route(HandlerType.GET, "/api/v1/cities", TAG_CITIES, "List cities",
        "Filter by free text (id or either name), country and cluster; sort by id, name, country or population "
            + "(prefix '-' for descending).",
        concat(List.of(query("q", "string", "text in the id or either name"),
            query("country", "string", "ISO 3166-1 alpha-2 code"),
            query("cluster", "string", "cluster id: only its members"),
            query("sort", "string", "id, name, country or population; '-' for descending")), paging),
        null, "CityPage", 200, READ, false, ctx -> {
          Dataset d = service.dataset();
          String sort = ctx.queryParam("sort");
          Queries.cityOrder(sort); // checks the key before it becomes part of a cache key
          List<City> sorted = service.derived("cities.sorted|" + sort,
              ds -> Queries.cities(ds, null, null, null, sort));
          List<City> all = Queries.cities(d, ctx.queryParam("q"), ctx.queryParam("country"),
              ctx.queryParam("cluster"), sort, sorted);
          ctx.json(Paging.of(ctx).apply(all).map(c -> Views.CityView.of(c, d)));
        });
    route(HandlerType.POST, "/api/v1/cities", TAG_CITIES, "Add a city",
        "Editors, coordinators and administrators (a new city is in nobody's scope yet); viewers may not.", List.of(),
        "CityInput", "City", 201, List.of(400, 401, 403, 409, 422), true, ctx -> {
          Principal who = requireWriter(ctx);
          City c = body(ctx, Inputs.CityInput.class).toCity(null);
          Versioned<City> saved = service.saveCity(who, c, 0);
          ctx.status(201).header("Location", "/api/v1/cities/" + saved.value().id());
          etag(ctx, saved.version());
          ctx.json(Views.CityView.of(saved.value(), service.dataset()));
        });
    route(HandlerType.GET, "/api/v1/cities/{id}", TAG_CITIES, "One city",
        "The ETag header carries the record's version: send it back in If-Match when changing the city.",
        List.of(path("id", "city id")), null, "City", 200, READ_ONE, false, ctx -> {
          Dataset d = service.dataset();
          City c = city(d, ctx.pathParam("id"));
          service.city(c.id()).ifPresent(v -> etag(ctx, v.version()));
          ctx.json(Views.CityView.of(c, d));
        });
    route(HandlerType.PUT, "/api/v1/cities/{id}", TAG_CITIES, "Change a city",
        "Editors change only the cities in their scope, coordinators those of their clusters; administrators any. "
            + "The id cannot change. With If-Match (the version from the ETag) a change someone else made in "
            + "between is refused with 409 instead of being overwritten.",
        List.of(path("id", "city id"), header("If-Match", "the version read, e.g. \"3\"")), "CityInput", "City",
        200, List.of(400, 401, 403, 404, 409, 422), true, ctx -> {
          Principal who = requireWriter(ctx);
          City c = body(ctx, Inputs.CityInput.class).toCity(ctx.pathParam("id"));
          int version = versionToChange(ctx, service.city(c.id()), "city " + c.id());
          Versioned<City> saved = service.saveCity(who, c, version);
          etag(ctx, saved.version());
          ctx.json(Views.CityView.of(saved.value(), service.dataset()));
        });
    route(HandlerType.GET, "/api/v1/cities/{id}/ties", TAG_CITIES, "Ties of one city",
        "Filter by type and year.", concat(List.of(path("id", "city id"),
            query("type", "string", "comma-separated tie types"),
            query("year", "integer", "only ties holding in this year")), paging),
        null, "TiePage", 200, List.of(400, 404), false, ctx -> {
          Dataset d = service.dataset();
          City c = city(d, ctx.pathParam("id"));
          List<Views.TieView> all = Queries.ties(d, Queries.tieTypes(ctx.queryParam("type")), year(ctx), c.id(), null,
              null).stream().map(t -> Views.TieView.of(t, d)).toList();
          ctx.json(Paging.of(ctx).apply(all));
        });

    // Clusters
    route(HandlerType.GET, "/api/v1/clusters", TAG_CLUSTERS, "List the city clusters", "", List.of(), null,
        "ClusterList", 200, List.of(), false,
        ctx -> ctx.json(service.dataset().clusters().values().stream().map(Views.ClusterView::of).toList()));
    route(HandlerType.GET, "/api/v1/clusters/{id}", TAG_CLUSTERS, "One cluster", "",
        List.of(path("id", "cluster id, e.g. yrd")), null, "Cluster", 200, READ_ONE, false,
        ctx -> ctx.json(Views.ClusterView.of(cluster(service.dataset(), ctx.pathParam("id")))));
    route(HandlerType.PUT, "/api/v1/clusters/{id}", TAG_CLUSTERS, "Change a cluster",
        "Names, defining document, members (in the document's order) and central cities of an existing cluster. "
            + "Clusters are administrators' business (the store's permission rules); others are refused with 403. "
            + "The change goes through the importer's cluster path, so it is checked like an imported "
            + "clusters.csv and cluster_members.csv (every member must be a known city) and audited.",
        List.of(path("id", "cluster id")), "ClusterInput", "Cluster", 200, List.of(400, 401, 403, 404, 422), true,
        ctx -> {
          Principal who = requireWriter(ctx);
          String refusal = service.access().checkAdministration(who, "cluster " + ctx.pathParam("id"));
          if (refusal != null) {
            throw new ServiceException.Forbidden(refusal);
          }
          Cluster current = cluster(service.dataset(), ctx.pathParam("id"));
          Inputs.ClusterInput in = body(ctx, Inputs.ClusterInput.class);
          Views.ImportView report = Views.ImportView.of(service.importFiles(who, in.toFiles(current.id()), false));
          if (!report.valid()) {
            throw new ServiceException.Invalid("the cluster has " + report.problems().size() + " problem(s)",
                report.problems());
          }
          ctx.json(Views.ClusterView.of(cluster(service.dataset(), current.id())));
        });
    route(HandlerType.GET, "/api/v1/clusters/{id}/members", TAG_CLUSTERS, "Member cities with every measure",
        "One row per member, in the order of the defining document, with the value of each city measure (null "
            + "when the city has none). Slow measures (betweenness, function scores) are listed once computed: the "
            + "first request after a change starts them.", List.of(path("id", "cluster id")), null, "MemberTable",
        200, READ_ONE, false,
        ctx -> {
          Dataset d = service.dataset();
          ctx.json(memberTable(d, cluster(d, ctx.pathParam("id"))));
        });
    route(HandlerType.GET, "/api/v1/clusters/{id}/engagements", TAG_CLUSTERS, "Foreign engagements of a cluster",
        "For each foreign partner and tie type, the members engaged with it; partners shared by several members "
            + "first.", concat(List.of(path("id", "cluster id"),
            query("type", "string", "comma-separated tie types"),
            query("year", "integer", "only ties holding in this year")), paging),
        null, "EngagementPage", 200, List.of(400, 404), false, ctx -> {
          Dataset d = service.dataset();
          Cluster cl = cluster(d, ctx.pathParam("id"));
          ctx.json(Paging.of(ctx).apply(
              Queries.engagements(d, cl, Queries.tieTypes(ctx.queryParam("type")), year(ctx))));
        });
    route(HandlerType.GET, "/api/v1/clusters/{id}/assessment", TAG_ANALYSIS, "The assessment of one cluster",
        "Drivers, functions, core functions with evidence, inner structure: every number with its provenance.",
        List.of(path("id", "cluster id"), AS_OF), null, "Assessment", 200, List.of(400, 404), false, ctx -> {
          Cluster cl = cluster(service.dataset(), ctx.pathParam("id"));
          JsonNode a = service.analysis(asOf(ctx)).clusterAssessment(cl.id()).orElseThrow(() ->
              new ServiceException.NotFound("no assessment of cluster " + cl.id() + " is available"));
          ctx.json(a);
        });
    route(HandlerType.GET, "/api/v1/clusters/{id}/drivers", TAG_ANALYSIS, "Drivers scorecard of one cluster",
        "The four drivers: the cluster's entropy–TOPSIS score and rank across all clusters, each indicator with its "
            + "weight, reading (null when missing, with the reason) and data, and the indicators the data lack.",
        List.of(path("id", "cluster id"), AS_OF), null, "DriversSection", 200, List.of(400, 404), false,
        ctx -> ctx.json(section(ctx, (cl, a) -> AssessmentSections.drivers(cl, a))));
    route(HandlerType.GET, "/api/v1/clusters/{id}/functions", TAG_ANALYSIS, "Function profile and core functions",
        "The four functions scored across all clusters (the radar of the cluster page), the core diplomatic "
            + "functions with their indicator, location quotient and evidence, the functions the data cannot decide "
            + "and the others.", List.of(path("id", "cluster id"), AS_OF), null, "FunctionsSection", 200,
        List.of(400, 404), false,
        ctx -> ctx.json(section(ctx, (cl, a) -> AssessmentSections.functions(cl, a))));
    route(HandlerType.GET, "/api/v1/clusters/{id}/inner-structure", TAG_ANALYSIS, "Inner structure of one cluster",
        "Members with coordinates and the central city whose hinterland they are in, the central cities' gravity "
            + "shares and breaking points (with their place on the map), the concentration of international ties "
            + "(Gini, Theil, HHI, primacy, Lorenz curve), the coupling coordination degree with its level and the "
            + "homogeneous-competition pairs.", List.of(path("id", "cluster id"), AS_OF), null,
        "InnerStructureSection", 200, List.of(400, 404), false,
        ctx -> ctx.json(section(ctx, (cl, a) -> AssessmentSections.innerStructure(service.dataset(asOf(ctx)), cl,
            a))));

    // Ties
    route(HandlerType.GET, "/api/v1/ties", TAG_TIES, "List ties",
        "Filter by type, year, city (either end), cluster (a member at either end) and partner.",
        concat(List.of(query("type", "string", "comma-separated tie types, e.g. sister_city,air_route"),
            query("year", "integer", "only ties holding in this year"),
            query("city", "string", "city id at either end"),
            query("cluster", "string", "cluster id: a member at either end"),
            query("partner", "string", "partner id (actor or city)")), paging),
        null, "TiePage", 200, READ, false, ctx -> {
          Dataset d = service.dataset();
          List<Tie> all = Queries.ties(d, Queries.tieTypes(ctx.queryParam("type")), year(ctx),
              ctx.queryParam("city"), ctx.queryParam("cluster"), ctx.queryParam("partner"));
          ctx.json(Paging.of(ctx).apply(all).map(t -> Views.TieView.of(t, d)));
        });
    route(HandlerType.POST, "/api/v1/ties", TAG_TIES, "Record a tie",
        "Writers record ties with a city of their scope at one end; the id is generated when absent.", List.of(),
        "TieInput", "Tie",
        201, List.of(400, 401, 403, 409, 422), true, ctx -> {
          Principal who = requireWriter(ctx);
          Versioned<Tie> t = service.saveTie(who, body(ctx, Inputs.TieInput.class).toTie(null), 0);
          ctx.status(201).header("Location", "/api/v1/ties/" + t.value().id());
          etag(ctx, t.version());
          ctx.json(Views.TieView.of(t.value(), service.dataset()));
        });
    route(HandlerType.GET, "/api/v1/ties/{id}", TAG_TIES, "One tie", "The ETag header carries the tie's version.",
        List.of(path("id", "tie id")), null, "Tie", 200, READ_ONE, false, ctx -> {
          Dataset d = service.dataset();
          Tie t = tie(d, ctx.pathParam("id"));
          service.tie(t.id()).ifPresent(v -> etag(ctx, v.version()));
          ctx.json(Views.TieView.of(t, d));
        });
    route(HandlerType.PUT, "/api/v1/ties/{id}", TAG_TIES, "Change a tie",
        "Writers change ties with a city of their scope at one end, before and after the change. The id cannot "
            + "change. With If-Match (the version from the ETag) a change someone else made in between is refused "
            + "with 409 instead of being overwritten.",
        List.of(path("id", "tie id"), header("If-Match", "the version read, e.g. \"3\"")), "TieInput", "Tie", 200,
        List.of(400, 401, 403, 404, 409, 422), true, ctx -> {
          Principal who = requireWriter(ctx);
          String id = ctx.pathParam("id");
          Tie t = body(ctx, Inputs.TieInput.class).toTie(id);
          int version = versionToChange(ctx, service.tie(id), "tie " + id);
          Versioned<Tie> saved = service.saveTie(who, t, version);
          etag(ctx, saved.version());
          ctx.json(Views.TieView.of(saved.value(), service.dataset()));
        });
    route(HandlerType.DELETE, "/api/v1/ties/{id}", TAG_TIES, "Remove a tie",
        "Editors remove ties of the cities in their scope. With If-Match, a tie changed in between is a 409.",
        List.of(path("id", "tie id"), header("If-Match", "the version read")), null, null, 204,
        List.of(400, 401, 403, 404, 409), true, ctx -> {
          Principal who = requireWriter(ctx);
          String id = ctx.pathParam("id");
          service.deleteTie(who, id, versionToChange(ctx, service.tie(id), "tie " + id));
          ctx.status(204);
        });

    // Actors and sources
    route(HandlerType.GET, "/api/v1/actors", TAG_ACTORS, "List foreign actors", "",
        concat(List.of(query("kind", "string", "organisation, city_network, firm, country or event_series"),
            query("q", "string", "text in the id or either name")), paging),
        null, "ActorPage", 200, READ, false, ctx -> {
          String kind = ctx.queryParam("kind");
          String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim().toLowerCase(java.util.Locale.ROOT);
          List<Views.ActorView> all = service.dataset().actors().values().stream()
              .filter(a -> kind == null || kind.isBlank() || a.kind().key().equals(kind.trim()))
              .filter(a -> q.isEmpty() || a.id().toLowerCase(java.util.Locale.ROOT).contains(q)
                  || a.nameEn().toLowerCase(java.util.Locale.ROOT).contains(q) || a.nameZh().contains(q))
              .map(Views.ActorView::of).toList();
          ctx.json(Paging.of(ctx).apply(all));
        });
    route(HandlerType.GET, "/api/v1/actors/{id}", TAG_ACTORS, "One foreign actor", "",
        List.of(path("id", "actor id")), null, "Actor", 200, READ_ONE, false, ctx -> ctx.json(Views.ActorView.of(
            service.dataset().actor(ctx.pathParam("id")).orElseThrow(() ->
                new ServiceException.NotFound("no actor with id " + ctx.pathParam("id"))))));
    route(HandlerType.GET, "/api/v1/sources", TAG_DATA, "The sources of the data, with licences", "", List.of(), null,
        "SourceList", 200, List.of(), false,
        ctx -> ctx.json(service.dataset().sources().values().stream().map(Views.SourceView::of).toList()));

    // Measures, rankings, map and network
    route(HandlerType.GET, "/api/v1/measures", TAG_ANALYSIS, "The city measures available",
        "Name, method, parameters and sources of each measure; values at /api/v1/measures/{id}.", List.of(), null,
        "MeasureList", 200, List.of(), false,
        ctx -> ctx.json(service.analysis().cityMeasures().stream().map(Views.MeasureSummary::of).toList()));
    route(HandlerType.GET, "/api/v1/measures/{id}", TAG_ANALYSIS, "One measure with its values",
        "Values per city, the cities left out and why, the method and the data used.",
        List.of(path("id", "measure id")), null, "Measure", 200, READ_ONE, false,
        ctx -> ctx.json(measure(ctx.pathParam("id"))));
    route(HandlerType.GET, "/api/v1/rankings/{measure}", TAG_ANALYSIS, "Cities ranked by a measure",
        "Competition ranking (1, 2, 2, 4), highest value first.",
        concat(List.of(path("measure", "measure id"), query("cluster", "string", "only members of this cluster"),
            AS_OF), paging), null, "RankingPage", 200, List.of(400, 404), false, ctx -> {
          Integer asOf = asOf(ctx);
          Measure m = service.analysis(asOf).cityMeasure(ctx.pathParam("measure")).orElseThrow(() ->
              new ServiceException.NotFound("no measure " + ctx.pathParam("measure")));
          String cluster = ctx.queryParam("cluster");
          List<Views.RankedCity> ranking = asOf != null ? Queries.ranking(service.dataset(asOf), m, cluster)
              : service.derived("ranking|" + m.id() + "|" + cluster, ds -> Queries.ranking(ds, m, cluster));
          ctx.json(Paging.of(ctx).apply(ranking));
        });
    route(HandlerType.GET, "/api/v1/map", TAG_ANALYSIS, "World map data",
        "The clusters' member cities with the value of the chosen measure, and the city-to-city ties of the chosen "
            + "types (in one year, or any) with an end in a cluster, one line per city pair and type.",
        List.of(query("measure", "string", "measure id for the city sizes (default: the first measure)"),
            query("type", "string", "comma-separated tie types (default sister_city)"),
            query("year", "integer", "only ties holding in this year")),
        null, "MapData", 200, List.of(400, 404), false, ctx -> {
          String type = ctx.queryParam("type");
          Set<TieType> types = Queries.tieTypes(type == null ? TieType.SISTER_CITY.key() : type);
          Measure m = measureOrDefault(ctx.queryParam("measure"));
          Integer year = year(ctx);
          // The same map for every visitor until the data change: computed once per revision and query.
          json(ctx, service.derived("map|" + (m == null ? "" : m.id()) + "|" + types + "|" + year,
              ds -> bytes(MapQueries.map(ds, m, types, year))));
        });
    route(HandlerType.GET, "/api/v1/network", TAG_ANALYSIS, "The international city network",
        "Cities and city pairs tied in the chosen layers; city–actor layers (memberships, missions, seats, events, "
            + "firm offices) are projected onto the cities, two cities linked by the actors they share. 'limit' keeps "
            + "the best-connected cities for a force layout, 'maxEdges' the strongest pairs.",
        List.of(query("layer", "string", "comma-separated tie types (default sister_city)"),
            query("year", "integer", "only ties holding in this year"),
            query("measure", "string", "measure id for an extra value per node"),
            query("limit", "integer", "keep only this many best-connected cities (0: all, the default)"),
            query("maxEdges", "integer", "return only this many strongest city pairs, by weight (0: all, the "
                + "default); edgesCapped says when pairs were left out")),
        null, "NetworkData", 200, List.of(400, 404), false, ctx -> {
          String layer = ctx.queryParam("layer");
          Set<TieType> layers = Queries.tieTypes(layer == null ? TieType.SISTER_CITY.key() : layer);
          int limit = Paging.intParam(ctx, "limit", 0);
          if (limit < 0) {
            throw new BadRequestResponse("limit must not be negative");
          }
          int maxEdges = Paging.intParam(ctx, "maxEdges", 0);
          if (maxEdges < 0) {
            throw new BadRequestResponse("maxEdges must not be negative");
          }
          Integer year = year(ctx);
          Measure m = measureOrDefault(ctx.queryParam("measure"));
          Lang lang = RequestState.of(ctx).lang();
          json(ctx, service.derived("network|" + layers + "|" + year + "|" + (m == null ? "" : m.id()) + "|" + limit
              + "|" + maxEdges + "|" + lang, ds -> bytes(MapQueries.network(ds, layers, year, m, limit, maxEdges,
                  service.analysis().networkStructure(layers, year), lang))));
        });

    // Engagements
    EngagementRoutes.register(this, service, paging);

    // Advice
    AdviceRoutes.register(this, service);
    ReportRoutes.register(this, service);

    // Imports, audit, account
    route(HandlerType.POST, "/api/v1/imports", TAG_DATA, "Import files (CSV, XLSX, JSON)",
        "Every file is checked first and every problem reported (file, line, column, value, rule); only files "
            + "without any problem are written, all in one transaction. 200 with the report, 422 with every problem. "
            + "Send one or more files as multipart field 'file', or one file as the raw body with ?filename= naming "
            + "it (the name tells the record kind, e.g. ties.csv). dryRun=true checks and compares only.",
        List.of(query("dryRun", "boolean", "check and compare, write nothing (default false)"),
            query("filename", "string", "name of a file sent as the raw body, e.g. cities.csv")),
        "multipart", "ImportReport", 200, List.of(400, 401, 403, 413, 422), true, ctx -> {
          Principal who = requireWriter(ctx);
          List<Importer.InputFile> files = uploads(ctx);
          boolean dryRun = "true".equalsIgnoreCase(ctx.queryParam("dryRun"));
          Views.ImportView report = Views.ImportView.of(service.importFiles(who, files, dryRun));
          if (!report.valid()) {
            ctx.status(422).contentType(Problem.MEDIA_TYPE);
            ctx.result(mapper.writeValueAsBytes(new Problem("about:blank", Problem.title(422), 422,
                "nothing was imported: " + report.problems().size() + " problem(s)", ctx.path(),
                report.problems())));
          } else {
            ctx.json(report);
          }
        });
    route(HandlerType.GET, "/api/v1/audit", TAG_DATA, "The audit trail, newest first",
        "Administrators, coordinators and editors; viewers may not read it.",
        List.of(query("limit", "integer", "how many entries (default 100, at most 10000)"),
            query("user", "string", "only changes by this user"),
            query("kind", "string", "only changes of this kind of record, e.g. tie, city, engagement"),
            query("record", "string", "only changes of this record (its id)")), null, "AuditList", 200,
        List.of(400, 401, 403), true, ctx -> {
          int limit = Paging.intParam(ctx, "limit", 100);
          if (limit < 1 || limit > 10_000) {
            throw new BadRequestResponse("limit must be between 1 and 10000");
          }
          AuditQuery q = new AuditQuery(null, null, blankToNull(ctx.queryParam("user")),
              blankToNull(ctx.queryParam("kind")), blankToNull(ctx.queryParam("record")), limit);
          ctx.json(service.audit(requireSignedIn(ctx), q).stream().map(Views.AuditView::of).toList());
        });
    route(HandlerType.GET, "/api/v1/me", TAG_ACCOUNT, "Who is signed in", "Role and scope of the caller.",
        List.of(), null, "Me", 200, List.of(401), true, ctx -> ctx.json(Views.Me.of(requireSignedIn(ctx))));

    app.get("/openapi.json", ctx -> ctx.json(doc.document(mapper, BuildInfo.version())));
  }

  private JsonNode section(Context ctx, java.util.function.BiFunction<Cluster, JsonNode, JsonNode> view) {
    Cluster cl = cluster(service.dataset(), ctx.pathParam("id"));
    JsonNode a = service.analysis(asOf(ctx)).clusterAssessment(cl.id()).orElseThrow(() ->
        new ServiceException.NotFound("no assessment of cluster " + cl.id() + " is available"));
    return view.apply(cl, a);
  }

  void route(HandlerType method, String path, String tag, String summary, String description,
      List<ApiDoc.Param> params, String requestSchema, String responseSchema, int status, List<Integer> errors,
      boolean auth, Handler handler) {
    List<Integer> all = new ArrayList<>(errors);
    doc.add(new ApiDoc.Operation(method, path, tag, summary, description, params, requestSchema, responseSchema,
        status, all, auth));
    app.addHttpHandler(method, path, handler);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  static Principal principal(Context ctx) {
    return RequestState.of(ctx).principal();
  }

  static Principal requireSignedIn(Context ctx) {
    Principal p = principal(ctx);
    if (p == null) {
      throw new ServiceException.Unauthenticated("sign in or send an API token (Authorization: Bearer …)");
    }
    return p;
  }

  /**
   * A signed-in user whose role may write at all, checked before the body is read: who may not write learns that
   * (401, 403) whatever the body holds, and the body's problems are only reported to those who may send it.
   */
  static Principal requireWriter(Context ctx) {
    Principal p = requireSignedIn(ctx);
    if (p.role() == org.hanse.store.access.Role.VIEWER) {
      throw new ServiceException.Forbidden(p.username() + " is a viewer and may not change anything");
    }
    return p;
  }

  /** A large response that is the same for everyone until the data change, serialised once. */
  private byte[] bytes(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response", e);
    }
  }

  private static void json(Context ctx, byte[] body) {
    ctx.contentType("application/json").result(body);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  static void etag(Context ctx, int version) {
    ctx.header("ETag", "\"" + version + "\"");
  }

  /**
   * The version a change is based on: the If-Match header when sent (a stale one gives 409), otherwise the current
   * version (the client did not ask for a check).
   */
  static <T> int versionToChange(Context ctx, java.util.Optional<Versioned<T>> current, String what) {
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      return current.map(Versioned::version)
          .orElseThrow(() -> new ServiceException.NotFound("no " + what));
    }
    String v = ifMatch.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      int version = Integer.parseInt(v);
      if (version < 1) {
        throw new NumberFormatException();
      }
      return version;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("If-Match must be a record version such as \"3\", not " + ifMatch);
    }
  }

  <T> T body(Context ctx, Class<T> type) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw new BadRequestResponse("the request needs a JSON body");
    }
    try {
      return mapper.readValue(text, type);
    } catch (UnrecognizedPropertyException e) {
      throw new BadRequestResponse("unknown field '" + e.getPropertyName() + "' in the JSON body");
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new BadRequestResponse("the body is not valid JSON for this request"
          + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"));
    }
  }

  private static List<Importer.InputFile> uploads(Context ctx) throws IOException {
    long length = ctx.contentLength();
    if (length > MAX_IMPORT_BYTES) {
      throw new ServiceException.Invalid("the upload is larger than " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB",
          List.of());
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (type.startsWith("multipart/form-data")) {
      List<UploadedFile> files;
      try {
        files = ctx.uploadedFiles("file");
      } catch (io.javalin.http.HttpResponseException e) {
        throw e;
      } catch (Exception e) {
        // The servlet container's parser fails on a body that is not the multipart it claims to be (wrong or
        // missing boundary, truncated part); that is the client's request, not a server error.
        throw new BadRequestResponse("the body is not readable multipart/form-data (check the boundary and that "
            + "every part is complete)");
      }
      if (files.isEmpty()) {
        throw new BadRequestResponse("the multipart request has no field named 'file'");
      }
      List<Importer.InputFile> out = new ArrayList<>();
      for (UploadedFile f : files) {
        try (InputStream in = f.content()) {
          out.add(new Importer.InputFile(f.filename(), in.readNBytes(MAX_IMPORT_BYTES + 1)));
        }
      }
      return out;
    }
    String name = ctx.queryParam("filename");
    if (name == null || name.isBlank()) {
      throw new BadRequestResponse(
          "name the file with ?filename=… (e.g. ties.csv): the name tells its format and kind");
    }
    return List.of(new Importer.InputFile(name.trim(), ctx.bodyAsBytes()));
  }

  static Integer year(Context ctx) {
    return year(ctx, "year");
  }

  /** The as-of year of a request (null: now), checked against the years the data cover. */
  Integer asOf(Context ctx) {
    Integer y = year(ctx, "asOf");
    int last = service.dataset().lastYear();
    if (y != null && (y < Dataset.FIRST_YEAR || y > last)) {
      throw new BadRequestResponse("asOf must be between " + Dataset.FIRST_YEAR + " and " + last + ", not " + y);
    }
    return y;
  }

  private static Integer year(Context ctx, String name) {
    String y = ctx.queryParam(name);
    if (y == null || y.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(y.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + y + "'");
    }
  }

  private static City city(Dataset d, String id) {
    return d.city(id).orElseThrow(() -> new ServiceException.NotFound("no city with id " + id));
  }

  private static Cluster cluster(Dataset d, String id) {
    return d.cluster(id).orElseThrow(() -> new ServiceException.NotFound("no cluster with id " + id));
  }

  private static Tie tie(Dataset d, String id) {
    return d.ties().stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new ServiceException.NotFound("no tie with id " + id));
  }

  private Measure measure(String id) {
    return service.analysis().cityMeasure(id).orElseThrow(() -> new ServiceException.NotFound("no measure " + id));
  }

  private Measure measureOrDefault(String id) {
    if (id == null || id.isBlank()) {
      List<Measure> all = service.analysis().cityMeasures();
      return all.isEmpty() ? null : all.get(0);
    }
    return measure(id.trim());
  }

  /** The member table: one row per member with the value of each city measure. */
  public record MemberRow(String id, String nameEn, String nameZh, String country, boolean central,
      Map<String, Double> values) {}

  public record MemberTable(String clusterId, List<Views.MeasureSummary> measures, List<MemberRow> rows) {}

  public static MemberTable memberTable(HanseService service, Cluster cl) {
    return memberTable(service.dataset(), service.analysis().cityMeasures(), cl);
  }

  private MemberTable memberTable(Dataset d, Cluster cl) {
    return memberTable(d, service.analysis().cityMeasures(), cl);
  }

  static MemberTable memberTable(Dataset d, List<Measure> all, Cluster cl) {
    // Slow measures (betweenness of the whole network) join the table once computed; asking starts them.
    List<Measure> measures = all.stream().filter(Measure::valuesReady).toList();
    List<MemberRow> rows = new ArrayList<>();
    for (String id : cl.memberIds()) {
      City c = d.cities().get(id);
      Map<String, Double> values = new java.util.LinkedHashMap<>();
      for (Measure m : measures) {
        values.put(m.id(), m.values().get(id));
      }
      rows.add(new MemberRow(c.id(), c.nameEn(), c.nameZh(), c.country(), cl.isCentral(id), values));
    }
    return new MemberTable(cl.id(), measures.stream().map(Views.MeasureSummary::of).toList(), rows);
  }
}
