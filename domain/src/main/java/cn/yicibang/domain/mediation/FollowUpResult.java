package cn.yicibang.domain.mediation;

/** What the follow-up visit (回访) found of the agreement's performance. */
public enum FollowUpResult {
  PERFORMED,
  PARTLY,
  NOT_PERFORMED
}
