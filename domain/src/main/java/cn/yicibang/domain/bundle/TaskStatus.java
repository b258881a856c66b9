package cn.yicibang.domain.bundle;

/** One department task's state. */
public enum TaskStatus {
  /** Waiting for the items it depends on to be completed; not sent yet. */
  WAITING,
  /** Sent to the department, not yet accepted. */
  SENT,
  /** The department has accepted it and is working on it. */
  ACCEPTED,
  /** Done, with the department's result reference. */
  COMPLETED,
  /** Sent back by the department with a reason; the hall fixes and resends this part only. */
  RETURNED;

  public boolean open() {
    return this == SENT || this == ACCEPTED;
  }
}
