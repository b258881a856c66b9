package cn.yicibang.web.household;

import cn.yicibang.ejb.household.Decision;
import cn.yicibang.ejb.household.DecisionKind;

/**
 * The JSON body of a decision: {@code kind} APPROVE, SEND_BACK or REFUSE; {@code version} the
 * version the approver saw (optional; a newer one on the server is a 409).
 */
public record DecisionRequest(String kind, String opinion, String refusalGround, Long version) {

  Decision toDecision() {
    return new Decision(
        cn.yicibang.web.api.Bodies.choice(
            DecisionKind.class, kind, "kind", "household.decision.kindUnknown"),
        opinion,
        refusalGround);
  }
}
