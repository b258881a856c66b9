package cn.yicibang.domain.exchange;

import cn.yicibang.domain.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One notification to one department, written in the same transaction as the change it announces
 * (the outbox). It carries an idempotency key that is the same on every attempt, so a department
 * that receives it twice applies it once; delivery and acknowledgement are recorded once, however
 * often they are reported.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public static final int PAYLOAD_LENGTH = 16000;

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "recipient_id", nullable = false, length = 32, updatable = false)
  private String recipientId;

  @Column(name = "topic", nullable = false, length = 40, updatable = false)
  private String topic;

  @Column(name = "subject_ref", nullable = false, length = 64, updatable = false)
  private String subjectRef;

  @Column(
      name = "idempotency_key",
      nullable = false,
      unique = true,
      length = 120,
      updatable = false)
  private String idempotencyKey;

  @Column(name = "payload", nullable = false, length = PAYLOAD_LENGTH, updatable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private NotificationStatus status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;

  @Version private long version;

  protected Notification() {}

  public Notification(
      String recipientId, String topic, String subjectRef, String payload, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.subjectRef = Objects.requireNonNull(subjectRef, "subjectRef");
    this.idempotencyKey = topic + ":" + subjectRef + ":" + recipientId;
    this.payload = Objects.requireNonNull(payload, "payload");
    if (payload.length() > PAYLOAD_LENGTH) {
      throw new IllegalArgumentException("payload too long: " + payload.length());
    }
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = NotificationStatus.PENDING;
    this.nextAttemptAt = createdAt;
  }

  /** Reserves the notification for one delivery attempt by one node until the given time. */
  public void claim(Instant now, Duration lease) {
    if (status != NotificationStatus.PENDING) {
      throw new IllegalStateException("not pending: " + status);
    }
    claimedUntil = now.plus(lease);
  }

  /** The endpoint answered 2xx. Delivering again changes nothing. */
  public void delivered(Instant at) {
    attempts++;
    claimedUntil = null;
    lastError = null;
    if (status == NotificationStatus.PENDING) {
      status = NotificationStatus.DELIVERED;
      deliveredAt = at;
    }
  }

  /**
   * The attempt failed; the next one waits {@code firstRetry} after the first failure and twice as
   * long after each further one, up to {@code longestRetry}.
   */
  public void failed(Instant at, String error, Duration firstRetry, Duration longestRetry) {
    attempts++;
    claimedUntil = null;
    if (status != NotificationStatus.PENDING) {
      return; // acknowledged meanwhile (its answer was lost): nothing is left to retry
    }
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration wait = firstRetry.multipliedBy(factor);
    nextAttemptAt = at.plus(wait.compareTo(longestRetry) > 0 ? longestRetry : wait);
  }

  /** An operator asks for another attempt now (reconciliation page). */
  public void retryNow(Instant at) {
    if (status != NotificationStatus.PENDING) {
      throw new BusinessException("exchange.notification.notPending");
    }
    nextAttemptAt = at;
    // an attempt still in flight keeps its claim; the retry follows it if it fails
  }

  /**
   * The department confirms it applied the notification. A second acknowledgement is accepted and
   * changes nothing, so a department may safely repeat it.
   *
   * @return true when this call recorded the acknowledgement
   */
  public boolean acknowledge(String by, Instant at) {
    if (status == NotificationStatus.ACKNOWLEDGED) {
      return false;
    }
    if (deliveredAt == null) {
      deliveredAt = at; // worked from the list, or the 2xx was lost: it has evidently arrived
    }
    status = NotificationStatus.ACKNOWLEDGED;
    acknowledgedAt = at;
    acknowledgedBy = Objects.requireNonNull(by, "by");
    claimedUntil = null;
    return true;
  }

  public boolean due(Instant now) {
    return status == NotificationStatus.PENDING
        && (nextAttemptAt == null || !nextAttemptAt.isAfter(now))
        && (claimedUntil == null || claimedUntil.isBefore(now));
  }

  public UUID id() {
    return id;
  }

  public String recipientId() {
    return recipientId;
  }

  public String topic() {
    return topic;
  }

  public String subjectRef() {
    return subjectRef;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String payload() {
    return payload;
  }

  public NotificationStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Notification other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
