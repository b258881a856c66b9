package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.exchange.NotificationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A notification as lists and the REST API show it, identity numbers in its payload masked. */
public record NotificationView(
    UUID id,
    String recipientId,
    String recipientName,
    String topic,
    String subjectRef,
    NotificationStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant deliveredAt,
    Instant acknowledgedAt,
    String acknowledgedBy,
    String payload)
    implements Serializable {

  static NotificationView of(Notification n, String recipientName) {
    return new NotificationView(
        n.id(),
        n.recipientId(),
        recipientName,
        n.topic(),
        n.subjectRef(),
        n.status(),
        n.attempts(),
        n.lastError(),
        n.createdAt(),
        n.deliveredAt(),
        n.acknowledgedAt(),
        n.acknowledgedBy(),
        // the department's system receives the full payload; a list shows the numbers masked
        cn.yicibang.domain.registry.ResidentId.maskAll(n.payload()));
  }
}
