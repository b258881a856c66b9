package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.exchange.NotificationStatus;
import java.time.Instant;
import java.util.UUID;

/** A notification as lists and the REST API show it. */
public record NotificationView(
    UUID id,
    String recipientId,
    String topic,
    String subjectRef,
    NotificationStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant deliveredAt,
    Instant acknowledgedAt,
    String acknowledgedBy,
    String payload) {

  static NotificationView of(Notification n) {
    return new NotificationView(
        n.id(),
        n.recipientId(),
        n.topic(),
        n.subjectRef(),
        n.status(),
        n.attempts(),
        n.lastError(),
        n.createdAt(),
        n.deliveredAt(),
        n.acknowledgedAt(),
        n.acknowledgedBy(),
        n.payload());
  }
}
