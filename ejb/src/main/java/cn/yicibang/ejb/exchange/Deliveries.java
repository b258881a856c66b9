package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.exchange.DepartmentEndpoint;
import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.exchange.NotificationStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bookkeeping of deliveries, each step in its own short transaction so that no transaction is
 * open while a department's endpoint is being called. A claim is a lease: a node that dies
 * mid-delivery leaves a claim that expires, and the notification is sent again with the same
 * idempotency key.
 */
@Stateless
public class Deliveries {

  static final Duration LEASE = Duration.ofSeconds(60);

  /** What one delivery attempt needs. */
  public record Delivery(
      UUID id, String url, String secret, String idempotencyKey, String payload) {}

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<UUID> due(int limit) {
    Instant now = Instant.now();
    return em.createQuery(
            "select n.id from Notification n, DepartmentEndpoint e"
                + " where e.organisationId = n.recipientId and e.enabled = true and e.url is not null"
                + " and n.status = :pending and n.nextAttemptAt <= :now"
                + " and (n.claimedUntil is null or n.claimedUntil < :now)"
                + " order by n.nextAttemptAt",
            UUID.class)
        .setParameter("pending", NotificationStatus.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Claims one notification for this node. Empty when it is no longer due or another node claimed
   * it first (the version check decides).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Delivery> claim(UUID id) {
    Instant now = Instant.now();
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.due(now)) {
      return Optional.empty();
    }
    DepartmentEndpoint endpoint = em.find(DepartmentEndpoint.class, n.recipientId());
    if (endpoint == null || !endpoint.pushes()) {
      return Optional.empty();
    }
    n.claim(now, LEASE);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      return Optional.empty();
    }
    return Optional.of(
        new Delivery(n.id(), endpoint.url(), endpoint.secret(), n.idempotencyKey(), n.payload()));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void delivered(UUID id) {
    em.find(Notification.class, id).delivered(Instant.now());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(UUID id, String error) {
    em.find(Notification.class, id).failed(Instant.now(), error);
  }
}
