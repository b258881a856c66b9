package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.ejb.exchange.Outbox;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Tells the station that handed a dispute over what became of it — returned, settled, referred,
 * closed or reopened — in the same transaction as the outcome: on its list of handovers (a new
 * outcome is marked until an officer opens the case), and through the exchange, which pushes it to
 * the station's system when it has an endpoint.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StationFeedback {

  /** The exchange topic of mediation outcomes. */
  public static final String TOPIC = "MEDIATION_OUTCOME";

  @Inject private Outbox outbox;

  public void report(DisputeCase c, Caller caller, Instant at) {
    c.outcomeReported(caller.username(), caller.organisation().id(), at);
    // one notification per outcome: the timeline's length makes the subject unique per report
    outbox.sendTo(
        c.station().id(),
        TOPIC,
        c.caseNo() + ":" + c.status() + ":" + c.events().size(),
        payload(c),
        at);
  }

  /** What the station's system receives: the outcome, and nothing it did not hand over itself. */
  private static String payload(DisputeCase c) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("caseNo", c.caseNo())
            .add("status", c.status().name())
            .add("body", c.body().organisation().nameZh())
            .add("level", c.level().name())
            .add("rounds", c.rounds().size());
    if (c.sourceRef() != null) {
      b.add("sourceRef", c.sourceRef());
    }
    if (c.returnReason() != null) {
      b.add("returnReason", c.returnReason());
    }
    if (c.settledAt() != null) {
      b.add("settledAt", c.settledAt().toString())
          .add("agreementKind", c.agreementKind().name())
          .add("performanceDue", c.performanceDue().toString());
    }
    if (c.referral() != null) {
      b.add("referral", c.referral().name()).add("referralNote", c.referralNote());
    }
    if (c.followUpResult() != null) {
      b.add("followUp", c.followUpResult().name());
    }
    return b.build().toString();
  }
}
