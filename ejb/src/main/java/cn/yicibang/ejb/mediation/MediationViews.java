package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.mediation.AgreementKind;
import cn.yicibang.domain.mediation.DisputeEventKind;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.domain.mediation.FollowUpResult;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.domain.mediation.PartyRole;
import cn.yicibang.domain.mediation.Referral;
import cn.yicibang.domain.mediation.RoundResult;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the station, the mediation bodies, REST clients and the supervisor see of disputes.
 * Serializable, with everything in them: a page keeps them in its view, and the view travels with
 * the session to another node.
 */
public final class MediationViews {

  private MediationViews() {}

  /** A body the dispute may go to, with its level and kind in words. */
  public record BodyOption(
      String id, String name, MediationLevel level, String levelName, String kind, String label)
      implements Serializable {}

  /** The proposed body for a type and place, and the others that could take it. */
  public record Proposal(BodyOption proposed, List<BodyOption> alternatives)
      implements Serializable {}

  /** A place the dispute may be at: a village, grid or unit of the station's jurisdiction. */
  public record PlaceOption(String code, String name) implements Serializable {}

  /** A resident found in the register for a party, as the intake shows them. */
  public record Resident(String name, String sex, String address) implements Serializable {}

  /** A dispute type of the list. */
  public record TypeOption(String code, String name) implements Serializable {}

  /** A party as lists and case pages show them: the document number masked. */
  public record PartyView(
      PartyRole role,
      String name,
      boolean inRegister,
      String idKind,
      String maskedIdNumber,
      String phone,
      String address,
      boolean consent)
      implements Serializable {}

  /** One session. */
  public record RoundView(
      int no,
      MediationLevel level,
      int noAtLevel,
      int capAtLevel,
      String body,
      LocalDate heldOn,
      String mediators,
      String attendees,
      String record,
      RoundResult result)
      implements Serializable {}

  /** One timeline entry. */
  public record EventView(
      Instant at, String actor, String organisation, DisputeEventKind kind, String note)
      implements Serializable {}

  /** A line of a list. */
  public record Summary(
      String caseNo,
      String type,
      String station,
      String body,
      MediationLevel level,
      DisputeStatus status,
      String statusName,
      String parties,
      Instant receivedAt,
      Instant acceptDueAt,
      boolean acceptanceOverdue,
      int rounds,
      LocalDate followUpDue,
      boolean followUpDueNow,
      boolean newOutcome)
      implements Serializable {}

  /** A dispute with everything about it. */
  public record Detail(
      String caseNo,
      DisputeStatus status,
      String statusName,
      String stationId,
      String station,
      String source,
      String sourceRef,
      String typeCode,
      String type,
      String placeCode,
      String place,
      String placeText,
      String summary,
      String urgency,
      String bodyId,
      String body,
      MediationLevel level,
      String levelName,
      int roundsAtLevel,
      int capAtLevel,
      Instant receivedAt,
      Instant handedOverAt,
      Instant acceptDueAt,
      Instant acceptedAt,
      boolean acceptanceOverdue,
      String returnReason,
      List<PartyView> parties,
      List<RoundView> rounds,
      AgreementKind agreementKind,
      String agreementFacts,
      String agreementMatters,
      String agreementContent,
      String performanceManner,
      LocalDate performanceDue,
      Instant settledAt,
      LocalDate confirmationDue,
      Referral referral,
      String referralNote,
      LocalDate followUpDue,
      FollowUpResult followUpResult,
      String followUpNote,
      Instant closedAt,
      List<EventView> events,
      long version)
      implements Serializable {}
}
