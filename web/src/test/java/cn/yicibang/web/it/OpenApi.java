package cn.yicibang.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application's {@code /openapi} document as the tests read it: its operations with their
 * parameters and body schemas, and the schemas those refer to. The tests' own receiving department
 * ({@link TestDepartment}), deployed with them, is not part of the application and is left out.
 */
final class OpenApi {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  /** One operation: {@link #path} starts at {@code /api}, whatever context root it is under. */
  record Operation(
      String method,
      String path,
      List<String> pathParams,
      List<String> queryParams,
      boolean idempotencyKey,
      JsonObject body) {

    /** {@code GET /api/persons/{residentId}}: as the authorisation matrix names it. */
    String name() {
      return method + " " + path;
    }

    boolean printsOrDownloads() {
      return path.endsWith(".pdf") || path.endsWith(".xlsx");
    }
  }

  private final JsonObject document;

  private OpenApi(JsonObject document) {
    this.document = document;
  }

  /** Reads the document the running application serves at {@code /openapi}. */
  static OpenApi of(URI base) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("/openapi"))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("/openapi answered " + r.statusCode() + ": " + r.body());
    }
    return new OpenApi(Json.createReader(new StringReader(r.body())).readObject());
  }

  /** The schemas of {@code components}, by name. */
  Map<String, JsonObject> schemas() {
    Map<String, JsonObject> all = new LinkedHashMap<>();
    JsonObject components = document.getJsonObject("components");
    JsonObject schemas = components == null ? null : components.getJsonObject("schemas");
    if (schemas != null) {
      schemas.forEach((name, schema) -> all.put(name, schema.asJsonObject()));
    }
    return all;
  }

  /** Every operation of the application, in the document's order. */
  List<Operation> operations() {
    List<Operation> all = new ArrayList<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, value) -> {
                          Operation op = operation(path, method, value.asJsonObject());
                          if (!op.path().contains("it-department")) {
                            all.add(op);
                          }
                        }));
    return all;
  }

  private static Operation operation(String path, String method, JsonObject o) {
    List<String> inPath = new ArrayList<>();
    List<String> inQuery = new ArrayList<>();
    boolean key = false;
    for (JsonValue pv :
        o.getJsonArray("parameters") == null
            ? List.<JsonValue>of()
            : o.getJsonArray("parameters")) {
      JsonObject p = pv.asJsonObject();
      switch (p.getString("in")) {
        case "path" -> inPath.add(p.getString("name"));
        case "query" -> inQuery.add(p.getString("name"));
        case "header" -> key |= "Idempotency-Key".equals(p.getString("name"));
        default -> {}
      }
    }
    JsonObject body = null;
    if (o.containsKey("requestBody")) {
      JsonObject content = o.getJsonObject("requestBody").getJsonObject("content");
      if (content != null && !content.isEmpty()) {
        body = content.values().iterator().next().asJsonObject().getJsonObject("schema");
      }
    }
    // the document's paths may carry the context root before /api
    int api = path.indexOf("/api/");
    String full = api >= 0 ? path.substring(api) : "/api" + path;
    return new Operation(method.toUpperCase(Locale.ROOT), full, inPath, inQuery, key, body);
  }
}
