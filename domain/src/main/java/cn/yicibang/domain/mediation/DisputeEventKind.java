package cn.yicibang.domain.mediation;

/** What an entry of a dispute's timeline records. */
public enum DisputeEventKind {
  RECEIVED,
  HANDED_OVER,
  ACCEPTED,
  ACCEPTANCE_OVERDUE,
  RETURNED,
  ROUND,
  ESCALATED,
  REFERRAL_DUE,
  SETTLED,
  REFERRED,
  OUTCOME_REPORTED,
  FOLLOWED_UP,
  REOPENED,
  CLOSED
}
