package org.hanse.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hanse.server.api.ApiDoc;
import org.hanse.server.api.ApiRoutes;
import org.hanse.server.api.Problem;
import org.hanse.server.service.HanseService;
import org.hanse.server.service.ServiceException;
import org.hanse.server.service.ValidationProblem;
import org.hanse.server.web.I18n;
import org.hanse.server.web.PageRoutes;
import org.hanse.server.web.RequestState;
import org.hanse.server.web.SecurityFilter;
import org.hanse.server.web.SessionStore;
import org.hanse.server.web.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hanse web server: the REST API under {@code /api/v1}, its OpenAPI document at {@code /openapi.json}, and the
 * bilingual dashboard, all over one {@link HanseService}. Every response carries the security headers; every error
 * is a problem document (API) or an error page (dashboard), never a stack trace.
 */
public final class HanseServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HanseServer.class);

  private final Javalin app;
  private final ApiDoc apiDoc = new ApiDoc();
  private final HanseService service;
  private final ServerConfig config;

  private HanseServer(HanseService service, ServerConfig config) {
    this.service = service;
    this.config = config;
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    SessionStore sessions = new SessionStore(config.sessionIdle(), Clock.systemUTC());
    SecurityFilter security = new SecurityFilter(service, sessions, config);
    I18n i18n = new I18n();
    Templates templates = new Templates(i18n);

    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      // A known path asked with a method it does not take is 405 with Allow, not "nothing at".
      cfg.http.prefer405over404 = true;
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.http.maxRequestSize = ApiRoutes.MAX_IMPORT_BYTES + 1024 * 1024L;
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/assets";
        sf.directory = "/public";
        sf.location = Location.CLASSPATH;
        sf.precompress = false;
        sf.headers = Map.of("Cache-Control", "max-age=300");
      });
      cfg.staticFiles.enableWebjars();
    });

    app.before(security::handle);
    app.before(ctx -> {
      if (isApi(ctx)) {
        ctx.header("Cache-Control", "no-cache");
      }
    });
    new ApiRoutes(app, service, apiDoc, mapper).register();
    new PageRoutes(app, service, security, templates, i18n, apiDoc, mapper).register();

    app.exception(ServiceException.class, (e, ctx) -> {
      List<ValidationProblem> problems = e instanceof ServiceException.Invalid inv ? inv.problems() : List.of();
      if (e instanceof ServiceException.TooManyRequests tooMany) {
        ctx.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
      }
      fail(ctx, e.status(), e.getMessage(), problems, templates, mapper);
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      // Javalin's own "Endpoint GET /x not found" names its internals; say it in the user's terms.
      String message = e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ")
          ? "nothing at " + ctx.path() : e.getMessage();
      if (e.getStatus() == 405) {
        // Javalin lists the methods the path takes in the details (under a key that depends on the Accept header).
        String allow = e.getDetails().values().stream().findFirst().orElse("");
        if (!allow.isEmpty()) {
          ctx.header("Allow", allow);
        }
        message = ctx.method() + " is not allowed on " + ctx.path() + (allow.isEmpty() ? "" : "; use " + allow);
      }
      fail(ctx, e.getStatus(), message, List.of(), templates, mapper);
    });
    app.exception(Exception.class, (e, ctx) -> {
      // A bug: log it with its stack trace for the operator, show the user nothing of its internals.
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      fail(ctx, 500, "internal error; the server log has the details", List.of(), templates, mapper);
    });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null) {
        fail(ctx, 404, "nothing at " + ctx.path(), List.of(), templates, mapper);
      }
    });
    app.error(405, ctx -> {
      if (ctx.resultInputStream() == null) {
        fail(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), List.of(), templates, mapper);
      }
    });
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      app.stop();
      throw new BindFailedException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
  }

  /** The server could not open its port (in use, or not allowed); the message says which. */
  public static final class BindFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BindFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Starts a server; port 0 in the config picks a free port (see {@link #port()}). */
  public static HanseServer start(HanseService service, ServerConfig config) {
    return new HanseServer(service, config);
  }

  public int port() {
    return app.port();
  }

  /**
   * Computes in the background, at the lowest thread priority, what the first visitors would otherwise wait for:
   * the assessment and the Advice page's default answers (partners of the first cluster, its hand-over and
   * co-hosting), each kept until the data change, then the home, Advice and first cluster pages once in each
   * language. A request for the same answer meanwhile waits for this work instead of doing it twice. The future
   * completes with the time it took, or with the failure (which a request for the same answer then reports itself).
   */
  public java.util.concurrent.CompletableFuture<java.time.Duration> warmUp() {
    java.util.concurrent.CompletableFuture<java.time.Duration> done = new java.util.concurrent.CompletableFuture<>();
    Thread t = new Thread(() -> {
      long start = System.nanoTime();
      try {
        service.analysis();
        java.util.List<String> pages = new java.util.ArrayList<>(java.util.List.of("/", "/advice"));
        java.util.Iterator<String> clusters = service.dataset().clusters().keySet().iterator();
        if (clusters.hasNext()) {
          String first = clusters.next();
          org.hanse.server.api.AdviceRoutes.partners(service, null, first, "city", "combined", 10,
              org.hanse.model.Lang.EN);
          org.hanse.server.api.AdviceRoutes.handover(service, first, null, null, null, org.hanse.model.Lang.EN);
          org.hanse.server.api.AdviceRoutes.cohost(service, first, "2", null, null, null, null);
          // the first cluster page computes what every cluster page shares (the member measures of all cities)
          pages.add("/clusters/" + first);
        }
        renderOnce(pages);
        done.complete(java.time.Duration.ofNanos(System.nanoTime() - start));
      } catch (RuntimeException e) {
        LOG.warn("Preparing the default answers failed; the pages compute them on request", e);
        done.completeExceptionally(e);
      }
    }, "hanse-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return done;
  }

  /**
   * Asks this server for the pages once in each language, as a visitor would, so that their templates are parsed
   * and their own work done before the first visitor comes (about a second of the first visit otherwise). A page
   * that does not answer is left to the visitor: this is only a head start.
   */
  private void renderOnce(java.util.List<String> paths) {
    String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
    String authority = (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .connectTimeout(java.time.Duration.ofSeconds(10)).build();
    for (String path : paths) {
      for (org.hanse.model.Lang lang : org.hanse.model.Lang.values()) {
        try {
          client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + authority + path
              + "?lang=" + lang.name().toLowerCase(java.util.Locale.ROOT))).timeout(java.time.Duration.ofMinutes(2))
              .GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
          LOG.debug("warm-up request for {} failed: {}", path, e.toString());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  public ApiDoc apiDoc() {
    return apiDoc;
  }

  @Override
  public void close() {
    app.stop();
  }

  static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
  }

  private static void fail(Context ctx, int status, String detail, List<ValidationProblem> problems,
      Templates templates, ObjectMapper mapper) {
    RequestState state = ctx.attribute("hanse.request");
    org.hanse.model.Lang lang = state == null ? org.hanse.model.Lang.EN : state.lang();
    // The texts for people (title, detail) in the request's language; type, status and instance stay as they are.
    String message = detail == null || detail.isBlank() ? Problem.title(status, lang)
        : org.hanse.analysis.text.Localizer.of(lang).text(detail);
    ctx.status(status);
    if (isApi(ctx) || acceptsOnlyJson(ctx)) {
      try {
        ctx.contentType(Problem.MEDIA_TYPE);
        // Bytes, not a string: JSON is UTF-8, and a string would be encoded in the container's default charset.
        ctx.result(mapper.writeValueAsBytes(new Problem("about:blank", Problem.title(status, lang), status, message,
            ctx.path(), problems)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        ctx.contentType("text/plain; charset=utf-8").result(message);
      }
      return;
    }
    if (status == 401 && ctx.method() == io.javalin.http.HandlerType.GET) {
      // A page that needs a user: sign in, then come back.
      ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Cache-Control", "no-store");
    ctx.result(templates.render("error", lang, PageRoutes.errorModel(ctx, status, message, problems)));
  }

  private static boolean acceptsOnlyJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("json") && !accept.contains("html");
  }
}
