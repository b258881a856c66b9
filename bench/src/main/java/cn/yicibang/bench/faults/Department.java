package cn.yicibang.bench.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The departments' systems (medical insurance, pension) on loopback, as the exchange expects them
 * to behave: a notification is applied once per {@code Idempotency-Key} (one that comes again is
 * answered 200 and not applied again), then acknowledged through the API by the department's
 * officer. It can be made unreliable: slow, failing a share of requests with 503 before applying,
 * applying and then cutting the connection without an answer (the sender must send again), and
 * acknowledging twice.
 */
final class Department implements AutoCloseable {

  /** How unreliable; all zero is a department that always answers at once. */
  record Flakiness(
      int maxDelayMs, double failShare, double lostAnswerShare, double doubleAckShare) {
    static final Flakiness NONE = new Flakiness(0, 0, 0, 0);
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(32);
  private final ExecutorService acks = Executors.newFixedThreadPool(16);
  private final Flakiness flakiness;
  private final Supplier<List<URI>> nodes;

  /** Per idempotency key: the notification id it came with, and how often it was applied. */
  private final Map<String, String> keyToId = new ConcurrentHashMap<>();

  private final Map<String, AtomicLong> applied = new ConcurrentHashMap<>();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong cut = new AtomicLong();
  final AtomicLong repeats = new AtomicLong();
  final AtomicLong keyChanged = new AtomicLong();
  final AtomicLong doubleAcks = new AtomicLong();
  final AtomicLong ackFailures = new AtomicLong();

  /** Listens on a port of loopback the system picks (see {@link #base}). */
  Department(Flakiness flakiness, Supplier<List<URI>> nodes) throws IOException {
    this.flakiness = flakiness;
    this.nodes = nodes;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** Where the exchange sends to: the department's code is appended. */
  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.readAllBytes();
    }
    requests.incrementAndGet();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String department = exchange.getRequestURI().getPath().substring(1);
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String id = exchange.getRequestHeaders().getFirst("X-Yicibang-Notification");
    boolean refuse = random.nextDouble() < flakiness.failShare();
    try {
      if (flakiness.maxDelayMs() > 0) {
        Thread.sleep(random.nextInt(flakiness.maxDelayMs() + 1));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      refuse = true;
    }
    if (refuse) {
      refused.incrementAndGet();
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
      return;
    }
    String before = keyToId.putIfAbsent(key, id);
    if (before != null && !before.equals(id)) {
      keyChanged.incrementAndGet();
    }
    AtomicLong times = applied.computeIfAbsent(id, k -> new AtomicLong());
    boolean first = before == null;
    if (first) {
      times.incrementAndGet(); // applied: once per key
    } else {
      repeats.incrementAndGet();
    }
    boolean cutAnswer = random.nextDouble() < flakiness.lostAnswerShare();
    if (first) {
      // the department's own work list acknowledges what it applied, whether or not its answer
      // reaches the sender; after a lost answer it does so late, so the sender's retry (same key)
      // usually comes first and must not be applied again
      int ackTimes = random.nextDouble() < flakiness.doubleAckShare() ? 2 : 1;
      long lateMs = cutAnswer ? 3_000 + random.nextInt(3_000) : 0;
      acks.execute(
          () -> {
            try {
              Thread.sleep(lateMs);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            acknowledge(department, id, ackTimes);
          });
    }
    if (cutAnswer) {
      // applied, but the answer never reaches the sender
      cut.incrementAndGet();
      exchange.getResponseBody().close();
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }

  private void acknowledge(String department, String id, int times) {
    String officer = department.equals("DEPT-MEDINS") ? "officer.medins" : "officer.pension";
    Client client = new Client(nodes, officer, Duration.ofMinutes(3), (int) (id.hashCode() & 1));
    for (int i = 0; i < times; i++) {
      try {
        Client.Answer a = client.post("api/notifications/" + id + "/ack", null, null);
        if (a.status() == 200) {
          if (i > 0) {
            doubleAcks.incrementAndGet();
          }
        } else {
          failedAck(a.status() + " " + a.body());
        }
      } catch (Exception e) {
        failedAck(e.toString());
      }
    }
  }

  final List<String> firstAckFailures = new java.util.concurrent.CopyOnWriteArrayList<>();

  private void failedAck(String what) {
    ackFailures.incrementAndGet();
    if (firstAckFailures.size() < 5) {
      firstAckFailures.add(what.substring(0, Math.min(300, what.length())));
    }
  }

  /** How often each notification (by id) was applied. */
  Map<String, AtomicLong> applied() {
    return applied;
  }

  /** Waits until no acknowledgement is still being sent. */
  void drainAcks(Duration timeout) throws InterruptedException {
    acks.shutdown();
    acks.awaitTermination(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    acks.shutdownNow();
  }
}
