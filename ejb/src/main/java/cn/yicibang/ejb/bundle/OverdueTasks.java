package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.TaskStatus;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Raises department tasks that passed their due date to the hall supervisor: once per sending, as
 * an entry in the application's timeline and the audit log; the supervisor's overdue page lists
 * them. In a cluster one node a period does it ({@link JobClaims}); should two ever overlap, the
 * task's version makes the second raise of the same task fail harmlessly.
 */
@Stateless
@PermitAll
public class OverdueTasks {

  static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;

  @Inject private AuditLog audit;

  @Inject private JobClaims claims;

  @Resource private SessionContext context;

  /**
   * Every node ticks every five seconds; the node that claims the period ({@link
   * Setting#OVERDUE_TASKS_SECONDS}) does the work, once in the cluster.
   */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void scheduled() {
    OverdueTasks self = context.getBusinessObject(OverdueTasks.class);
    claims.runClaimed(
        "overdue-tasks",
        Duration.ofSeconds(Setting.OVERDUE_TASKS_SECONDS.asInt()),
        () -> self.raise());
  }

  /** Raises every overdue task not raised yet; returns how many. */
  public int raise() {
    LocalDate today = Applications.today();
    Instant now = Instant.now();
    List<BundleTask> due =
        em.createQuery(
                "select t from BundleTask t join fetch t.application a"
                    + " where t.status in :open and t.dueOn < :today and t.overdueRaisedAt is null",
                BundleTask.class)
            .setParameter("open", List.of(TaskStatus.SENT, TaskStatus.ACCEPTED))
            .setParameter("today", today)
            .setMaxResults(1000)
            .getResultList();
    int raised = 0;
    for (BundleTask t : due) {
      if (t.application().raiseOverdue(t, today, SYSTEM, now)) {
        raised++;
        audit.record(
            new Caller(SYSTEM, SYSTEM, t.application().hall(), Set.of()),
            AuditAction.CASE_TRANSITION,
            "BundleTask",
            t.id().toString(),
            "OVERDUE since " + t.dueOn());
      }
    }
    return raised;
  }
}
