package cn.yicibang.domain.mediation;

/** Where a dispute stands. */
public enum DisputeStatus {
  /** Taken down at the station, not handed to a body yet. */
  RECEIVED,
  /** Handed to a mediation body, which has not accepted it yet. */
  HANDED_OVER,
  /** Accepted; sessions are held. */
  IN_MEDIATION,
  /** Sent back to the station by the body, with a reason; the station may hand it elsewhere. */
  RETURNED,
  /** Every level's rounds used without settlement: it must be referred out. */
  REFERRAL_DUE,
  /** Settled by agreement; the follow-up visit is due at the performance deadline. */
  SETTLED,
  /** Closed unsettled, referred to litigation, arbitration or an administrative route. */
  REFERRED,
  /** Settled and performed, as the follow-up found. */
  CLOSED;

  /** Whether the station's and the body's lists show it among the open ones. */
  public boolean open() {
    return this == RECEIVED
        || this == HANDED_OVER
        || this == IN_MEDIATION
        || this == RETURNED
        || this == REFERRAL_DUE;
  }
}
