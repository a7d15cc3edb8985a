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

  /** The status phrase in a language (Chinese for people reading the dashboard in Chinese). */
  public static String title(int status, org.hanse.model.Lang lang) {
    if (lang != org.hanse.model.Lang.ZH) {
      return title(status);
    }
    return switch (status) {
      case 400 -> "请求有误";
      case 401 -> "未登录";
      case 403 -> "无权操作";
      case 404 -> "未找到";
      case 405 -> "不支持该方法";
      case 409 -> "冲突";
      case 413 -> "内容过大";
      case 415 -> "不支持的媒体类型";
      case 422 -> "内容无法处理";
      case 429 -> "请求过多";
      case 500 -> "服务器内部错误";
      case 503 -> "服务暂不可用";
      default -> "错误";
    };
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
