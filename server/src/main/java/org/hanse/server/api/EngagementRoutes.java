package org.hanse.server.api;

import static org.hanse.server.api.ApiDoc.Param.header;
import static org.hanse.server.api.ApiDoc.Param.path;
import static org.hanse.server.api.ApiDoc.Param.query;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hanse.model.Cluster;
import org.hanse.model.Dataset;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.ServiceException;
import org.hanse.store.Versioned;
import org.hanse.store.access.Principal;
import org.hanse.store.engagement.Engagement;

/**
 * The engagements a foreign-affairs office records (visits, agreements, MoUs, event bids and events, exchange
 * programmes): read by every signed-in user, written by those whose scope covers the engagement's city.
 */
final class EngagementRoutes {
  private static final String TAG = "engagements";

  private EngagementRoutes() {}

  static void register(ApiRoutes api, HanseService service, List<ApiDoc.Param> paging) {
    List<ApiDoc.Param> params = new ArrayList<>(List.of(
        query("city", "string", "city id"),
        query("cluster", "string", "cluster id: engagements of its members"),
        query("kind", "string", "comma-separated kinds, e.g. visit_incoming,mou"),
        query("status", "string", "comma-separated statuses, e.g. planned,signed"),
        query("from", "string", "starting on or after this date (yyyy-mm-dd)"),
        query("to", "string", "starting on or before this date (yyyy-mm-dd)"),
        query("q", "string", "text in the title, partner or topic")));
    params.addAll(paging);
    api.route(HandlerType.GET, "/api/v1/engagements", TAG, "List engagements",
        "Newest first; filter by city, cluster, kind, status, date range and text. Signed-in users only.", params,
        null, "EngagementRecordPage", 200, List.of(400, 401, 404), true, ctx -> {
          Principal who = ApiRoutes.requireSignedIn(ctx);
          Dataset d = service.dataset();
          Set<String> cities = null;
          String cluster = ApiRoutes.blankToNull(ctx.queryParam("cluster"));
          if (cluster != null) {
            Cluster cl = d.cluster(cluster).orElseThrow(() -> new ServiceException.NotFound("no cluster with id "
                + cluster));
            cities = Set.copyOf(cl.memberIds());
          }
          String city = ApiRoutes.blankToNull(ctx.queryParam("city"));
          Set<String> kinds = keys(ctx.queryParam("kind"));
          Set<String> statuses = keys(ctx.queryParam("status"));
          LocalDate from = date(ctx.queryParam("from"), "from");
          LocalDate to = date(ctx.queryParam("to"), "to");
          String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim().toLowerCase(Locale.ROOT);
          Set<String> inCluster = cities;
          Paging paging1 = Paging.of(ctx);
          List<Views.EngagementView> all = service.engagements(who).stream()
              .filter(e -> city == null || e.cityId().equals(city))
              .filter(e -> inCluster == null || inCluster.contains(e.cityId()))
              .filter(e -> kinds.isEmpty() || kinds.contains(e.kind().key()))
              .filter(e -> statuses.isEmpty() || statuses.contains(e.status().key()))
              .filter(e -> from == null || !e.startDate().isBefore(from))
              .filter(e -> to == null || !e.startDate().isAfter(to))
              .filter(e -> q.isEmpty() || (e.title() + " " + e.partner() + " " + e.topic()).toLowerCase(Locale.ROOT)
                  .contains(q))
              .sorted(Comparator.comparing(Engagement::startDate).reversed().thenComparing(Engagement::id))
              .map(e -> Views.EngagementView.of(e, d, null)).toList();
          ctx.json(paging1.apply(all));
        });
    api.route(HandlerType.GET, "/api/v1/engagements/{id}", TAG, "One engagement",
        "The ETag header (and the 'version' field) carry its version.", List.of(path("id", "engagement id")), null,
        "EngagementRecord", 200, List.of(401, 404), true, ctx -> {
          Principal who = ApiRoutes.requireSignedIn(ctx);
          Versioned<Engagement> v = service.engagement(who, ctx.pathParam("id")).orElseThrow(() ->
              new ServiceException.NotFound("no engagement with id " + ctx.pathParam("id")));
          ApiRoutes.etag(ctx, v.version());
          ctx.json(Views.EngagementView.of(v.value(), service.dataset(), v.version()));
        });
    api.route(HandlerType.POST, "/api/v1/engagements", TAG, "Record an engagement",
        "Administrators, and coordinators and editors for the cities in their scope. Without an id, one is "
            + "derived from kind, city, start date, partner and title, so the same engagement cannot be recorded "
            + "twice.", List.of(), "EngagementInput", "EngagementRecord", 201, List.of(400, 401, 403, 409, 422),
        true, ctx -> {
          Principal who = ApiRoutes.requireWriter(ctx);
          Engagement e = api.body(ctx, Inputs.EngagementInput.class).toEngagement(null);
          Versioned<Engagement> saved = service.saveEngagement(who, e, 0);
          ctx.status(201).header("Location", "/api/v1/engagements/" + saved.value().id());
          ApiRoutes.etag(ctx, saved.version());
          ctx.json(Views.EngagementView.of(saved.value(), service.dataset(), saved.version()));
        });
    api.route(HandlerType.PUT, "/api/v1/engagements/{id}", TAG, "Change an engagement",
        "Same permissions as recording one, for the engagement as it was and as it becomes. With If-Match, a change "
            + "someone else made in between is refused with 409.",
        List.of(path("id", "engagement id"), header("If-Match", "the version read")), "EngagementInput",
        "EngagementRecord", 200, List.of(400, 401, 403, 404, 409, 422), true, ctx -> {
          Principal who = ApiRoutes.requireWriter(ctx);
          String id = ctx.pathParam("id");
          Engagement e = api.body(ctx, Inputs.EngagementInput.class).toEngagement(id);
          int version = ApiRoutes.versionToChange(ctx, service.engagement(who, id), "engagement " + id);
          Versioned<Engagement> saved = service.saveEngagement(who, e, version);
          ApiRoutes.etag(ctx, saved.version());
          ctx.json(Views.EngagementView.of(saved.value(), service.dataset(), saved.version()));
        });
    api.route(HandlerType.DELETE, "/api/v1/engagements/{id}", TAG, "Remove an engagement",
        "Administrators, and coordinators and editors for the engagements of the cities in their scope. With "
            + "If-Match, an engagement changed in between is a 409.",
        List.of(path("id", "engagement id"), header("If-Match", "the version read")), null, null, 204,
        List.of(400, 401, 403, 404, 409), true, ctx -> {
          Principal who = ApiRoutes.requireWriter(ctx);
          String id = ctx.pathParam("id");
          int version = ApiRoutes.versionToChange(ctx, service.engagement(who, id), "engagement " + id);
          service.deleteEngagement(who, id, version);
          ctx.status(204);
        });
  }

  private static Set<String> keys(String csv) {
    if (csv == null || csv.isBlank()) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    for (String k : csv.split(",")) {
      if (!k.isBlank()) {
        out.add(k.trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static LocalDate date(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse(name + " must be a date written yyyy-mm-dd, not '" + text + "'");
    }
  }
}
