package org.hanse.server.web;

import io.javalin.http.Context;
import org.hanse.model.Lang;
import org.hanse.store.access.Principal;

/**
 * What the security filter found out about a request: its language, its session (if any), who is signed in and
 * whether the caller authenticated with an API token.
 */
public record RequestState(Lang lang, Session session, Principal principal, boolean viaToken) {
  private static final String ATTRIBUTE = "hanse.request";

  public static RequestState of(Context ctx) {
    RequestState s = ctx.attribute(ATTRIBUTE);
    if (s == null) {
      throw new IllegalStateException("security filter did not run for " + ctx.path());
    }
    return s;
  }

  void attach(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  public RequestState withSession(Session s) {
    return new RequestState(lang, s, s.principal(), false);
  }
}
