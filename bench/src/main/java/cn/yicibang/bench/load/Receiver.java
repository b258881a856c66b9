package cn.yicibang.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A department's receiving endpoint on loopback: reads each notification, remembers when it first
 * arrived (by the notification id header) and how often, and answers 200 at once.
 */
public final class Receiver implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final Map<String, Instant> first = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong repeats = new AtomicLong();

  public Receiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
          }
          requests.incrementAndGet();
          String id = exchange.getRequestHeaders().getFirst("X-Yicibang-Notification");
          if (id != null && first.putIfAbsent(id, Instant.now()) != null) {
            repeats.incrementAndGet();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.setExecutor(threads);
    server.start();
  }

  /** When each notification first arrived, by id. */
  public Map<String, Instant> arrivals() {
    return first;
  }

  public long requests() {
    return requests.get();
  }

  /** Notifications that arrived more than once. */
  public long repeats() {
    return repeats.get();
  }

  public void reset() {
    first.clear();
    requests.set(0);
    repeats.set(0);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
