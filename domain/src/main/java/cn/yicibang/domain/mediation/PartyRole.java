package cn.yicibang.domain.mediation;

/** A party's side of the dispute. */
public enum PartyRole {
  /** 申请方 */
  APPLICANT,
  /** 被申请方 */
  RESPONDENT
}
