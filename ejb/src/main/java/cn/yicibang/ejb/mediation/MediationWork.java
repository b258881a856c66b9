package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.domain.mediation.FollowUpResult;
import cn.yicibang.domain.mediation.LevelRule;
import cn.yicibang.domain.mediation.MediationBody;
import cn.yicibang.domain.mediation.Referral;
import cn.yicibang.domain.mediation.Round;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.audit.Idempotency;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The mediation body's work on a dispute handed to it: accept or return it, record sessions (a
 * level's cap used up unsettled sends it to the next level's body, and after the last level it is
 * due for referral), settle it by agreement, refer it out, and record the follow-up. Only the body
 * the dispute is with acts on it; every action is audited and honours an {@code Idempotency-Key}.
 */
@Stateless
@RolesAllowed(Role.MEDIATOR)
public class MediationWork {

  @Inject private Callers callers;

  @Inject private Disputes disputes;

  @Inject private MediationRules rules;

  @Inject private StationFeedback feedback;

  @Inject private Idempotency idempotency;

  @Inject private AuditLog audit;

  @Inject private MediationFigures figures;

  public MediationViews.Detail accept(String caseNo, String key, Locale locale) {
    return act(
        caseNo,
        key,
        "dispute.accept",
        locale,
        (c, a) -> {
          c.accept(a.caller().username(), a.now());
          a.audit("ACCEPTED");
        });
  }

  public MediationViews.Detail returnToStation(
      String caseNo, String reason, String key, Locale locale) {
    return act(
        caseNo,
        key,
        "dispute.return",
        locale,
        (c, a) -> {
          c.returnToStation(reason, a.caller().username(), a.now());
          feedback.report(c, a.caller(), a.now());
          a.audit("RETURNED");
        });
  }

  /**
   * Records a session. When it used up the level's cap unsettled, the dispute goes to the next
   * level's body at once, or is due for referral after the last level.
   */
  public MediationViews.Detail recordRound(
      String caseNo, Round.Session session, String key, Locale locale) {
    return act(
        caseNo,
        key,
        "dispute.round",
        locale,
        (c, a) -> {
          LevelRule rule = rules.level(c.level());
          DisputeCase.Next next =
              c.recordRound(session, rule, Disputes.today(), a.caller().username(), a.now());
          a.audit("ROUND " + c.rounds().size() + " " + session.result());
          if (next == DisputeCase.Next.NEXT_LEVEL) {
            Optional<MediationBody> up = rules.nextLevel(c.level(), c.place().code());
            if (up.isPresent()) {
              c.escalate(
                  up.get(),
                  rule,
                  MediationPresentation.acceptDue(up.get(), a.now()),
                  a.caller().username(),
                  a.now());
              a.audit("ESCALATED → " + up.get().id());
            } else {
              c.referralDue(rule, a.caller().username(), a.now());
              a.audit("REFERRAL_DUE");
            }
          }
        });
  }

  public MediationViews.Detail settle(
      String caseNo, DisputeCase.Agreement agreement, String key, Locale locale) {
    return act(
        caseNo,
        key,
        "dispute.settle",
        locale,
        (c, a) -> {
          c.settle(agreement, Disputes.today(), a.caller().username(), a.now());
          feedback.report(c, a.caller(), a.now());
          a.audit("SETTLED " + c.agreementKind());
        });
  }

  public MediationViews.Detail refer(
      String caseNo, Referral route, String note, String key, Locale locale) {
    return act(
        caseNo,
        key,
        "dispute.refer",
        locale,
        (c, a) -> {
          c.refer(route, note, a.caller().username(), a.now());
          feedback.report(c, a.caller(), a.now());
          a.audit("REFERRED " + route);
        });
  }

  public MediationViews.Detail followUp(
      String caseNo,
      FollowUpResult result,
      String note,
      boolean reopen,
      String key,
      Locale locale) {
    return act(
        caseNo,
        key,
        "dispute.followUp",
        locale,
        (c, a) -> {
          c.followUp(result, note, reopen, a.caller().username(), a.now());
          if (c.status() != DisputeStatus.SETTLED) {
            feedback.report(c, a.caller(), a.now()); // closed, or reopened
          }
          a.audit("FOLLOWED_UP " + result + " → " + c.status());
        });
  }

  /** The caller, the moment, and the audit entry of one action. */
  private record Action(Caller caller, Instant now, AuditLog log, DisputeCase c) {
    void audit(String detail) {
      log.record(caller, AuditAction.CASE_TRANSITION, "DisputeCase", c.caseNo(), detail);
    }
  }

  private MediationViews.Detail act(
      String caseNo,
      String key,
      String operation,
      Locale locale,
      BiConsumer<DisputeCase, Action> change) {
    Caller caller = callers.current();
    var earlier = idempotency.recall(caller, key, operation);
    if (earlier.isPresent()) {
      return disputes.detail(disputes.byCaseNo(caller, earlier.get(), false), locale);
    }
    DisputeCase c = disputes.withMyBody(caller, caseNo);
    int before = c.events().size();
    change.accept(c, new Action(caller, Instant.now(), audit, c));
    figures.events(c, before);
    idempotency.remember(caller, key, operation, c.caseNo());
    disputes.flush();
    return disputes.detail(c, locale);
  }
}
