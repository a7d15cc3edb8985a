package org.hanse.server.service;

import java.util.List;

/**
 * A request the service refuses for a reason the user can act on. Each subclass maps to one HTTP status; the message
 * is shown to the user as it is, so it must never contain internals.
 */
public abstract class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ServiceException(String message) {
    super(message);
  }

  /** The HTTP status this refusal maps to. */
  public abstract int status();

  /** Not signed in (401). */
  public static final class Unauthenticated extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated(String message) {
      super(message);
    }

    @Override
    public int status() {
      return 401;
    }
  }

  /** Signed in, but the role does not allow it (403). */
  public static final class Forbidden extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
      super(message);
    }

    @Override
    public int status() {
      return 403;
    }
  }

  /** No such record (404). */
  public static final class NotFound extends ServiceException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
      super(message);
    }

    @Override
    public int status() {
      return 404;
    }
  }

  /** The request contradicts the current state, e.g. an id that already exists (409). */
  public static final class Conflict extends ServiceException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
      super(message);
    }

    @Override
    public int status() {
      return 409;
    }
  }

  /** Too many failed sign-ins (429); {@link #retryAfterSeconds()} says when to try again. */
  public static final class TooManyRequests extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
      super(message);
      this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }

    @Override
    public int status() {
      return 429;
    }
  }

  /** Well-formed but invalid content; carries every problem found, not just the first (422). */
  public static final class Invalid extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final transient List<ValidationProblem> problems;

    public Invalid(String message, List<ValidationProblem> problems) {
      super(message);
      this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
      return problems;
    }

    @Override
    public int status() {
      return 422;
    }
  }
}
