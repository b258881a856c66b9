package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.bundle.TaskStatus;
import cn.yicibang.domain.exchange.Notification;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.exchange.Outbox;
import cn.yicibang.ejb.household.ConflictException;
import cn.yicibang.ejb.printing.FormLabels;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A department's side of bundle tasks: its list, and accepting, completing (with a result
 * reference) or returning (with a reason) a task, from its page or its system over REST. Only the
 * task's department acts on it; completing a task sends the tasks that waited for it.
 */
@Stateless
@RolesAllowed({
  Role.DEPARTMENT_OFFICER,
  Role.COUNTER_CLERK,
  Role.STATION_HEAD,
  Role.BUREAU_APPROVER
})
public class BundleTasks {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private BundleCatalogue catalogue;

  @Inject private TaskDispatch dispatch;

  @Inject private AuditLog audit;

  @Inject private cn.yicibang.ejb.audit.Idempotency idempotency;

  /** The caller's organisation's tasks: open ones first (oldest due first), then the rest. */
  public List<Views.DepartmentTask> mine(boolean openOnly, Locale locale) {
    Caller caller = callers.current();
    List<TaskStatus> statuses =
        openOnly
            ? List.of(TaskStatus.SENT, TaskStatus.ACCEPTED)
            : List.of(
                TaskStatus.SENT, TaskStatus.ACCEPTED, TaskStatus.COMPLETED, TaskStatus.RETURNED);
    Map<String, FieldDefinition> fields = catalogue.fields();
    LocalDate today = Applications.today();
    return em.createQuery(
            "select t from BundleTask t join fetch t.application a"
                + " where t.department = :me and t.status in :statuses"
                + " order by case when t.status in (:open) then 0 else 1 end, t.dueOn, t.sentAt",
            BundleTask.class)
        .setParameter("me", caller.organisation())
        .setParameter("statuses", statuses)
        .setParameter("open", List.of(TaskStatus.SENT, TaskStatus.ACCEPTED))
        .setMaxResults(500)
        .getResultStream()
        .map(t -> masked(view(t, fields, today, locale)))
        .toList();
  }

  /**
   * One task whole, with the identity numbers the department needs to match the person in its own
   * system: audited as a view of the person's data. Lists and answers to actions show it masked.
   */
  public Views.DepartmentTask task(UUID id, Locale locale) {
    Caller caller = callers.current();
    BundleTask t = own(caller, id, false);
    audit.record(
        caller, AuditAction.VIEW_PERSON, "BundleTask", id.toString(), t.application().trackingNo());
    return view(t, catalogue.fields(), Applications.today(), locale);
  }

  /**
   * The task as a list shows it: every identity number masked, and the birth dates of those numbers
   * cut to their year, across all its values together.
   */
  static Views.DepartmentTask masked(Views.DepartmentTask t) {
    List<Views.LabelValue> all = new ArrayList<>(t.fields());
    all.addAll(t.earlierResults());
    List<String> values =
        cn.yicibang.domain.registry.ResidentId.maskTogether(
            all.stream().map(Views.LabelValue::value).toList());
    List<Views.LabelValue> fields = new ArrayList<>();
    List<Views.LabelValue> earlier = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Views.LabelValue v = new Views.LabelValue(all.get(i).label(), values.get(i));
      (i < t.fields().size() ? fields : earlier).add(v);
    }
    return new Views.DepartmentTask(
        t.id(),
        t.trackingNo(),
        t.bundleName(),
        t.itemCode(),
        t.item(),
        t.status(),
        t.round(),
        t.dueOn(),
        t.overdue(),
        t.sentAt(),
        fields,
        earlier,
        t.returnReason(),
        t.resultRef(),
        t.followsHouseholdChange(),
        t.version());
  }

  public Views.DepartmentTask accept(UUID id, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = earlier(caller, idempotencyKey, "bundle-task.accept", locale);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    BundleTask t = own(caller, id, true);
    Instant now = Instant.now();
    boolean first = t.status() == TaskStatus.SENT;
    t.application().accept(t, caller.username(), caller.organisation().id(), now);
    acknowledgeNotification(caller, t, now);
    if (first) {
      audit.record(caller, AuditAction.CASE_TRANSITION, "BundleTask", id.toString(), "ACCEPTED");
    }
    idempotency.remember(caller, idempotencyKey, "bundle-task.accept", id.toString());
    return flushed(t, locale);
  }

  /** Completes the task; the same {@code Idempotency-Key} again answers the first result. */
  public Views.DepartmentTask complete(
      UUID id, String resultRef, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = earlier(caller, idempotencyKey, "bundle-task.complete", locale);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    BundleTask t = own(caller, id, true);
    Instant now = Instant.now();
    BundleApplication a = t.application();
    a.complete(t, resultRef, caller.username(), caller.organisation().id(), now);
    acknowledgeNotification(caller, t, now);
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "BundleTask",
        id.toString(),
        "COMPLETED "
            + t.resultRef()
            + (a.status().name().equals("COMPLETED") ? " (bundle completed)" : ""));
    dispatch.release(a, caller, now);
    idempotency.remember(caller, idempotencyKey, "bundle-task.complete", id.toString());
    return flushed(t, locale);
  }

  public Views.DepartmentTask returnTask(
      UUID id, String reason, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = earlier(caller, idempotencyKey, "bundle-task.return", locale);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    BundleTask t = own(caller, id, true);
    Instant now = Instant.now();
    t.application().returnTask(t, reason, caller.username(), caller.organisation().id(), now);
    acknowledgeNotification(caller, t, now);
    audit.record(caller, AuditAction.CASE_TRANSITION, "BundleTask", id.toString(), "RETURNED");
    idempotency.remember(caller, idempotencyKey, "bundle-task.return", id.toString());
    return flushed(t, locale);
  }

  /** The task as it stands now, when the same key has acted before. */
  private java.util.Optional<Views.DepartmentTask> earlier(
      Caller caller, String idempotencyKey, String operation, Locale locale) {
    return idempotency
        .recall(caller, idempotencyKey, operation)
        .map(
            id ->
                masked(
                    view(
                        own(caller, UUID.fromString(id), false),
                        catalogue.fields(),
                        Applications.today(),
                        locale)));
  }

  private Views.DepartmentTask flushed(BundleTask t, Locale locale) {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new ConflictException("bundle.task.changedMeanwhile");
    }
    return masked(view(t, catalogue.fields(), Applications.today(), locale));
  }

  /** The task's notification has evidently arrived once the department acts on it. */
  private void acknowledgeNotification(Caller caller, BundleTask t, Instant now) {
    em.createQuery(
            "select n from Notification n where n.recipientId = :me and n.topic = :topic"
                + " and n.subjectRef = :ref",
            Notification.class)
        .setParameter("me", caller.organisation().id())
        .setParameter("topic", Outbox.BUNDLE_TASK)
        .setParameter("ref", TaskDispatch.subjectRef(t.application(), t))
        .getResultStream()
        .forEach(n -> n.acknowledge(caller.username(), now));
  }

  /**
   * The task if it belongs to the caller's organisation, its application locked when it is to be
   * changed; a police part that follows a household change is acted on in that case, not here.
   */
  private BundleTask own(Caller caller, UUID id, boolean forUpdate) {
    BundleTask t = id == null ? null : em.find(BundleTask.class, id);
    if (t == null || !t.department().equals(caller.organisation())) {
      throw new NotFoundException("bundle.task.notFound");
    }
    if (forUpdate) {
      if (t.item().kind().followsRegisterApplication()) {
        throw new BusinessException("bundle.task.followsHouseholdChange");
      }
      em.lock(t.application(), LockModeType.PESSIMISTIC_WRITE);
      em.refresh(t.application());
      em.refresh(t);
    }
    return t;
  }

  static Views.DepartmentTask view(
      BundleTask t, Map<String, FieldDefinition> fields, LocalDate today, Locale locale) {
    FormLabels labels = FormLabels.of(locale);
    BundleApplication a = t.application();
    List<Views.LabelValue> values = new ArrayList<>();
    for (FieldDefinition f : fields.values()) {
      if (t.item().fields().containsKey(f.key()) && a.values().containsKey(f.key())) {
        values.add(
            new Views.LabelValue(
                f.label(locale), Presentation.display(f, a.values().get(f.key()), labels)));
      }
    }
    List<Views.LabelValue> earlier = new ArrayList<>();
    for (BundleTask other : a.tasksInOrder()) {
      if (t.item().waitsFor().contains(other.item().code())
          && other.status() == TaskStatus.COMPLETED) {
        earlier.add(new Views.LabelValue(other.item().name(locale), other.resultRef()));
      }
    }
    return new Views.DepartmentTask(
        t.id(),
        a.trackingNo(),
        a.definition().name(locale),
        t.item().code(),
        t.item().name(locale),
        t.status(),
        t.round(),
        t.dueOn(),
        t.overdue(today),
        t.sentAt(),
        values,
        earlier,
        t.returnReason(),
        t.resultRef(),
        t.item().kind().followsRegisterApplication(),
        t.version());
  }
}
