package cn.yicibang.ejb.household;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.audit.Idempotency;
import cn.yicibang.ejb.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

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

  @Inject private Idempotency idempotency;

  /**
   * Takes an application at the caller's station, once: a request with an {@code Idempotency-Key}
   * seen before answers with the case it made; only a police station takes applications, and the
   * declaration ({@code declare}, which saves it through {@link #admit}) is read only after both.
   *
   * @param operation the name under which the key is remembered, e.g. {@code birth.create}
   */
  public ChangeDetail once(
      Caller caller,
      String operation,
      String idempotencyKey,
      Locale locale,
      java.util.function.Supplier<ChangeApplication> declare) {
    var earlier = idempotency.recall(caller, idempotencyKey, operation);
    if (earlier.isPresent()) {
      return ChangeViews.detail(
          cases.byId(caller, UUID.fromString(earlier.get())), HouseholdChanges.today(), locale);
    }
    if (caller.organisation().kind() != OrganisationKind.POLICE_STATION) {
      throw new AccessDeniedException("household.onlyStations");
    }
    ChangeApplication a = declare.get();
    idempotency.remember(caller, idempotencyKey, operation, a.id().toString());
    em.flush();
    return ChangeViews.detail(a, HouseholdChanges.today(), locale);
  }

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
