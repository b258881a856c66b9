package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.household.Applicant;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.DutyKind;
import cn.yicibang.domain.household.MoveInDeclaration;
import cn.yicibang.domain.household.MoveOutDeclaration;
import cn.yicibang.domain.household.MoveWithinDeclaration;
import cn.yicibang.domain.household.Mover;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.HouseholdKind;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Moves (户口迁移, 户口登记条例 art. 10, 13, 19): inside the district one application at the receiving
 * station moves one or several members into another household or a new one, and the station they
 * leave sees the case; out of the district the station issues the migration record and the people
 * become moved out; into the district the newcomer is registered with the number they have.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
public class Moves {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private VisibleResidents residents;

  @Inject private ItemCatalogue catalogue;

  @Inject private CaseIntake intake;

  @Inject private Cases cases;

  @Inject private HouseholdNumbers householdNumbers;

  @Inject private AcceptanceNumbers numbers;

  @Inject private AuditLog audit;

  /**
   * The residents named for a move inside the district, wherever in the district they live: the
   * receiving counter has their identity cards. Audited as a search of the register.
   */
  public List<MoverView> movers(List<String> residentIds, Locale locale) {
    Caller caller = callers.current();
    List<MoverView> found = new ArrayList<>();
    for (String raw : residentIds) {
      Person p = inDistrict(ResidentId.of(raw));
      found.add(
          new MoverView(
              p.residentId().value(),
              p.residentId().masked(),
              p.name(),
              p.household().householdNo(),
              p.household().head().map(Person::name).orElse(""),
              p.relationToHead(),
              p.status(),
              stationOf(p.household()).map(o -> o.name(locale)).orElse("")));
    }
    audit.record(
        caller,
        AuditAction.SEARCH_REGISTER,
        "Person",
        null,
        "move " + found.stream().map(MoverView::maskedResidentId).toList());
    return found;
  }

  /** The household a move would join, if the caller's station holds it. */
  public Optional<MoverView> household(String householdNo, Locale locale) {
    Caller caller = callers.current();
    return em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
        .setParameter("no", householdNo == null ? "" : householdNo.strip())
        .getResultStream()
        .findFirst()
        .filter(h -> caller.organisation().covers(h.division().code()))
        .map(
            h ->
                new MoverView(
                    null,
                    null,
                    h.address(),
                    h.householdNo(),
                    h.head().map(Person::name).orElse(""),
                    null,
                    null,
                    caller.organisation().name(locale)));
  }

  /**
   * Takes a move of residents of the district (inside it, or out of it) at the caller's station.
   */
  public ChangeDetail declare(Supplier<NewMove> request, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    return intake.once(
        caller,
        "move.create",
        idempotencyKey,
        locale,
        () -> {
          NewMove move = request.get();
          if (move == null || move.kind() == null) {
            throw new BusinessException("error.missingField", "kind");
          }
          ChangeApplication a =
              switch (move.kind()) {
                case MOVE_WITHIN -> within(caller, move);
                case MOVE_OUT -> out(caller, move);
                default -> throw new BusinessException("household.move.kindUnknown", move.kind());
              };
          return intake.admit(caller, a, "CREATED");
        });
  }

  /** Takes a move into the district at the caller's station. */
  public ChangeDetail declareIn(Supplier<NewMoveIn> request, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    return intake.once(
        caller,
        "move-in.create",
        idempotencyKey,
        locale,
        () -> {
          NewMoveIn move = request.get();
          if (move == null || move.declaration() == null) {
            throw new BusinessException("error.badRequest", "declaration");
          }
          ChangeApplication a = declaredIn(caller, caller.organisation(), move);
          if (a.person() == null) {
            cases.requireNoOpenMoveIn(a);
          }
          return intake.admit(caller, a, "CREATED");
        });
  }

  /**
   * Takes a move in declared elsewhere for a station (the police part of a one-stop bundle); a
   * refusal is answered, not thrown, so the work that referred it stands.
   */
  @jakarta.annotation.security.PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Referral referIn(Organisation station, NewMoveIn move) {
    Caller caller = callers.current();
    try {
      ChangeApplication a = declaredIn(caller, station, move);
      if (a.person() == null) {
        var open = cases.openMoveIn(a);
        if (open.isPresent()) {
          return Referral.refused(
              new ConflictException("household.case.alreadyOpen", Cases.reference(open.get())));
        }
      } else {
        var open = cases.openApplication(a);
        if (open.isPresent()) {
          return Referral.refused(
              new ConflictException("household.case.alreadyOpen", Cases.reference(open.get())));
        }
      }
      return Referral.taken(intake.admit(caller, a, "REFERRED " + station.id()));
    } catch (BusinessException e) {
      return Referral.refused(e);
    }
  }

  /** The move in as declared at a station, checked and not yet saved. */
  private ChangeApplication declaredIn(Caller caller, Organisation station, NewMoveIn move) {
    MoveInDeclaration d = move.declaration();
    if (!catalogue.ethnicityExists(d.ethnicityCode())) {
      throw new BusinessException("registry.value.invalid", "ETHNICITY", d.ethnicityCode());
    }
    Person known =
        em.createQuery("select p from Person p where p.residentId = :id", Person.class)
            .setParameter("id", ResidentId.of(d.residentId()))
            .getResultStream()
            .findFirst()
            .orElse(null);
    ChangeApplication a =
        ChangeApplication.moveIn(
            station,
            known,
            d,
            target(station, d.destination()),
            applicant(move.applicantRelation(), move.applicantName(), move.applicantResidentId()),
            catalogue.operationRule(RegisterOperation.MOVE_IN),
            move.materialsSeen() == null ? Set.of() : move.materialsSeen(),
            move.reason(),
            caller.username(),
            Instant.now(),
            HouseholdChanges.today());
    return a;
  }

  private ChangeApplication within(Caller caller, NewMove move) {
    List<String> ids = move.residentIds() == null ? List.of() : move.residentIds();
    List<RelationToHead> relations = move.relations() == null ? List.of() : move.relations();
    if (relations.size() != ids.size()) {
      throw new BusinessException("household.move.relationRequired");
    }
    List<Mover> movers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      movers.add(new Mover(ids.get(i), relations.get(i)));
    }
    MoveWithinDeclaration d =
        new MoveWithinDeclaration(movers, move.destination(), move.oldHouseholdNewHead());
    List<Person> people = new ArrayList<>();
    for (Mover m : d.movers()) {
      people.add(inDistrict(ResidentId.of(m.residentId())));
    }
    Organisation station = caller.organisation();
    Organisation origin = stationOf(people.get(0).household()).orElse(station);
    return ChangeApplication.moveWithin(
        station,
        origin.equals(station) ? null : origin,
        people,
        d,
        target(station, d.destination()),
        applicant(move.applicantRelation(), move.applicantName(), move.applicantResidentId()),
        catalogue.operationRule(RegisterOperation.MOVE_WITHIN),
        move.materialsSeen() == null ? Set.of() : move.materialsSeen(),
        move.reason(),
        caller.username(),
        Instant.now(),
        HouseholdChanges.today());
  }

  private ChangeApplication out(Caller caller, NewMove move) {
    MoveOutDeclaration d =
        new MoveOutDeclaration(
            move.residentIds(), move.destinationText(), move.oldHouseholdNewHead());
    Organisation station = caller.organisation();
    List<Person> people = new ArrayList<>();
    for (String id : d.movers()) {
      Person p = residents.byResidentId(caller, ResidentId.of(id));
      if (!station.covers(p.household().division().code())) {
        throw new BusinessException("household.death.notHere");
      }
      people.add(p);
    }
    return ChangeApplication.moveOut(
        station,
        people,
        d,
        applicant(move.applicantRelation(), move.applicantName(), move.applicantResidentId()),
        catalogue.operationRule(RegisterOperation.MOVE_OUT),
        move.materialsSeen() == null ? Set.of() : move.materialsSeen(),
        move.reason(),
        caller.username(),
        Instant.now(),
        HouseholdChanges.today());
  }

  /** The household joined: an existing one the station holds, or none when a new one is founded. */
  private Household target(Organisation station, Destination destination) {
    if (destination.newHousehold()) {
      Division division = division(destination.newDivision());
      if (division == null || !station.covers(division.code())) {
        throw new BusinessException("household.move.divisionNotHere", destination.newDivision());
      }
      return null;
    }
    return em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
        .setParameter("no", destination.householdNo())
        .getResultStream()
        .findFirst()
        .filter(h -> station.covers(h.division().code()))
        .orElseThrow(
            () ->
                new BusinessException(
                    "household.move.householdUnknown", destination.householdNo()));
  }

  private Division division(String code) {
    try {
      return em.find(Division.class, DivisionCode.of(code).value());
    } catch (BusinessException notACode) {
      return null;
    }
  }

  /**
   * The final approval of a move: the register moves the people, founds the new household, names
   * the new head of the one left, issues the migration record or registers the newcomer. Runs in
   * the approving transaction.
   */
  @RolesAllowed({Role.STATION_HEAD, Role.BUREAU_APPROVER})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public RegisterEffect register(Caller caller, ChangeApplication a, String basis, Instant now) {
    LocalDate today = HouseholdChanges.today();
    List<RegisterChange> written = new ArrayList<>();
    Set<DutyKind> duties = EnumSet.of(DutyKind.BOOKLET_PAGE);
    Person subject;
    switch (a.operation()) {
      case MOVE_WITHIN -> {
        MoveWithinDeclaration d = MoveWithinDeclaration.of(a.particulars());
        Household target = targetAtApproval(a.station(), d.destination(), today);
        List<Person> people = lockedSubjects(a);
        Household from = people.get(0).household();
        for (Mover m : d.movers()) {
          Person p = byId(people, m.residentId());
          written.addAll(p.moveTo(target, m.relation(), today, now, caller.username(), basis));
        }
        written.addAll(newHeadOf(from, d.oldHouseholdNewHead(), today, now, caller, basis));
        subject = a.person();
      }
      case MOVE_OUT -> {
        MoveOutDeclaration d = MoveOutDeclaration.of(a.particulars());
        List<Person> people = lockedSubjects(a);
        Household from = people.get(0).household();
        for (Person p : people) {
          written.add(p.movedOut(today, d.destination(), today, now, caller.username(), basis));
        }
        written.addAll(newHeadOf(from, d.oldHouseholdNewHead(), today, now, caller, basis));
        a.migrationRecordIssued(
            numbers.next(a.station(), AcceptanceCounter.Series.MIGRATION, today.getYear()));
        subject = a.person();
      }
      case MOVE_IN -> {
        MoveInDeclaration d = MoveInDeclaration.of(a.particulars());
        Household target = targetAtApproval(a.station(), d.destination(), today);
        if (a.person() != null) {
          Person back = a.person();
          em.lock(back, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          written.addAll(
              back.movedBackIn(
                  target, d.relation(), d.origin(), today, now, caller.username(), basis));
          subject = back;
        } else {
          if (!em.createQuery("select p.id from Person p where p.residentId = :id")
              .setParameter("id", ResidentId.of(d.residentId()))
              .getResultList()
              .isEmpty()) {
            throw new ConflictException("household.moveIn.alreadyRegistered", d.name());
          }
          ResidentId id = ResidentId.of(d.residentId());
          Person p =
              new Person(
                      id,
                      d.name(),
                      id.sex(),
                      em.find(Ethnicity.class, d.ethnicityCode()),
                      id.birthDate(),
                      target,
                      d.relation(),
                      today)
                  .withParticulars(d.birthplace(), null, null, null, null, null)
                  .movedInFrom(d.origin());
          em.persist(p);
          written.add(p.registered(now, caller.username(), basis));
          a.registered(p);
          subject = p;
        }
      }
      default -> throw new IllegalStateException("not a move: " + a.operation());
    }
    written.forEach(em::persist);
    return new RegisterEffect(subject, written, duties);
  }

  /** At the approval the destination is found again, or founded (立户) with a number of its own. */
  private Household targetAtApproval(
      Organisation station, Destination destination, LocalDate today) {
    if (!destination.newHousehold()) {
      return target(station, destination);
    }
    Household h =
        new Household(
            householdNumbers.next(station, today.getYear()),
            HouseholdKind.FAMILY,
            destination.newAddress(),
            division(destination.newDivision()),
            today);
    em.persist(h);
    return h;
  }

  private List<Person> lockedSubjects(ChangeApplication a) {
    List<Person> people = a.subjects();
    people.forEach(p -> em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    return people;
  }

  private static Person byId(List<Person> people, String residentId) {
    return people.stream()
        .filter(p -> p.residentId().value().equals(residentId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("a mover not on the application"));
  }

  private static List<RegisterChange> newHeadOf(
      Household from, String newHead, LocalDate today, Instant now, Caller caller, String basis) {
    if (newHead == null) {
      return List.of();
    }
    Person head =
        from.activeMembers().stream()
            .filter(m -> m.residentId().value().equals(newHead))
            .findFirst()
            .orElseThrow(() -> new ConflictException("household.death.newHeadNotMember"));
    return List.of(head.relate(RelationToHead.HEAD, today, now, caller.username(), basis));
  }

  private Person inDistrict(ResidentId id) {
    return em.createQuery("select p from Person p where p.residentId = :id", Person.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new cn.yicibang.domain.NotFoundException("registry.person.notFound"));
  }

  private Optional<Organisation> stationOf(Household h) {
    return em.createQuery(
            "select o from Organisation o where o.kind ="
                + " cn.yicibang.domain.organisation.OrganisationKind.POLICE_STATION order by o.id",
            Organisation.class)
        .getResultStream()
        .filter(o -> o.covers(h.division().code()))
        .findFirst();
  }

  private static Applicant applicant(
      cn.yicibang.domain.household.ApplicantRelation relation, String name, String residentId) {
    if (relation == null) {
      throw new BusinessException("error.missingField", "applicantRelation");
    }
    return new Applicant(relation, name, ResidentId.of(residentId), null);
  }
}
