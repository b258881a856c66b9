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

  @Inject private cn.yicibang.ejb.household.ItemCatalogue catalogue;

  @Inject private cn.yicibang.ejb.bundle.BundleCatalogue bundles;

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

  /**
   * The department's notifications a page at a time, open ones first, newest first: however many
   * years the department has received.
   */
  public cn.yicibang.ejb.lists.Page<NotificationView> workList(int first, int size) {
    Caller caller = callers.current();
    long total =
        em.createQuery("select count(n) from Notification n where n.recipientId = :me", Long.class)
            .setParameter("me", caller.organisation().id())
            .getSingleResult();
    List<NotificationView> rows =
        em.createQuery(
                "select n from Notification n where n.recipientId = :me"
                    + " order by case when n.status = :ack then 1 else 0 end, n.createdAt desc",
                Notification.class)
            .setParameter("me", caller.organisation().id())
            .setParameter("ack", NotificationStatus.ACKNOWLEDGED)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(cn.yicibang.ejb.lists.Page.size(size))
            .getResultStream()
            .map(n -> NotificationView.of(n, caller.organisation().nameZh()))
            .toList();
    return new cn.yicibang.ejb.lists.Page<>(rows, total);
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

  /**
   * A notification in labelled lines, as the officer reads it: the identity numbers masked, or
   * whole when the officer opens it to match the person in their own system (audited as a view of
   * the person's record).
   */
  public NotificationReading read(UUID id, boolean whole, java.util.Locale locale) {
    Caller caller = callers.current();
    Notification n = id == null ? null : em.find(Notification.class, id);
    if (n == null || !n.recipientId().equals(caller.organisation().id())) {
      throw new NotFoundException("exchange.notification.notFound");
    }
    if (whole) {
      audit.record(
          caller,
          AuditAction.VIEW_PERSON,
          "Notification",
          n.id().toString(),
          cn.yicibang.domain.registry.ResidentId.maskAll(n.subjectRef()));
    }
    var ethnicities = new java.util.HashMap<String, String>();
    catalogue.ethnicities().forEach(e -> ethnicities.put(e.code(), e.name(locale)));
    var materials = catalogue.materialNames(locale);
    var fields = bundles.fields();
    NotificationReading.Names names =
        new NotificationReading.Names() {
          @Override
          public String ethnicity(String code) {
            return ethnicities.getOrDefault(code, code);
          }

          @Override
          public String organisation(String orgId) {
            cn.yicibang.domain.organisation.Organisation o =
                em.find(cn.yicibang.domain.organisation.Organisation.class, orgId);
            return o == null ? orgId : o.name(locale);
          }

          @Override
          public String material(String code) {
            return materials.getOrDefault(code, code);
          }

          @Override
          public String field(String key) {
            return fields.containsKey(key) ? fields.get(key).label(locale) : null;
          }
        };
    return NotificationReading.of(
        n.id(),
        whole,
        whole ? n.payload() : cn.yicibang.domain.registry.ResidentId.maskAll(n.payload()),
        cn.yicibang.ejb.printing.FormLabels.of(locale),
        names);
  }
}
