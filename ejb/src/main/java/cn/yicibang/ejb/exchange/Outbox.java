package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.exchange.Notification;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one notification per subscribed department, inside the transaction of the change it
 * announces: the change and its notifications commit together or not at all. Who subscribes to
 * which topic is data ({@code exchange_subscription}).
 */
@Stateless
public class Outbox {

  public static final String HOUSEHOLD_CHANGE = "HOUSEHOLD_CHANGE";

  /** A newborn entered the register (with the identity number issued). */
  public static final String BIRTH_REGISTERED = "BIRTH_REGISTERED";

  /** A person was deregistered on death. */
  public static final String DEATH_REGISTERED = "DEATH_REGISTERED";

  /** People moved to another household inside the district. */
  public static final String HOUSEHOLD_MOVED = "HOUSEHOLD_MOVED";

  /** People moved out of the district. */
  public static final String MOVED_OUT = "MOVED_OUT";

  /** A person moved into the district. */
  public static final String MOVED_IN = "MOVED_IN";

  /** A household's head or a member's relation to the head changed. */
  public static final String HOUSEHOLD_RELATIONS = "HOUSEHOLD_RELATIONS";

  /** A one-stop bundle task sent to its department. */
  public static final String BUNDLE_TASK = "BUNDLE_TASK";

  @PersistenceContext private EntityManager em;

  @Inject private Event<NotificationsWritten> written;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<Notification> publish(String topic, String subjectRef, String payload, Instant at) {
    @SuppressWarnings("unchecked")
    List<String> recipients =
        em.createNativeQuery(
                "select organisation_id from exchange_subscription where topic = ?1"
                    + " order by organisation_id")
            .setParameter(1, topic)
            .getResultList();
    List<Notification> notifications = new ArrayList<>();
    for (String recipient : recipients) {
      Notification n = new Notification(recipient, topic, subjectRef, payload, at);
      em.persist(n);
      notifications.add(n);
    }
    written.fire(new NotificationsWritten(notifications.size()));
    return notifications;
  }

  /**
   * Writes one notification to one named recipient, inside the transaction of the work it sends.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Notification sendTo(
      String recipient, String topic, String subjectRef, String payload, Instant at) {
    Notification n = new Notification(recipient, topic, subjectRef, payload, at);
    em.persist(n);
    written.fire(new NotificationsWritten(1));
    return n;
  }
}
