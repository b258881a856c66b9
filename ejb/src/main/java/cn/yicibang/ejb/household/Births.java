package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.household.Applicant;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.BirthDeclaration.Parent;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.registry.ResidentIds;
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
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Birth registration (出生登记): the declaration at the station of the household the newborn joins,
 * and, at its final approval, the newborn in the register with an identity number issued here.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
public class Births {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private VisibleResidents residents;

  @Inject private ItemCatalogue catalogue;

  @Inject private CaseIntake intake;

  @Inject private Cases cases;

  @Inject private ResidentIds residentIds;

  /**
   * Takes a birth declaration at the caller's station: the parent whose household the child joins
   * must be registered here. Accepted at once when every material was seen.
   */
  public ChangeDetail declare(Supplier<NewBirth> request, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    return intake.once(
        caller,
        "birth.create",
        idempotencyKey,
        locale,
        () -> take(caller, caller.organisation(), request.get(), "CREATED"));
  }

  /**
   * Takes a birth declared elsewhere for a station (the police part of a one-stop bundle); the
   * station's rules apply as at its counter. Runs in the caller's transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Referral refer(Organisation station, NewBirth birth) {
    if (station.kind() != OrganisationKind.POLICE_STATION) {
      throw new IllegalArgumentException("not a police station: " + station.id());
    }
    Caller caller = callers.current();
    try {
      // every check in this bean's own code: a refusal returns, and the caller's work stands
      ChangeApplication a = declared(caller, station, birth);
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

  private ChangeApplication take(Caller caller, Organisation station, NewBirth birth, String what) {
    return intake.admit(caller, declared(caller, station, birth), what);
  }

  /** The application as declared, checked and not yet saved. */
  private ChangeApplication declared(Caller caller, Organisation station, NewBirth birth) {
    if (birth == null || birth.declaration() == null) {
      throw new BusinessException("error.badRequest", "declaration");
    }
    BirthDeclaration d = birth.declaration();
    Person parent =
        residents
            .find(caller, ResidentId.of(d.residentIdOf(d.joins())))
            .filter(p -> station.covers(p.household().division().code()))
            .orElseThrow(() -> new BusinessException("household.birth.parentNotHere"));
    parent.requireActive();
    // the register's spelling of the parent's name, not what was typed
    d = withParentName(d, d.joins(), parent.name());
    if (!catalogue.ethnicityExists(d.ethnicityCode())) {
      throw new BusinessException("registry.value.invalid", "ETHNICITY", d.ethnicityCode());
    }
    Instant now = Instant.now();
    ChangeApplication a =
        ChangeApplication.birth(
            station,
            d,
            new Applicant(
                birth.applicantRelation(),
                birth.applicantName(),
                ResidentId.of(birth.applicantResidentId()),
                null),
            parent.household(),
            catalogue.operationRule(RegisterOperation.BIRTH),
            birth.materialsSeen() == null ? Set.of() : birth.materialsSeen(),
            birth.reason(),
            caller.username(),
            now,
            HouseholdChanges.today());
    return a;
  }

  private static BirthDeclaration withParentName(BirthDeclaration d, Parent parent, String name) {
    return new BirthDeclaration(
        d.name(),
        d.sex(),
        d.birthDate(),
        d.birthplace(),
        d.ethnicityCode(),
        d.certificateNo(),
        d.motherResidentId(),
        parent == Parent.MOTHER ? name : d.motherName(),
        d.fatherResidentId(),
        parent == Parent.FATHER ? name : d.fatherName(),
        d.joins(),
        d.surnameFrom(),
        d.surnameReason(),
        d.parentsMarried());
  }

  /**
   * The final approval of a birth: the newborn enters the household declared, with an identity
   * number issued for the station's region and the birth date; the history records the
   * registration. Runs in the approving transaction.
   */
  @RolesAllowed({Role.STATION_HEAD, Role.BUREAU_APPROVER})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public RegisterEffect register(Caller caller, ChangeApplication a, String basis, Instant now) {
    BirthDeclaration d = BirthDeclaration.of(a.particulars());
    Household household =
        em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
            .setParameter("no", a.particulars().get(ChangeApplication.JOINS_HOUSEHOLD))
            .getSingleResult();
    Person parent =
        household.activeMembers().stream()
            .filter(m -> m.residentId().value().equals(d.residentIdOf(d.joins())))
            .findFirst()
            .orElseThrow(() -> new ConflictException("household.birth.parentLeftHousehold"));
    LocalDate today = HouseholdChanges.today();
    ResidentId id =
        residentIds.issue(
            a.station().seat().code().value().substring(0, 6), d.birthDate(), d.sex());
    Person newborn =
        new Person(
                id,
                d.name(),
                d.sex(),
                em.find(Ethnicity.class, d.ethnicityCode()),
                d.birthDate(),
                household,
                childOf(parent.relationToHead(), d.sex()),
                today)
            .withParticulars(d.birthplace(), parent.nativePlace(), null, null, null, null);
    em.persist(newborn);
    RegisterChange entry = newborn.registered(now, caller.username(), basis);
    em.persist(entry);
    a.registered(newborn);
    return new RegisterEffect(newborn, List.of(entry), Set.of(DutyKind.BOOKLET_PAGE));
  }

  /** The newborn's relation to the head, from the parent's. */
  static RelationToHead childOf(RelationToHead parent, Sex sex) {
    boolean boy = sex == Sex.MALE;
    return switch (parent) {
      case HEAD, SPOUSE -> boy ? RelationToHead.SON : RelationToHead.DAUGHTER;
      case SON, DAUGHTER, SON_IN_LAW, DAUGHTER_IN_LAW ->
          boy ? RelationToHead.GRANDSON : RelationToHead.GRANDDAUGHTER;
      case FATHER, MOTHER -> boy ? RelationToHead.BROTHER : RelationToHead.SISTER;
      default -> RelationToHead.OTHER;
    };
  }
}
