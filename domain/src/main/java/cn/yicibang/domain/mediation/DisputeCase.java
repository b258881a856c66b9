package cn.yicibang.domain.mediation;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A dispute the police received and handed to people's mediation. It guards the rules of the
 * handoff: every party has agreed to mediation; only the body it was handed to accepts or returns
 * it; sessions are recorded while it is in mediation, never more at a level than the level's cap;
 * when a level's cap is used up unsettled it goes up to the next level's body with everything so
 * far, and after the last level it must be referred out; a settlement needs a settled session and
 * every element of the agreement; the follow-up at the performance deadline closes it or reopens
 * it.
 */
@Entity
@Table(name = "dispute_case")
public class DisputeCase {

  public static final int CASE_NO_LENGTH = 32;
  public static final int SOURCE_REF_LENGTH = 40;
  public static final int PLACE_LENGTH = 400;
  public static final int SUMMARY_LENGTH = 4000;
  public static final int REASON_LENGTH = 1000;
  public static final int AGREEMENT_TEXT_LENGTH = 4000;
  public static final int PERFORMANCE_LENGTH = 1000;

  /**
   * People's Mediation Law art. 33: the parties may apply for judicial confirmation within 30 days.
   */
  public static final int CONFIRMATION_DAYS = 30;

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "case_no", nullable = false, length = CASE_NO_LENGTH, updatable = false)
  private String caseNo;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "station_id", nullable = false, updatable = false)
  private Organisation station;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 12)
  private DisputeSource source;

  @Column(name = "source_ref", length = SOURCE_REF_LENGTH)
  private String sourceRef;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "dispute_type", nullable = false)
  private DisputeType type;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "place_code", nullable = false)
  private Division place;

  @Column(name = "place_text", nullable = false, length = PLACE_LENGTH)
  private String placeText;

  @Column(name = "summary", nullable = false, length = SUMMARY_LENGTH)
  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "urgency", nullable = false, length = 8)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private DisputeStatus status;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "body_id")
  private MediationBody body;

  @Enumerated(EnumType.STRING)
  @Column(name = "body_level", length = 12)
  private MediationLevel level;

  /** The body it was first handed to: the figures credit it with receiving the dispute. */
  @Column(name = "first_body_id", length = 32)
  private String firstBodyId;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "received_by", nullable = false, length = 64, updatable = false)
  private String receivedBy;

  @Column(name = "handed_over_at")
  private Instant handedOverAt;

  @Column(name = "accept_due_at")
  private Instant acceptDueAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "acceptance_overdue_at")
  private Instant acceptanceOverdueAt;

  @Column(name = "return_reason", length = REASON_LENGTH)
  private String returnReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "agreement_kind", length = 8)
  private AgreementKind agreementKind;

  @Column(name = "agreement_facts", length = AGREEMENT_TEXT_LENGTH)
  private String agreementFacts;

  @Column(name = "agreement_matters", length = AGREEMENT_TEXT_LENGTH)
  private String agreementMatters;

  @Column(name = "agreement_content", length = AGREEMENT_TEXT_LENGTH)
  private String agreementContent;

  @Column(name = "performance_manner", length = PERFORMANCE_LENGTH)
  private String performanceManner;

  @Column(name = "performance_due")
  private LocalDate performanceDue;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "confirmation_due")
  private LocalDate confirmationDue;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral", length = 16)
  private Referral referral;

  @Column(name = "referral_note", length = REASON_LENGTH)
  private String referralNote;

  @Column(name = "follow_up_due")
  private LocalDate followUpDue;

  @Enumerated(EnumType.STRING)
  @Column(name = "follow_up_result", length = 12)
  private FollowUpResult followUpResult;

  @Column(name = "follow_up_note", length = REASON_LENGTH)
  private String followUpNote;

  @Column(name = "followed_up_at")
  private Instant followedUpAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** When the station was last told an outcome, and when it looked at it. */
  @Column(name = "outcome_at")
  private Instant outcomeAt;

  @Column(name = "outcome_seen_at")
  private Instant outcomeSeenAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dispute_party", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "seq")
  private List<Party> parties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "mediation_round", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "seq")
  private List<Round> rounds = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dispute_event", joinColumns = @JoinColumn(name = "case_id"))
  @OrderColumn(name = "seq")
  private List<DisputeEvent> events = new ArrayList<>();

  @Version private long version;

  protected DisputeCase() {}

  /** What the officer takes down at intake. */
  public record Intake(
      DisputeSource source,
      String sourceRef,
      DisputeType type,
      Division place,
      String placeText,
      String summary,
      Urgency urgency) {}

  /** The elements of a mediation agreement (People's Mediation Law art. 29). */
  public record Agreement(
      AgreementKind kind,
      String facts,
      String matters,
      String content,
      String performanceManner,
      LocalDate performanceDue) {}

  /** What the case needs after a session: more sessions, the agreement, or the next level. */
  public enum Next {
    CONTINUE,
    AGREEMENT,
    NEXT_LEVEL
  }

  /**
   * Takes down a dispute at the station. Refused unless there are parties on both sides and every
   * one of them has agreed to mediation.
   */
  public DisputeCase(
      String caseNo,
      Organisation station,
      Intake intake,
      List<Party> parties,
      String by,
      Instant at) {
    this.id = UUID.randomUUID();
    this.caseNo = Objects.requireNonNull(caseNo, "caseNo");
    this.station = Objects.requireNonNull(station, "station");
    this.source = required(intake.source(), "mediation.intake.source");
    this.sourceRef =
        Party.text(intake.sourceRef(), SOURCE_REF_LENGTH, "mediation.intake.sourceRef");
    if (source != DisputeSource.WALK_IN && sourceRef == null) {
      throw new BusinessException("mediation.intake.sourceRefRequired");
    }
    this.type = required(intake.type(), "mediation.intake.type");
    this.place = required(intake.place(), "mediation.intake.place");
    this.placeText = Round.required(intake.placeText(), PLACE_LENGTH, "mediation.intake.placeText");
    this.summary = Round.required(intake.summary(), SUMMARY_LENGTH, "mediation.intake.summary");
    this.urgency = intake.urgency() == null ? Urgency.NORMAL : intake.urgency();
    if (parties == null
        || parties.stream().noneMatch(p -> p.role() == PartyRole.APPLICANT)
        || parties.stream().noneMatch(p -> p.role() == PartyRole.RESPONDENT)) {
      throw new BusinessException("mediation.intake.bothSides");
    }
    List<String> unwilling = parties.stream().filter(p -> !p.consent()).map(Party::name).toList();
    if (!unwilling.isEmpty()) {
      // the names as a list: the sentence joins them the way the reader's language does
      throw new BusinessException("mediation.intake.consentMissing", unwilling);
    }
    this.parties = new ArrayList<>(parties);
    this.receivedBy = Objects.requireNonNull(by, "by");
    this.receivedAt = Objects.requireNonNull(at, "at");
    this.status = DisputeStatus.RECEIVED;
    events.add(new DisputeEvent(at, by, station.id(), DisputeEventKind.RECEIVED, type.nameZh()));
  }

  private static <T> T required(T value, String what) {
    if (value == null) {
      throw new BusinessException("mediation.required", new Label(what));
    }
    return value;
  }

  /** The station hands the dispute (new, or returned to it) to a body. */
  public void handOver(MediationBody to, Instant acceptDue, String by, Instant at) {
    if (status != DisputeStatus.RECEIVED && status != DisputeStatus.RETURNED) {
      throw new BusinessException("mediation.case.notWithStation", caseNo);
    }
    assign(to, acceptDue, at);
    if (firstBodyId == null) {
      firstBodyId = to.id();
    }
    returnReason = null;
    events.add(
        new DisputeEvent(
            at, by, station.id(), DisputeEventKind.HANDED_OVER, to.organisation().nameZh()));
  }

  private void assign(MediationBody to, Instant acceptDue, Instant at) {
    this.body = Objects.requireNonNull(to, "to");
    this.level = to.level();
    this.status = DisputeStatus.HANDED_OVER;
    this.handedOverAt = at;
    this.acceptDueAt = Objects.requireNonNull(acceptDue, "acceptDue");
    this.acceptedAt = null;
    this.acceptanceOverdueAt = null;
  }

  /** The body accepts the dispute handed to it. */
  public void accept(String by, Instant at) {
    requireStatus(DisputeStatus.HANDED_OVER);
    status = DisputeStatus.IN_MEDIATION;
    acceptedAt = at;
    events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.ACCEPTED, null));
  }

  /** The body sends a dispute it has not accepted back to the station, saying why. */
  public void returnToStation(String reason, String by, Instant at) {
    requireStatus(DisputeStatus.HANDED_OVER);
    String r = Round.required(reason, REASON_LENGTH, "mediation.return.reason");
    status = DisputeStatus.RETURNED;
    returnReason = r;
    events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.RETURNED, r));
  }

  /** Flags a dispute not accepted in time, once per handing over; whether it flagged it now. */
  public boolean flagAcceptanceOverdue(Instant now) {
    if (status != DisputeStatus.HANDED_OVER
        || acceptanceOverdueAt != null
        || !acceptDueAt.isBefore(now)) {
      return false;
    }
    acceptanceOverdueAt = now;
    events.add(
        new DisputeEvent(
            now, "system", body.id(), DisputeEventKind.ACCEPTANCE_OVERDUE, acceptDueAt.toString()));
    return true;
  }

  /**
   * Records a session at the current level. Refused when the level's cap is already used.
   *
   * @param rule the current level's rule, for its cap
   * @return what the case needs next
   */
  public Next recordRound(
      Round.Session session, LevelRule rule, LocalDate today, String by, Instant at) {
    requireStatus(DisputeStatus.IN_MEDIATION);
    if (rule.level() != level) {
      throw new IllegalArgumentException("rule of " + rule.level() + " for a case at " + level);
    }
    int used = roundsAt(level);
    if (used >= rule.maxRounds()) {
      throw new BusinessException("mediation.round.capReached", rule.maxRounds());
    }
    Round r = new Round(level, body.id(), session, today, by, at);
    rounds.add(r);
    events.add(
        new DisputeEvent(
            at,
            by,
            body.id(),
            DisputeEventKind.ROUND,
            level + " " + (used + 1) + "/" + rule.maxRounds() + " " + r.result()));
    if (r.result() == RoundResult.SETTLED) {
      return Next.AGREEMENT;
    }
    return used + 1 == rule.maxRounds() ? Next.NEXT_LEVEL : Next.CONTINUE;
  }

  /**
   * Goes up to the next level's body with everything so far, once this level's cap is used up.
   *
   * @param rule the current level's rule
   */
  public void escalate(MediationBody to, LevelRule rule, Instant acceptDue, String by, Instant at) {
    requireCapUsed(rule);
    String from = body.organisation().nameZh();
    assign(to, acceptDue, at);
    events.add(
        new DisputeEvent(
            at,
            by,
            to.id(),
            DisputeEventKind.ESCALATED,
            from + " → " + to.organisation().nameZh()));
  }

  /** Every level used up without settlement: the dispute must be referred out. */
  public void referralDue(LevelRule rule, String by, Instant at) {
    requireCapUsed(rule);
    status = DisputeStatus.REFERRAL_DUE;
    events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.REFERRAL_DUE, null));
  }

  private void requireCapUsed(LevelRule rule) {
    requireStatus(DisputeStatus.IN_MEDIATION);
    if (rule.level() != level || roundsAt(level) < rule.maxRounds()) {
      throw new BusinessException("mediation.case.capNotUsed", caseNo);
    }
  }

  /**
   * Closes the dispute unsettled, referred to litigation, arbitration or an administrative route:
   * when every level is used up, or earlier when the parties choose to go there.
   */
  public void refer(Referral route, String note, String by, Instant at) {
    if (status != DisputeStatus.REFERRAL_DUE && status != DisputeStatus.IN_MEDIATION) {
      throw new BusinessException("mediation.case.notInMediation", caseNo);
    }
    this.referral = required(route, "mediation.referral.route");
    this.referralNote = Round.required(note, REASON_LENGTH, "mediation.referral.note");
    status = DisputeStatus.REFERRED;
    closedAt = at;
    events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.REFERRED, referral.name()));
  }

  /**
   * Settles the dispute after a settled session: the agreement with every element the law names; a
   * written one may be confirmed by a court within 30 days; the follow-up falls due at the
   * performance deadline.
   */
  public void settle(Agreement a, LocalDate today, String by, Instant at) {
    requireStatus(DisputeStatus.IN_MEDIATION);
    if (rounds.isEmpty() || rounds.get(rounds.size() - 1).result() != RoundResult.SETTLED) {
      throw new BusinessException("mediation.settle.noSettledRound");
    }
    agreementKind = required(a.kind(), "mediation.agreement.kind");
    agreementFacts = Round.required(a.facts(), AGREEMENT_TEXT_LENGTH, "mediation.agreement.facts");
    agreementMatters =
        Round.required(a.matters(), AGREEMENT_TEXT_LENGTH, "mediation.agreement.matters");
    agreementContent =
        Round.required(a.content(), AGREEMENT_TEXT_LENGTH, "mediation.agreement.content");
    performanceManner =
        Round.required(a.performanceManner(), PERFORMANCE_LENGTH, "mediation.agreement.manner");
    performanceDue = required(a.performanceDue(), "mediation.agreement.due");
    if (performanceDue.isBefore(today)) {
      throw new BusinessException("mediation.agreement.dueInPast");
    }
    settledAt = at;
    confirmationDue =
        agreementKind == AgreementKind.WRITTEN ? today.plusDays(CONFIRMATION_DAYS) : null;
    followUpDue = performanceDue;
    followUpResult = null;
    status = DisputeStatus.SETTLED;
    events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.SETTLED, agreementKind.name()));
  }

  /**
   * The follow-up visit: performed closes the dispute; otherwise the result is kept, and a dispute
   * not performed may be reopened at its body for further sessions.
   */
  public void followUp(FollowUpResult result, String note, boolean reopen, String by, Instant at) {
    requireStatus(DisputeStatus.SETTLED);
    followUpResult = required(result, "mediation.followUp.result");
    followUpNote = Party.text(note, REASON_LENGTH, "mediation.followUp.note");
    followedUpAt = at;
    events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.FOLLOWED_UP, result.name()));
    if (result == FollowUpResult.PERFORMED) {
      status = DisputeStatus.CLOSED;
      closedAt = at;
      events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.CLOSED, null));
    } else if (reopen) {
      if (result != FollowUpResult.NOT_PERFORMED) {
        throw new BusinessException("mediation.followUp.reopenOnlyUnperformed");
      }
      status = DisputeStatus.IN_MEDIATION;
      events.add(new DisputeEvent(at, by, body.id(), DisputeEventKind.REOPENED, null));
    }
  }

  /** The station has been told the latest outcome (returned, settled, referred). */
  public void outcomeReported(String by, String organisationId, Instant at) {
    outcomeAt = at;
    outcomeSeenAt = null;
    events.add(
        new DisputeEvent(at, by, organisationId, DisputeEventKind.OUTCOME_REPORTED, status.name()));
  }

  /** An officer of the station has looked at the latest outcome. */
  public void outcomeSeen(Instant at) {
    if (outcomeAt != null && outcomeSeenAt == null) {
      outcomeSeenAt = at;
    }
  }

  /** Sessions held at a level, by any of its bodies. */
  public int roundsAt(MediationLevel l) {
    return (int) rounds.stream().filter(r -> r.level() == l).count();
  }

  private void requireStatus(DisputeStatus expected) {
    if (status != expected) {
      throw new BusinessException("mediation.case.wrongStatus", caseNo, Label.of(status));
    }
  }

  public UUID id() {
    return id;
  }

  public String caseNo() {
    return caseNo;
  }

  public Organisation station() {
    return station;
  }

  public DisputeSource source() {
    return source;
  }

  public String sourceRef() {
    return sourceRef;
  }

  public DisputeType type() {
    return type;
  }

  public Division place() {
    return place;
  }

  public String placeText() {
    return placeText;
  }

  public String summary() {
    return summary;
  }

  public Urgency urgency() {
    return urgency;
  }

  public DisputeStatus status() {
    return status;
  }

  /** The body it is with (or was last with), or null before it was first handed over. */
  public MediationBody body() {
    return body;
  }

  public MediationLevel level() {
    return level;
  }

  public String firstBodyId() {
    return firstBodyId;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  public Instant handedOverAt() {
    return handedOverAt;
  }

  public Instant acceptDueAt() {
    return acceptDueAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant acceptanceOverdueAt() {
    return acceptanceOverdueAt;
  }

  public String returnReason() {
    return returnReason;
  }

  public AgreementKind agreementKind() {
    return agreementKind;
  }

  public String agreementFacts() {
    return agreementFacts;
  }

  public String agreementMatters() {
    return agreementMatters;
  }

  public String agreementContent() {
    return agreementContent;
  }

  public String performanceManner() {
    return performanceManner;
  }

  public LocalDate performanceDue() {
    return performanceDue;
  }

  public Instant settledAt() {
    return settledAt;
  }

  public LocalDate confirmationDue() {
    return confirmationDue;
  }

  public Referral referral() {
    return referral;
  }

  public String referralNote() {
    return referralNote;
  }

  public LocalDate followUpDue() {
    return followUpDue;
  }

  public FollowUpResult followUpResult() {
    return followUpResult;
  }

  public String followUpNote() {
    return followUpNote;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant outcomeAt() {
    return outcomeAt;
  }

  public Instant outcomeSeenAt() {
    return outcomeSeenAt;
  }

  public List<Party> parties() {
    return Collections.unmodifiableList(parties);
  }

  public List<Round> rounds() {
    return Collections.unmodifiableList(rounds);
  }

  public List<DisputeEvent> events() {
    return Collections.unmodifiableList(events);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DisputeCase other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
