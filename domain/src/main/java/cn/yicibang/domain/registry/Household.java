package cn.yicibang.domain.registry;

import cn.yicibang.domain.organisation.Division;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A household (户): its number, address, place in the grid and its members. */
@Entity
@Table(name = "household")
public class Household {

  public static final int NUMBER_LENGTH = 20;
  public static final int ADDRESS_LENGTH = 200;

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "household_no", nullable = false, unique = true, length = NUMBER_LENGTH)
  private String householdNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private HouseholdKind kind;

  @Column(name = "address", nullable = false, length = ADDRESS_LENGTH)
  private String address;

  /** The smallest division the household is registered in (a unit, or a village). */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "division_code", nullable = false)
  private Division division;

  @Column(name = "registered_on", nullable = false)
  private LocalDate registeredOn;

  @OneToMany(mappedBy = "household")
  @OrderBy("birthDate")
  private List<Person> members = new ArrayList<>();

  @Version private long version;

  protected Household() {}

  public Household(
      String householdNo,
      HouseholdKind kind,
      String address,
      Division division,
      LocalDate registeredOn) {
    this.id = UUID.randomUUID();
    this.householdNo = Objects.requireNonNull(householdNo, "householdNo");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.address = Objects.requireNonNull(address, "address");
    this.division = Objects.requireNonNull(division, "division");
    this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
  }

  public UUID id() {
    return id;
  }

  public String householdNo() {
    return householdNo;
  }

  public HouseholdKind kind() {
    return kind;
  }

  public String address() {
    return address;
  }

  public Division division() {
    return division;
  }

  public LocalDate registeredOn() {
    return registeredOn;
  }

  /** Everyone ever registered in the household, the deceased and moved-out included. */
  public List<Person> members() {
    return Collections.unmodifiableList(members);
  }

  /** The members living in the household now. */
  public List<Person> activeMembers() {
    return members.stream().filter(Person::active).toList();
  }

  /**
   * The active members the register shows as the parents of {@code child}, by their relations to
   * the head: the head and spouse of a son or daughter, a son or daughter (or their spouse) of a
   * grandchild, the head's parents of the head or a sibling.
   */
  public List<Person> parentsOf(Person child) {
    java.util.Set<RelationToHead> parents =
        switch (child.relationToHead()) {
          case SON, DAUGHTER -> java.util.EnumSet.of(RelationToHead.HEAD, RelationToHead.SPOUSE);
          case GRANDSON, GRANDDAUGHTER ->
              java.util.EnumSet.of(
                  RelationToHead.SON,
                  RelationToHead.DAUGHTER,
                  RelationToHead.SON_IN_LAW,
                  RelationToHead.DAUGHTER_IN_LAW);
          case HEAD, BROTHER, SISTER ->
              java.util.EnumSet.of(RelationToHead.FATHER, RelationToHead.MOTHER);
          default -> java.util.EnumSet.noneOf(RelationToHead.class);
        };
    return activeMembers().stream()
        .filter(m -> !m.equals(child) && parents.contains(m.relationToHead()))
        .toList();
  }

  /** The head among the active members; none while a dead head has not been replaced. */
  public Optional<Person> head() {
    return members.stream()
        .filter(p -> p.active() && p.relationToHead() == RelationToHead.HEAD)
        .findFirst();
  }

  void leave(Person person) {
    members.remove(person);
  }

  void join(Person person) {
    if (!members.contains(person)) {
      members.add(person);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Household other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
