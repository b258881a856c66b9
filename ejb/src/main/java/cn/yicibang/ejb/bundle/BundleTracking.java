package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleStatus;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.bundle.OneForm;
import cn.yicibang.domain.bundle.TaskStatus;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.household.WorkingDays;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hall follows its applications to the end: its list, one application's tasks and timeline,
 * resending a returned part after correcting it, and the supervisor's overdue list.
 */
@Stateless
@RolesAllowed({Role.HALL_CLERK, Role.HALL_SUPERVISOR, Role.ADMINISTRATOR})
public class BundleTracking {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Applications applications;

  @Inject private BundleCatalogue catalogue;

  @Inject private TaskDispatch dispatch;

  @Inject private WorkingDays workingDays;

  @Inject private AuditLog audit;

  @Inject private cn.yicibang.ejb.audit.Idempotency idempotency;

  /** The caller's hall's applications: open ones first, newest first. */
  public List<Views.Summary> ofMyHall(Locale locale) {
    Caller caller = callers.current();
    LocalDate today = Applications.today();
    return em.createQuery(
            "select a from BundleApplication a where a.hall = :hall"
                + " order by case when a.status = :done then 1 else 0 end, a.createdAt desc",
            BundleApplication.class)
        .setParameter("hall", caller.organisation())
        .setParameter("done", BundleStatus.COMPLETED)
        .setMaxResults(500)
        .getResultStream()
        .map(a -> Presentation.summary(a, today, locale))
        .toList();
  }

  public Views.Detail detail(String trackingNo, Locale locale) {
    return applications.detail(
        applications.byTrackingNo(callers.current(), trackingNo, false), locale);
  }

  /** The values of one part, raw, for correcting it after a return. */
  public Map<String, String> partValues(String trackingNo, String itemCode) {
    BundleApplication a = applications.byTrackingNo(callers.current(), trackingNo, false);
    BundleTask t = a.task(itemCode);
    Map<String, String> values = new java.util.LinkedHashMap<>();
    t.item().fields().keySet().forEach(k -> values.put(k, a.values().get(k)));
    return values;
  }

  /**
   * Corrects a returned part's fields and sends that part again; no other part is touched. The
   * police part of a change-and-correction bundle, returned because its change application was
   * refused, is sent again as a new change application; the refused one stays as it was decided.
   *
   * @param values the part's fields that change (a blank clears one), checked like the one form
   *     with the part's other fields as they stand
   */
  public Views.Detail resend(
      String trackingNo,
      String itemCode,
      Map<String, String> values,
      String idempotencyKey,
      Locale locale) {
    Caller caller = callers.current();
    var earlier = idempotency.recall(caller, idempotencyKey, "bundle.resend");
    if (earlier.isPresent()) {
      return applications.detail(applications.byTrackingNo(caller, earlier.get(), false), locale);
    }
    BundleApplication a = applications.byTrackingNo(caller, trackingNo, true);
    BundleTask t = a.task(itemCode);
    Map<String, FieldDefinition> fields = catalogue.fields();
    LocalDate today = Applications.today();
    // the part as it stands, with what the clerk corrected over it (a blank clears a field)
    Map<String, String> part = new java.util.HashMap<>();
    t.item().fields().keySet().forEach(k -> part.put(k, a.values().get(k)));
    part.putAll(values);
    Map<String, String> checked = OneForm.checkPart(t.item(), fields, part, today);
    Instant now = Instant.now();
    List<String> changed =
        a.resend(
            t,
            checked,
            workingDays.after(today, t.item().timeLimitDays()),
            caller.username(),
            caller.organisation().id(),
            now);
    dispatch.deliver(a, t, caller, now);
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "BundleTask",
        t.id().toString(),
        "RESENT " + trackingNo + " " + itemCode + " changed " + changed);
    idempotency.remember(caller, idempotencyKey, "bundle.resend", trackingNo);
    em.flush();
    return applications.detail(a, locale);
  }

  /** Open tasks of the caller's hall past their due date, the longest overdue first. */
  @RolesAllowed({Role.HALL_SUPERVISOR, Role.ADMINISTRATOR})
  public List<Views.Overdue> overdue(Locale locale) {
    Caller caller = callers.current();
    LocalDate today = Applications.today();
    return em.createQuery(
            "select t from BundleTask t join fetch t.application a"
                + " where a.hall = :hall and t.status in :open and t.dueOn < :today"
                + " order by t.dueOn, a.trackingNo",
            BundleTask.class)
        .setParameter("hall", caller.organisation())
        .setParameter("open", List.of(TaskStatus.SENT, TaskStatus.ACCEPTED))
        .setParameter("today", today)
        .setMaxResults(500)
        .getResultStream()
        .map(
            t ->
                new Views.Overdue(
                    t.id(),
                    t.application().trackingNo(),
                    t.application().definition().name(locale),
                    t.item().name(locale),
                    t.department().name(locale),
                    t.dueOn(),
                    ChronoUnit.DAYS.between(t.dueOn(), today),
                    t.overdueRaisedAt()))
        .toList();
  }
}
