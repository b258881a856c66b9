package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.TaskStatus;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.household.HouseholdChangeDecided;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The police part of a change-and-correction bundle follows its household-change application: the
 * final approval completes the part (result: the acceptance number) and sends the parts that waited
 * for it; a refusal returns it to the hall with the ground. Runs in the deciding transaction.
 */
@Stateless
@PermitAll
public class HouseholdPart {

  @PersistenceContext private EntityManager em;

  @Inject private TaskDispatch dispatch;

  @Inject private AuditLog audit;

  public void decided(@Observes HouseholdChangeDecided decision) {
    BundleTask t =
        em.createQuery(
                "select t from BundleTask t where t.changeApplicationId = :id", BundleTask.class)
            .setParameter("id", decision.applicationId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (t == null || !t.status().open()) {
      return; // not a bundle's part, or already settled
    }
    em.lock(t.application(), LockModeType.PESSIMISTIC_WRITE);
    Caller caller = decision.decider();
    Instant now = Instant.now();
    String org = caller.organisation().id();
    if (t.status() == TaskStatus.SENT) {
      t.application().accept(t, caller.username(), org, now);
    }
    if (decision.approved()) {
      t.application().complete(t, decision.acceptanceNo(), caller.username(), org, now);
      dispatch.release(t.application(), caller, now);
    } else {
      t.application().returnTask(t, decision.note(), caller.username(), org, now);
    }
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "BundleTask",
        t.id().toString(),
        (decision.approved() ? "COMPLETED " : "RETURNED ") + decision.acceptanceNo());
  }
}
