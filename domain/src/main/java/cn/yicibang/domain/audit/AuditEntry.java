package cn.yicibang.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit log: who did what to which subject, when and from where. No
 * field can be updated after the insert; there is no delete anywhere in the application.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  public static final int DETAIL_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 64, updatable = false)
  private String actor;

  @Column(name = "organisation_id", length = 32, updatable = false)
  private String organisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 32, updatable = false)
  private AuditAction action;

  @Column(name = "subject_type", length = 32, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", length = 64, updatable = false)
  private String subjectId;

  @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
  private String detail;

  @Column(name = "remote_address", length = 64, updatable = false)
  private String remoteAddress;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String organisationId,
      AuditAction action,
      String subjectType,
      String subjectId,
      String detail,
      String remoteAddress) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    // what does not fit is cut with a mark (a made-up 500-character user name at a failed login)
    this.actor = clip(Objects.requireNonNull(actor, "actor"), 64);
    this.organisationId = clip(organisationId, 32);
    this.action = Objects.requireNonNull(action, "action");
    this.subjectType = clip(subjectType, 32);
    this.subjectId = clip(subjectId, 64);
    this.detail = truncate(detail);
    this.remoteAddress = clip(remoteAddress, 64);
  }

  private static String clip(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
  }

  private static String truncate(String detail) {
    if (detail == null || detail.length() <= DETAIL_LENGTH) {
      return detail;
    }
    return detail.substring(0, DETAIL_LENGTH - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String organisationId() {
    return organisationId;
  }

  public AuditAction action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String detail() {
    return detail;
  }

  public String remoteAddress() {
    return remoteAddress;
  }
}
