package cn.yicibang.web.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for the tests: what any REST client would send. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  static HttpResponse<String> get(URI uri, String user, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
    if (user != null) {
      String token =
          Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(URI uri, String user, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    json == null ? "" : json, StandardCharsets.UTF_8));
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<byte[]> bytes(URI uri, String user) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", basic(user))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static jakarta.json.JsonObject json(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }

  static jakarta.json.JsonArray jsonArray(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray();
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8));
  }
}
