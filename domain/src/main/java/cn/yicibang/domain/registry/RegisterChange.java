package cn.yicibang.domain.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of one register item: the old and new value, when it took effect, who made it and on
 * what basis. History is never edited: a wrong change is itself corrected by a new change.
 */
@Entity
@Table(name = "register_change")
public class RegisterChange {

  public static final int VALUE_LENGTH = 200;
  public static final int BASIS_LENGTH = 200;

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "item", nullable = false, length = 32, updatable = false)
  private RegisterItem item;

  @Column(name = "old_value", length = VALUE_LENGTH, updatable = false)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_LENGTH, updatable = false)
  private String newValue;

  @Column(name = "effective_on", nullable = false, updatable = false)
  private LocalDate effectiveOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
  private String changedBy;

  @Column(name = "basis", nullable = false, length = BASIS_LENGTH, updatable = false)
  private String basis;

  protected RegisterChange() {}

  RegisterChange(
      Person person,
      RegisterItem item,
      String oldValue,
      String newValue,
      LocalDate effectiveOn,
      Instant recordedAt,
      String changedBy,
      String basis) {
    this.id = UUID.randomUUID();
    this.person = Objects.requireNonNull(person, "person");
    this.item = Objects.requireNonNull(item, "item");
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.effectiveOn = Objects.requireNonNull(effectiveOn, "effectiveOn");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
    this.basis = Objects.requireNonNull(basis, "basis");
  }

  public UUID id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public RegisterItem item() {
    return item;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public String basis() {
    return basis;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof RegisterChange other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
