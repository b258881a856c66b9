package cn.yicibang.ejb.exchange;

import cn.yicibang.ejb.exchange.Deliveries.Delivery;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due notifications to the departments' endpoints every few seconds, on every node: claims
 * make sure one node sends each attempt. A request is a signed POST of the notification's payload
 * with its idempotency key; 2xx is delivered, anything else (or no answer within the timeout) is
 * retried later with growing waits.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
  private static final int BATCH = 100;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicBoolean running = new AtomicBoolean();

  @Inject private Deliveries deliveries;

  @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
  void tick() {
    dispatchDue();
  }

  /** Delivers what is due now; returns how many attempts were made. Skips if already running. */
  public int dispatchDue() {
    if (!running.compareAndSet(false, true)) {
      return 0;
    }
    try {
      int attempts = 0;
      for (UUID id : deliveries.due(BATCH)) {
        try {
          var claimed = deliveries.claim(id);
          if (claimed.isPresent()) {
            send(claimed.get());
            attempts++;
          }
        } catch (EJBException e) {
          LOG.log(Level.FINE, "claim of " + id + " lost to another node", e);
        }
      }
      return attempts;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Dispatch round failed; the next round retries", e);
      return 0;
    } finally {
      running.set(false);
    }
  }

  private void send(Delivery d) {
    String error;
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
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() / 100 == 2) {
        deliveries.delivered(d.id());
        return;
      }
      error = "HTTP " + response.statusCode();
    } catch (IOException | RuntimeException e) {
      // any failure of one notification (bad URL, missing secret, …) is that notification's
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    deliveries.failed(d.id(), error);
  }
}
