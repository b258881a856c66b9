package cn.yicibang.domain.mediation;

/** Where an unsettled dispute is sent when mediation is exhausted. */
public enum Referral {
  /** 诉讼: the people's court. */
  LITIGATION,
  /** 仲裁: labour or commercial arbitration. */
  ARBITRATION,
  /** 行政途径: the competent administrative department. */
  ADMINISTRATIVE
}
