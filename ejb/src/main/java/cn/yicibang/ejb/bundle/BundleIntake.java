package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleItem;
import cn.yicibang.domain.bundle.Eligibility;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.bundle.OneForm;
import cn.yicibang.domain.bundle.RuleOutcome;
import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.audit.Idempotency;
import cn.yicibang.ejb.household.AcceptanceNumbers;
import cn.yicibang.ejb.household.WorkingDays;
import cn.yicibang.ejb.printing.FormLabels;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hall's side of a bundle before and at submission: the bundles on offer, the one form, what
 * the register can prefill, the eligibility check on what is known, the one-time notification, and
 * the submission that fans out into department tasks.
 */
@Stateless
@RolesAllowed({Role.HALL_CLERK, Role.HALL_SUPERVISOR})
public class BundleIntake {

  /** Tracking numbers carry this prefix before the hall's own counter (一件事). */
  public static final String TRACKING_PREFIX = "YJ";

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private BundleCatalogue catalogue;

  @Inject private Applications applications;

  @Inject private cn.yicibang.ejb.registry.VisibleResidents residents;

  @Inject private TaskDispatch dispatch;

  @Inject private AcceptanceNumbers numbers;

  @Inject private WorkingDays workingDays;

  @Inject private Idempotency idempotency;

  @Inject private AuditLog audit;

  public List<Views.Offer> offers(Locale locale) {
    return catalogue.published().stream().map(d -> Presentation.offer(d, locale)).toList();
  }

  public List<Views.FormSection> form(String bundle, Locale locale) {
    return Presentation.sections(catalogue.published(bundle), catalogue.fields(), locale);
  }

  public Views.Notice notice(String bundle, Locale locale) {
    return catalogue.notice(bundle, locale);
  }

  /**
   * Fills the blank fields the register knows: for each section whose identity number is given and
   * visible to the hall, its name, sex, birth date, address or household number. Never overwrites
   * what the clerk typed.
   *
   * @return the values with the prefilled ones added
   */
  public Map<String, String> prefill(String bundle, Map<String, String> values) {
    Caller caller = callers.current();
    BundleDefinition d = catalogue.published(bundle);
    Map<String, FieldDefinition> fields = catalogue.fields();
    Map<String, String> result = new LinkedHashMap<>(values);
    Map<String, Person> found = new HashMap<>();
    for (String key : d.fields().keySet()) {
      FieldDefinition f = fields.get(key);
      if (f.prefill() == cn.yicibang.domain.bundle.Prefill.NONE
          || (result.get(key) != null && !result.get(key).isBlank())) {
        continue;
      }
      String anchor = values.get(f.anchorKey());
      if (anchor == null || !ResidentId.isValid(anchor.strip().toUpperCase(Locale.ROOT))) {
        continue;
      }
      ResidentId id = ResidentId.of(anchor.strip().toUpperCase(Locale.ROOT));
      Person p = found.computeIfAbsent(f.anchorKey(), k -> residents.find(caller, id).orElse(null));
      if (p == null) {
        continue;
      }
      String value =
          switch (f.prefill()) {
            case NAME -> p.name();
            case SEX -> p.sex().name();
            case BIRTH_DATE -> p.birthDate().toString();
            case ADDRESS -> p.address();
            case HOUSEHOLD_NO -> p.household().householdNo();
            case NONE -> null;
          };
      if (value != null) {
        result.put(key, value);
      }
    }
    if (!found.isEmpty()) {
      audit.record(
          caller,
          AuditAction.SEARCH_REGISTER,
          "Bundle",
          bundle,
          "prefill " + new TreeSet<>(found.keySet()));
    }
    return result;
  }

  /** The eligibility rules on what is known so far, each with why it fails. */
  public Views.EligibilityCheck eligibility(
      String bundle, Map<String, String> values, Locale locale) {
    Caller caller = callers.current();
    BundleDefinition d = catalogue.published(bundle);
    List<RuleOutcome> outcomes =
        Eligibility.evaluate(
            d, values, id -> residents.find(caller, id).isPresent(), Applications.today());
    FormLabels labels = FormLabels.of(locale);
    Map<String, FieldDefinition> fields = catalogue.fields();
    return new Views.EligibilityCheck(
        Eligibility.eligible(outcomes),
        outcomes.stream().map(o -> Presentation.check(o, fields, labels)).toList());
  }

  /** The fields the bundle's eligibility rules read. */
  public Set<String> ruleFields(String bundle) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    catalogue.published(bundle).rules().forEach(r -> keys.addAll(r.fieldKeys()));
    return keys;
  }

  /**
   * Checks the one form without submitting it: field key → the sentence saying what is wrong; empty
   * when every field is right.
   */
  public Map<String, String> checkForm(String bundle, Map<String, String> values, Locale locale) {
    BundleDefinition d = catalogue.published(bundle);
    try {
      OneForm.check(d.fields(), catalogue.fields(), values, Applications.today());
      return Map.of();
    } catch (cn.yicibang.domain.bundle.InvalidFieldsException e) {
      return catalogue.describe(e.problems(), locale);
    }
  }

  /**
   * Submits the application: the one form checked field by field, the eligibility rules passed,
   * every material seen, a tracking number, and one task per item; the tasks that wait for nothing
   * are sent at once. An {@code Idempotency-Key} seen before returns the first result.
   */
  public Views.Detail submit(NewBundle submission, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = idempotency.recall(caller, idempotencyKey, "bundle.submit");
    if (earlier.isPresent()) {
      return applications.detail(applications.byTrackingNo(caller, earlier.get(), false), locale);
    }
    if (caller.organisation().kind() != OrganisationKind.SERVICE_HALL) {
      throw new AccessDeniedException("bundle.onlyHalls");
    }
    if (submission == null || submission.bundle() == null) {
      throw new BusinessException("bundle.required");
    }
    BundleDefinition d = catalogue.published(submission.bundle());
    Set<String> seen = submission.materialsSeen() == null ? Set.of() : submission.materialsSeen();
    Set<String> unknown = new java.util.TreeSet<>(seen);
    unknown.removeAll(catalogue.materials().keySet());
    if (!unknown.isEmpty()) {
      // a code outside the catalogue cannot have been seen (and would not fit the police part)
      throw new BusinessException("bundle.materials.unknown", String.join("、", unknown));
    }
    Map<String, FieldDefinition> fields = catalogue.fields();
    LocalDate today = Applications.today();
    Map<String, String> values =
        OneForm.check(
            d.fields(),
            fields,
            submission.values() == null ? Map.of() : submission.values(),
            today);
    List<RuleOutcome> outcomes =
        Eligibility.evaluate(d, values, id -> residents.find(caller, id).isPresent(), today);
    if (!Eligibility.eligible(outcomes)) {
      FormLabels labels = FormLabels.of(locale);
      throw new BusinessException(
          "bundle.notEligible",
          String.join(
              labels.bundle().getString("list.sentences"),
              outcomes.stream()
                  .filter(o -> o.result() != RuleOutcome.Result.PASS)
                  .map(o -> Presentation.check(o, fields, labels).why())
                  .toList()));
    }
    Map<String, Organisation> departments = departments(caller, d, values, fields, locale);
    Instant now = Instant.now();
    String trackingNo =
        TRACKING_PREFIX
            + numbers.next(caller.organisation(), AcceptanceCounter.Series.BUNDLE, today.getYear());
    BundleApplication a =
        new BundleApplication(
            d,
            caller.organisation(),
            trackingNo,
            values,
            seen,
            catalogue.proofsFor(d, values),
            departments,
            projectedDue(d, today),
            caller.username(),
            now);
    em.persist(a);
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "BundleApplication",
        trackingNo,
        "SUBMITTED " + d.code() + " v" + d.versionNo());
    dispatch.release(a, caller, now);
    idempotency.remember(caller, idempotencyKey, "bundle.submit", trackingNo);
    em.flush();
    return applications.detail(a, locale);
  }

  private Map<String, Organisation> departments(
      Caller caller,
      BundleDefinition d,
      Map<String, String> values,
      Map<String, FieldDefinition> fields,
      Locale locale) {
    Map<String, Organisation> departments = new HashMap<>();
    for (BundleItem i : d.items()) {
      if (i.department() != null) {
        departments.put(i.code(), i.department());
        continue;
      }
      String label = fields.get(i.routingField()).label(locale);
      String value = values.get(i.routingField());
      // the routing field names a person (an identity number) or a household (its number)
      Household h = routedHousehold(caller, value);
      if (h == null) {
        throw new BusinessException("bundle.routing.notRegistered", label, i.name(locale));
      }
      departments.put(
          i.code(),
          applications
              .registeringStation(h)
              .orElseThrow(
                  () -> new BusinessException("bundle.routing.noStation", label, i.name(locale))));
    }
    return departments;
  }

  /**
   * The household a routing value names, if the caller may see it: by identity number or number.
   */
  private Household routedHousehold(Caller caller, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (ResidentId.isValid(v)) {
      return residents.find(caller, ResidentId.of(v)).map(Person::household).orElse(null);
    }
    return em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
        .setParameter("no", value.strip())
        .getResultStream()
        .findFirst()
        .filter(h -> caller.mayView(h.division().code()))
        .orElse(null);
  }

  /** The promised date: each item's time limit after the items it waits for, in working days. */
  private LocalDate projectedDue(BundleDefinition d, LocalDate today) {
    Map<String, LocalDate> finish = new HashMap<>();
    LocalDate last = today;
    for (BundleItem i : d.itemsInOrder()) {
      LocalDate start =
          i.waitsFor().stream().map(finish::get).max(LocalDate::compareTo).orElse(today);
      LocalDate end = workingDays.after(start, i.timeLimitDays());
      finish.put(i.code(), end);
      if (end.isAfter(last)) {
        last = end;
      }
    }
    return last;
  }
}
