package cn.yicibang.web.mediation;

import cn.yicibang.domain.mediation.AgreementKind;
import cn.yicibang.domain.mediation.FollowUpResult;
import cn.yicibang.domain.mediation.RoundResult;
import java.time.LocalDate;

/** The bodies the dispute resources accept. */
final class DisputeRequests {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private DisputeRequests() {}

  /** A returned dispute handed to another body. */
  public record HandOver(String bodyId) {}

  /** A body sending a dispute back to the station. */
  public record Return(String reason) {}

  /** A mediation session. */
  public record Session(
      LocalDate heldOn, String mediators, String attendees, String record, RoundResult result) {}

  /** The agreement. */
  public record Settlement(
      AgreementKind kind,
      String facts,
      String matters,
      String content,
      String performanceManner,
      LocalDate performanceDue) {}

  /** Referring an unsettled dispute out. */
  public record Closing(cn.yicibang.domain.mediation.Referral route, String note) {}

  /** The follow-up visit. */
  public record FollowUp(FollowUpResult result, String note, Boolean reopen) {}
}
