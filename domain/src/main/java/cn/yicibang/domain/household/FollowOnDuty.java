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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A duty raised by an approved change, open until done. */
@Entity
@Table(name = "follow_on_duty")
public class FollowOnDuty {

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private ChangeApplication application;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24, updatable = false)
  private DutyKind kind;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by", length = 64)
  private String doneBy;

  @Version private long version;

  protected FollowOnDuty() {}

  public FollowOnDuty(ChangeApplication application, DutyKind kind, Instant raisedAt) {
    this.id = UUID.randomUUID();
    this.application = Objects.requireNonNull(application, "application");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
  }

  public void done(String by, Instant at) {
    if (doneAt != null) {
      throw new cn.yicibang.domain.BusinessException("household.duty.alreadyDone");
    }
    doneBy = Objects.requireNonNull(by, "by");
    doneAt = Objects.requireNonNull(at, "at");
  }

  public UUID id() {
    return id;
  }

  public ChangeApplication application() {
    return application;
  }

  public DutyKind kind() {
    return kind;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Instant doneAt() {
    return doneAt;
  }

  public String doneBy() {
    return doneBy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowOnDuty other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
