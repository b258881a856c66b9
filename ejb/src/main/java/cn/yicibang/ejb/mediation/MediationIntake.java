package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.AccessDeniedException;
import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeType;
import cn.yicibang.domain.mediation.MediationBody;
import cn.yicibang.domain.mediation.Party;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.DivisionCode;
import cn.yicibang.domain.organisation.OrganisationKind;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.audit.Idempotency;
import cn.yicibang.ejb.household.AcceptanceNumbers;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The station's side: the list of dispute types, where a dispute of a type at a place would go,
 * taking a dispute down and handing it over (numbered per station, 调解移交), and handing a dispute a
 * body returned to another body. POSTs honour an {@code Idempotency-Key}.
 */
@Stateless
@RolesAllowed({Role.POLICE_OFFICER, Role.STATION_HEAD})
public class MediationIntake {

  /** Case numbers carry this prefix before the station's own counter (调解). */
  public static final String CASE_PREFIX = "TJ";

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private MediationRules rules;

  @Inject private Disputes disputes;

  @Inject private VisibleResidents residents;

  @Inject private AcceptanceNumbers numbers;

  @Inject private Idempotency idempotency;

  @Inject private AuditLog audit;

  @Inject private MediationFigures figures;

  public List<MediationViews.TypeOption> types(Locale locale) {
    return rules.types().stream()
        .map(t -> new MediationViews.TypeOption(t.code(), t.name(locale)))
        .toList();
  }

  /**
   * The places under a division of the station's jurisdiction (its villages, a village's grids, a
   * grid's units); with no parent, the villages of the whole jurisdiction.
   */
  public List<MediationViews.PlaceOption> places(String parentCode, Locale locale) {
    Caller caller = callers.current();
    List<String> parents =
        parentCode == null || parentCode.isBlank()
            ? caller.organisation().jurisdiction().stream()
                .map(DivisionCode::value)
                .sorted()
                .toList()
            : List.of(place(caller, parentCode).code().value());
    return em.createQuery(
            "select d from Division d where d.parent.code in :parents order by d.code",
            Division.class)
        .setParameter("parents", parents)
        .getResultStream()
        .map(d -> new MediationViews.PlaceOption(d.code().value(), d.name(locale)))
        .toList();
  }

  /** A resident of the jurisdiction as a party, looked up by identity number (audited). */
  public MediationViews.Resident resident(String residentId, Locale locale) {
    Caller caller = callers.current();
    ResidentId id =
        ResidentId.of(residentId == null ? "" : residentId.strip().toUpperCase(Locale.ROOT));
    Person p =
        residents
            .find(caller, id)
            .orElseThrow(() -> new BusinessException("mediation.party.notInRegister"));
    audit.record(caller, AuditAction.SEARCH_REGISTER, "DisputeParty", id.masked(), "intake lookup");
    return new MediationViews.Resident(
        p.name(), cn.yicibang.ejb.printing.FormLabels.of(locale).of(p.sex()), p.address());
  }

  /** Where a dispute of this type at this place is proposed to go, and the other bodies there. */
  public MediationViews.Proposal proposal(String type, String placeCode, Locale locale) {
    Caller caller = callers.current();
    List<MediationBody> bodies = rules.proposals(rules.type(type), place(caller, placeCode).code());
    if (bodies.isEmpty()) {
      throw new BusinessException("mediation.body.none");
    }
    var levels = disputes.levels();
    return new MediationViews.Proposal(
        MediationPresentation.option(bodies.get(0), levels, locale),
        bodies.subList(1, bodies.size()).stream()
            .map(b -> MediationPresentation.option(b, levels, locale))
            .toList());
  }

  /** Takes the dispute down and hands it to the body chosen, or to the one proposed. */
  public MediationViews.Detail receive(NewDispute d, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = idempotency.recall(caller, idempotencyKey, "dispute.receive");
    if (earlier.isPresent()) {
      return disputes.detail(disputes.byCaseNo(caller, earlier.get(), false), locale);
    }
    if (caller.organisation().kind() != OrganisationKind.POLICE_STATION) {
      throw new AccessDeniedException("mediation.onlyStations");
    }
    if (d == null) {
      throw new BusinessException("error.badRequest", "body");
    }
    DisputeType type = rules.type(d.type());
    Division place = place(caller, d.placeCode());
    List<Party> parties = parties(caller, d.parties());
    MediationBody body = chosen(type, place.code(), d.bodyId());
    Instant now = Instant.now();
    String caseNo =
        CASE_PREFIX
            + numbers.next(
                caller.organisation(),
                AcceptanceCounter.Series.DISPUTE,
                Disputes.today().getYear());
    DisputeCase c =
        new DisputeCase(
            caseNo,
            caller.organisation(),
            new DisputeCase.Intake(
                d.source(), d.sourceRef(), type, place, d.placeText(), d.summary(), d.urgency()),
            parties,
            caller.username(),
            now);
    c.handOver(body, MediationPresentation.acceptDue(body, now), caller.username(), now);
    em.persist(c);
    figures.received(c);
    audit.record(
        caller, AuditAction.CASE_TRANSITION, "DisputeCase", caseNo, "RECEIVED " + type.code());
    audit.record(
        caller, AuditAction.CASE_TRANSITION, "DisputeCase", caseNo, "HANDED_OVER → " + body.id());
    idempotency.remember(caller, idempotencyKey, "dispute.receive", caseNo);
    em.flush();
    return disputes.detail(c, locale);
  }

  /** Hands a dispute a body returned to the station to another body (or the same, reconsidered). */
  public MediationViews.Detail handOver(
      String caseNo, String bodyId, String idempotencyKey, Locale locale) {
    Caller caller = callers.current();
    var earlier = idempotency.recall(caller, idempotencyKey, "dispute.handOver");
    if (earlier.isPresent()) {
      return disputes.detail(disputes.byCaseNo(caller, earlier.get(), false), locale);
    }
    DisputeCase c = disputes.ofMyStation(caller, caseNo);
    MediationBody body = chosen(c.type(), c.place().code(), bodyId);
    Instant now = Instant.now();
    c.handOver(body, MediationPresentation.acceptDue(body, now), caller.username(), now);
    audit.record(
        caller,
        AuditAction.CASE_TRANSITION,
        "DisputeCase",
        c.caseNo(),
        "HANDED_OVER → " + body.id());
    idempotency.remember(caller, idempotencyKey, "dispute.handOver", c.caseNo());
    disputes.flush();
    return disputes.detail(c, locale);
  }

  /** The body chosen if it covers the place, or the one proposed. */
  private MediationBody chosen(DisputeType type, DivisionCode place, String bodyId) {
    List<MediationBody> bodies = rules.proposals(type, place);
    if (bodies.isEmpty()) {
      throw new BusinessException("mediation.body.none");
    }
    if (bodyId == null || bodyId.isBlank()) {
      return bodies.get(0);
    }
    return bodies.stream()
        .filter(b -> b.id().equals(bodyId.strip()))
        .findFirst()
        .orElseThrow(() -> new BusinessException("mediation.body.notForPlace", bodyId));
  }

  /** The place of the dispute: a division inside the station's jurisdiction. */
  private Division place(Caller caller, String code) {
    if (code == null || code.isBlank()) {
      throw new BusinessException("mediation.required", new Label("mediation.intake.place"));
    }
    Division place = em.find(Division.class, DivisionCode.of(code.strip()).value());
    if (place == null) {
      throw new NotFoundException("mediation.place.notFound", code);
    }
    if (!caller.mayView(place.code())) {
      throw new BusinessException("mediation.place.outsideJurisdiction", place.nameZh());
    }
    return place;
  }

  /** Residents from the register by identity number (looked up, audited); others as given. */
  private List<Party> parties(Caller caller, List<NewDispute.NewParty> given) {
    List<Party> parties = new ArrayList<>();
    if (given == null) {
      return parties;
    }
    List<String> looked = new ArrayList<>();
    for (NewDispute.NewParty p : given) {
      if (p == null || p.role() == null) {
        throw new BusinessException("mediation.party.roleRequired");
      }
      boolean consent = Boolean.TRUE.equals(p.consent());
      if (p.residentId() != null && !p.residentId().isBlank()) {
        ResidentId id = ResidentId.of(p.residentId().strip().toUpperCase(Locale.ROOT));
        Person person =
            residents
                .find(caller, id)
                .orElseThrow(() -> new BusinessException("mediation.party.notInRegister"));
        looked.add(id.masked());
        parties.add(
            new Party(
                p.role(),
                person.name(),
                person.residentId(),
                null,
                null,
                person.sex(),
                p.phone(),
                p.address() == null || p.address().isBlank() ? person.address() : p.address(),
                consent));
      } else {
        parties.add(
            new Party(
                p.role(),
                p.name(),
                null,
                p.idKind(),
                p.idNumber(),
                p.sex(),
                p.phone(),
                p.address(),
                consent));
      }
    }
    if (!looked.isEmpty()) {
      audit.record(caller, AuditAction.SEARCH_REGISTER, "DisputeParty", null, "parties " + looked);
    }
    return parties;
  }
}
