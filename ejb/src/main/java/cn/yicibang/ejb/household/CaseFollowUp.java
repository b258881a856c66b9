package cn.yicibang.ejb.household;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.household.FollowOnDuty;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What follows an approved case: the duties it raised (a new booklet page, an identity card to
 * issue or to collect), closed at the counter with who and when; the station's list of duties still
 * open; and each department's delivery of the case's notice.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD, Role.BUREAU_APPROVER, Role.ADMINISTRATOR})
public class CaseFollowUp {

  /** A duty as the case page and the station's list show it; the person masked. */
  public record Duty(
      UUID id,
      UUID caseId,
      String acceptanceNo,
      RegisterOperation operation,
      String personName,
      String maskedResidentId,
      DutyKind kind,
      Instant raisedAt,
      Instant doneAt,
      String doneBy)
      implements Serializable {}

  /** One department's delivery of the case's notice. */
  public record Delivery(
      String department,
      cn.yicibang.domain.exchange.NotificationStatus status,
      int attempts,
      Instant nextAttemptAt,
      Instant deliveredAt,
      Instant acknowledgedAt,
      String acknowledgedBy)
      implements Serializable {}

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Cases cases;

  @Inject private AuditLog audit;

  public List<Duty> duties(UUID caseId) {
    ChangeApplication a = cases.byId(callers.current(), caseId);
    return em.createQuery(
            "select d from FollowOnDuty d where d.application = :a order by d.raisedAt, d.kind",
            FollowOnDuty.class)
        .setParameter("a", a)
        .getResultStream()
        .map(CaseFollowUp::duty)
        .toList();
  }

  /** The duties of the caller's station still open, oldest first. */
  @RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
  public List<Duty> openAtMyStation() {
    return em.createQuery(
            "select d from FollowOnDuty d join fetch d.application a left join fetch a.person"
                + " where a.station = :station and d.doneAt is null order by d.raisedAt",
            FollowOnDuty.class)
        .setParameter("station", callers.current().organisation())
        .setMaxResults(500)
        .getResultStream()
        .map(CaseFollowUp::duty)
        .toList();
  }

  /** The counter records a duty done: by the caller, now. Audited. */
  @RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
  public Duty done(UUID dutyId) {
    Caller caller = callers.current();
    FollowOnDuty d = dutyId == null ? null : em.find(FollowOnDuty.class, dutyId);
    if (d == null) {
      throw new NotFoundException("household.duty.notFound");
    }
    if (!d.application().station().equals(caller.organisation())) {
      throw new AccessDeniedException("household.case.notYourStation");
    }
    d.done(caller.username(), Instant.now());
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "FollowOnDuty",
        d.id().toString(),
        "DONE " + d.kind() + " " + d.application().acceptanceNo());
    return duty(d);
  }

  /** Each subscribed department's delivery of the case's notice, by department name. */
  public List<Delivery> deliveries(UUID caseId, Locale locale) {
    ChangeApplication a = cases.byId(callers.current(), caseId);
    if (a.acceptanceNo() == null) {
      return List.of();
    }
    return em.createQuery(
            "select n from Notification n where n.subjectRef = :no and n.topic = :topic"
                + " order by n.recipientId",
            Notification.class)
        .setParameter("no", a.acceptanceNo())
        .setParameter("topic", ChangeNotices.topic(a.operation()))
        .getResultStream()
        .map(
            n -> {
              Organisation o = em.find(Organisation.class, n.recipientId());
              return new Delivery(
                  o == null ? n.recipientId() : o.name(locale),
                  n.status(),
                  n.attempts(),
                  n.nextAttemptAt(),
                  n.deliveredAt(),
                  n.acknowledgedAt(),
                  n.acknowledgedBy());
            })
        .toList();
  }

  private static Duty duty(FollowOnDuty d) {
    ChangeApplication a = d.application();
    return new Duty(
        d.id(),
        a.id(),
        a.acceptanceNo(),
        a.operation(),
        a.subjectName(),
        a.subjectMaskedResidentId(),
        d.kind(),
        d.raisedAt(),
        d.doneAt(),
        d.doneBy());
  }
}
