package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.bundle.BundleStatus;
import cn.yicibang.domain.bundle.EventKind;
import cn.yicibang.domain.bundle.FieldKind;
import cn.yicibang.domain.bundle.RuleOutcome;
import cn.yicibang.domain.bundle.TaskStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the hall, the departments, REST clients and the public see of bundles. Serializable, with
 * everything in them: a page keeps them in its view, and the view travels with the session to
 * another node.
 */
public final class Views {

  private Views() {}

  /** A bundle as the picker offers it. */
  public record Offer(
      String code,
      String name,
      String description,
      int versionNo,
      int items,
      int materials,
      int longestDays,
      List<String> departments)
      implements Serializable {}

  /** One field of the one form. */
  public record FormField(
      String key, String label, FieldKind kind, boolean required, int maxLength, boolean anchor)
      implements Serializable {}

  /** A section of the one form with its fields, in form order. */
  public record FormSection(String code, String name, List<FormField> fields)
      implements Serializable {}

  /** One eligibility rule on what is known: the condition, and why it failed. */
  public record RuleCheck(String condition, RuleOutcome.Result result, String why)
      implements Serializable {}

  /** The eligibility check as a whole. */
  public record EligibilityCheck(boolean eligible, List<RuleCheck> rules) implements Serializable {}

  /**
   * A material of the one-time notification: once, with the matters that need it, how to bring it
   * ("" when nothing needs saying), and when it is needed ("" when always; otherwise the register
   * items whose change needs it).
   */
  public record NoticeMaterial(
      String code, String name, String note, List<String> neededBy, String when)
      implements Serializable {}

  /** An office of the one-time notification: its matter, time limit and what it waits for. */
  public record NoticeOffice(
      String itemCode, String item, String department, int days, List<String> waitsFor)
      implements Serializable {}

  /** The one-time notification of a bundle. */
  public record Notice(
      String code,
      String name,
      String description,
      int versionNo,
      List<String> conditions,
      List<NoticeMaterial> materials,
      List<NoticeOffice> offices,
      int longestDays)
      implements Serializable {}

  /** A label and a value, for lists of fields and results. */
  public record LabelValue(String label, String value) implements Serializable {}

  /** One department task as the hall sees it. */
  public record TaskView(
      UUID id,
      String itemCode,
      String item,
      String department,
      TaskStatus status,
      int round,
      LocalDate dueOn,
      boolean overdue,
      Instant sentAt,
      Instant acceptedAt,
      Instant completedAt,
      String resultRef,
      String returnReason,
      List<String> waitsFor,
      String changeAcceptanceNo)
      implements Serializable {}

  /** One entry of the timeline. */
  public record EventView(
      Instant at, String actor, String organisation, String item, EventKind kind, String note)
      implements Serializable {}

  /** A bundle application with its tasks and timeline. */
  public record Detail(
      UUID id,
      String trackingNo,
      String bundleCode,
      String bundleName,
      int versionNo,
      BundleStatus status,
      String applicantName,
      String maskedApplicantId,
      String hall,
      Instant createdAt,
      String createdBy,
      LocalDate dueOn,
      Instant completedAt,
      List<TaskView> tasks,
      List<EventView> events,
      Map<String, String> values,
      long version)
      implements Serializable {}

  /** A line of the hall's submissions list. */
  public record Summary(
      String trackingNo,
      String bundleName,
      String applicantName,
      String maskedApplicantId,
      BundleStatus status,
      Instant createdAt,
      LocalDate dueOn,
      int done,
      int total,
      boolean overdue,
      boolean returned)
      implements Serializable {}

  /** A task in its department's list, with what the department needs to work it. */
  public record DepartmentTask(
      UUID id,
      String trackingNo,
      String bundleName,
      String itemCode,
      String item,
      TaskStatus status,
      int round,
      LocalDate dueOn,
      boolean overdue,
      Instant sentAt,
      List<LabelValue> fields,
      List<LabelValue> earlierResults,
      String returnReason,
      String resultRef,
      boolean followsHouseholdChange,
      long version)
      implements Serializable {}

  /** An overdue task for the hall supervisor. */
  public record Overdue(
      UUID taskId,
      String trackingNo,
      String bundleName,
      String item,
      String department,
      LocalDate dueOn,
      long daysOver,
      Instant raisedAt)
      implements Serializable {}

  /** The public status page: each part's status and nothing personal. */
  public record PublicStatus(
      String trackingNo,
      String bundleName,
      BundleStatus status,
      LocalDate dueOn,
      Instant completedAt,
      List<PublicPart> parts)
      implements Serializable {}

  /** One part on the public page. */
  public record PublicPart(String item, String department, TaskStatus status, LocalDate dueOn)
      implements Serializable {}
}
