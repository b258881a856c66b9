package cn.yicibang.domain.household;

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
import java.util.Objects;
import java.util.UUID;

/** One step of an application's timeline: what happened, when, by whom, at which level. */
@Entity
@Table(name = "change_step")
public class CaseStep {

  public static final int NOTE_LENGTH = 500;

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private ChangeApplication application;

  /** Position in the timeline: steps written in one instant keep their order. */
  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor", nullable = false, length = 64, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24, updatable = false)
  private StepKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 8, updatable = false)
  private ApprovalLevel level;

  @Column(name = "note", length = NOTE_LENGTH, updatable = false)
  private String note;

  protected CaseStep() {}

  CaseStep(
      ChangeApplication application,
      int seq,
      Instant at,
      String actor,
      StepKind kind,
      ApprovalLevel level,
      String note) {
    this.id = UUID.randomUUID();
    this.application = Objects.requireNonNull(application, "application");
    this.seq = seq;
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.level = level;
    this.note = note;
  }

  public UUID id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public StepKind kind() {
    return kind;
  }

  public ApprovalLevel level() {
    return level;
  }

  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseStep other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
