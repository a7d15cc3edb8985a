package org.hanse.server.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.Set;
import org.hanse.model.Lang;
import org.hanse.server.ServerConfig;
import org.hanse.server.service.HanseService;
import org.hanse.store.access.Principal;
import org.hanse.server.service.ServiceException;

/**
 * Runs before every request: sets the security headers, picks the language, finds the session or API token and
 * enforces CSRF protection on every state-changing request that relies on the session cookie.
 */
public final class SecurityFilter {
  public static final String SESSION_COOKIE = "hanse_session";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";

  /** No inline script anywhere; style attributes are allowed because the chart library positions its tooltips so. */
  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT,
      HandlerType.PATCH, HandlerType.DELETE);

  private final HanseService service;
  private final SessionStore sessions;
  private final ServerConfig config;

  public SecurityFilter(HanseService service, SessionStore sessions, ServerConfig config) {
    this.service = service;
    this.sessions = sessions;
    this.config = config;
  }

  public void handle(Context ctx) {
    setSecurityHeaders(ctx);
    Lang lang = chooseLanguage(ctx);
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      // Scripts authenticate each request; no cookie is involved, so CSRF cannot apply.
      new RequestState(lang, null, null, true).attach(ctx);
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new ServiceException.Unauthenticated("use 'Authorization: Bearer <token>'");
      }
      Principal p = service.principalForToken(authorization.substring(7).trim())
          .orElseThrow(() -> new ServiceException.Unauthenticated("the API token is unknown or revoked"));
      new RequestState(lang, null, p, true).attach(ctx);
      return;
    }
    Optional<Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
    RequestState state = new RequestState(lang, session.orElse(null), session.map(Session::principal).orElse(null),
        false);
    state.attach(ctx);
    if (STATE_CHANGING.contains(ctx.method())) {
      boolean needsSession = ctx.path().equals("/login");
      if (session.isPresent() || needsSession) {
        String submitted = ctx.header(CSRF_HEADER);
        if (submitted == null && isForm(ctx)) {
          submitted = ctx.formParam(CSRF_FIELD);
        }
        if (!SessionStore.csrfMatches(session.orElse(null), submitted)) {
          throw new ServiceException.Forbidden(
              "the form has expired or did not come from this site (CSRF check failed); reload the page and try again");
        }
      }
    }
  }

  /** The page's session, created (as a visitor's) when the request has none, so its forms carry a CSRF token. */
  public Session ensureSession(Context ctx) {
    RequestState state = RequestState.of(ctx);
    if (state.session() != null) {
      return state.session();
    }
    Session s = sessions.create(null, null);
    setSessionCookie(ctx, s);
    state.withSession(s).attach(ctx);
    return s;
  }

  /** Signs in: a fresh session id, never the one the visitor had. */
  public Session signIn(Context ctx, Principal principal) {
    RequestState state = RequestState.of(ctx);
    Session s = sessions.create(principal, state.session() == null ? null : state.session().id());
    setSessionCookie(ctx, s);
    state.withSession(s).attach(ctx);
    return s;
  }

  public void signOut(Context ctx) {
    RequestState state = RequestState.of(ctx);
    Session s = sessions.create(null, state.session() == null ? null : state.session().id());
    setSessionCookie(ctx, s);
    state.withSession(s).attach(ctx);
  }

  private void setSessionCookie(Context ctx, Session s) {
    Cookie c = new Cookie(SESSION_COOKIE, s.id());
    c.setPath("/");
    c.setHttpOnly(true);
    // Strict: the cookie never rides on a request another site starts, a second wall behind the CSRF token.
    c.setSameSite(SameSite.STRICT);
    c.setSecure(config.secureCookies());
    ctx.cookie(c);
  }

  private Lang chooseLanguage(Context ctx) {
    String query = ctx.queryParam("lang");
    Lang chosen = I18n.choose(query, ctx.cookie(I18n.COOKIE), ctx.header("Accept-Language"));
    if (I18n.parseOrNull(query) != null) {
      Cookie c = new Cookie(I18n.COOKIE, chosen.name().toLowerCase(java.util.Locale.ROOT));
      c.setPath("/");
      c.setMaxAge(60 * 60 * 24 * 365);
      c.setHttpOnly(true);
      c.setSameSite(SameSite.LAX);
      c.setSecure(config.secureCookies());
      ctx.cookie(c);
    }
    return chosen;
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
  }

  private static void setSecurityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }
}
