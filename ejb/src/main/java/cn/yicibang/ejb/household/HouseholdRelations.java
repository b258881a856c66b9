package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.Applicant;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.household.Mover;
import cn.yicibang.domain.household.RelationsDeclaration;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import cn.yicibang.domain.registry.RelationToHead;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A new head of household (户主变更) or a member's relation to the head changed (与户主关系变更), at the
 * household's station: the members named take their new relations at the final approval, and the
 * household keeps exactly one head.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
public class HouseholdRelations {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private VisibleResidents residents;

  @Inject private ItemCatalogue catalogue;

  @Inject private CaseIntake intake;

  @Inject private Cases cases;

  @Inject private AuditLog audit;

  /**
   * The active members of the household of a resident opened in the register, each with the full
   * number the page sends back (never shown: the page shows the masked one). Audited.
   */
  public List<MoverView> members(UUID personId, Locale locale) {
    Caller caller = callers.current();
    Person p = residents.byId(caller, personId);
    Household h = p.household();
    audit.record(
        caller, AuditAction.VIEW_PERSON, "Household", h.householdNo(), "members for relations");
    return h.activeMembers().stream()
        .map(
            m ->
                new MoverView(
                    m.residentId().value(),
                    m.residentId().masked(),
                    m.name(),
                    h.householdNo(),
                    h.head().map(Person::name).orElse(""),
                    m.relationToHead(),
                    m.status(),
                    caller.organisation().name(locale)))
        .toList();
  }

  public ChangeDetail declare(
      Supplier<NewRelations> request, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    return intake.once(
        caller, "relations.create", idempotencyKey, locale, () -> declared(caller, request.get()));
  }

  private ChangeApplication declared(Caller caller, NewRelations r) {
    if (r == null || r.kind() == null) {
      throw new BusinessException("error.missingField", "kind");
    }
    List<String> ids = r.residentIds() == null ? List.of() : r.residentIds();
    List<RelationToHead> relations = r.relations() == null ? List.of() : r.relations();
    if (ids.size() != relations.size()) {
      throw new BusinessException("household.move.relationRequired");
    }
    List<Mover> members = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      members.add(new Mover(ids.get(i), relations.get(i)));
    }
    RelationsDeclaration d = new RelationsDeclaration(members);
    List<Person> changed = new ArrayList<>();
    for (Mover m : d.members()) {
      changed.add(residents.byResidentId(caller, ResidentId.of(m.residentId())));
    }
    Organisation station = caller.organisation();
    Household household = changed.get(0).household();
    if (!station.covers(household.division().code())) {
      throw new BusinessException("household.death.notHere");
    }
    if (r.applicantRelation() == null) {
      throw new BusinessException("error.missingField", "applicantRelation");
    }
    ChangeApplication a =
        ChangeApplication.relations(
            station,
            r.kind(),
            household,
            changed,
            d,
            new Applicant(
                r.applicantRelation(),
                r.applicantName(),
                ResidentId.of(r.applicantResidentId()),
                null),
            catalogue.operationRule(r.kind()),
            r.materialsSeen() == null ? Set.of() : r.materialsSeen(),
            r.reason(),
            caller.username(),
            Instant.now(),
            HouseholdChanges.today());
    return intake.admit(caller, a, "CREATED");
  }

  /** The final approval: each member named takes the new relation. */
  @RolesAllowed({Role.STATION_HEAD, Role.BUREAU_APPROVER})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public RegisterEffect register(Caller caller, ChangeApplication a, String basis, Instant now) {
    RelationsDeclaration d = RelationsDeclaration.of(a.particulars());
    LocalDate today = HouseholdChanges.today();
    List<Person> people = a.subjects();
    people.forEach(p -> em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    List<RegisterChange> written = new ArrayList<>();
    for (Mover m : d.members()) {
      Person p =
          people.stream()
              .filter(x -> x.residentId().value().equals(m.residentId()))
              .findFirst()
              .orElseThrow();
      if (p.relationToHead() != m.relation()) {
        written.add(p.relate(m.relation(), today, now, caller.username(), basis));
      }
    }
    Household h = a.person().household();
    if (h.activeMembers().stream().filter(x -> x.relationToHead() == RelationToHead.HEAD).count()
        != 1) {
      throw new ConflictException("household.relations.oneHead");
    }
    written.forEach(em::persist);
    return new RegisterEffect(a.person(), written, EnumSet.of(DutyKind.BOOKLET_PAGE));
  }
}
