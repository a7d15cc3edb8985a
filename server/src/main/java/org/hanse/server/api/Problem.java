package org.hanse.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.hanse.server.service.ValidationProblem;

/**
 * An error response body after RFC 9457 ({@code application/problem+json}). {@code detail} is written for the
 * person reading it; it never carries a stack trace or an internal class name.
 *
 * @param type     a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param title    the status phrase
 * @param status   the HTTP status
 * @param detail   what went wrong and, where possible, what to do about it
 * @param instance the request path
 * @param problems every validation problem (422 only)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
    List<ValidationProblem> problems) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String detail, String instance) {
    return new Problem("about:blank", title(status), status, detail, instance, List.of());
  }

  public static Problem invalid(String detail, String instance, List<ValidationProblem> problems) {
    return new Problem("about:blank", title(422), 422, detail, instance, problems);
  }

  public static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Error";
    };
  }
}
