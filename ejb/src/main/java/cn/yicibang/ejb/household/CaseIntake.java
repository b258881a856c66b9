package cn.yicibang.ejb.household;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What every application at a station goes through once the entity has accepted its facts: no
 * second open application for the same person and item, a corrected identity number still free,
 * saved, accepted with the station's number when nothing is missing, audited. Runs in the taking
 * transaction, whichever service took it (an item change, a birth, a death, a bundle's part).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CaseIntake {

  @PersistenceContext private EntityManager em;

  @Inject private Cases cases;

  @Inject private AcceptanceNumbers numbers;

  @Inject private WorkingDays workingDays;

  @Inject private AuditLog audit;

  /**
   * Saves a new application and accepts it when complete; audited as {@code what} with the status
   * and number.
   */
  public ChangeApplication admit(Caller caller, ChangeApplication a, String what) {
    cases.requireNoOpenApplication(a);
    cases.requireFreeResidentId(a);
    em.persist(a);
    acceptIfComplete(caller, a, Instant.now(), HouseholdChanges.today());
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "ChangeApplication",
        a.id().toString(),
        what
            + " "
            + a.operation()
            + " "
            + a.status()
            + (a.acceptanceNo() == null ? "" : " " + a.acceptanceNo()));
    return a;
  }

  /** Accepts an application waiting for materials once none is missing. */
  public void acceptIfComplete(Caller caller, ChangeApplication a, Instant now, LocalDate today) {
    if (a.status() == ApplicationStatus.AWAITING_MATERIALS && a.missingMaterials().isEmpty()) {
      a.accept(
          () -> numbers.next(a.station(), AcceptanceCounter.Series.CHANGE, today.getYear()),
          workingDays.after(today, a.timeLimitDays()),
          caller.username(),
          now);
    }
  }
}
