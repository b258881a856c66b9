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
    String personName,
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
        personName(n.payload()),
        // the department's system receives the full payload; a list shows the numbers masked
        cn.yicibang.domain.registry.ResidentId.maskAll(n.payload()));
  }

  /**
   * Whom the notification is about, for the list's row: the person of a register change, the one a
   * register part registered, or the bundle's applicant.
   */
  static String personName(String payload) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(payload))) {
      jakarta.json.JsonObject o = reader.readObject();
      if (o.get("person") instanceof jakarta.json.JsonObject p
          && p.get("name") instanceof jakarta.json.JsonString n) {
        return n.getString();
      }
      if (o.get("registered") instanceof jakarta.json.JsonObject r) {
        for (jakarta.json.JsonValue v : r.values()) {
          if (v instanceof jakarta.json.JsonObject one
              && one.get("name") instanceof jakarta.json.JsonString n) {
            return n.getString();
          }
        }
      }
      if (o.get("fields") instanceof jakarta.json.JsonObject f
          && f.get("applicant.name") instanceof jakarta.json.JsonString n) {
        return n.getString();
      }
      return null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
