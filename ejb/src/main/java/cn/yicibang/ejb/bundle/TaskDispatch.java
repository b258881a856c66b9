package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.TaskStatus;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.exchange.Outbox;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.household.WorkingDays;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sends a bundle application's tasks that are ready: a department task becomes a notification in
 * the exchange outbox (pushed to the department's endpoint, or waiting in its work list), a police
 * part becomes an application at the station: a household change at the person's registering
 * station, a birth registration or a deregistration on death ({@link RegisterParts}). Always inside
 * the transaction that made the tasks ready, so a task is sent exactly when its state says so.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TaskDispatch {

  @Inject private Outbox outbox;

  @Inject private WorkingDays workingDays;

  @Inject private AuditLog audit;

  @Inject private RegisterParts registerParts;

  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  /** Sends every waiting task whose items are completed; returns those sent. */
  public List<BundleTask> release(BundleApplication a, Caller caller, Instant now) {
    LocalDate today = HouseholdChanges.today();
    List<BundleTask> sent =
        a.release(
            t -> workingDays.after(today, t.item().timeLimitDays()),
            caller.username(),
            caller.organisation().id(),
            now);
    sent.forEach(t -> deliver(a, t, caller, now));
    return sent;
  }

  /** Hands a task that has just been sent (or resent) to its department. */
  public void deliver(BundleApplication a, BundleTask t, Caller caller, Instant now) {
    switch (t.item().kind()) {
      case HOUSEHOLD_CHANGE -> registerParts.itemChange(a, t, caller, now);
      case BIRTH_REGISTRATION -> registerParts.birth(a, t, caller, now);
      case DEATH_REGISTRATION -> registerParts.death(a, t, caller, now);
      case MOVE_IN_REGISTRATION -> registerParts.moveIn(a, t, caller, now);
      case MARITAL_STATUS -> registerParts.maritalStatus(a, t, caller, now);
      case TASK ->
          outbox.sendTo(
              t.department().id(),
              Outbox.BUNDLE_TASK,
              subjectRef(a, t),
              payload(a, t, id -> em.find(ChangeApplication.class, id)),
              now);
    }
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "BundleTask",
        t.id().toString(),
        "SENT "
            + a.trackingNo()
            + " "
            + t.item().code()
            + " #"
            + t.round()
            + " → "
            + t.department().id());
  }

  /** The notification's subject: one per sending, so a resend is a new notification. */
  static String subjectRef(BundleApplication a, BundleTask t) {
    return a.trackingNo() + ":" + t.item().code() + ":" + t.round();
  }

  /**
   * What the department receives: the matter, its fields, the materials the hall has seen, the
   * results of the matters it waited for (with the person a register part registered, e.g. the
   * newborn's identity number), and where to report back.
   */
  static String payload(
      BundleApplication a,
      BundleTask t,
      java.util.function.Function<java.util.UUID, ChangeApplication> changes) {
    JsonObjectBuilder fields = Json.createObjectBuilder();
    t.item().fields().keySet().stream()
        .filter(k -> a.values().containsKey(k))
        .forEach(k -> fields.add(k, a.values().get(k)));
    JsonObjectBuilder results = Json.createObjectBuilder();
    JsonObjectBuilder registered = Json.createObjectBuilder();
    for (BundleTask other : a.tasks()) {
      if (t.item().waitsFor().contains(other.item().code())
          && other.status() == TaskStatus.COMPLETED) {
        results.add(other.item().code(), other.resultRef());
        ChangeApplication change =
            other.changeApplicationId() == null ? null : changes.apply(other.changeApplicationId());
        if (change != null && change.person() != null) {
          registered.add(
              other.item().code(),
              Json.createObjectBuilder()
                  .add("residentId", change.person().residentId().value())
                  .add("name", change.person().name())
                  .add("acceptanceNo", change.acceptanceNo()));
        }
      }
    }
    var materials = Json.createArrayBuilder();
    t.item().materials().stream().filter(a.materialsSeen()::contains).forEach(materials::add);
    String base = "/api/bundle-tasks/" + t.id();
    return Json.createObjectBuilder()
        .add("trackingNo", a.trackingNo())
        .add("bundle", a.definition().code())
        .add("bundleVersion", a.definition().versionNo())
        .add("item", t.item().code())
        .add("itemName", t.item().nameZh())
        .add("taskId", t.id().toString())
        .add("round", t.round())
        .add("dueOn", t.dueOn().toString())
        .add("fields", fields)
        .add("materialsSeen", materials)
        .add("earlierResults", results)
        .add("registered", registered)
        .add(
            "actions",
            Json.createObjectBuilder()
                .add("accept", base + "/accept")
                .add("complete", base + "/complete")
                .add("return", base + "/return"))
        .build()
        .toString();
  }
}
