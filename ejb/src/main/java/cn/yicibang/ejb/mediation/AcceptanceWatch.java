package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.config.Setting;
import cn.yicibang.ejb.schedule.JobClaims;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Flags disputes a mediation body has not accepted within its time: once per handing over, on the
 * case's timeline (both the station's and the body's lists show it) and in the audit log; the
 * supervisor's list of overdue acceptances shows them all. In a cluster one node a period does it
 * ({@link JobClaims}); should two ever overlap, the case's version makes the second flag of the
 * same case fail harmlessly.
 */
@Stateless
@PermitAll
public class AcceptanceWatch {

  @PersistenceContext private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private JobClaims claims;

  @Resource private SessionContext context;

  /**
   * Every node ticks every five seconds; the node that claims the period ({@link
   * Setting#ACCEPTANCE_WATCH_SECONDS}) does the work, once in the cluster.
   */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    AcceptanceWatch self = context.getBusinessObject(AcceptanceWatch.class);
    claims.runClaimed(
        "acceptance-watch",
        Duration.ofSeconds(Setting.ACCEPTANCE_WATCH_SECONDS.asInt()),
        () -> self.flag());
  }

  /** Flags every dispute past its acceptance time not flagged yet; returns how many. */
  public int flag() {
    Instant now = Instant.now();
    List<DisputeCase> late =
        em.createQuery(
                "select c from DisputeCase c where c.status = :handed and c.acceptDueAt < :now"
                    + " and c.acceptanceOverdueAt is null",
                DisputeCase.class)
            .setParameter("handed", DisputeStatus.HANDED_OVER)
            .setParameter("now", now)
            .setMaxResults(1000)
            .getResultList();
    int flagged = 0;
    for (DisputeCase c : late) {
      if (c.flagAcceptanceOverdue(now)) {
        flagged++;
        audit.record(
            new Caller("system", "system", c.body().organisation(), Set.of()),
            AuditAction.CASE_TRANSITION,
            "DisputeCase",
            c.caseNo(),
            "ACCEPTANCE_OVERDUE since " + c.acceptDueAt());
      }
    }
    return flagged;
  }
}
