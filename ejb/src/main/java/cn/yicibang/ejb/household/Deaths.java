package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.household.Applicant;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DeathDeclaration;
import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Deregistration on death (死亡注销): the declaration at the deceased's station, and, at its final
 * approval, the person deceased in the register (never deleted), out of the household's members,
 * with a new head where the head died.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
public class Deaths {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private VisibleResidents residents;

  @Inject private ItemCatalogue catalogue;

  @Inject private CaseIntake intake;

  @Inject private Cases cases;

  /** Takes a death declaration at the caller's station, for a person registered there. */
  public ChangeDetail declare(Supplier<NewDeath> request, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    return intake.once(
        caller,
        "death.create",
        idempotencyKey,
        locale,
        () -> take(caller, caller.organisation(), request.get(), "CREATED"));
  }

  /** Takes a death declared elsewhere for a station (a bundle's police part). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Referral refer(Organisation station, NewDeath death) {
    if (station.kind() != OrganisationKind.POLICE_STATION) {
      throw new IllegalArgumentException("not a police station: " + station.id());
    }
    Caller caller = callers.current();
    try {
      // every check in this bean's own code: a refusal returns, and the caller's work stands
      ChangeApplication a = declared(caller, station, death);
      var open = cases.openApplication(a);
      if (open.isPresent()) {
        return Referral.refused(
            new ConflictException("household.case.alreadyOpen", Cases.reference(open.get())));
      }
      return Referral.taken(intake.admit(caller, a, "REFERRED " + station.id()));
    } catch (BusinessException e) {
      return Referral.refused(e);
    }
  }

  private ChangeApplication take(Caller caller, Organisation station, NewDeath death, String what) {
    return intake.admit(caller, declared(caller, station, death), what);
  }

  /** The application as declared, checked and not yet saved. */
  private ChangeApplication declared(Caller caller, Organisation station, NewDeath death) {
    if (death == null || death.declaration() == null) {
      throw new BusinessException("error.badRequest", "declaration");
    }
    Person deceased =
        death.personId() != null
            ? residents.byId(caller, death.personId())
            // found without throwing across beans: a referral's refusal must not undo its caller
            : residents
                .find(caller, ResidentId.of(death.residentId()))
                .orElseThrow(() -> new NotFoundException("registry.person.notFound"));
    if (!station.covers(deceased.household().division().code())) {
      throw new BusinessException("household.death.notHere");
    }
    DeathDeclaration declaration = death.declaration();
    if (death.newHeadPersonId() != null) {
      Person head = residents.byId(caller, death.newHeadPersonId());
      declaration =
          new DeathDeclaration(
              declaration.diedOn(),
              declaration.proof(),
              declaration.certificateNo(),
              head.residentId().value());
    }
    ChangeApplication a =
        ChangeApplication.death(
            station,
            deceased,
            declaration,
            new Applicant(
                death.applicantRelation(),
                death.applicantName(),
                ResidentId.of(death.applicantResidentId()),
                null),
            catalogue.operationRule(RegisterOperation.DEATH),
            death.materialsSeen() == null ? Set.of() : death.materialsSeen(),
            death.reason(),
            caller.username(),
            Instant.now(),
            HouseholdChanges.today());
    return a;
  }

  /**
   * The final approval of a death: the person becomes deceased from the date of death; when the
   * head died, the member named becomes head. Runs in the approving transaction.
   */
  @RolesAllowed({Role.STATION_HEAD, Role.BUREAU_APPROVER})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public RegisterEffect register(Caller caller, ChangeApplication a, String basis, Instant now) {
    Person deceased = a.person();
    em.lock(deceased, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    DeathDeclaration d = DeathDeclaration.of(a.particulars());
    List<RegisterChange> written = new ArrayList<>();
    Set<DutyKind> duties = EnumSet.of(DutyKind.ID_CARD_COLLECTED);
    boolean wasHead = deceased.relationToHead() == RelationToHead.HEAD;
    written.add(
        deceased.deceased(d.diedOn(), HouseholdChanges.today(), now, caller.username(), basis));
    if (wasHead && d.newHeadResidentId() != null) {
      Person head =
          deceased.household().activeMembers().stream()
              .filter(m -> m.residentId().value().equals(d.newHeadResidentId()))
              .findFirst()
              .orElseThrow(() -> new ConflictException("household.death.newHeadNotMember"));
      written.add(
          head.relate(
              RelationToHead.HEAD, HouseholdChanges.today(), now, caller.username(), basis));
      duties.add(DutyKind.BOOKLET_PAGE);
    }
    written.forEach(em::persist);
    return new RegisterEffect(deceased, written, duties);
  }
}
