package cn.yicibang.ejb.audit;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.audit.AuditEntry;
import cn.yicibang.ejb.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Appends to the audit log. {@link #record} joins the caller's transaction, so an audited write and
 * its entry commit or roll back together; {@link #recordAlone} commits on its own, for events that
 * must be kept although the action failed (a refused print, a failed login).
 */
@Stateless
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Inject private Instance<RequestOrigin> origin;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      Caller caller, AuditAction action, String subjectType, String subjectId, String detail) {
    append(caller.username(), caller.organisation().id(), action, subjectType, subjectId, detail);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAlone(
      String actor,
      String organisationId,
      AuditAction action,
      String subjectType,
      String subjectId,
      String detail) {
    append(actor, organisationId, action, subjectType, subjectId, detail);
  }

  private void append(
      String actor,
      String organisationId,
      AuditAction action,
      String subjectType,
      String subjectId,
      String detail) {
    em.persist(
        new AuditEntry(
            Instant.now(),
            actor,
            organisationId,
            action,
            subjectType,
            subjectId,
            detail,
            remoteAddress()));
  }

  private String remoteAddress() {
    try {
      return origin.get().remoteAddress();
    } catch (ContextNotActiveException e) {
      return null; // timers and start-up work have no request
    }
  }
}
