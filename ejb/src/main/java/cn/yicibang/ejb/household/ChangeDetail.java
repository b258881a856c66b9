package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicantRelation;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.ItemClass;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.household.StepKind;
import cn.yicibang.domain.registry.RegisterItem;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An application with everything its detail page and its REST answer show. Serializable: the page
 * keeps it in its view, which travels with the session to another node.
 */
public record ChangeDetail(
    UUID id,
    long version,
    RegisterOperation operation,
    String acceptanceNo,
    String stationId,
    String stationName,
    UUID personId,
    String personName,
    String maskedResidentId,
    ApplicantRelation applicantRelation,
    String applicantName,
    String maskedApplicantResidentId,
    Boolean childConsent,
    boolean minor,
    String reason,
    ApplicationStatus status,
    ApprovalLevel currentLevel,
    ApprovalLevel finalLevel,
    String takenBy,
    LocalDate dueOn,
    boolean overdue,
    int timeLimitDays,
    Instant createdAt,
    String createdBy,
    String refusalGround,
    String decisionNote,
    List<Item> items,
    List<Particular> particulars,
    Set<String> materialsRequired,
    Set<String> materialsSeen,
    Set<String> materialsMissing,
    List<Step> steps)
    implements Serializable {

  /** An item applied for. */
  public record Item(RegisterItem item, ItemClass itemClass, String oldValue, String newValue)
      implements Serializable {}

  /**
   * A declared fact of a birth or a death, by its name; identity numbers in it masked.
   *
   * @param name the particular's name, e.g. {@code birth.name}, which is also its label's key
   */
  public record Particular(String name, String value) implements Serializable {}

  /** A step of the timeline. */
  public record Step(Instant at, String actor, StepKind kind, ApprovalLevel level, String note)
      implements Serializable {}
}
