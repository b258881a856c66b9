package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The lists and the case view: a station sees the disputes it handed over with their outcome, a
 * body those it has, the supervisor every dispute of the district; open ones first. Opening a case
 * at the station that handed it over marks its latest outcome seen and acknowledges the
 * notification of it.
 */
@Stateless
@RolesAllowed({
  Role.POLICE_OFFICER,
  Role.STATION_HEAD,
  Role.MEDIATOR,
  Role.MEDIATION_SUPERVISOR,
  Role.ADMINISTRATOR
})
public class MediationCases {

  private static final int MAX_LIST = 500;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Disputes disputes;

  /** The caller's disputes: the station's handovers, the body's cases, or all for a supervisor. */
  public List<MediationViews.Summary> mine(boolean openOnly, Locale locale) {
    Caller caller = callers.current();
    String where;
    if (caller.roles().contains(Role.MEDIATION_SUPERVISOR)
        || caller.roles().contains(Role.ADMINISTRATOR)) {
      where = "1 = 1";
    } else if (caller.roles().contains(Role.MEDIATOR)) {
      where = "c.body.id = :me";
    } else {
      where = "c.station.id = :me";
    }
    var query =
        em.createQuery(
                "select c from DisputeCase c where "
                    + where
                    + (openOnly ? " and c.status in :open" : "")
                    + " order by case when c.status in :open then 0 else 1 end, c.receivedAt desc",
                DisputeCase.class)
            .setParameter("open", openStatuses())
            .setMaxResults(MAX_LIST);
    if (where.contains(":me")) {
      query.setParameter("me", caller.organisation().id());
    }
    LocalDate today = Disputes.today();
    return query
        .getResultStream()
        .filter(c -> Disputes.visible(caller, c))
        .map(c -> MediationPresentation.summary(c, today, locale))
        .toList();
  }

  /** Disputes not accepted in time, for the supervisor (and the body's and station's lists). */
  @RolesAllowed({Role.MEDIATION_SUPERVISOR, Role.ADMINISTRATOR})
  public List<MediationViews.Summary> overdueAcceptances(Locale locale) {
    Caller caller = callers.current();
    LocalDate today = Disputes.today();
    return em.createQuery(
            "select c from DisputeCase c where c.status = :handed and c.acceptanceOverdueAt is not null"
                + " order by c.acceptDueAt",
            DisputeCase.class)
        .setParameter("handed", DisputeStatus.HANDED_OVER)
        .setMaxResults(MAX_LIST)
        .getResultStream()
        .filter(c -> Disputes.visible(caller, c))
        .map(c -> MediationPresentation.summary(c, today, locale))
        .toList();
  }

  /** Open disputes that went up a level, and those due for referral, for the supervisor. */
  @RolesAllowed({Role.MEDIATION_SUPERVISOR, Role.ADMINISTRATOR})
  public List<MediationViews.Summary> escalations(Locale locale) {
    Caller caller = callers.current();
    LocalDate today = Disputes.today();
    return em.createQuery(
            "select c from DisputeCase c where c.status in :open and (c.status = :due or exists"
                + " (select e from c.events e where e.kind = :escalated)) order by c.receivedAt",
            DisputeCase.class)
        .setParameter("open", openStatuses())
        .setParameter("due", DisputeStatus.REFERRAL_DUE)
        .setParameter("escalated", cn.yicibang.domain.mediation.DisputeEventKind.ESCALATED)
        .setMaxResults(MAX_LIST)
        .getResultStream()
        .filter(c -> Disputes.visible(caller, c))
        .map(c -> MediationPresentation.summary(c, today, locale))
        .toList();
  }

  /** One dispute with its parties, sessions, agreement and timeline. */
  public MediationViews.Detail detail(String caseNo, Locale locale) {
    Caller caller = callers.current();
    DisputeCase c = disputes.byCaseNo(caller, caseNo, false);
    if (c.station().equals(caller.organisation())
        && c.outcomeAt() != null
        && c.outcomeSeenAt() == null) {
      Instant now = Instant.now();
      c.outcomeSeen(now);
      em.createQuery(
              "select n from Notification n where n.recipientId = :me and n.topic = :topic"
                  + " and n.subjectRef like :ref",
              Notification.class)
          .setParameter("me", caller.organisation().id())
          .setParameter("topic", StationFeedback.TOPIC)
          .setParameter("ref", c.caseNo() + ":%")
          .getResultStream()
          .forEach(n -> n.acknowledge(caller.username(), now));
      disputes.flush();
    }
    return disputes.detail(c, locale);
  }

  /** Which side the caller is on for a dispute they may see: what the case page offers them. */
  public enum Side {
    STATION,
    BODY,
    OBSERVER
  }

  public Side side(MediationViews.Detail d) {
    Caller caller = callers.current();
    String me = caller.organisation().id();
    if (me.equals(d.bodyId()) && caller.roles().contains(Role.MEDIATOR)) {
      return Side.BODY;
    }
    if (me.equals(d.stationId())
        && (caller.roles().contains(Role.POLICE_OFFICER)
            || caller.roles().contains(Role.STATION_HEAD))) {
      return Side.STATION;
    }
    return Side.OBSERVER;
  }

  private static List<DisputeStatus> openStatuses() {
    return java.util.Arrays.stream(DisputeStatus.values()).filter(DisputeStatus::open).toList();
  }
}
