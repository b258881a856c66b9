package cn.yicibang.ejb.household;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.Applicant;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.audit.Idempotency;
import cn.yicibang.ejb.printing.FormPrinting;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The counter's side of a household change: taking the application, supplying missing materials,
 * resubmitting a returned case, and the station's list of applications. Each state change is
 * audited in the same transaction.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD})
public class HouseholdChanges {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private VisibleResidents residents;

  @Inject private ItemCatalogue catalogue;

  @Inject private CaseIntake intake;

  @Inject private Cases cases;

  @Inject private AuditLog audit;

  @Inject private Idempotency idempotency;

  /**
   * Takes an application. Refused with the reason, and nothing saved, when the applicant may not
   * apply or a value is not valid. Accepted at once, with its number, when every material has been
   * seen; otherwise it waits for them. The request is read only once the caller may take
   * applications at all, so a caller without the right learns nothing from a malformed one.
   */
  public ChangeDetail start(
      java.util.function.Supplier<NewChange> request, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = idempotency.recall(caller, idempotencyKey, "household-change.create");
    if (earlier.isPresent()) {
      return ChangeViews.detail(
          cases.byId(caller, UUID.fromString(earlier.get())), today(), locale);
    }
    if (caller.organisation().kind() != OrganisationKind.POLICE_STATION) {
      throw new AccessDeniedException("household.onlyStations");
    }
    NewChange change = request.get();
    Person person =
        change.personId() != null
            ? residents.byId(caller, change.personId())
            : residents.byResidentId(caller, ResidentId.of(change.residentId()));
    ChangeApplication a = take(caller, caller.organisation(), person, change, "CREATED");
    idempotency.remember(caller, idempotencyKey, "household-change.create", a.id().toString());
    em.flush();
    return ChangeViews.detail(a, today(), locale);
  }

  /**
   * Takes an application that another office received for a station: the police part of a one-stop
   * bundle, taken in the service hall. The station's own rules apply exactly as at its counter; the
   * acceptance number is the station's. A refusal saves nothing and answers the reason, so the
   * referring office's work stands. Runs inside the caller's transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Referral refer(Organisation station, NewChange change) {
    Caller caller = callers.current();
    if (station.kind() != OrganisationKind.POLICE_STATION) {
      throw new IllegalArgumentException("not a police station: " + station.id());
    }
    try {
      // every check in this bean's own code: a refusal returns, and the caller's work stands
      Person person =
          residents
              .find(caller, ResidentId.of(change.residentId()))
              .orElseThrow(() -> new NotFoundException("registry.person.notFound"));
      ChangeApplication a = declared(caller, station, person, change);
      var open = cases.openApplication(a);
      if (open.isPresent()) {
        return Referral.refused(
            new ConflictException("household.case.alreadyOpen", Cases.reference(open.get())));
      }
      return Referral.taken(intake.admit(caller, a, "REFERRED " + station.id()));
    } catch (BusinessException e) {
      return Referral.refused(e);
    }
  }

  /** Materials brought later: ticks them, and accepts the application once nothing is missing. */
  public ChangeDetail supplyMaterials(UUID id, Set<String> seen, Locale locale) {
    Caller caller = callers.current();
    ChangeApplication a = ownCase(caller, id);
    Instant now = Instant.now();
    a.supplyMaterials(seen, caller.username(), now);
    intake.acceptIfComplete(caller, a, now, today());
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "ChangeApplication",
        id.toString(),
        "MATERIALS " + a.status());
    em.flush();
    return ChangeViews.detail(a, today(), locale);
  }

  /** Sends a case that an approver returned up the chain again. */
  public ChangeDetail resubmit(UUID id, String note, Locale locale) {
    Caller caller = callers.current();
    ChangeApplication a = ownCase(caller, id);
    a.resubmit(caller.username(), note, Instant.now());
    audit.record(
        caller, AuditAction.CASE_TRANSITION, "ChangeApplication", id.toString(), "RESUBMITTED");
    em.flush();
    return ChangeViews.detail(a, today(), locale);
  }

  /**
   * The caller's station's applications, and the moves other stations took of its residents, a page
   * at a time: those whose number, person or applicant begins with the text, in one status if
   * asked, open ones first and newest first unless sorted by a column. No cap on how far back it
   * reaches.
   */
  public cn.yicibang.ejb.lists.Page<ChangeSummary> ofMyStation(CaseList.Query q) {
    Caller caller = callers.current();
    LocalDate today = today();
    StringBuilder where =
        new StringBuilder(" where (a.station = :station or a.originStation = :station)");
    if (q.status() != null) {
      where.append(" and a.status = :status");
    }
    String text = q.text() == null ? "" : q.text().strip();
    if (!text.isEmpty()) {
      where.append(
          " and (a.acceptanceNo like :text escape '\\' or p.name like :text escape '\\'"
              + " or a.applicantName like :text escape '\\')");
    }
    String sort = q.sortField() == null ? null : CaseList.SORTS.get(q.sortField());
    String order =
        sort == null
            ? " order by case when a.status in (:closed) then 1 else 0 end, a.createdAt desc"
            : " order by " + sort + (q.ascending() ? " asc" : " desc") + ", a.createdAt desc";
    var count =
        em.createQuery(
            "select count(a) from ChangeApplication a left join a.person p" + where, Long.class);
    var page =
        em.createQuery(
            "select a from ChangeApplication a left join fetch a.person p" + where + order,
            ChangeApplication.class);
    for (var query : List.of(count, page)) {
      query.setParameter("station", caller.organisation());
      if (q.status() != null) {
        query.setParameter("status", q.status());
      }
      if (!text.isEmpty()) {
        query.setParameter(
            "text", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      }
    }
    if (sort == null) {
      page.setParameter("closed", List.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED));
    }
    List<ChangeSummary> rows =
        page.setFirstResult(Math.max(0, q.first()))
            .setMaxResults(cn.yicibang.ejb.lists.Page.size(q.size()))
            .getResultStream()
            .map(a -> ChangeViews.summary(a, today))
            .toList();
    return new cn.yicibang.ejb.lists.Page<>(rows, count.getSingleResult());
  }

  private ChangeApplication ownCase(Caller caller, UUID id) {
    ChangeApplication a = cases.byId(caller, id);
    if (!a.station().equals(caller.organisation())) {
      throw new AccessDeniedException("household.case.notYourStation");
    }
    return a;
  }

  /**
   * Takes an application at a station: the entity refuses what the rules do not allow, a corrected
   * identity number must be free, and it is accepted with the station's number when nothing is
   * missing. Audited as {@code what} with the resulting status.
   */
  private ChangeApplication take(
      Caller caller, Organisation station, Person person, NewChange change, String what) {
    return intake.admit(caller, declared(caller, station, person, change), what);
  }

  /** The application as declared, checked and not yet saved. */
  private ChangeApplication declared(
      Caller caller, Organisation station, Person person, NewChange change) {
    ChangeApplication a =
        new ChangeApplication(
            station,
            person,
            new Applicant(
                change.applicantRelation(),
                change.applicantName(),
                ResidentId.of(change.applicantResidentId()),
                change.childConsent()),
            change.newValues(),
            catalogue.rules(),
            catalogue::ethnicityExists,
            change.materialsSeen() == null ? Set.of() : change.materialsSeen(),
            change.reason(),
            caller.username(),
            Instant.now(),
            today());
    a.applicantMaterials(catalogue.operationRule(RegisterOperation.ITEM_CHANGE));
    return a;
  }

  /** Today in the district. */
  public static LocalDate today() {
    return LocalDate.now(FormPrinting.DISTRICT_ZONE);
  }
}
