package cn.yicibang.domain.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import cn.yicibang.domain.organisation.Organisation;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a bundle application in its department: waiting for the items before it, sent,
 * accepted, completed with a result reference, or returned with a reason. State changes go through
 * {@link BundleApplication}, which keeps the order between items and the timeline.
 */
@Entity
@Table(name = "bundle_task")
public class BundleTask {

  public static final int RESULT_LENGTH = 200;
  public static final int REASON_LENGTH = 1000;

  @Id
  @Column(name = "id")
  private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private BundleApplication application;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private BundleItem item;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "department_id", nullable = false, updatable = false)
  private Organisation department;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private TaskStatus status;

  /** 1 for the first sending, +1 for every resend after a return. */
  @Column(name = "send_round", nullable = false)
  private int round;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by", length = 64)
  private String acceptedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "completed_by", length = 64)
  private String completedBy;

  @Column(name = "result_ref", length = RESULT_LENGTH)
  private String resultRef;

  @Column(name = "return_reason", length = REASON_LENGTH)
  private String returnReason;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "change_application_id")
  private UUID changeApplicationId;

  @Column(name = "overdue_raised_at")
  private Instant overdueRaisedAt;

  @Version private long version;

  protected BundleTask() {}

  BundleTask(BundleApplication application, BundleItem item, Organisation department) {
    this.id = UUID.randomUUID();
    this.application = Objects.requireNonNull(application, "application");
    this.item = Objects.requireNonNull(item, "item");
    this.department = Objects.requireNonNull(department, "department");
    this.status = TaskStatus.WAITING;
  }

  void send(Instant at, LocalDate dueOn) {
    if (status != TaskStatus.WAITING && status != TaskStatus.RETURNED) {
      throw new IllegalStateException("cannot send a task that is " + status);
    }
    round++;
    status = TaskStatus.SENT;
    sentAt = Objects.requireNonNull(at, "at");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    acceptedAt = null;
    acceptedBy = null;
    overdueRaisedAt = null;
  }

  void accept(String by, Instant at) {
    if (status == TaskStatus.ACCEPTED) {
      return; // a repeated acceptance changes nothing
    }
    requireStatus(TaskStatus.SENT);
    status = TaskStatus.ACCEPTED;
    acceptedAt = at;
    acceptedBy = by;
  }

  void complete(String resultRef, String by, Instant at) {
    if (status == TaskStatus.SENT) {
      accept(by, at); // completing on the spot accepts it too
    }
    requireStatus(TaskStatus.ACCEPTED);
    if (resultRef == null || resultRef.isBlank()) {
      throw new BusinessException("bundle.task.resultRequired");
    }
    if (resultRef.strip().length() > RESULT_LENGTH) {
      throw new BusinessException("bundle.task.resultTooLong", RESULT_LENGTH);
    }
    status = TaskStatus.COMPLETED;
    this.resultRef = resultRef.strip();
    completedAt = at;
    completedBy = by;
  }

  void returnToHall(String reason, String by, Instant at) {
    if (status != TaskStatus.SENT && status != TaskStatus.ACCEPTED) {
      throw new BusinessException("bundle.task.notOpen", Label.of(status));
    }
    if (reason == null || reason.isBlank()) {
      throw new BusinessException("bundle.task.reasonRequired");
    }
    if (reason.strip().length() > REASON_LENGTH) {
      throw new BusinessException("bundle.task.reasonTooLong", REASON_LENGTH);
    }
    status = TaskStatus.RETURNED;
    returnReason = reason.strip();
    returnedAt = at;
    acceptedBy = by;
  }

  void raiseOverdue(Instant at) {
    overdueRaisedAt = at;
  }

  void linkChangeApplication(UUID changeApplicationId) {
    this.changeApplicationId = changeApplicationId;
  }

  private void requireStatus(TaskStatus expected) {
    if (status != expected) {
      throw new BusinessException("bundle.task.notOpen", Label.of(status));
    }
  }

  /** Open (sent or accepted) after its due date. */
  public boolean overdue(LocalDate today) {
    return status.open() && dueOn != null && dueOn.isBefore(today);
  }

  public UUID id() {
    return id;
  }

  public BundleApplication application() {
    return application;
  }

  public BundleItem item() {
    return item;
  }

  public Organisation department() {
    return department;
  }

  public TaskStatus status() {
    return status;
  }

  public int round() {
    return round;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String acceptedBy() {
    return acceptedBy;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public String completedBy() {
    return completedBy;
  }

  public String resultRef() {
    return resultRef;
  }

  public String returnReason() {
    return returnReason;
  }

  public Instant returnedAt() {
    return returnedAt;
  }

  public UUID changeApplicationId() {
    return changeApplicationId;
  }

  public Instant overdueRaisedAt() {
    return overdueRaisedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BundleTask other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
