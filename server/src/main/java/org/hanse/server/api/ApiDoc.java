package org.hanse.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenAPI 3.0 description of the API, built from the same declarations that register the routes, so the
 * document cannot list an endpoint that does not exist or miss one that does. Component schemas live in
 * {@code openapi-components.json} beside this class.
 */
public final class ApiDoc {
  /** A parameter in the path or the query string. */
  public record Param(String name, String where, String type, boolean required, String description) {
    public static Param path(String name, String description) {
      return new Param(name, "path", "string", true, description);
    }

    public static Param query(String name, String type, String description) {
      return new Param(name, "query", type, false, description);
    }

    public static Param header(String name, String description) {
      return new Param(name, "header", "string", false, description);
    }
  }

  /**
   * One operation.
   *
   * @param requestSchema  component schema of the JSON body, or null
   * @param responseSchema component schema of the success body, or null for no body
   * @param successStatus  200, 201 or 204
   * @param errors         the error statuses this operation can answer with
   * @param auth           true when it needs a signed-in user (session or token)
   */
  public record Operation(HandlerType method, String path, String tag, String summary, String description,
      List<Param> params, String requestSchema, String responseSchema, int successStatus, List<Integer> errors,
      boolean auth) {}

  /**
   * Prefix of a {@code responseSchema} that is a file download rather than JSON, followed by the media types it is
   * sent in, separated by commas (e.g. {@code file:text/html,application/pdf}).
   */
  public static final String FILE = "file:";

  private final List<Operation> operations = new ArrayList<>();

  public void add(Operation op) {
    operations.add(op);
  }

  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  public ObjectNode document(ObjectMapper mapper, String version) {
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Hanse API");
    info.put("version", version);
    info.put("description", "City-cluster diplomacy (城市群外交): cities, clusters, foreign actors, typed and dated "
        + "international ties, and the measures and assessment computed from them. Lists are paged with 'page' "
        + "(from 1) and 'size'; errors are application/problem+json. Reading the knowledge base and the analysis "
        + "needs no sign-in; engagements, the audit trail and every write need a session (with the X-CSRF-Token "
        + "header) or 'Authorization: Bearer <token>'. Records carry their version in the ETag header; send it "
        + "back in If-Match so that a change someone else made in between is refused (409) instead of lost.");
    doc.putArray("servers").addObject().put("url", "/");
    Map<String, ObjectNode> paths = new LinkedHashMap<>();
    for (Operation op : operations) {
      ObjectNode path = paths.computeIfAbsent(op.path(), p -> mapper.createObjectNode());
      ObjectNode o = path.putObject(op.method().name().toLowerCase(Locale.ROOT));
      o.putArray("tags").add(op.tag());
      o.put("summary", op.summary());
      if (!op.description().isEmpty()) {
        o.put("description", op.description());
      }
      o.put("operationId", operationId(op));
      if (!op.params().isEmpty()) {
        ArrayNode params = o.putArray("parameters");
        for (Param p : op.params()) {
          ObjectNode pn = params.addObject();
          pn.put("name", p.name());
          pn.put("in", p.where());
          pn.put("required", p.required());
          pn.put("description", p.description());
          pn.putObject("schema").put("type", p.type());
        }
      }
      if (op.requestSchema() != null) {
        ObjectNode body = o.putObject("requestBody");
        body.put("required", true);
        if (op.requestSchema().equals("multipart")) {
          ObjectNode schema = body.putObject("content").putObject("multipart/form-data").putObject("schema");
          schema.put("type", "object");
          schema.putObject("properties").putObject("file").put("type", "string").put("format", "binary");
        } else {
          body.putObject("content").putObject("application/json").putObject("schema")
              .put("$ref", "#/components/schemas/" + op.requestSchema());
        }
      }
      ObjectNode responses = o.putObject("responses");
      ObjectNode ok = responses.putObject(String.valueOf(op.successStatus()));
      ok.put("description", switch (op.successStatus()) {
        case 201 -> "Created";
        case 204 -> "Done, no content";
        default -> "OK";
      });
      if (op.responseSchema() != null && op.responseSchema().startsWith(FILE)) {
        ObjectNode content = ok.putObject("content");
        for (String type : op.responseSchema().substring(FILE.length()).split(",")) {
          content.putObject(type).putObject("schema").put("type", "string").put("format", "binary");
        }
      } else if (op.responseSchema() != null) {
        ok.putObject("content").putObject("application/json").putObject("schema")
            .put("$ref", "#/components/schemas/" + op.responseSchema());
      }
      for (int status : op.errors()) {
        ObjectNode err = responses.putObject(String.valueOf(status));
        err.put("description", Problem.title(status));
        err.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema")
            .put("$ref", "#/components/schemas/Problem");
      }
      if (op.auth()) {
        ArrayNode sec = o.putArray("security");
        sec.addObject().putArray("bearerToken");
        sec.addObject().putArray("sessionCookie");
      }
    }
    ObjectNode pathsNode = doc.putObject("paths");
    paths.forEach(pathsNode::set);
    ObjectNode components = doc.putObject("components");
    components.set("schemas", schemas(mapper));
    ObjectNode schemes = components.putObject("securitySchemes");
    schemes.putObject("bearerToken").put("type", "http").put("scheme", "bearer")
        .put("description", "An API token issued to a user with the command line.");
    schemes.putObject("sessionCookie").put("type", "apiKey").put("in", "cookie").put("name", "hanse_session")
        .put("description", "The dashboard's session; state-changing requests must also send X-CSRF-Token.");
    return doc;
  }

  private static String operationId(Operation op) {
    StringBuilder sb = new StringBuilder(op.method().name().toLowerCase(Locale.ROOT));
    for (String part : op.path().replace("/api/v1/", "").split("[/{}]")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString().replace("-", "").replace(".", "");
  }

  private static JsonNode schemas(ObjectMapper mapper) {
    try (InputStream in = ApiDoc.class.getResourceAsStream("openapi-components.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi-components.json is missing from the server jar");
      }
      return mapper.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
