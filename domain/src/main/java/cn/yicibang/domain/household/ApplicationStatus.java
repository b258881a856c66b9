package cn.yicibang.domain.household;

/** Where an application stands. */
public enum ApplicationStatus {
  /** Saved, but materials are missing; a supplement notice lists them. */
  AWAITING_MATERIALS,
  /** Accepted with an acceptance number; going up the approval chain. */
  IN_APPROVAL,
  /** Sent back to the counter by an approver, with a reason. */
  RETURNED,
  /** Finally approved; the register has been changed. */
  APPROVED,
  /** Refused; a decision notice states the grounds. */
  REFUSED;

  public boolean closed() {
    return this == APPROVED || this == REFUSED;
  }
}
