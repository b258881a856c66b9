package cn.yicibang.domain.printing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The record of one printed official form. Its reference is printed on the form and in its QR code,
 * so whoever receives the paper can check that Yicibang really issued it, when and where.
 */
@Entity
@Table(name = "printed_form")
public class PrintedForm {

  public static final int REFERENCE_LENGTH = 40;

  @Id
  @Column(name = "reference", length = REFERENCE_LENGTH)
  private String reference;

  @Column(name = "form", nullable = false, length = 40, updatable = false)
  private String form;

  @Column(name = "subject_id", nullable = false, length = 64, updatable = false)
  private String subjectId;

  @Column(name = "organisation_id", nullable = false, length = 32, updatable = false)
  private String organisationId;

  @Column(name = "printed_by", nullable = false, length = 64, updatable = false)
  private String printedBy;

  @Column(name = "printed_at", nullable = false, updatable = false)
  private Instant printedAt;

  protected PrintedForm() {}

  public PrintedForm(
      String reference,
      String form,
      String subjectId,
      String organisationId,
      String printedBy,
      Instant printedAt) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.form = Objects.requireNonNull(form, "form");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.printedBy = Objects.requireNonNull(printedBy, "printedBy");
    this.printedAt = Objects.requireNonNull(printedAt, "printedAt");
  }

  public String reference() {
    return reference;
  }

  public String form() {
    return form;
  }

  public String subjectId() {
    return subjectId;
  }

  public String organisationId() {
    return organisationId;
  }

  public String printedBy() {
    return printedBy;
  }

  public Instant printedAt() {
    return printedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrintedForm other && reference != null && reference.equals(other.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(reference);
  }
}
