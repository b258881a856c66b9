package cn.yicibang.domain.mediation;

/** How a mediation session ended. */
public enum RoundResult {
  /** The parties agreed: the agreement is drawn up next. */
  SETTLED,
  NOT_SETTLED
}
