package cn.yicibang.domain.bundle;

/** What submitting an item creates. */
public enum ItemKind {
  /** A task sent to the department through the exchange and worked in its task list. */
  TASK,
  /**
   * A household-change application at the person's registering police station; the task follows
   * that application through its approval chain.
   */
  HOUSEHOLD_CHANGE,
  /**
   * A birth registration at the station of the household the newborn joins, filled from the one
   * form; the task follows it, and the parts after it learn the newborn's identity number.
   */
  BIRTH_REGISTRATION,
  /** A deregistration on death at the deceased's station, filled from the one form. */
  DEATH_REGISTRATION,
  /** A move into the district at the station of the household joined, filled from the one form. */
  MOVE_IN_REGISTRATION,
  /**
   * The marital status of the spouse the routing field names becomes married in the register: an
   * item change at that spouse's station, taken on the marriage certificate the part it waits for
   * issued.
   */
  MARITAL_STATUS;

  /** True when the part is a register application at a station, not a department's task. */
  public boolean followsRegisterApplication() {
    return this != TASK;
  }
}
