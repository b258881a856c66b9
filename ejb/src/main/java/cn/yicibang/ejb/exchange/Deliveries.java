package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.exchange.DepartmentEndpoint;
import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.exchange.NotificationStatus;
import cn.yicibang.ejb.config.Setting;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bookkeeping of deliveries, each step in its own short transaction so that no transaction is
 * open while a department's endpoint is being called. A claim is a lease: a node that dies
 * mid-delivery leaves a claim that expires, and the notification is sent again with the same
 * idempotency key. Claims and outcomes are written a batch at a time, one transaction each.
 */
@Stateless
public class Deliveries {

  static final Duration LEASE = Duration.ofSeconds(60);

  /** Rows another node is claiming right now are passed over, not waited for. */
  private static final String SKIP_LOCKED_HINT = "jakarta.persistence.lock.timeout";

  private static final int SKIP_LOCKED = -2;

  /** What one delivery attempt needs. */
  public record Delivery(
      UUID id, String url, String secret, String idempotencyKey, String payload) {}

  @PersistenceContext private EntityManager em;

  /**
   * Claims up to {@code limit} due notifications for this node, oldest first, and returns what
   * sending them needs. Rows that another node has locked for its own claim are skipped, so two
   * nodes claiming at once share the work instead of waiting for each other.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Delivery> claimDue(int limit) {
    Instant now = Instant.now();
    List<Notification> due =
        em.createQuery(
                "select n from Notification n where n.status = :pending and n.nextAttemptAt <= :now"
                    + " and (n.claimedUntil is null or n.claimedUntil < :now) and n.recipientId in"
                    + " (select e.organisationId from DepartmentEndpoint e where e.enabled = true"
                    + " and e.url is not null) order by n.nextAttemptAt",
                Notification.class)
            .setParameter("pending", NotificationStatus.PENDING)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(SKIP_LOCKED_HINT, SKIP_LOCKED)
            .setMaxResults(limit)
            .getResultList();
    Map<String, DepartmentEndpoint> endpoints = new HashMap<>();
    List<Delivery> claimed = new ArrayList<>(due.size());
    for (Notification n : due) {
      DepartmentEndpoint endpoint =
          endpoints.computeIfAbsent(n.recipientId(), id -> em.find(DepartmentEndpoint.class, id));
      if (endpoint == null || !endpoint.pushes() || !n.due(now)) {
        continue;
      }
      n.claim(now, LEASE);
      claimed.add(
          new Delivery(n.id(), endpoint.url(), endpoint.secret(), n.idempotencyKey(), n.payload()));
    }
    return claimed;
  }

  /** Records a batch's outcomes: the delivered ones, and the failed ones with their error. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void settle(List<UUID> delivered, Map<UUID, String> failed) {
    Instant now = Instant.now();
    Duration firstRetry = Duration.ofSeconds(Setting.DELIVERY_FIRST_RETRY_SECONDS.asInt());
    Duration longestRetry = Duration.ofSeconds(Setting.DELIVERY_LONGEST_RETRY_SECONDS.asInt());
    List<UUID> all = new ArrayList<>(delivered);
    all.addAll(failed.keySet());
    if (all.isEmpty()) {
      return;
    }
    // the batch in one query, not one lookup each; the updates go out in JDBC batches
    for (Notification n :
        em.createQuery(
                "select n from Notification n where n.id in :ids order by n.id", Notification.class)
            .setParameter("ids", all)
            // waits for an acknowledgement being written for one of them, rather than failing
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      String error = failed.get(n.id());
      if (error == null) {
        n.delivered(now);
      } else {
        n.failed(now, error, firstRetry, longestRetry);
      }
    }
  }
}
