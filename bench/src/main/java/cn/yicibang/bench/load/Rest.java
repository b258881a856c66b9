package cn.yicibang.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client as any caller of the API would be: HTTP Basic, JSON, one account. */
public final class Rest {

  public static final String DEMO_PASSWORD = "demo1234";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI base;
  private final String authorization;

  public Rest(URI base, String user) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> post(String path, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    return post(path, json, idempotencyKey, Duration.ofSeconds(60));
  }

  /** The same with a longer wait, for work that takes minutes (a rebuild). */
  public HttpResponse<String> post(
      String path, String json, String idempotencyKey, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        request(path)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The body when the status is the expected one; otherwise the failure, with what came back. */
  public static <T> T expect(HttpResponse<T> response, int status) {
    if (response.statusCode() != status) {
      Object body = response.body();
      String text = body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : "" + body;
      throw new IllegalStateException(
          response.request().method()
              + " "
              + response.uri().getPath()
              + " → "
              + response.statusCode()
              + ": "
              + text.substring(0, Math.min(300, text.length())));
    }
    return response.body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Accept-Language", "zh-CN");
  }
}
