package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.registry.RegisterValues;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.Sex;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An application to change or correct register items of one person, from the counter through the
 * approval chain to the register. It refuses, before anything is saved, an applicant the law does
 * not allow and a value the register would not accept; it keeps what the clerk entered while
 * materials are missing; and it moves through the chain only in order, one approver at a time.
 */
@Entity
@Table(name = "change_application")
public class ChangeApplication {

  /** Age of majority: below it a guardian applies. */
  public static final int ADULT_AGE = 18;

  /** From this age a child's own consent to the change is recorded. */
  public static final int CONSENT_AGE = 8;

  public static final int REASON_LENGTH = 500;

  /** The particular naming the household a newborn joins, as it was at the declaration. */
  public static final String JOINS_HOUSEHOLD = "birth.householdNo";

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "station_id", nullable = false, updatable = false)
  private Organisation station;

  @Enumerated(EnumType.STRING)
  @Column(name = "operation", nullable = false, length = 24, updatable = false)
  private RegisterOperation operation;

  /** The person the application is about; a birth has none until the register takes it in. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  /** Who else moves with the person, in a move of several members together. */
  @jakarta.persistence.ManyToMany(fetch = FetchType.LAZY)
  @jakarta.persistence.JoinTable(
      name = "change_application_member",
      joinColumns = @JoinColumn(name = "application_id"),
      inverseJoinColumns = @JoinColumn(name = "person_id"))
  private Set<Person> others = new HashSet<>();

  /**
   * The station the movers leave, in a move inside the district: it sees the case, which the
   * receiving station takes and decides.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "origin_station_id")
  private Organisation originStation;

  /** An operation's declared facts by name (the newborn's particulars, the date of death …). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "change_application_particular",
      joinColumns = @JoinColumn(name = "application_id"))
  @jakarta.persistence.MapKeyColumn(name = "particular_name", length = 40)
  @Column(name = "particular_value", length = 400, nullable = false)
  private Map<String, String> particulars = new java.util.HashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_relation", nullable = false, length = 24)
  private ApplicantRelation applicantRelation;

  @Column(name = "applicant_name", nullable = false, length = 100)
  private String applicantName;

  @Column(name = "applicant_resident_id", nullable = false, length = ResidentId.LENGTH)
  private ResidentId applicantResidentId;

  @Column(name = "child_consent")
  private Boolean childConsent;

  @Column(name = "minor", nullable = false)
  private boolean minor;

  @Column(name = "reason", nullable = false, length = REASON_LENGTH)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 24)
  private ApplicationStatus status;

  @Column(name = "acceptance_no", unique = true, length = 32)
  private String acceptanceNo;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "time_limit_days", nullable = false)
  private int timeLimitDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_level", nullable = false, length = 8)
  private ApprovalLevel finalLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_level", length = 8)
  private ApprovalLevel currentLevel;

  @Column(name = "taken_by", length = 64)
  private String takenBy;

  @Column(name = "created_by", nullable = false, length = 64, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "refusal_ground", length = 40)
  private String refusalGround;

  @Column(name = "decision_note", length = REASON_LENGTH)
  private String decisionNote;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<ApplicationItem> items = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "change_application_material",
      joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "material_code", length = Material.CODE_LENGTH)
  private Set<String> materialsRequired = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "change_application_material_seen",
      joinColumns = @JoinColumn(name = "application_id"))
  @Column(name = "material_code", length = Material.CODE_LENGTH)
  private Set<String> materialsSeen = new HashSet<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("seq")
  private List<CaseStep> steps = new ArrayList<>();

  @Version private long version;

  protected ChangeApplication() {}

  /**
   * Takes an application at the counter. Everything is checked before the application exists: the
   * items are open for application and really change, each new value is a valid register value and
   * the result stays consistent (identity number, birth date and sex agree), and the applicant may
   * apply for this person.
   *
   * @param rules the local rule of every item applied for
   * @param ethnicityExists tells whether an ethnicity code exists
   */
  public ChangeApplication(
      Organisation station,
      Person person,
      Applicant applicant,
      Map<RegisterItem, String> newValues,
      Map<RegisterItem, ItemRule> rules,
      Predicate<String> ethnicityExists,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    this(station, RegisterOperation.ITEM_CHANGE, person, reason, clerk, at);
    person.requireActive();
    int age = Period.between(person.birthDate(), today).getYears();
    this.minor = age < ADULT_AGE;
    checkApplicant(applicant, age, today);
    this.applicantRelation = applicant.relation();
    this.applicantName = applicant.name();
    this.applicantResidentId = applicant.residentId();
    this.childConsent = applicant.childConsent();

    Map<RegisterItem, String> proposed = normalised(newValues, ethnicityExists);
    checkConsistent(proposed);
    ApprovalLevel level = ApprovalLevel.STATION;
    int limit = 0;
    for (Map.Entry<RegisterItem, String> e : proposed.entrySet()) {
      ItemRule rule = rules.get(e.getKey());
      if (rule == null || !rule.enabled()) {
        throw new BusinessException("household.item.notOpen", Label.of(e.getKey()));
      }
      items.add(
          new ApplicationItem(
              this, e.getKey(), rule.itemClass(), person.valueOf(e.getKey()), e.getValue()));
      level = level.max(rule.finalLevel(minor));
      limit = Math.max(limit, rule.timeLimitDays());
      rule.materials().forEach(m -> materialsRequired.add(m.code()));
    }
    this.finalLevel = level;
    this.timeLimitDays = limit;
    this.materialsSeen = new HashSet<>(materialsSeen);
    this.status = ApplicationStatus.AWAITING_MATERIALS;
    step(at, clerk, StepKind.CREATED, null, null);
  }

  private ChangeApplication(
      Organisation station,
      RegisterOperation operation,
      Person person,
      String reason,
      String clerk,
      Instant at) {
    this.id = UUID.randomUUID();
    this.station = Objects.requireNonNull(station, "station");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.person = person;
    if (person == null
        && operation != RegisterOperation.BIRTH
        && operation != RegisterOperation.MOVE_IN) {
      throw new NullPointerException("person");
    }
    this.createdBy = Objects.requireNonNull(clerk, "clerk");
    this.createdAt = Objects.requireNonNull(at, "at");
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("household.reason.required");
    }
    if (reason.strip().length() > REASON_LENGTH) {
      throw new BusinessException("household.reason.tooLong", REASON_LENGTH);
    }
    this.reason = reason.strip();
  }

  /**
   * Takes the declaration of a birth. The applicant is a parent of the newborn, or the head of the
   * household it joins, or another guardian (who then needs the guardianship material); nothing is
   * saved when the declaration is not possible.
   *
   * @param joined the household the newborn joins: the chosen parent's
   */
  public static ChangeApplication birth(
      Organisation station,
      BirthDeclaration declaration,
      Applicant applicant,
      cn.yicibang.domain.registry.Household joined,
      OperationRule rule,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    requireRule(rule, RegisterOperation.BIRTH);
    declaration.requirePossible(today);
    boolean byParent = declaration.declaredByParent(applicant);
    Optional<Person> head = joined.head();
    switch (applicant.relation()) {
      case GUARDIAN -> {}
      case HEAD_OF_HOUSEHOLD -> {
        if (head.isEmpty() || !head.get().residentId().equals(applicant.residentId())) {
          throw new BusinessException("household.applicant.notTheHead");
        }
      }
      default -> throw new BusinessException("household.birth.applicantRelation");
    }
    if (Period.between(applicant.residentId().birthDate(), today).getYears() < ADULT_AGE
        && !byParent) {
      throw new BusinessException("household.applicant.guardianNotAdult");
    }
    ChangeApplication a =
        new ChangeApplication(station, RegisterOperation.BIRTH, null, reason, clerk, at);
    a.minor = true;
    a.declared(
        applicant,
        declaration.particulars(),
        rule,
        new MaterialCondition.Facts(
            rule.late(declaration.birthDate(), today),
            declaration.parentsMarried(),
            !byParent && applicant.relation() == ApplicantRelation.GUARDIAN),
        materialsSeen,
        clerk,
        at);
    a.particulars.put(JOINS_HOUSEHOLD, joined.householdNo());
    return a;
  }

  /**
   * Takes the declaration of a death. The applicant is a close relative or a member of the
   * household, or its head; when the deceased heads a household with other members, one of them
   * must be named the new head.
   */
  public static ChangeApplication death(
      Organisation station,
      Person deceased,
      DeathDeclaration declaration,
      Applicant applicant,
      OperationRule rule,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    requireRule(rule, RegisterOperation.DEATH);
    deceased.requireActive();
    if (declaration.diedOn().isBefore(deceased.birthDate())
        || declaration.diedOn().isAfter(today)) {
      throw new BusinessException("registry.death.dateImpossible");
    }
    if (applicant.residentId().equals(deceased.residentId())) {
      throw new BusinessException("household.death.applicantIsDeceased");
    }
    if (applicant.relation() != ApplicantRelation.RELATIVE
        && applicant.relation() != ApplicantRelation.HEAD_OF_HOUSEHOLD) {
      throw new BusinessException("household.death.applicantRelation");
    }
    List<Person> others =
        deceased.household().activeMembers().stream().filter(m -> !m.equals(deceased)).toList();
    boolean headDies = deceased.relationToHead() == cn.yicibang.domain.registry.RelationToHead.HEAD;
    String newHead = declaration.newHeadResidentId();
    if (headDies && !others.isEmpty()) {
      if (newHead == null) {
        throw new BusinessException("household.death.newHeadRequired");
      }
      if (others.stream().noneMatch(m -> m.residentId().value().equals(newHead))) {
        throw new BusinessException("household.death.newHeadNotMember");
      }
    } else if (newHead != null) {
      throw new BusinessException("household.death.newHeadNotNeeded");
    }
    ChangeApplication a =
        new ChangeApplication(station, RegisterOperation.DEATH, deceased, reason, clerk, at);
    a.minor = Period.between(deceased.birthDate(), declaration.diedOn()).getYears() < ADULT_AGE;
    a.declared(
        applicant,
        declaration.particulars(),
        rule,
        new MaterialCondition.Facts(rule.late(declaration.diedOn(), today), false, false),
        materialsSeen,
        clerk,
        at);
    return a;
  }

  /**
   * Takes a move inside the district at the receiving station: everyone moving lives in one
   * household now and is active; the destination is another household; the applicant is an adult
   * mover or the head of the household they leave; when its head leaves others behind, one of them
   * is named head.
   *
   * @param target the household joined, or null for a new one
   * @param originStation the station the movers leave, when it is not the receiving one
   */
  public static ChangeApplication moveWithin(
      Organisation station,
      Organisation originStation,
      List<Person> movers,
      MoveWithinDeclaration declaration,
      cn.yicibang.domain.registry.Household target,
      Applicant applicant,
      OperationRule rule,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    requireRule(rule, RegisterOperation.MOVE_WITHIN);
    requireMovers(movers, declaration.oldHouseholdNewHead(), applicant, today);
    if (target != null && movers.get(0).household().equals(target)) {
      throw new BusinessException("household.move.sameHousehold", movers.get(0).name());
    }
    if (target != null && target.head().isEmpty()) {
      throw new BusinessException("household.move.targetWithoutHead", target.householdNo());
    }
    ChangeApplication a = movers(station, RegisterOperation.MOVE_WITHIN, movers, reason, clerk, at);
    a.originStation = originStation;
    a.minor = movers.stream().anyMatch(m -> minorOn(m, today));
    a.declared(
        applicant,
        declaration.particulars(),
        rule,
        MaterialCondition.Facts.ofMove(declaration.destination().newHousehold()),
        materialsSeen,
        clerk,
        at);
    return a;
  }

  /**
   * Takes a move out of the district at the movers' station; the same rules of who moves and who
   * applies as a move inside it.
   */
  public static ChangeApplication moveOut(
      Organisation station,
      List<Person> movers,
      MoveOutDeclaration declaration,
      Applicant applicant,
      OperationRule rule,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    requireRule(rule, RegisterOperation.MOVE_OUT);
    requireMovers(movers, declaration.oldHouseholdNewHead(), applicant, today);
    ChangeApplication a = movers(station, RegisterOperation.MOVE_OUT, movers, reason, clerk, at);
    a.minor = movers.stream().anyMatch(m -> minorOn(m, today));
    a.declared(
        applicant,
        declaration.particulars(),
        rule,
        MaterialCondition.Facts.ofMove(false),
        materialsSeen,
        clerk,
        at);
    return a;
  }

  /**
   * Takes a move into the district: a newcomer, or someone who once moved out and comes back
   * ({@code returning}); the applicant is the newcomer (an adult) or the head of the household they
   * join.
   */
  public static ChangeApplication moveIn(
      Organisation station,
      Person returning,
      MoveInDeclaration declaration,
      cn.yicibang.domain.registry.Household target,
      Applicant applicant,
      OperationRule rule,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    requireRule(rule, RegisterOperation.MOVE_IN);
    if (returning != null
        && returning.status() != cn.yicibang.domain.registry.PersonStatus.MOVED_OUT) {
      throw new BusinessException("household.moveIn.alreadyRegistered", returning.name());
    }
    if (target != null && target.head().isEmpty()) {
      throw new BusinessException("household.move.targetWithoutHead", target.householdNo());
    }
    ResidentId newcomer = ResidentId.of(declaration.residentId());
    boolean adult = Period.between(newcomer.birthDate(), today).getYears() >= ADULT_AGE;
    boolean self = applicant.residentId().equals(newcomer);
    boolean head =
        target != null
            && target.head().map(h -> h.residentId().equals(applicant.residentId())).orElse(false);
    if (!(self && adult && applicant.relation() == ApplicantRelation.SELF)
        && !(head && applicant.relation() == ApplicantRelation.HEAD_OF_HOUSEHOLD)) {
      throw new BusinessException("household.moveIn.applicant");
    }
    ChangeApplication a =
        new ChangeApplication(station, RegisterOperation.MOVE_IN, returning, reason, clerk, at);
    a.minor = !adult;
    a.declared(
        applicant,
        declaration.particulars(),
        rule,
        MaterialCondition.Facts.ofMove(declaration.destination().newHousehold()),
        materialsSeen,
        clerk,
        at);
    return a;
  }

  /**
   * Takes a change of head (HEAD_CHANGE) or of relations (RELATION_CHANGE) in one household: the
   * members named are active members of it, each relation really changes, and afterwards the
   * household has exactly one head; a change of head names a new one, a change of relations keeps
   * the head. The applicant is an adult member of the household or its head.
   *
   * @param changed the members named, in the declaration's order
   */
  public static ChangeApplication relations(
      Organisation station,
      RegisterOperation operation,
      cn.yicibang.domain.registry.Household household,
      List<Person> changed,
      RelationsDeclaration declaration,
      Applicant applicant,
      OperationRule rule,
      Set<String> materialsSeen,
      String reason,
      String clerk,
      Instant at,
      LocalDate today) {
    requireRule(rule, operation);
    if (operation != RegisterOperation.HEAD_CHANGE
        && operation != RegisterOperation.RELATION_CHANGE) {
      throw new IllegalArgumentException("not a change of relations: " + operation);
    }
    Map<Person, cn.yicibang.domain.registry.RelationToHead> after = new java.util.HashMap<>();
    household.activeMembers().forEach(m -> after.put(m, m.relationToHead()));
    for (int i = 0; i < changed.size(); i++) {
      Person p = changed.get(i);
      p.requireActive();
      if (!household.equals(p.household())) {
        throw new BusinessException("household.move.oneHousehold");
      }
      cn.yicibang.domain.registry.RelationToHead relation = declaration.members().get(i).relation();
      if (relation == p.relationToHead()) {
        throw new BusinessException("household.relation.unchanged", p.name());
      }
      after.put(p, relation);
    }
    long heads =
        after.values().stream()
            .filter(r -> r == cn.yicibang.domain.registry.RelationToHead.HEAD)
            .count();
    if (heads != 1) {
      throw new BusinessException("household.relations.oneHead");
    }
    boolean headChanges =
        changed.stream()
            .anyMatch(p -> p.relationToHead() == cn.yicibang.domain.registry.RelationToHead.HEAD);
    if (operation == RegisterOperation.HEAD_CHANGE && !headChanges) {
      throw new BusinessException("household.relations.headUnchanged");
    }
    if (operation == RegisterOperation.RELATION_CHANGE && headChanges) {
      throw new BusinessException("household.relations.useHeadChange");
    }
    boolean memberApplies =
        applicant.relation() == ApplicantRelation.SELF
            && household.activeMembers().stream()
                .anyMatch(m -> m.residentId().equals(applicant.residentId()) && !minorOn(m, today));
    boolean headApplies =
        applicant.relation() == ApplicantRelation.HEAD_OF_HOUSEHOLD
            && household
                .head()
                .map(h -> h.residentId().equals(applicant.residentId()))
                .orElse(false);
    if (!memberApplies && !headApplies) {
      throw new BusinessException("household.relations.applicant");
    }
    // the application is the new head's (or the first member's), the others change along
    List<Person> ordered = new ArrayList<>(changed);
    ordered.sort(
        java.util.Comparator.comparing(
            p -> after.get(p) == cn.yicibang.domain.registry.RelationToHead.HEAD ? 0 : 1));
    ChangeApplication a = movers(station, operation, ordered, reason, clerk, at);
    a.declared(
        applicant,
        declaration.particulars(),
        rule,
        new MaterialCondition.Facts(false, false, false),
        materialsSeen,
        clerk,
        at);
    return a;
  }

  private static ChangeApplication movers(
      Organisation station,
      RegisterOperation operation,
      List<Person> movers,
      String reason,
      String clerk,
      Instant at) {
    ChangeApplication a =
        new ChangeApplication(station, operation, movers.get(0), reason, clerk, at);
    a.others.addAll(movers.subList(1, movers.size()));
    return a;
  }

  private static boolean minorOn(Person p, LocalDate today) {
    return Period.between(p.birthDate(), today).getYears() < ADULT_AGE;
  }

  /**
   * Everyone moving is active and lives in one household; the applicant is an adult among them or
   * that household's head; when the head leaves others behind, the new head is one of those who
   * stay, and otherwise none is named.
   */
  private static void requireMovers(
      List<Person> movers, String newHead, Applicant applicant, LocalDate today) {
    cn.yicibang.domain.registry.Household from = movers.get(0).household();
    for (Person m : movers) {
      m.requireActive();
      if (!m.household().equals(from)) {
        throw new BusinessException("household.move.oneHousehold");
      }
    }
    List<Person> staying = from.activeMembers().stream().filter(m -> !movers.contains(m)).toList();
    boolean headLeaves =
        movers.stream()
            .anyMatch(m -> m.relationToHead() == cn.yicibang.domain.registry.RelationToHead.HEAD);
    if (headLeaves && !staying.isEmpty()) {
      if (newHead == null) {
        throw new BusinessException("household.move.oldHeadRequired");
      }
      if (staying.stream().noneMatch(m -> m.residentId().value().equals(newHead))) {
        throw new BusinessException("household.death.newHeadNotMember");
      }
    } else if (newHead != null) {
      throw new BusinessException("household.death.newHeadNotNeeded");
    }
    boolean moverApplies =
        applicant.relation() == ApplicantRelation.SELF
            && movers.stream()
                .anyMatch(m -> m.residentId().equals(applicant.residentId()) && !minorOn(m, today));
    boolean headApplies =
        applicant.relation() == ApplicantRelation.HEAD_OF_HOUSEHOLD
            && from.head().map(h -> h.residentId().equals(applicant.residentId())).orElse(false);
    if (!moverApplies && !headApplies) {
      throw new BusinessException("household.move.applicant");
    }
  }

  /**
   * The materials the applicant brings beyond each item's: a guardian the register does not show as
   * a parent of the minor in the household brings what the rule of item changes names for that case
   * (the guardianship proof). Called once, as the application is taken.
   */
  public void applicantMaterials(OperationRule itemChanges) {
    requireRule(itemChanges, RegisterOperation.ITEM_CHANGE);
    requireStatus(ApplicationStatus.AWAITING_MATERIALS);
    boolean parentInRegister =
        person.household().parentsOf(person).stream()
            .anyMatch(p -> p.residentId().equals(applicantResidentId));
    materialsRequired.addAll(
        itemChanges.materialsFor(
            new MaterialCondition.Facts(
                false,
                false,
                applicantRelation == ApplicantRelation.GUARDIAN && !parentInRegister)));
  }

  /** Records the number of the migration record issued at the approval of a move out. */
  public void migrationRecordIssued(String recordNo) {
    if (operation != RegisterOperation.MOVE_OUT) {
      throw new IllegalStateException("only a move out issues a migration record");
    }
    requireStatus(ApplicationStatus.APPROVED);
    particulars.put(MoveOutDeclaration.RECORD_NO, Objects.requireNonNull(recordNo, "recordNo"));
  }

  private static void requireRule(OperationRule rule, RegisterOperation operation) {
    if (rule == null || rule.operation() != operation) {
      throw new IllegalArgumentException("not the rule of " + operation);
    }
    rule.requireEnabled();
  }

  private void applicant(Applicant applicant) {
    this.applicantRelation = applicant.relation();
    this.applicantName = applicant.name();
    this.applicantResidentId = applicant.residentId();
    if (applicant.childConsent() != null) {
      throw new BusinessException("household.applicant.consentOnlyForChildren");
    }
  }

  /**
   * What every declared operation records as it is taken: who applies, the declared facts, the
   * materials the rule asks of this declaration, the level and limit, and the first step.
   */
  private void declared(
      Applicant applicant,
      Map<String, String> declaredFacts,
      OperationRule rule,
      MaterialCondition.Facts facts,
      Set<String> seen,
      String clerk,
      Instant at) {
    applicant(applicant);
    particulars.putAll(declaredFacts);
    materialsRequired.addAll(rule.materialsFor(facts));
    this.finalLevel = rule.finalLevel();
    this.timeLimitDays = rule.timeLimitDays();
    this.materialsSeen = new HashSet<>(seen);
    this.status = ApplicationStatus.AWAITING_MATERIALS;
    step(at, clerk, StepKind.CREATED, null, null);
  }

  /** The person the register took in at the final approval of a birth or a move in. */
  public void registered(Person newcomer) {
    if (operation != RegisterOperation.BIRTH && operation != RegisterOperation.MOVE_IN) {
      throw new IllegalStateException("only a birth or a move in gets its person at registration");
    }
    if (person != null && !person.equals(newcomer)) {
      throw new IllegalStateException("the application is someone else's");
    }
    requireStatus(ApplicationStatus.APPROVED);
    this.person = Objects.requireNonNull(newcomer, "newcomer");
  }

  private void checkApplicant(Applicant applicant, int age, LocalDate today) {
    switch (applicant.relation()) {
      case SELF -> {
        if (minor) {
          throw new BusinessException("household.applicant.minorNeedsGuardian", ADULT_AGE);
        }
        if (!applicant.residentId().equals(person.residentId())) {
          throw new BusinessException("household.applicant.notThePerson");
        }
      }
      case HEAD_OF_HOUSEHOLD -> {
        if (minor) {
          throw new BusinessException("household.applicant.minorNeedsGuardian", ADULT_AGE);
        }
        Optional<Person> head = person.household().head();
        if (head.isEmpty() || !head.get().residentId().equals(applicant.residentId())) {
          throw new BusinessException("household.applicant.notTheHead");
        }
      }
      case GUARDIAN -> {
        if (!minor) {
          throw new BusinessException("household.applicant.guardianForAdult", ADULT_AGE);
        }
        if (applicant.residentId().equals(person.residentId())
            || Period.between(applicant.residentId().birthDate(), today).getYears() < ADULT_AGE) {
          throw new BusinessException("household.applicant.guardianNotAdult");
        }
        if (age >= CONSENT_AGE && !Boolean.TRUE.equals(applicant.childConsent())) {
          throw new BusinessException("household.applicant.childConsentMissing", CONSENT_AGE);
        }
      }
      default -> throw new IllegalStateException();
    }
    if (applicant.relation() != ApplicantRelation.GUARDIAN && applicant.childConsent() != null) {
      throw new BusinessException("household.applicant.consentOnlyForChildren");
    }
  }

  /** Each value in register form, refusing what the register would refuse. */
  private Map<RegisterItem, String> normalised(
      Map<RegisterItem, String> newValues, Predicate<String> ethnicityExists) {
    if (newValues == null || newValues.isEmpty()) {
      throw new BusinessException("household.item.none");
    }
    Map<RegisterItem, String> result = new EnumMap<>(RegisterItem.class);
    for (Map.Entry<RegisterItem, String> e : newValues.entrySet()) {
      RegisterItem item = e.getKey();
      String v = RegisterValues.normalise(item, e.getValue());
      if (item == RegisterItem.ETHNICITY && !ethnicityExists.test(v)) {
        throw new BusinessException("registry.value.invalid", Label.of(item), v);
      }
      if (Objects.equals(v, person.valueOf(item))) {
        throw new BusinessException("household.item.unchanged", Label.of(item));
      }
      result.put(item, v);
    }
    return result;
  }

  /** After the change, the identity number must still encode the birth date and the sex. */
  private void checkConsistent(Map<RegisterItem, String> proposed) {
    ResidentId id =
        proposed.containsKey(RegisterItem.RESIDENT_ID)
            ? ResidentId.of(proposed.get(RegisterItem.RESIDENT_ID))
            : person.residentId();
    LocalDate birth =
        proposed.containsKey(RegisterItem.BIRTH_DATE)
            ? LocalDate.parse(proposed.get(RegisterItem.BIRTH_DATE))
            : person.birthDate();
    Sex sex =
        proposed.containsKey(RegisterItem.SEX)
            ? Sex.valueOf(proposed.get(RegisterItem.SEX))
            : person.sex();
    if (!id.birthDate().equals(birth)) {
      throw new BusinessException("registry.residentId.birthDateMismatch");
    }
    if (id.sex() != sex) {
      throw new BusinessException("registry.residentId.sexMismatch");
    }
  }

  /** Materials the rules require that the clerk has not ticked as seen, in a stable order. */
  public Set<String> missingMaterials() {
    Set<String> missing = new TreeSet<>(materialsRequired);
    missing.removeAll(materialsSeen);
    return missing;
  }

  /** The clerk has now seen more materials (brought later, after a supplement notice). */
  public void supplyMaterials(Set<String> seen, String clerk, Instant at) {
    requireStatus(ApplicationStatus.AWAITING_MATERIALS);
    Set<String> added = new LinkedHashSet<>(seen);
    added.removeAll(materialsSeen);
    if (added.isEmpty()) {
      throw new BusinessException("household.materials.nothingNew");
    }
    materialsSeen.addAll(added);
    step(at, clerk, StepKind.MATERIALS_SUPPLIED, null, String.join(",", added));
  }

  /** Records that a supplement notice for the missing materials was issued. */
  public void materialsMissing(String clerk, Instant at) {
    requireStatus(ApplicationStatus.AWAITING_MATERIALS);
    step(at, clerk, StepKind.MATERIALS_MISSING, null, String.join(",", missingMaterials()));
  }

  /**
   * Accepts the application once every material has been seen: it gets its acceptance number and
   * due date and goes to the first approval level.
   */
  public void accept(Supplier<String> nextAcceptanceNo, LocalDate dueOn, String clerk, Instant at) {
    requireStatus(ApplicationStatus.AWAITING_MATERIALS);
    if (!missingMaterials().isEmpty()) {
      throw new BusinessException("household.materials.missing", missingMaterials().size());
    }
    this.acceptanceNo = Objects.requireNonNull(nextAcceptanceNo.get(), "acceptanceNo");
    this.acceptedAt = at;
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.status = ApplicationStatus.IN_APPROVAL;
    this.currentLevel = ApprovalLevel.STATION;
    step(at, clerk, StepKind.ACCEPTED, null, acceptanceNo);
  }

  /** Locks the case to one approver at the current level. */
  public void take(String approver, ApprovalLevel level, Instant at) {
    requireAtLevel(level);
    if (takenBy != null && !takenBy.equals(approver)) {
      throw new BusinessException("household.case.takenByOther", takenBy);
    }
    if (takenBy == null) {
      takenBy = approver;
      step(at, approver, StepKind.TAKEN, level, null);
    }
  }

  /** Gives the case back to the level's work list. */
  public void release(String approver, Instant at) {
    requireStatus(ApplicationStatus.IN_APPROVAL);
    if (!approver.equals(takenBy)) {
      throw new BusinessException("household.case.notTakenByYou");
    }
    takenBy = null;
    step(at, approver, StepKind.RELEASED, currentLevel, null);
  }

  /**
   * Approves at the current level.
   *
   * @return true when this was the final level: the register is to be changed now
   */
  public boolean approve(String approver, ApprovalLevel level, String opinion, Instant at) {
    take(approver, level, at);
    step(at, approver, StepKind.APPROVED, level, opinion);
    takenBy = null;
    if (level == finalLevel) {
      status = ApplicationStatus.APPROVED;
      currentLevel = null;
      decidedAt = at;
      decisionNote = opinion;
      return true;
    }
    currentLevel = level.next();
    return false;
  }

  /** Sends the case back to the counter with a reason; the counter resubmits it. */
  public void sendBack(String approver, ApprovalLevel level, String why, Instant at) {
    take(approver, level, at);
    requireText(why, "household.decision.reasonRequired");
    step(at, approver, StepKind.SENT_BACK, level, why.strip());
    status = ApplicationStatus.RETURNED;
    currentLevel = null;
    takenBy = null;
  }

  /** The counter sends a returned case up the chain again, from the station. */
  public void resubmit(String clerk, String note, Instant at) {
    requireStatus(ApplicationStatus.RETURNED);
    status = ApplicationStatus.IN_APPROVAL;
    currentLevel = ApprovalLevel.STATION;
    step(at, clerk, StepKind.RESUBMITTED, null, note);
  }

  /** Refuses the change on a ground that applies to the items; the register is not touched. */
  public void refuse(
      String approver, ApprovalLevel level, RefusalGround ground, String note, Instant at) {
    take(approver, level, at);
    Objects.requireNonNull(ground, "ground");
    if (!ground.appliesTo(this)) {
      throw new BusinessException("household.decision.groundNotApplicable", ground.code());
    }
    step(at, approver, StepKind.REFUSED, level, note);
    status = ApplicationStatus.REFUSED;
    refusalGround = ground.code();
    decisionNote = note;
    decidedAt = at;
    currentLevel = null;
    takenBy = null;
  }

  /** Records that the register was changed by the final approval. */
  public void registerChanged(String approver, Instant at, String summary) {
    requireStatus(ApplicationStatus.APPROVED);
    step(at, approver, StepKind.REGISTER_CHANGED, null, summary);
  }

  /** The new values, as {@link Person#change} takes them. */
  public Map<RegisterItem, String> newValues() {
    Map<RegisterItem, String> values = new EnumMap<>(RegisterItem.class);
    items.forEach(i -> values.put(i.item(), i.newValue()));
    return values;
  }

  public boolean overdue(LocalDate today) {
    return status == ApplicationStatus.IN_APPROVAL && dueOn != null && dueOn.isBefore(today);
  }

  private void requireAtLevel(ApprovalLevel level) {
    requireStatus(ApplicationStatus.IN_APPROVAL);
    if (level != currentLevel) {
      throw new BusinessException("household.case.notAtYourLevel");
    }
  }

  private void requireStatus(ApplicationStatus expected) {
    if (status != expected) {
      throw new BusinessException("household.case.wrongStatus", Label.of(status));
    }
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new BusinessException(key);
    }
  }

  private void step(Instant at, String actor, StepKind kind, ApprovalLevel level, String note) {
    steps.add(new CaseStep(this, steps.size() + 1, at, actor, kind, level, note));
  }

  public UUID id() {
    return id;
  }

  public Organisation station() {
    return station;
  }

  public RegisterOperation operation() {
    return operation;
  }

  /** The person the application is about; null for a birth not yet registered. */
  public Person person() {
    return person;
  }

  /** The declared facts of an operation, by name; empty for an item change. */
  public Map<String, String> particulars() {
    return Collections.unmodifiableMap(particulars);
  }

  /** Who the application is about, by name: the person, or the newborn declared. */
  public String subjectName() {
    if (person != null) {
      return person.name();
    }
    String newborn = particulars.get(BirthDeclaration.NAME);
    return newborn != null ? newborn : particulars.get(MoveInDeclaration.NAME);
  }

  /** Everyone the application moves or is about: the person, then the others moving along. */
  public List<Person> subjects() {
    List<Person> all = new ArrayList<>();
    if (person != null) {
      all.add(person);
    }
    others.stream()
        .sorted(java.util.Comparator.comparing(p -> p.residentId().value()))
        .forEach(all::add);
    return all;
  }

  public Organisation originStation() {
    return originStation;
  }

  /** The subject's identity number masked, or null while a newborn has none. */
  public String subjectMaskedResidentId() {
    return person == null ? null : person.residentId().masked();
  }

  public ApplicantRelation applicantRelation() {
    return applicantRelation;
  }

  public String applicantName() {
    return applicantName;
  }

  public ResidentId applicantResidentId() {
    return applicantResidentId;
  }

  public Boolean childConsent() {
    return childConsent;
  }

  public boolean minor() {
    return minor;
  }

  public String reason() {
    return reason;
  }

  public ApplicationStatus status() {
    return status;
  }

  public String acceptanceNo() {
    return acceptanceNo;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public int timeLimitDays() {
    return timeLimitDays;
  }

  public ApprovalLevel finalLevel() {
    return finalLevel;
  }

  public ApprovalLevel currentLevel() {
    return currentLevel;
  }

  public String takenBy() {
    return takenBy;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String refusalGround() {
    return refusalGround;
  }

  public String decisionNote() {
    return decisionNote;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public List<ApplicationItem> items() {
    return Collections.unmodifiableList(items);
  }

  public Set<String> materialsRequired() {
    return Collections.unmodifiableSet(materialsRequired);
  }

  public Set<String> materialsSeen() {
    return Collections.unmodifiableSet(materialsSeen);
  }

  public List<CaseStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ChangeApplication other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
