package cn.yicibang.ejb.household;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.household.FollowOnDuty;
import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.household.RefusalGround;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.audit.Idempotency;
import cn.yicibang.ejb.exchange.Outbox;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The approval chain: each level's work list, taking a case, and deciding it. The final approval
 * changes the register, raises the follow-on duties and writes the department notifications, all in
 * one transaction; a refusal leaves the register untouched. Two approvers acting on one case: the
 * first wins, the second is told so.
 */
@Stateless
@RolesAllowed({Role.STATION_HEAD, Role.BUREAU_APPROVER})
public class Approvals {

  @PersistenceContext private EntityManager em;

  @Inject private jakarta.enterprise.event.Event<HouseholdChangeDecided> decided;

  @Inject private Callers callers;

  @Inject private Cases cases;

  @Inject private ItemCatalogue catalogue;

  @Inject private Outbox outbox;

  @Inject private Births births;

  @Inject private Deaths deaths;

  @Inject private Moves moves;

  @Inject private HouseholdRelations relations;

  @Inject private AuditLog audit;

  @Inject private Idempotency idempotency;

  /** The cases waiting at the caller's level, overdue first, then by due date. */
  public List<ChangeSummary> workList() {
    Caller caller = callers.current();
    LocalDate today = HouseholdChanges.today();
    // only the cases at a level this organisation decides: its own station's, or those of the
    // stations below it; approverOf then confirms the level
    List<ChangeApplication> waiting =
        em.createQuery(
                "select a from ChangeApplication a left join fetch a.person join fetch a.station s"
                    + " left join s.parent p left join p.parent g"
                    + " where a.status = :status and (s = :org or p = :org or g = :org)"
                    + " order by a.dueOn, a.acceptedAt",
                ChangeApplication.class)
            .setParameter("status", ApplicationStatus.IN_APPROVAL)
            .setParameter("org", caller.organisation())
            .getResultList();
    return waiting.stream()
        .filter(a -> Cases.approverOf(a.station(), caller.organisation()) == a.currentLevel())
        .map(a -> ChangeViews.summary(a, today))
        .sorted((x, y) -> Boolean.compare(y.overdue(), x.overdue()))
        .toList();
  }

  public ChangeDetail take(UUID id, Locale locale) {
    Caller caller = callers.current();
    ChangeApplication a = cases.byIdForUpdate(caller, id);
    a.take(caller.username(), level(caller, a), Instant.now());
    flushOrConflict(a);
    audit.record(caller, AuditAction.CASE_TRANSITION, "ChangeApplication", id.toString(), "TAKEN");
    return ChangeViews.detail(a, HouseholdChanges.today(), locale);
  }

  public ChangeDetail release(UUID id, Locale locale) {
    Caller caller = callers.current();
    ChangeApplication a = cases.byIdForUpdate(caller, id);
    a.release(caller.username(), Instant.now());
    flushOrConflict(a);
    audit.record(
        caller, AuditAction.CASE_TRANSITION, "ChangeApplication", id.toString(), "RELEASED");
    return ChangeViews.detail(a, HouseholdChanges.today(), locale);
  }

  /**
   * Decides a case at the caller's level.
   *
   * @param expectedVersion the version the approver looked at, or null; a newer one is a conflict
   */
  public ChangeDetail decide(
      UUID id,
      java.util.function.Supplier<Decision> request,
      Long expectedVersion,
      String idempotencyKey,
      Locale locale) {
    Caller caller = callers.current();
    ChangeApplication a = cases.byIdForUpdate(caller, id);
    var earlier = idempotency.recall(caller, idempotencyKey, "household-change.decide");
    if (earlier.isPresent()) {
      if (!earlier.get().equals(id.toString())) {
        throw new BusinessException("api.idempotencyKey.reused");
      }
      return ChangeViews.detail(a, HouseholdChanges.today(), locale);
    }
    if (expectedVersion != null && expectedVersion != a.version()) {
      throw new ConflictException("household.case.changedMeanwhile");
    }
    ApprovalLevel level = level(caller, a);
    // read only now: a caller who may not decide this case learns nothing from a malformed one
    Decision decision = request.get();
    Instant now = Instant.now();
    String note = decision.opinion() == null ? null : decision.opinion().strip();
    switch (decision.kind()) {
      case APPROVE -> {
        if (a.approve(caller.username(), level, note, now)) {
          applyToRegister(caller, a, now);
          decided.fire(new HouseholdChangeDecided(a.id(), a.acceptanceNo(), true, null, caller));
        }
      }
      case SEND_BACK -> a.sendBack(caller.username(), level, note, now);
      case REFUSE -> {
        RefusalGround ground =
            decision.refusalGround() == null
                ? null
                : em.find(RefusalGround.class, decision.refusalGround());
        if (ground == null) {
          throw new BusinessException("household.decision.groundRequired");
        }
        a.refuse(caller.username(), level, ground, note, now);
        decided.fire(
            new HouseholdChangeDecided(
                a.id(), a.acceptanceNo(), false, ground.text(locale), caller));
      }
      default -> throw new IllegalStateException();
    }
    flushOrConflict(a);
    idempotency.remember(caller, idempotencyKey, "household-change.decide", id.toString());
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "ChangeApplication",
        id.toString(),
        decision.kind() + " at " + level + " → " + a.status());
    return ChangeViews.detail(a, HouseholdChanges.today(), locale);
  }

  private ApprovalLevel level(Caller caller, ChangeApplication a) {
    ApprovalLevel level = levelOf(caller, a);
    if (level == null) {
      throw new AccessDeniedException("household.case.notAtYourLevel");
    }
    return level;
  }

  /** The level at which the caller decides the case, or null when they decide it at none. */
  private static ApprovalLevel levelOf(Caller caller, ChangeApplication a) {
    ApprovalLevel level = Cases.approverOf(a.station(), caller.organisation());
    boolean roleFits =
        level == ApprovalLevel.STATION
            ? caller.roles().contains(Role.STATION_HEAD)
            : caller.roles().contains(Role.BUREAU_APPROVER);
    return level != null && roleFits ? level : null;
  }

  /**
   * True when the case stands in approval at the level the caller decides it at: only then does a
   * page offer them 认领 and the decisions.
   */
  public boolean decidesNow(java.util.UUID id) {
    Caller caller = callers.current();
    ChangeApplication a = cases.byId(caller, id);
    return a.status() == cn.yicibang.domain.household.ApplicationStatus.IN_APPROVAL
        && a.currentLevel() != null
        && a.currentLevel() == levelOf(caller, a);
  }

  /**
   * The final approval: the register changes as the operation says, duties are raised, the
   * departments subscribed to the operation's topic are told.
   */
  private void applyToRegister(Caller caller, ChangeApplication a, Instant now) {
    String basis =
        catalogue.operationRule(a.operation()).legalBasis() + "；受理编号 " + a.acceptanceNo();
    RegisterEffect effect =
        switch (a.operation()) {
          case ITEM_CHANGE -> changeItems(caller, a, basis, now);
          case BIRTH -> births.register(caller, a, basis, now);
          case DEATH -> deaths.register(caller, a, basis, now);
          case MOVE_WITHIN, MOVE_OUT, MOVE_IN -> moves.register(caller, a, basis, now);
          case HEAD_CHANGE, RELATION_CHANGE -> relations.register(caller, a, basis, now);
        };
    for (DutyKind duty : effect.duties()) {
      em.persist(new FollowOnDuty(a, duty, now));
    }
    a.registerChanged(caller.username(), now, null);
    outbox.publish(
        ChangeNotices.topic(a.operation()),
        a.acceptanceNo(),
        ChangeNotices.payload(a, effect.person(), effect.changes(), now),
        now);
    audit.record(
        caller,
        AuditAction.WRITE_REGISTER,
        "Person",
        effect.person().id().toString(),
        a.acceptanceNo()
            + " "
            + a.operation()
            + " "
            + effect.changes().stream().map(c -> c.item().name()).toList());
  }

  /** An item change: the approvers signed off old → new values, which must still be current. */
  private RegisterEffect changeItems(
      Caller caller, ChangeApplication a, String basis, Instant now) {
    Person person = a.person();
    em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    for (var item : a.items()) {
      if (!java.util.Objects.equals(item.oldValue(), person.valueOf(item.item()))) {
        throw new ConflictException(
            "household.case.registerChangedMeanwhile", Label.of(item.item()));
      }
    }
    cases.requireFreeResidentId(a);
    List<RegisterChange> changes =
        person.change(
            a.newValues(),
            code -> em.find(Ethnicity.class, code),
            HouseholdChanges.today(),
            now,
            caller.username(),
            basis);
    changes.forEach(em::persist);
    Map<RegisterItem, ItemRule> rules = catalogue.rules();
    Set<DutyKind> duties = EnumSet.of(DutyKind.BOOKLET_PAGE);
    if (a.items().stream().anyMatch(i -> rules.get(i.item()).cardRelevant())) {
      duties.add(DutyKind.NEW_ID_CARD);
    }
    return new RegisterEffect(person, changes, duties);
  }

  private void flushOrConflict(ChangeApplication a) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConflictException("household.case.changedMeanwhile");
    }
  }
}
