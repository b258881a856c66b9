package cn.yicibang.ejb.exchange;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.exchange.NotificationStatus;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A department's side of the exchange: its work list of notifications, and acknowledging one (from
 * the page, or by its system over REST). Only the recipient sees or acknowledges a notification; an
 * acknowledgement repeated is accepted and changes nothing.
 */
@Stateless
@RolesAllowed(Role.DEPARTMENT_OFFICER)
public class DepartmentNotifications {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  public List<NotificationView> workList() {
    Caller caller = callers.current();
    return em.createQuery(
            "select n from Notification n where n.recipientId = :me"
                + " order by case when n.status = :ack then 1 else 0 end, n.createdAt desc",
            Notification.class)
        .setParameter("me", caller.organisation().id())
        .setParameter("ack", NotificationStatus.ACKNOWLEDGED)
        .setMaxResults(500)
        .getResultStream()
        .map(n -> NotificationView.of(n, caller.organisation().nameZh()))
        .toList();
  }

  public NotificationView acknowledge(UUID id) {
    Caller caller = callers.current();
    // locked: a department acknowledges at once after its 2xx, often before the dispatcher has
    // recorded that 2xx; the two then take turns instead of one failing on the other's version
    Notification n =
        id == null ? null : em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n == null || !n.recipientId().equals(caller.organisation().id())) {
      throw new NotFoundException("exchange.notification.notFound");
    }
    if (n.acknowledge(caller.username(), Instant.now())) {
      audit.record(
          caller, AuditAction.NOTIFICATION, "Notification", n.id().toString(), "ACKNOWLEDGED");
    }
    return NotificationView.of(n, caller.organisation().nameZh());
  }
}
