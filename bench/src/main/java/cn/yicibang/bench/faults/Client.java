package cn.yicibang.bench.faults;

import cn.yicibang.bench.load.Rest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A caller of the API behind a load balancer: a request that gets no answer (connection refused or
 * cut, a node gone) or a 502/503/504 is sent again, with the same {@code Idempotency-Key}, to the
 * next node, until it is answered or the patience runs out. Counts what it had to retry.
 */
final class Client {

  /** Requests sent again, and of those the ones after no answer at all. */
  static final AtomicLong RETRIES = new AtomicLong();

  static final AtomicLong UNANSWERED = new AtomicLong();

  /** Answers of 500 or more, by status, and the first bodies of each. */
  static final java.util.Map<Integer, AtomicLong> SERVER_ERRORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  static final java.util.Map<Integer, java.util.List<String>> SERVER_ERROR_BODIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  private final Supplier<List<URI>> nodes;
  private final String authorization;
  private final Duration patience;
  private int next;

  Client(Supplier<List<URI>> nodes, String user, Duration patience, int first) {
    this.nodes = nodes;
    this.next = first;
    this.patience = patience;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + Rest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** One answer, and how many sends it took. */
  record Answer(int status, String body, byte[] bytes, int sends) {}

  Answer get(String path) throws InterruptedException {
    return send("GET", path, null, null);
  }

  Answer post(String path, String json, String key) throws InterruptedException {
    return send("POST", path, json, key);
  }

  /** Sends until answered with anything but 502/503/504; fails when patience runs out. */
  Answer send(String method, String path, String json, String key) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    int sends = 0;
    String last = "";
    while (true) {
      List<URI> all = nodes.get();
      URI base = all.get(Math.floorMod(next, all.size()));
      sends++;
      try {
        HttpRequest.Builder b =
            HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept-Language", "zh-CN");
        if (key != null) {
          b.header("Idempotency-Key", key);
        }
        if (method.equals("POST")) {
          b.header("Content-Type", "application/json")
              .method(
                  method,
                  HttpRequest.BodyPublishers.ofString(
                      json == null ? "" : json, StandardCharsets.UTF_8));
        } else {
          b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = r.statusCode();
        if (status >= 500) {
          SERVER_ERRORS.computeIfAbsent(status, x -> new AtomicLong()).incrementAndGet();
          java.util.List<String> bodies =
              SERVER_ERROR_BODIES.computeIfAbsent(
                  status, x -> new java.util.concurrent.CopyOnWriteArrayList<>());
          if (bodies.size() < 200) {
            bodies.add(new String(r.body(), StandardCharsets.UTF_8));
          }
        }
        if (status != 502 && status != 503 && status != 504) {
          return new Answer(status, new String(r.body(), StandardCharsets.UTF_8), r.body(), sends);
        }
        last = status + " " + new String(r.body(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        UNANSWERED.incrementAndGet();
        last = e.toString();
      }
      RETRIES.incrementAndGet();
      next++; // the next node, as a balancer that saw the failure would
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            method + " " + path + ": no answer after " + sends + " sends; last: " + last);
      }
      Thread.sleep(250);
    }
  }

  /**
   * The answer's body when its status is the one expected; otherwise a failure saying what came.
   */
  static String expect(Answer a, int status, String what) {
    if (a.status() != status) {
      throw new IllegalStateException(
          what
              + " → "
              + a.status()
              + ": "
              + a.body().substring(0, Math.min(300, a.body().length())));
    }
    return a.body();
  }

  /** A string field of a JSON answer (the first with that name), or null. */
  static String field(String json, String name) {
    String k = "\"" + name + "\":\"";
    int i = json.indexOf(k);
    if (i < 0) {
      return null;
    }
    int from = i + k.length();
    return json.substring(from, json.indexOf('"', from));
  }
}
