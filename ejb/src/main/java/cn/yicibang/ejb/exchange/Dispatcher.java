package cn.yicibang.ejb.exchange;

import cn.yicibang.ejb.exchange.Deliveries.Delivery;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due notifications to the departments' endpoints: at once when a transaction that wrote
 * some commits, and every few seconds on every node for retries and for what another node wrote.
 * Claims make sure one node sends each attempt. A batch is claimed in one transaction, sent in
 * parallel (a bounded number of requests in flight), and its outcomes recorded in one transaction;
 * batches follow each other until nothing is due. A request is a signed POST of the payload with
 * its idempotency key; 2xx is delivered, anything else (or no answer within the timeout) is retried
 * later with growing waits.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  private static final int BATCH = 100;
  private static final int IN_FLIGHT = 16;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @Inject private Deliveries deliveries;

  @Resource private ManagedExecutorService executor;

  @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
  void tick() {
    dispatchDue();
  }

  /** Sends what a transaction just wrote, without waiting for the schedule. */
  public void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten e) {
    again.set(true); // a round running now takes them in another pass; otherwise this one does
    executor.execute(this::dispatchDue);
  }

  /**
   * Delivers what is due now, batch after batch; returns how many attempts were made. When a round
   * is already running on this node, it is asked to look again instead.
   */
  public int dispatchDue() {
    int attempts = 0;
    while (running.compareAndSet(false, true)) {
      try {
        again.set(false);
        attempts += drain();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Dispatch round failed; the next round retries", e);
        return attempts;
      } finally {
        running.set(false);
      }
      if (!again.get()) {
        break; // nothing arrived between the last pass and letting go
      }
    }
    return attempts;
  }

  /** Claims and sends batch after batch until one comes back less than full. */
  private int drain() {
    int attempts = 0;
    List<Delivery> batch;
    do {
      batch = deliveries.claimDue(BATCH);
      attempts += sendAll(batch);
    } while (batch.size() == BATCH);
    return attempts;
  }

  private int sendAll(List<Delivery> batch) {
    if (batch.isEmpty()) {
      return 0;
    }
    Semaphore slots = new Semaphore(IN_FLIGHT);
    List<UUID> delivered = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<UUID, String> failed = new ConcurrentHashMap<>();
    List<CompletableFuture<Void>> sent = new ArrayList<>(batch.size());
    for (Delivery d : batch) {
      slots.acquireUninterruptibly();
      sent.add(
          send(d)
              .handle(
                  (status, error) -> {
                    slots.release();
                    if (error == null && status / 100 == 2) {
                      delivered.add(d.id());
                    } else {
                      failed.put(d.id(), error == null ? "HTTP " + status : describe(error));
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    deliveries.settle(List.copyOf(delivered), Map.copyOf(failed));
    return batch.size();
  }

  private CompletableFuture<Integer> send(Delivery d) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(d.url()))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json; charset=UTF-8")
              .header("Idempotency-Key", d.idempotencyKey())
              .header("X-Yicibang-Notification", d.id().toString())
              .header(
                  Signatures.HEADER,
                  Signatures.sign(d.secret(), Instant.now().getEpochSecond(), d.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
              .build();
      // the body is not read: a slow body must not hold the attempt past its lease
      return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .thenApply(HttpResponse::statusCode);
    } catch (RuntimeException e) {
      // any failure of one notification (bad URL, missing secret, …) is that notification's
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String describe(Throwable error) {
    Throwable cause =
        error instanceof java.util.concurrent.CompletionException && error.getCause() != null
            ? error.getCause()
            : error;
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
