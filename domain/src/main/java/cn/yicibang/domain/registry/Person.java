package cn.yicibang.domain.registry;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered resident (常住人口) and the current values of their register items. Every change goes
 * through {@link #change}, which keeps the old value in the history and refuses a result that the
 * register would not accept (an identity number that disagrees with the birth date or sex).
 */
@Entity
@Table(name = "person")
public class Person {

  /** Code points, so that a rare character counts once. */
  public static final int NAME_LENGTH = 50;

  public static final int FORMER_NAMES_LENGTH = 200;
  public static final int PLACE_LENGTH = 100;
  public static final int ADDRESS_LENGTH = Household.ADDRESS_LENGTH;

  /** Separator between former names, as printed on Chinese forms. */
  public static final String FORMER_NAME_SEPARATOR = "、";

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "resident_id", nullable = false, unique = true, length = ResidentId.LENGTH)
  private ResidentId residentId;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Column(name = "former_names", length = FORMER_NAMES_LENGTH)
  private String formerNames;

  /**
   * Each former name on its own, kept with {@link #formerNames}: what a search by a former name
   * reads through its index. Never read by the entity itself.
   */
  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(
      name = "person_former_name",
      joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private java.util.Set<String> searchableFormerNames = new java.util.HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 8)
  private Sex sex;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "ethnicity_code", nullable = false)
  private Ethnicity ethnicity;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "birthplace", length = PLACE_LENGTH)
  private String birthplace;

  @Column(name = "native_place", length = PLACE_LENGTH)
  private String nativePlace;

  @Column(name = "address", nullable = false, length = ADDRESS_LENGTH)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "education", length = 32)
  private Education education;

  @Enumerated(EnumType.STRING)
  @Column(name = "marital_status", length = 16)
  private MaritalStatus maritalStatus;

  @Column(name = "employer", length = PLACE_LENGTH)
  private String employer;

  @Column(name = "occupation", length = PLACE_LENGTH)
  private String occupation;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "household_id", nullable = false)
  private Household household;

  @Enumerated(EnumType.STRING)
  @Column(name = "relation_to_head", nullable = false, length = 24)
  private RelationToHead relationToHead;

  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private PersonStatus status = PersonStatus.ACTIVE;

  /** The date of death, or of the move out; null while active. */
  @Column(name = "status_on")
  private LocalDate statusOn;

  /** Where a person who moved out of the district went. */
  @Column(name = "moved_to", length = PLACE_LENGTH * 2)
  private String movedTo;

  /** Where a person who moved into the district came from. */
  @Column(name = "moved_from", length = PLACE_LENGTH * 2)
  private String movedFrom;

  @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST)
  @OrderBy("recordedAt")
  private List<RegisterChange> history = new ArrayList<>();

  @Version private long version;

  protected Person() {}

  /**
   * Registers a resident in a household. The identity number must agree with birth date and sex.
   */
  public Person(
      ResidentId residentId,
      String name,
      Sex sex,
      Ethnicity ethnicity,
      LocalDate birthDate,
      Household household,
      RelationToHead relationToHead,
      LocalDate registeredOn) {
    this.id = UUID.randomUUID();
    this.residentId = Objects.requireNonNull(residentId, "residentId");
    this.name = requireName(name);
    this.sex = Objects.requireNonNull(sex, "sex");
    this.ethnicity = Objects.requireNonNull(ethnicity, "ethnicity");
    this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
    this.household = Objects.requireNonNull(household, "household");
    this.address = household.address();
    this.relationToHead = Objects.requireNonNull(relationToHead, "relationToHead");
    this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
    requireConsistentId();
    household.join(this);
  }

  /** Sets the minor items known at registration; not a change, so no history is written. */
  public Person withParticulars(
      String birthplace,
      String nativePlace,
      Education education,
      MaritalStatus maritalStatus,
      String employer,
      String occupation) {
    this.birthplace = birthplace;
    this.nativePlace = nativePlace;
    this.education = education;
    this.maritalStatus = maritalStatus;
    this.employer = employer;
    this.occupation = occupation;
    return this;
  }

  /**
   * Changes one or more items together (e.g. a birth date and the identity number that encodes it)
   * and keeps the old values in the history. A changed name becomes a former name.
   *
   * @param newValues each item's new value in its register form: ISO dates, enum names, the
   *     ethnicity code, the 18-character identity number
   * @param resolveEthnicity finds an ethnicity by code (the entity lives in the database)
   * @return the history entries written, one per item whose value really changed
   */
  public List<RegisterChange> change(
      Map<RegisterItem, String> newValues,
      java.util.function.Function<String, Ethnicity> resolveEthnicity,
      LocalDate effectiveOn,
      Instant recordedAt,
      String changedBy,
      String basis) {
    if (newValues.isEmpty()) {
      throw new BusinessException("registry.change.nothing");
    }
    requireActive();
    Map<RegisterItem, String> before = new EnumMap<>(RegisterItem.class);
    for (RegisterItem item : newValues.keySet()) {
      before.put(item, valueOf(item));
    }
    String oldName = name;
    for (Map.Entry<RegisterItem, String> e : newValues.entrySet()) {
      apply(e.getKey(), e.getValue(), resolveEthnicity);
    }
    requireConsistentId();
    List<RegisterChange> written = new ArrayList<>();
    for (RegisterItem item : newValues.keySet()) {
      String oldValue = before.get(item);
      String newValue = valueOf(item);
      if (!Objects.equals(oldValue, newValue)) {
        RegisterChange change =
            new RegisterChange(
                this, item, oldValue, newValue, effectiveOn, recordedAt, changedBy, basis);
        history.add(change);
        written.add(change);
      }
    }
    if (newValues.containsKey(RegisterItem.NAME) && !oldName.equals(name)) {
      addFormerName(oldName);
    }
    return written;
  }

  private void apply(
      RegisterItem item, String value, java.util.function.Function<String, Ethnicity> ethnicities) {
    String v = RegisterValues.normalise(item, value);
    switch (item) {
      case NAME -> name = v;
      case FORMER_NAME -> formerNames(v);
      case ETHNICITY -> ethnicity = Objects.requireNonNull(ethnicities.apply(v), "ethnicity");
      case SEX -> sex = Sex.valueOf(v);
      case BIRTH_DATE -> birthDate = LocalDate.parse(v);
      case RESIDENT_ID -> residentId = ResidentId.of(v);
      case ADDRESS -> address = v;
      case EDUCATION -> education = Education.valueOf(v);
      case MARITAL_STATUS -> maritalStatus = MaritalStatus.valueOf(v);
      case EMPLOYER -> employer = v;
      case OCCUPATION -> occupation = v;
      case BIRTHPLACE -> birthplace = v;
      case NATIVE_PLACE -> nativePlace = v;
      case STATUS, HOUSEHOLD, RELATION_TO_HEAD ->
          throw new BusinessException("household.item.notOpen", Label.of(item));
    }
  }

  /** The item's current value in register form (see {@link #change}). */
  public String valueOf(RegisterItem item) {
    return switch (item) {
      case NAME -> name;
      case FORMER_NAME -> formerNames;
      case ETHNICITY -> ethnicity.code();
      case SEX -> sex.name();
      case BIRTH_DATE -> birthDate.toString();
      case RESIDENT_ID -> residentId.value();
      case ADDRESS -> address;
      case EDUCATION -> education == null ? null : education.name();
      case MARITAL_STATUS -> maritalStatus == null ? null : maritalStatus.name();
      case EMPLOYER -> employer;
      case OCCUPATION -> occupation;
      case BIRTHPLACE -> birthplace;
      case NATIVE_PLACE -> nativePlace;
      case STATUS -> status.name();
      case HOUSEHOLD -> household.householdNo();
      case RELATION_TO_HEAD -> relationToHead.name();
    };
  }

  /**
   * Records in the history that the person entered the register (by birth, or by moving in): the
   * status item from nothing to active, on the day of registration.
   */
  public RegisterChange registered(Instant recordedAt, String changedBy, String basis) {
    RegisterChange entry =
        new RegisterChange(
            this,
            RegisterItem.STATUS,
            null,
            status.name(),
            registeredOn,
            recordedAt,
            changedBy,
            basis);
    history.add(entry);
    return entry;
  }

  /**
   * Deregisters the person on death (户口登记条例 art. 8). Nothing is deleted: the record keeps every
   * item, becomes deceased from the date of death, and leaves the household's members (the
   * household number stays, to show where the person was registered).
   */
  public RegisterChange deceased(
      LocalDate diedOn, LocalDate today, Instant recordedAt, String changedBy, String basis) {
    requireActive();
    Objects.requireNonNull(diedOn, "diedOn");
    if (diedOn.isBefore(birthDate) || diedOn.isAfter(today)) {
      throw new BusinessException("registry.death.dateImpossible");
    }
    return statusChange(PersonStatus.DECEASED, diedOn, recordedAt, changedBy, basis);
  }

  private RegisterChange statusChange(
      PersonStatus to, LocalDate on, Instant recordedAt, String changedBy, String basis) {
    PersonStatus from = status;
    status = to;
    statusOn = on;
    RegisterChange entry =
        new RegisterChange(
            this, RegisterItem.STATUS, from.name(), to.name(), on, recordedAt, changedBy, basis);
    history.add(entry);
    return entry;
  }

  /** A new relation to the head of household (the head died, a member became head). */
  public RegisterChange relate(
      RelationToHead relation, LocalDate on, Instant recordedAt, String changedBy, String basis) {
    requireActive();
    Objects.requireNonNull(relation, "relation");
    if (relation == relationToHead) {
      throw new BusinessException("household.relation.unchanged", name);
    }
    RegisterChange entry =
        new RegisterChange(
            this,
            RegisterItem.RELATION_TO_HEAD,
            relationToHead.name(),
            relation.name(),
            on,
            recordedAt,
            changedBy,
            basis);
    relationToHead = relation;
    history.add(entry);
    return entry;
  }

  /**
   * Moves the person into another household of the register (区内迁移, 分户, 并户): the history keeps the
   * household, the relation to its head and the address as they were.
   */
  public List<RegisterChange> moveTo(
      Household target,
      RelationToHead relation,
      LocalDate on,
      Instant recordedAt,
      String changedBy,
      String basis) {
    requireActive();
    return relocate(target, relation, on, recordedAt, changedBy, basis);
  }

  private List<RegisterChange> relocate(
      Household target,
      RelationToHead relation,
      LocalDate on,
      Instant recordedAt,
      String changedBy,
      String basis) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(relation, "relation");
    if (target.equals(household)) {
      throw new BusinessException("household.move.sameHousehold", name);
    }
    List<RegisterChange> written = new ArrayList<>();
    written.add(
        new RegisterChange(
            this,
            RegisterItem.HOUSEHOLD,
            household.householdNo(),
            target.householdNo(),
            on,
            recordedAt,
            changedBy,
            basis));
    if (relation != relationToHead) {
      written.add(
          new RegisterChange(
              this,
              RegisterItem.RELATION_TO_HEAD,
              relationToHead.name(),
              relation.name(),
              on,
              recordedAt,
              changedBy,
              basis));
    }
    if (!Objects.equals(address, target.address())) {
      written.add(
          new RegisterChange(
              this,
              RegisterItem.ADDRESS,
              address,
              target.address(),
              on,
              recordedAt,
              changedBy,
              basis));
    }
    household.leave(this);
    household = target;
    target.join(this);
    relationToHead = relation;
    address = target.address();
    history.addAll(written);
    return written;
  }

  /**
   * The person moves out of the district (迁出, 户口登记条例 art. 10): moved out from the day, with the
   * destination; nothing is deleted, and the household keeps the record as a former member.
   */
  public RegisterChange movedOut(
      LocalDate on,
      String destination,
      LocalDate today,
      Instant recordedAt,
      String changedBy,
      String basis) {
    requireActive();
    if (on.isAfter(today)) {
      throw new BusinessException("household.move.dateInFuture");
    }
    RegisterChange entry = statusChange(PersonStatus.MOVED_OUT, on, recordedAt, changedBy, basis);
    movedTo = Objects.requireNonNull(destination, "destination");
    return entry;
  }

  /** A new resident registered by moving in (迁入): where they came from. */
  public Person movedInFrom(String origin) {
    this.movedFrom = Objects.requireNonNull(origin, "origin");
    return this;
  }

  /**
   * A person who once moved out comes back (迁回): active again from the day, in the household that
   * takes them, with where they came from; the identity number stays theirs.
   */
  public List<RegisterChange> movedBackIn(
      Household target,
      RelationToHead relation,
      String origin,
      LocalDate on,
      Instant recordedAt,
      String changedBy,
      String basis) {
    if (status != PersonStatus.MOVED_OUT) {
      throw new BusinessException("household.moveIn.alreadyRegistered", name);
    }
    List<RegisterChange> written = new ArrayList<>();
    written.add(statusChange(PersonStatus.ACTIVE, on, recordedAt, changedBy, basis));
    statusOn = null;
    movedTo = null;
    movedFrom = Objects.requireNonNull(origin, "origin");
    if (!target.equals(household)) {
      written.addAll(relocate(target, relation, on, recordedAt, changedBy, basis));
    } else if (relation != relationToHead) {
      written.add(relate(relation, on, recordedAt, changedBy, basis));
    }
    return written;
  }

  /** Refuses any change to a person who is no longer active in the register. */
  public void requireActive() {
    if (status != PersonStatus.ACTIVE) {
      throw new BusinessException("registry.person.notActive", name);
    }
  }

  public boolean active() {
    return status == PersonStatus.ACTIVE;
  }

  private void addFormerName(String oldName) {
    if (formerNames == null || formerNames.isBlank()) {
      formerNames(oldName);
    } else if (!List.of(formerNames.split(FORMER_NAME_SEPARATOR)).contains(oldName)) {
      formerNames(formerNames + FORMER_NAME_SEPARATOR + oldName);
    }
  }

  /** The former names as the register prints them, and each of them for the search. */
  private void formerNames(String all) {
    formerNames = all;
    searchableFormerNames.clear();
    if (all != null) {
      // as a clerk may have typed them: 、 as printed, or a comma or semicolon
      for (String n : all.split("[、，,；;]")) {
        String one = n.strip();
        if (one.codePointCount(0, one.length()) > NAME_LENGTH) {
          one = one.substring(0, one.offsetByCodePoints(0, NAME_LENGTH)); // its beginning is found
        }
        if (!one.isEmpty()) {
          searchableFormerNames.add(one);
        }
      }
    }
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("registry.name.required");
    }
    String n = name.strip();
    if (n.codePointCount(0, n.length()) > NAME_LENGTH) {
      throw new BusinessException("registry.name.tooLong", NAME_LENGTH);
    }
    return n;
  }

  private void requireConsistentId() {
    if (!residentId.birthDate().equals(birthDate)) {
      throw new BusinessException("registry.residentId.birthDateMismatch");
    }
    if (residentId.sex() != sex) {
      throw new BusinessException("registry.residentId.sexMismatch");
    }
  }

  public UUID id() {
    return id;
  }

  public ResidentId residentId() {
    return residentId;
  }

  public String name() {
    return name;
  }

  public String formerNames() {
    return formerNames;
  }

  public Sex sex() {
    return sex;
  }

  public Ethnicity ethnicity() {
    return ethnicity;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String birthplace() {
    return birthplace;
  }

  public String nativePlace() {
    return nativePlace;
  }

  public String address() {
    return address;
  }

  public Education education() {
    return education;
  }

  public MaritalStatus maritalStatus() {
    return maritalStatus;
  }

  public String employer() {
    return employer;
  }

  public String occupation() {
    return occupation;
  }

  public Household household() {
    return household;
  }

  public RelationToHead relationToHead() {
    return relationToHead;
  }

  public LocalDate registeredOn() {
    return registeredOn;
  }

  public PersonStatus status() {
    return status;
  }

  public LocalDate statusOn() {
    return statusOn;
  }

  public String movedTo() {
    return movedTo;
  }

  public String movedFrom() {
    return movedFrom;
  }

  public List<RegisterChange> history() {
    return Collections.unmodifiableList(history);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Person other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
