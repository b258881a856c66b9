package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.exchange.NotificationStatus;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What has not reached a department or not been acknowledged yet, and a retry button. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR)
public class Reconciliation {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  public List<NotificationView> outstanding(java.util.Locale locale) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    return em.createQuery(
            "select n from Notification n where n.status <> :ack order by n.createdAt",
            Notification.class)
        .setParameter("ack", NotificationStatus.ACKNOWLEDGED)
        .setMaxResults(1000)
        .getResultStream()
        .map(
            n ->
                NotificationView.of(
                    n, names.computeIfAbsent(n.recipientId(), id -> name(id, locale))))
        .toList();
  }

  private String name(String organisationId, java.util.Locale locale) {
    var org = em.find(cn.yicibang.domain.organisation.Organisation.class, organisationId);
    return org == null ? organisationId : org.name(locale);
  }

  public NotificationView retryNow(UUID id) {
    Notification n = id == null ? null : em.find(Notification.class, id);
    if (n == null) {
      throw new NotFoundException("exchange.notification.notFound");
    }
    n.retryNow(Instant.now());
    audit.record(
        callers.current(), AuditAction.NOTIFICATION, "Notification", id.toString(), "RETRY");
    return NotificationView.of(n, name(n.recipientId(), java.util.Locale.SIMPLIFIED_CHINESE));
  }
}
